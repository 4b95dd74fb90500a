/** `/data/katalog.rdf`: the DCAT-AP-SE catalogue that Sveriges dataportal harvests. */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../publish/build-date.ts';
import { dcatRdf } from '../../publish/dcat.ts';
import { fileBytes } from '../../publish/files.ts';

export const GET: APIRoute = () => {
  const today = buildDate();
  const rdf = dcatRdf(listDatasets(), today, (ds, key) => fileBytes(ds, key, today));
  return new Response(rdf, { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
