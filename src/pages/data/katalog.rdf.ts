/** `/data/katalog.rdf`: the DCAT-AP-SE catalogue that Sveriges dataportal harvests, with each file's size (src/publish/built-files.ts). */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { allDataFile } from '../../publish/built-files.ts';

export const GET: APIRoute = async () =>
  new Response(await allDataFile('katalog.rdf', listDatasets(), buildDate()), { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
