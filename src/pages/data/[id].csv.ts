/** `/data/<id>.csv`: the dataset's CSV exactly as stored (UTF-8, comma, dot decimal). */
import type { APIRoute } from 'astro';
import { getDataset, listDatasets } from '../../data/index.ts';

export function getStaticPaths() {
  return listDatasets().map((ds) => ({ params: { id: ds.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(getDataset(params.id!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
