/** `/data/datapackage.json`: all datasets as a Frictionless Data Package (v2). */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { allDataFile } from '../../publish/built-files.ts';

export const GET: APIRoute = async () =>
  new Response(await allDataFile('datapackage.json', listDatasets(), buildDate()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
