/** `/diagram/<page>/<chart>.svg`: a chart as a standalone SVG with title, source and licence inside. */
import type { APIRoute } from 'astro';
import { allCharts, findChart } from '../../../site/registry.ts';
import { chartKey } from '../../../publish/cache-key.ts';
import { chartFigure } from '../../../site/figures.ts';
import { chartImageSvg } from '../../../publish/chart-image.ts';

// cacheKey: an unchanged chart is copied from the previous build (experimental.incrementalBuild, src/publish/cache-key.ts).
export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { page: c.page, chart: c.id }, cacheKey: chartKey(c) }));
}

export const GET: APIRoute = ({ params }) => {
  const entry = findChart(params.page!, params.chart!)!;
  const { fig, ds } = chartFigure(entry);
  return new Response(chartImageSvg(fig, ds, entry), { headers: { 'Content-Type': 'image/svg+xml' } });
};
