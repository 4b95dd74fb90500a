/** `/data/<id>.json`: rows plus metadata in one document. */
import type { APIRoute } from 'astro';
import { getDataset, listDatasets } from '../../data/index.ts';
import { datasetJson } from '../../publish/json.ts';

export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(getDataset(params.id!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
