/** `/data/<id>.zip`: the dataset's CSV, Excel CSV and JSON with a README.txt. */
import type { APIRoute } from 'astro';
import { getDataset, listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { datasetZip } from '../../publish/zip.ts';

export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetZip(getDataset(params.id!), buildDate()), { headers: { 'Content-Type': 'application/zip' } });
