/**
 * The content of each file a dataset is published as (see datasetFiles in
 * src/site/text.ts), in one place: the endpoints serve it and the DCAT catalogue
 * states its size, so the two cannot disagree (both through src/publish/built-files.ts,
 * which keeps each file between builds).
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
