/**
 * The zip downloads: one per dataset and one with everything. Built with
 * fflate and byte-identical from build to build: entries in a fixed order and
 * every timestamp set to the content's date (buildDate), never the clock.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Dataset } from '../data/index.ts';
import { datasetFiles } from '../site/text.ts';
import { dataPackageJson } from './datapackage.ts';
import { excelCsv } from './excel-csv.ts';
import { datasetJson } from './json.ts';
import { allDataXlsx, datasetXlsx } from './xlsx.ts';
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

/** A dataset's workbook, Excel CSV and JSON: made here, or taken from the build's cache (src/publish/built-files.ts). */
export type DataContent = (ds: Dataset) => Promise<{ xlsx: Uint8Array; excel: string; json: string }>;

const makeContent: DataContent = async (ds) => ({ xlsx: await datasetXlsx(ds), excel: excelCsv(ds), json: datasetJson(ds) });

/** The data files of one dataset, named as on the site: CSV, Excel workbook, Excel CSV, JSON. */
export async function dataFiles(ds: Dataset, content: DataContent = makeContent): Promise<ArchiveFile[]> {
  const desc = Object.fromEntries(datasetFiles(ds).map((f) => [f.key, f.description]));
  const c = await content(ds);
  return [
    { name: `${ds.id}.csv`, description: desc.csv!, data: ds.csv },
    { name: `${ds.id}.xlsx`, description: desc.xlsx!, data: c.xlsx },
    { name: `${ds.id}-excel.csv`, description: desc.excel!, data: c.excel },
    { name: `${ds.id}.json`, description: desc.json!, data: c.json },
  ];
}

const README = 'README.txt';

/** Everything in one dataset's zip, README first. */
export async function datasetArchive(ds: Dataset, today: string, content?: DataContent): Promise<ArchiveFile[]> {
  const data = await dataFiles(ds, content);
  const list = [{ name: README, description: 'Den här filen: källa, licens, citering, förbehåll och kolumnernas definitioner.' }, ...data];
  return [{ ...list[0]!, data: datasetReadme(ds, today, list) }, ...data];
}

/**
 * Everything in the all-data zip: README, datapackage.json, then each dataset's files.
 * `from` gives the parts already made (the build's cache); by default they are made here.
 */
export async function allDataArchive(datasets: Dataset[], today: string, from: { content?: DataContent; allXlsx?: () => Promise<Uint8Array> } = {}): Promise<ArchiveFile[]> {
  const kind = (name: string) => (name.endsWith('-excel.csv') ? 'CSV för svenska Excel' : name.endsWith('.xlsx') ? 'Excelfil med bladet Om data' : name.endsWith('.json') ? 'JSON med metadata' : 'CSV');
  const data: ArchiveFile[] = [];
  for (const ds of datasets) for (const f of await dataFiles(ds, from.content)) data.push({ ...f, description: `${ds.meta.title}: ${kind(f.name)}` });
  const pkg = { name: 'datapackage.json', description: 'Beskrivning av alla CSV-filer enligt Frictionless Data Package 2.0.', data: dataPackageJson(datasets, today) };
  const all = { name: 'alla-data.xlsx', description: 'Alla dataset i en Excelfil, ett blad per dataset.', data: await (from.allXlsx ? from.allXlsx() : allDataXlsx(datasets, today)) };
  const list = [{ name: README, description: 'Den här filen: licens, filer och varje datasets källa, citering och kolumner.' }, pkg, all, ...data];
  return [{ ...list[0]!, data: allDataReadme(datasets, today, list) }, pkg, all, ...data];
}

/** The zip of one dataset. */
export async function datasetZip(ds: Dataset, today: string, content?: DataContent): Promise<Uint8Array<ArrayBuffer>> {
  return zipFiles(await datasetArchive(ds, today, content), today);
}

/** The zip with every dataset. */
export async function allDataZip(datasets: Dataset[], today: string): Promise<Uint8Array<ArrayBuffer>> {
  return zipFiles(await allDataArchive(datasets, today), today);
}
