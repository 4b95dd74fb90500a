/** `/data/alla-data.xlsx`: every dataset in one workbook, a sheet each, with an "Om data" sheet first. */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { allDataFile } from '../../publish/built-files.ts';

export const GET: APIRoute = async () =>
  new Response(await allDataFile('alla-data.xlsx', listDatasets(), buildDate()), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
