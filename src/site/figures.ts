/**
 * Each chart drawn once per build. The story page, the embed pages and the
 * chart's SVG and PNG files all show the same drawing; they ask for it here,
 * and in a build (FROZEN) the first one draws it and the rest reuse it.
 * In `astro dev` nothing is kept, so an edited dataset shows at once.
 */
import { resolveChart } from '../props/index.ts';
import { buildFigure, type Figure } from '../render/figure.ts';
import type { Dataset } from '../data/index.ts';
import type { ResolvedChart } from '../charts/types.ts';
import { FROZEN } from '../frozen.ts';
import { pagePath, type ChartEntry } from './registry.ts';

const drawn = new Map<string, Figure>();

/**
 * The figure of a resolved chart on a page. The key holds the page, the
 * figure id and the props as validated, so a chart written twice with other
 * props (or a page whose props are not literals) never gets another's drawing.
 */
export function figureOf(resolved: ResolvedChart, pageId: string, id: string = resolved.props.id ?? resolved.ds.id): Figure {
  const key = `${pageId}\n${id}\n${JSON.stringify(resolved.props)}`;
  const hit = FROZEN ? drawn.get(key) : undefined;
  if (hit) return hit;
  const fig = buildFigure(resolved, id, pagePath(pageId));
  if (FROZEN) drawn.set(key, fig);
  return fig;
}

/** The chart of a registry entry, resolved against the data and drawn (the same drawing as on its page). */
export function chartFigure(entry: ChartEntry): { fig: Figure; ds: Dataset } {
  const resolved = resolveChart(entry.props);
  return { fig: figureOf(resolved, entry.page, entry.id), ds: resolved.ds };
}
