/** `/diagram/<page>/<chart>.png`: the standalone SVG rasterised at twice its size. */
import type { APIRoute } from 'astro';
import { allCharts, findChart } from '../../../site/registry.ts';
import { chartKey } from '../../../publish/cache-key.ts';
import { chartFigure } from '../../../site/figures.ts';
import { chartImageSvg, chartPng } from '../../../publish/chart-image.ts';

// cacheKey: an unchanged chart is copied from the previous build (experimental.incrementalBuild, src/publish/cache-key.ts).
export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { page: c.page, chart: c.id }, cacheKey: chartKey(c) }));
}

export const GET: APIRoute = async ({ params }) => {
  const entry = findChart(params.page!, params.chart!)!;
  const { fig, ds } = chartFigure(entry);
  return new Response(await chartPng(chartImageSvg(fig, ds, entry)), { headers: { 'Content-Type': 'image/png' } });
};
