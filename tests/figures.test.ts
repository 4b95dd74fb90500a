/**
 * Each chart is drawn once per build (src/site/figures.ts): the story page,
 * the embeds and the chart's SVG and PNG get the same drawing. In a build
 * FROZEN is true; here it is mocked so, and the renderer's diagnostics
 * channel counts the drawings. Self-test: with FROZEN false (as in
 * `astro dev`), every request draws again, and the count says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const frozen = vi.hoisted(() => ({ value: true }));
vi.mock('../src/frozen.ts', () => ({ get FROZEN() { return frozen.value; } }));

const { allCharts } = await import('../src/site/registry.ts');
const { chartFigure, figureOf } = await import('../src/site/figures.ts');
const { resolveChart } = await import('../src/props/index.ts');
const { FIGURE_CHANNEL } = await import('../src/render/figure.ts');

/** How many figures `run` draws, by the renderer's own channel. */
function drawings(run: () => void): number {
  let n = 0;
  const count = () => n++;
  subscribe(FIGURE_CHANNEL.name, count);
  try {
    run();
  } finally {
    unsubscribe(FIGURE_CHANNEL.name, count);
  }
  return n;
}

afterEach(() => {
  frozen.value = true;
});

describe('each chart is drawn once per build', () => {
  const [entry, other] = allCharts();

  it('the page and the per-chart files share one drawing', () => {
    let page, files;
    const n = drawings(() => {
      page = figureOf(resolveChart(entry!.props), entry!.page);
      files = chartFigure(entry!).fig;
      chartFigure(entry!);
    });
    expect(n).toBe(1);
    expect(files).toBe(page);
  });

  it('another chart, or the same chart with other props, gets its own drawing', () => {
    const n = drawings(() => {
      chartFigure(other!);
      figureOf(resolveChart({ ...entry!.props, slutsats: 'En annan slutsats.' }), entry!.page);
    });
    expect(n).toBe(2);
  });

  it('self-test: outside a build nothing is kept, so every request draws', () => {
    frozen.value = false;
    expect(drawings(() => [1, 2, 3].forEach(() => chartFigure(other!)))).toBe(3);
  });
});
