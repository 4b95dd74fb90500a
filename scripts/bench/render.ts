/**
 * Render time per chart, measured apart from the build: every chart on the
 * site drawn in both variants (narrow and wide), `rounds` times in one warm
 * process, and per chart the median of its rounds. In the build the same work
 * shares two cores with sharp's PNG threads and other routes, so its
 * wall-clock times (also reported) are higher and vary with the machine's load.
 */
import { allCharts } from '../../src/site/registry.ts';
import { resolveChart } from '../../src/props/index.ts';
import { buildFigure } from '../../src/render/figure.ts';
import { median } from './build.ts';

export interface RenderTime {
  chart: string;
  ms: number;
}

/** Median render time of each chart on the site, over `rounds` renders. */
export function renderTimes(rounds = 7): RenderTime[] {
  const charts = allCharts().map((c) => ({ chart: `${c.page}/${c.id}`, id: c.id, resolved: resolveChart(c.props) }));
  const times = charts.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    charts.forEach((c, i) => {
      const started = performance.now();
      buildFigure(c.resolved, c.id);
      times[i]!.push(performance.now() - started);
    });
  }
  return charts.map((c, i) => ({ chart: c.chart, ms: median(times[i]!) }));
}
