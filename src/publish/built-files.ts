/**
 * The download files as a build makes them: each made once and kept between
 * builds (src/publish/file-cache.ts), so the routes that share them do not
 * make them again. A dataset's xlsx, JSON, Excel CSV and zip are read by its
 * own routes, by the all-data zip (every dataset's files inside) and by the
 * DCAT catalogue (which states every file's size): at 1 000 datasets the
 * catalogue and the zip made every dataset's files again on each build, even
 * when one cell had changed (docs/bench/README.md).
 *
 * Keys: the dataset's file key (src/publish/cache-key.ts: its CSV, metadata,
 * the site's address and, for the zip, the build date), or for the all-data
 * files every dataset's key; and codeKey(), a fingerprint of all code, because
 * Astro hashes a route's own code but not what these files share across
 * routes. A changed line of code makes every file again; a changed cell makes
 * the changed dataset's files and the all-data files again, nothing else.
 *
 * Outside a build (dev server, tests) nothing is kept: the files are made.
 */
import type { Dataset } from '../data/index.ts';
import type { DatasetFile } from '../site/text.ts';
import { FROZEN } from '../frozen.ts';
import { datasetFileKey } from './cache-key.ts';
import { cachedBytes, clearKind, codeKey, contentKey } from './file-cache.ts';
import { fileContent } from './files.ts';
import { allDataXlsx } from './xlsx.ts';
import { allDataArchive, datasetZip, zipFiles, type DataContent } from './zip.ts';
import { dataPackageJson } from './datapackage.ts';
import { dcatRdf } from './dcat.ts';

type Key = DatasetFile['key'];
/** Files kept as text (the routes and zips take them as strings). */
const TEXT = new Set<Key>(['csv', 'excel', 'json']);

/** Files being made in this build, by cache key: two routes asking at once share one making. */
const making = new Map<string, Promise<Buffer>>();

/** The bytes under `key` in the cache `kind`, made at most once per build. */
function once(kind: string, key: string, make: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<Buffer> {
  let p = making.get(key);
  if (!p) making.set(key, (p = cachedBytes(kind, key, make)));
  return p;
}

const arrayOf = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) as Uint8Array<ArrayBuffer>;

/** A dataset's workbook, Excel CSV and JSON for its zip and the all-data zip, from the cache. */
const cachedContent =
  (today: string): DataContent =>
  async (ds) => ({ xlsx: (await datasetFile(ds, 'xlsx', today)) as Uint8Array, excel: (await datasetFile(ds, 'excel', today)) as string, json: (await datasetFile(ds, 'json', today)) as string });

/** One of a dataset's files (as files.ts makes it), from the cache in a build. */
export async function datasetFile(ds: Dataset, key: Key, today: string): Promise<string | Uint8Array<ArrayBuffer>> {
  // fileContent's workbook is a fresh ArrayBuffer (exceljs, re-packed by fflate), as a Response body needs.
  const make = () => (key === 'zip' ? datasetZip(ds, today, FROZEN ? cachedContent(today) : undefined) : (fileContent(ds, key, today) as Promise<string | Uint8Array<ArrayBuffer>>));
  if (!FROZEN || key === 'csv') return make();
  const bytes = await once('data-file', contentKey(codeKey(), key, datasetFileKey(ds, { dated: key === 'zip' })), make);
  return TEXT.has(key) ? bytes.toString('utf8') : arrayOf(bytes);
}

/** Size in bytes of one of a dataset's files. */
async function datasetFileBytes(ds: Dataset, key: Key, today: string): Promise<number> {
  const c = await datasetFile(ds, key, today);
  return typeof c === 'string' ? Buffer.byteLength(c, 'utf8') : c.byteLength;
}

/** The files for all datasets together, by name under /data/. */
export type AllDataName = 'alla-data.xlsx' | 'alla-data.zip' | 'datapackage.json' | 'katalog.rdf';

const ALL: Record<AllDataName, (datasets: Dataset[], today: string) => Promise<Uint8Array | string>> = {
  'alla-data.xlsx': (datasets, today) => allDataXlsx(datasets, today),
  'alla-data.zip': async (datasets, today) =>
    zipFiles(await allDataArchive(datasets, today, FROZEN ? { content: cachedContent(today), allXlsx: () => allDataFile('alla-data.xlsx', datasets, today) } : {}), today),
  'datapackage.json': async (datasets, today) => dataPackageJson(datasets, today),
  'katalog.rdf': async (datasets, today) => {
    const sizes = new Map<string, number>();
    for (const ds of datasets) for (const key of ['csv', 'xlsx', 'excel', 'json', 'zip'] as const) sizes.set(`${ds.id}/${key}`, await datasetFileBytes(ds, key, today));
    return dcatRdf(datasets, today, (ds, key) => sizes.get(`${ds.id}/${key}`)!);
  },
};

/**
 * One of the all-data files, from the cache in a build: made again when any
 * dataset or the code changed.
 */
export async function allDataFile(name: AllDataName, datasets: Dataset[], today: string): Promise<Uint8Array<ArrayBuffer>> {
  const make = () => ALL[name](datasets, today);
  if (!FROZEN) {
    const made = await make();
    return typeof made === 'string' ? arrayOf(Buffer.from(made, 'utf8')) : (made as Uint8Array<ArrayBuffer>);
  }
  // One entry per file is kept (all-data/<name>/): each is made from every dataset, so an older one serves only a return to exactly the same data.
  const kind = `all-data/${name}`;
  const fresh = async () => {
    clearKind(kind);
    return make();
  };
  return arrayOf(await once(kind, contentKey(codeKey(), name, today, ...datasets.map((ds) => datasetFileKey(ds, { dated: true }))), fresh));
}
