/** `/data/datapackage.json`: all datasets as a Frictionless Data Package (v2). */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { dataPackageJson } from '../../publish/datapackage.ts';

export const GET: APIRoute = () =>
  new Response(dataPackageJson(listDatasets(), buildDate()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
