/**
 * The content of each file a dataset is published as (see datasetFiles in
 * src/site/text.ts), in one place: the endpoints serve it and the DCAT catalogue
 * states its size, so the two cannot disagree.
 */
import type { Dataset } from '../data/index.ts';
import type { DatasetFile } from '../site/text.ts';
import { excelCsv } from './excel-csv.ts';
import { datasetJson } from './json.ts';
import { datasetXlsx } from './xlsx.ts';
import { datasetZip } from './zip.ts';

/** The bytes or text of one of a dataset's files. */
export async function fileContent(ds: Dataset, key: DatasetFile['key'], today: string): Promise<string | Uint8Array> {
  switch (key) {
    case 'csv':
      return ds.csv;
    case 'xlsx':
      return datasetXlsx(ds);
    case 'excel':
      return excelCsv(ds);
    case 'json':
      return datasetJson(ds);
    case 'zip':
      return datasetZip(ds, today);
  }
}

/** Size in bytes of one of a dataset's files. */
export async function fileBytes(ds: Dataset, key: DatasetFile['key'], today: string): Promise<number> {
  const c = await fileContent(ds, key, today);
  return typeof c === 'string' ? Buffer.byteLength(c, 'utf8') : c.byteLength;
}

/** Sizes of every file of every dataset, as `id/key` → bytes (the DCAT catalogue states them). */
export async function allFileBytes(datasets: Dataset[], today: string, keys: DatasetFile['key'][]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const ds of datasets) for (const key of keys) out.set(`${ds.id}/${key}`, await fileBytes(ds, key, today));
  return out;
}
