/**
 * One small panel of the goal overview: a measure over the years the tables
 * give, against its target drawn as a dashed line. Four of them side by side
 * (small multiples) make the start page's overview graphic. Every panel has
 * the same year axis, so a measure with one year of data looks as thin as it is.
 *
 * A panel with more than one line gets a text legend beside it (src/render/overview.ts),
 * with the same colours and symbols.
 *
 * Not an editor chart type (`<Chart typ="…">`): its input is the goal
 * ledger's, built in src/goals/overview.ts.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatTick, formatValue, isPercent, NBSP } from '../format/index.ts';
import { ticks } from 'd3-array';
import { FONT_SIZE, listSv } from './common.ts';
import { GRID, SERIES, SYMBOLS, TARGET } from './palette.ts';

/** A point of a line: a year and a figure as published. */
export interface PanelPoint {
  year: number;
  value: number;
  decimals?: number;
}

/** What one panel shows. */
export interface GoalPanel {
  /** Anchor id, unique on the page. */
  id: string;
  /** Panel heading, e.g. "Kvalitet: andel indikatorer bättre än riket". */
  title: string;
  /** Unit of every value in the panel ("procent", "mnkr"). */
  unit: string;
  /** The target line and its label ("Mål: minst 80 %"). */
  target: { value: number; label: string };
  series: { name: string; points: PanelPoint[] }[];
  /** The year axis every panel shares. */
  years: [number, number];
}

const label = (p: GoalPanel, pt: PanelPoint) => formatValue(pt.value, p.unit, pt.decimals);
/** On the drawing, amounts go without their unit: the panel title names it ("(mnkr)"), and the labels must fit. */
const short = (p: GoalPanel, pt: PanelPoint) => (isPercent(p.unit) ? label(p, pt) : formatNumber(pt.value, pt.decimals));

/** Below this many pixels between two years, their labels are pushed apart (a year label is ~30 px wide). */
const CLOSE = 44;

/**
 * How each year's labels are anchored: two years closer than CLOSE pixels
 * (2023 and 2024 on a 2016–2024 axis) get their labels set to the left and
 * to the right of their points, so neither the years nor the values overlap.
 */
function anchors(years: number[], pxPerYear: number): Map<number, 'start' | 'middle' | 'end'> {
  const out = new Map<number, 'start' | 'middle' | 'end'>(years.map((y) => [y, 'middle']));
  for (let i = 1; i < years.length; i++) {
    if ((years[i]! - years[i - 1]!) * pxPerYear >= CLOSE) continue;
    const left = years[i - 1]!;
    out.set(left, out.get(left) === 'start' ? 'middle' : 'end');
    out.set(years[i]!, 'start');
  }
  return out;
}
const NUDGE = { start: -4, middle: 0, end: 4 } as const;
const tick = (unit: string) => (d: number) => formatTick(d, unit);

/** Value domain: shares from 0 to 100, amounts padded around the values and zero. */
function valueDomain(p: GoalPanel): [number, number] {
  if (isPercent(p.unit)) return [0, 100];
  const all = [p.target.value, 0, ...p.series.flatMap((s) => s.points.map((pt) => pt.value))];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo || 1) * 0.25;
  return [lo - pad, hi + pad];
}

/** Plot options for one panel, `width` CSS pixels wide. */
export function goalPanel(p: GoalPanel, width: number): Plot.PlotOptions {
  const y = valueDomain(p);
  const years = [...new Set(p.series.flatMap((s) => s.points.map((pt) => pt.year)))].sort();
  const yTicks = ticks(y[0], y[1], 4);
  const margin = { left: 52, right: 18, inset: 18 };
  const pxPerYear = (width - margin.left - margin.right - 2 * margin.inset) / Math.max(1, p.years[1] - p.years[0]);
  const anchor = anchors(years, pxPerYear);
  // One text mark per anchoring: Plot takes textAnchor per mark, not per datum.
  const byAnchor = <T extends { year: number }>(data: T[], options: (a: 'start' | 'middle' | 'end') => Plot.TextOptions) =>
    (['start', 'middle', 'end'] as const).map((a) => Plot.text(data.filter((d) => anchor.get(d.year) === a), { textAnchor: a, dx: NUDGE[a], ...options(a) }));
  return {
    width,
    height: 190,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: 18,
    marginBottom: 26,
    style: { fontSize: `${FONT_SIZE}px` },
    // The year labels are drawn below as text marks (see anchors); the axis keeps its tick marks.
    x: { domain: p.years, ticks: years, tickFormat: () => '', label: null, inset: margin.inset },
    y: { domain: y, ticks: yTicks, tickFormat: tick(p.unit), label: null },
    marks: [
      Plot.gridY(yTicks, { stroke: GRID, strokeOpacity: 0.35 }),
      Plot.ruleY([p.target.value], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5 }),
      // The target's label sits below its line at the left, where no panel has data points.
      Plot.text([p.target.value], { y: (d: number) => d, frameAnchor: 'left', textAnchor: 'start', dx: 4, dy: 11, text: () => p.target.label, fill: 'currentColor' }),
      ...byAnchor(years.map((year) => ({ year })), () => ({ x: 'year', frameAnchor: 'bottom', dy: 18, text: (d: { year: number }) => String(d.year), fill: 'currentColor' })),
      ...p.series.flatMap((s, i) => [
        Plot.line(s.points, { x: 'year', y: 'value', stroke: SERIES[i], strokeWidth: 2.5 }),
        Plot.dot(s.points, { x: 'year', y: 'value', fill: SERIES[i], symbol: SYMBOLS[i], r: 4.5, stroke: 'var(--bakgrund)' }),
        ...byAnchor(s.points, () => ({ x: 'year', y: 'value', text: (pt: PanelPoint) => short(p, pt), dy: i === 0 ? -12 : 13, fill: 'currentColor' })),
      ]),
    ],
  };
}

/** The panel in words, for its SVG description (screen readers). */
export function describePanel(p: GoalPanel): string {
  const lines = p.series.map((s) => `${s.name}: ${listSv(s.points.map((pt) => `${pt.year} ${label(p, pt)}`))}`);
  return `${lines.join('. ')}. ${p.target.label}.`;
}
