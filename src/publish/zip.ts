/**
 * The zip downloads: one per dataset and one with everything. Built with
 * fflate and byte-identical from build to build: entries in a fixed order and
 * every timestamp set to the content's date (buildDate), never the clock.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Dataset } from '../data/index.ts';
import { datasetFiles } from '../site-text.ts';
import { dataPackageJson } from './datapackage.ts';
import { excelCsv } from './excel-csv.ts';
import { datasetJson } from './json.ts';
import { allDataReadme, datasetReadme, type ArchiveFile } from './readme.ts';

/** Noon local time on the given day: the DOS timestamp in a zip is local time, so this is the same date in every time zone. */
function fixedTime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

/** Zip the files, in the given order, with fixed timestamps. */
export function zipFiles(files: ArchiveFile[], date: string): Uint8Array<ArrayBuffer> {
  const mtime = fixedTime(date);
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime }];
  // fflate allocates a fresh ArrayBuffer; the type says so for Response bodies.
  return zipSync(entries, { level: 9, mtime }) as Uint8Array<ArrayBuffer>;
}

/** The data files of one dataset, named as on the site: CSV, Excel CSV, JSON. */
export function dataFiles(ds: Dataset, today: string): ArchiveFile[] {
  const desc = Object.fromEntries(datasetFiles(ds).map((f) => [f.key, f.description]));
  return [
    { name: `${ds.id}.csv`, description: desc.csv!, data: ds.csv },
    { name: `${ds.id}-excel.csv`, description: desc.excel!, data: excelCsv(ds) },
    { name: `${ds.id}.json`, description: desc.json!, data: datasetJson(ds, today) },
  ];
}

const README = 'README.txt';

/** Everything in one dataset's zip, README first. */
export function datasetArchive(ds: Dataset, today: string): ArchiveFile[] {
  const data = dataFiles(ds, today);
  const list = [{ name: README, description: 'Den här filen: källa, licens, citering, förbehåll och kolumnernas definitioner.' }, ...data];
  return [{ ...list[0]!, data: datasetReadme(ds, today, list) }, ...data];
}

/** Everything in the all-data zip: README, datapackage.json, then each dataset's files. */
export function allDataArchive(datasets: Dataset[], today: string): ArchiveFile[] {
  const data = datasets.flatMap((ds) => dataFiles(ds, today).map((f) => ({ ...f, description: `${ds.meta.title}: ${f.name.endsWith('-excel.csv') ? 'för svenska Excel' : f.name.endsWith('.json') ? 'JSON med metadata' : 'CSV'}` })));
  const pkg = { name: 'datapackage.json', description: 'Beskrivning av alla CSV-filer enligt Frictionless Data Package 2.0.', data: dataPackageJson(datasets, today) };
  const list = [{ name: README, description: 'Den här filen: licens, filer och varje datasets källa, citering och kolumner.' }, pkg, ...data];
  return [{ ...list[0]!, data: allDataReadme(datasets, today, list) }, pkg, ...data];
}

/** The zip of one dataset. */
export function datasetZip(ds: Dataset, today: string): Uint8Array<ArrayBuffer> {
  return zipFiles(datasetArchive(ds, today), today);
}

/** The zip with every dataset. */
export function allDataZip(datasets: Dataset[], today: string): Uint8Array<ArrayBuffer> {
  return zipFiles(allDataArchive(datasets, today), today);
}
