/** `/data/<id>.xlsx`: the dataset as an Excel workbook with an "Om data" sheet (src/publish/xlsx.ts). */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';
import { datasetXlsx } from '../../publish/xlsx.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds) }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetXlsx(getDataset(params.id!)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
