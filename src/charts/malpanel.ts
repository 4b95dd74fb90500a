/**
 * One small panel of the goal overview: a measure over the years the tables
 * give, against its target drawn as a dashed line. Four of them side by side
 * (small multiples) make the start page's overview graphic. Every panel has
 * the same year axis, so a measure with one year of data looks as thin as it is.
 *
 * Not an editor chart type (`<Chart typ="…">`): its input is the goal
 * ledger's, built in src/goals/overview.ts.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatValue, NBSP } from '../format/index.ts';
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
const tick = (unit: string) => (d: number) => (unit === 'procent' ? `${formatNumber(d)}${NBSP}%` : formatNumber(d));

/** Value domain: shares from 0 to 100, amounts padded around the values and zero. */
function valueDomain(p: GoalPanel): [number, number] {
  if (p.unit === 'procent') return [0, 100];
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
  const named = p.series.length > 1;
  const yTicks = ticks(y[0], y[1], 4);
  return {
    width,
    height: 190,
    marginLeft: p.unit === 'procent' ? 44 : 40,
    marginRight: 16,
    marginTop: 18,
    marginBottom: 26,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: p.years, ticks: years, tickFormat: (d: number) => String(d), label: null, inset: 18 },
    y: { domain: y, ticks: yTicks, tickFormat: tick(p.unit), label: null },
    marks: [
      Plot.gridY(yTicks, { stroke: GRID, strokeOpacity: 0.35 }),
      Plot.ruleY([p.target.value], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5 }),
      // The target's label sits below its line at the left, where no panel has data points.
      Plot.text([p.target.value], { y: (d: number) => d, frameAnchor: 'left', textAnchor: 'start', dx: 4, dy: 11, text: () => p.target.label, fill: 'currentColor' }),
      ...p.series.flatMap((s, i) => [
        Plot.line(s.points, { x: 'year', y: 'value', stroke: SERIES[i], strokeWidth: 2.5 }),
        Plot.dot(s.points, { x: 'year', y: 'value', fill: SERIES[i], symbol: SYMBOLS[i], r: 4.5, stroke: 'var(--bakgrund)' }),
        Plot.text(s.points, { x: 'year', y: 'value', text: (pt: PanelPoint) => label(p, pt), dy: i === 0 ? -12 : 13, fill: 'currentColor' }),
        ...(named ? [Plot.text(s.points.slice(0, 1), { x: 'year', y: 'value', text: () => s.name, textAnchor: 'end', dx: -10, fill: 'currentColor' })] : []),
      ]),
    ],
  };
}

/** The panel in words, for its SVG description (screen readers). */
export function describePanel(p: GoalPanel): string {
  const lines = p.series.map((s) => `${s.name}: ${listSv(s.points.map((pt) => `${pt.year} ${label(p, pt)}`))}`);
  return `${lines.join('. ')}. ${p.target.label}.`;
}
