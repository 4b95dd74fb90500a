/** `/data/alla-data.zip`: every dataset, datapackage.json and a README.txt. */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { allDataFile } from '../../publish/built-files.ts';

export const GET: APIRoute = async () =>
  new Response(await allDataFile('alla-data.zip', listDatasets(), buildDate()), { headers: { 'Content-Type': 'application/zip' } });
