/** `/data/<id>-excel.csv`: the dataset for Swedish Excel (semicolon, decimal comma, BOM, CRLF). */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';
import { excelCsv } from '../../publish/excel-csv.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(excelCsv(getDataset(params.id!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
