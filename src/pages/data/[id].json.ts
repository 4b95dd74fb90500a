/** `/data/<id>.json`: rows plus metadata in one document. */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';
import { datasetJson } from '../../publish/json.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(getDataset(params.id!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
