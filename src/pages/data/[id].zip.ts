/** `/data/<id>.zip`: the dataset's CSV, Excel CSV and JSON with a README.txt. */
import type { APIRoute } from 'astro';
import { datasetFileKey } from '../../publish/cache-key.ts';
import { getDataset, listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { datasetFile } from '../../publish/built-files.ts';

// cacheKey: an unchanged file is copied from the previous build (src/publish/cache-key.ts).
export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id }, cacheKey: datasetFileKey(ds, { dated: true }) }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetFile(getDataset(params.id!), 'zip', buildDate()), { headers: { 'Content-Type': 'application/zip' } });
