/** `/data/<id>.csv`: the dataset's CSV exactly as stored (UTF-8, comma, dot decimal). */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(getDataset(params.id!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
