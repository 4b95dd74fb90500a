/** `/data/<id>.json`: rows plus metadata in one document. */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';
import { datasetFile } from '../../publish/built-files.ts';
import { buildDate } from '../../site/build-date.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds) }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetFile(getDataset(params.id!), 'json', buildDate()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
