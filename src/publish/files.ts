/**
 * The content of each file a dataset is published as (see datasetFiles in
 * site-text.ts), in one place: the endpoints serve it and the DCAT catalogue
 * states its size, so the two cannot disagree.
 */
import type { Dataset } from '../data/index.ts';
import type { DatasetFile } from '../site-text.ts';
import { excelCsv } from './excel-csv.ts';
import { datasetJson } from './json.ts';
import { datasetZip } from './zip.ts';

/** The bytes or text of one of a dataset's files. */
export function fileContent(ds: Dataset, key: DatasetFile['key'], today: string): string | Uint8Array {
  switch (key) {
    case 'csv':
      return ds.csv;
    case 'excel':
      return excelCsv(ds);
    case 'json':
      return datasetJson(ds, today);
    case 'zip':
      return datasetZip(ds, today);
  }
}

/** Size in bytes of one of a dataset's files. */
export function fileBytes(ds: Dataset, key: DatasetFile['key'], today: string): number {
  const c = fileContent(ds, key, today);
  return typeof c === 'string' ? Buffer.byteLength(c, 'utf8') : c.byteLength;
}
