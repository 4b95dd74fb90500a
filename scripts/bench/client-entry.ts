/**
 * The client-side comparison: the same chart functions and Plot, shipped as
 * JavaScript and drawn on page load (as Observable Framework shows Plot
 * charts). Bundled by clientside.ts; never part of the site.
 */
import * as Plot from '@observablehq/plot';
import { CHARTS } from '../../src/charts/index.ts';
import type { ChartInput } from '../../src/charts/types.ts';

const specs = JSON.parse(document.getElementById('chart-specs')!.textContent!) as (Omit<ChartInput, 'width'> & { id: string })[];
for (const [i, s] of specs.entries()) {
  const el = document.querySelector(`[data-chart="${i}"]`);
  if (!el) continue;
  const width = Math.min(680, el.clientWidth || 340);
  el.append(Plot.plot(CHARTS[s.props.typ].plot({ ...s, width })) as Node);
}
performance.mark('charts-drawn');
