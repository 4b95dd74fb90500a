/** `/data/katalog.rdf`: the DCAT-AP-SE catalogue that Sveriges dataportal harvests. */
import type { APIRoute } from 'astro';
import { listDatasets } from '../../data/index.ts';
import { buildDate } from '../../site/build-date.ts';
import { dcatRdf } from '../../publish/dcat.ts';
import { allFileBytes } from '../../publish/files.ts';

export const GET: APIRoute = async () => {
  const today = buildDate();
  const datasets = listDatasets();
  const sizes = await allFileBytes(datasets, today, ['csv', 'xlsx', 'excel', 'json', 'zip']);
  const rdf = dcatRdf(datasets, today, (ds, key) => sizes.get(`${ds.id}/${key}`)!);
  return new Response(rdf, { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
