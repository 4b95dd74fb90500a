/**
 * The frame of a chart over time (linje): years along x, every observed year
 * labelled unless its label would touch the one before (first and last
 * always), a value axis that ends on a tick at or above every value and the
 * target, and the scales both ways between data and pixels, so labels can be
 * placed in pixels and drawn in data.
 */
import { nice, ticks as d3ticks } from 'd3-array';
import type { Column } from '../schemas/metadata.ts';
import { domain, isShare, NARROW, textWidth } from './common.ts';
import type { ChartInput } from './types.ts';

export interface TimeFrame {
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
  /** Space between the plot's edge and the first and last year. */
  inset: number;
  /** Observed years, ascending. */
  xs: number[];
  xTicks: number[];
  y: [number, number];
  yTicks: number[];
  px(year: number): number;
  py(value: number): number;
  /** Pixels back to data, for marks drawn where a label was placed. */
  xData(p: number): number;
  yData(p: number): number;
}

/** The frame for `values` of `column` over the years in the input's category column, with an optional target. */
export function timeFrame(input: ChartInput, column: Column, values: number[], target: number | undefined): TimeFrame {
  const narrow = input.width < NARROW;
  const width = input.width;
  const height = narrow ? 260 : 320;
  const margin = { left: 48, right: narrow ? 16 : 24, top: 24, bottom: 32 };
  const inset = narrow ? 18 : 26;
  const xs = [...new Set(input.rows.map((r) => r[input.props.kategori] as number))].sort((a, b) => a - b);
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  const plotW = width - margin.left - margin.right - 2 * inset;
  const plotH = height - margin.top - margin.bottom;
  const px = (d: number) => margin.left + inset + (x1 === x0 ? 0.5 : (d - x0) / (x1 - x0)) * plotW;

  // Shares are drawn from zero so a change of a few points is not made to look steep.
  const share = isShare(column);
  const raw = domain(values, column, target === undefined ? [] : [target]);
  let [lo, hi] = nice(share ? 0 : raw[0], Math.max(raw[1], ...values, target ?? -Infinity), 5);
  if (share && hi > 100) hi = 100;
  if (hi === lo) hi = lo + 1;

  // Year ticks: every observed year whose label does not touch the one before (first and last kept).
  const yearWidth = textWidth('2024') + 10;
  const xTicks: number[] = [];
  for (const year of xs) {
    const prev = xTicks[xTicks.length - 1];
    if (prev === undefined || px(year) - px(prev) >= yearWidth) xTicks.push(year);
  }
  if (xTicks[xTicks.length - 1] !== x1) {
    while (xTicks.length > 1 && px(x1) - px(xTicks[xTicks.length - 1]!) < yearWidth) xTicks.pop();
    xTicks.push(x1);
  }
  return {
    width, height, margin, inset, xs, xTicks,
    y: [lo, hi],
    yTicks: d3ticks(lo, hi, 5).filter((t) => t >= lo && t <= hi),
    px,
    py: (d) => height - margin.bottom - ((d - lo) / (hi - lo)) * plotH,
    xData: (p) => x0 + ((p - margin.left - inset) / plotW) * (x1 - x0 || 1),
    yData: (p) => lo + ((height - margin.bottom - p) / plotH) * (hi - lo),
  };
}
