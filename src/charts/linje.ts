/**
 * Development over time: a line per value column with a labelled dot at each
 * observation, and an optional target drawn as a dashed rule. Observations
 * are few, so every value is written out.
 *
 * What the drawing promises and how:
 * - A line is only as solid as the measurements: between observations further
 *   apart than the series' usual step (2017 → 2022 when the others are a year
 *   apart), or across a missing value, the line is dashed and lighter.
 * - The value axis ends on a tick at or above every value and the target, so
 *   the target line is inside the axis (a goal of 55 on an axis ending at 50
 *   would float).
 * - Year labels that would touch are left out (first and last always stay).
 * - Labels are placed, not just offset: each value label goes above or below
 *   its dot, the target's label to whichever end of its line is free, so no
 *   two labels overlap and none sits on a dot.
 */
import * as Plot from '@observablehq/plot';
import { nice, ticks as d3ticks } from 'd3-array';
import { GRID, SERIES, SYMBOLS, TARGET } from './palette.ts';
import { axisFormat, col, domain, FONT_SIZE, HALO, isShare, label, listSv, NARROW, num, seriesNames, STYLE, textWidth } from './common.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

interface Box { x: number; y: number; w: number; h: number }
interface Placed { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; fill: string }

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Box of a text at (x, y) (vertically centred, as Plot draws it) with the given anchor. */
function boxOf(x: number, y: number, text: string, anchor: Placed['anchor']): Box {
  const w = textWidth(text);
  const h = FONT_SIZE * 1.25;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x: left, y: y - h / 2, w, h };
}

/** Years as a readable span: "2018–2021", or one year. */
const span = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

/** Observed points of one series, split into runs: within a run the line is solid; between runs it is dashed. */
function runs(rows: Row[], x: string, v: string): { points: Row[]; gaps: [Row, Row][] } {
  const sorted = [...rows].sort((a, b) => (a[x] as number) - (b[x] as number));
  const points = sorted.filter((r) => num(r, v) !== null);
  const years = points.map((r) => r[x] as number);
  const steps = years.slice(1).map((y, i) => y - years[i]!);
  const usual = steps.length ? Math.min(...steps) : 1;
  const gaps: [Row, Row][] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const missingBetween = sorted.some((r) => (r[x] as number) > (a[x] as number) && (r[x] as number) < (b[x] as number));
    if (steps[i - 1]! > usual || missingBetween) gaps.push([a, b]);
  }
  return { points, gaps };
}

export const linje: ChartType = {
  plot(input: ChartInput) {
    const { rows, props } = input;
    const x = props.kategori;
    const narrow = input.width < NARROW;
    const first = col(input, props.varden[0]!);
    const names = seriesNames(input);
    const values = rows.flatMap((r) => props.varden.map((v) => num(r, v))).filter((v): v is number => v !== null);
    const xs = [...new Set(rows.map((r) => r[x] as number))].sort((a, b) => a - b);
    const target = props.mal;
    const share = isShare(first);

    // Geometry, computed here so labels can be placed in pixels.
    const width = input.width;
    const height = narrow ? 260 : 320;
    const margin = { left: 48, right: narrow ? 16 : 24, top: 24, bottom: 32 };
    const inset = narrow ? 18 : 26;
    const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
    const px = (d: number) => margin.left + inset + (x1 === x0 ? 0.5 : (d - x0) / (x1 - x0)) * (width - margin.left - margin.right - 2 * inset);

    // Shares are drawn from zero so a change of a few points is not made to look steep.
    const raw = domain(values, first, target === undefined ? [] : [target]);
    const lo0 = share ? 0 : raw[0];
    const hiRaw = Math.max(raw[1], ...values, target ?? -Infinity);
    let [lo, hi] = nice(lo0, hiRaw, 5);
    if (share && hi > 100) hi = 100;
    if (hi === lo) hi = lo + 1;
    const yTicks = d3ticks(lo, hi, 5).filter((t) => t >= lo && t <= hi);
    const py = (d: number) => height - margin.bottom - ((d - lo) / (hi - lo)) * (height - margin.top - margin.bottom);
    const yData = (p: number) => lo + ((height - margin.bottom - p) / (height - margin.top - margin.bottom)) * (hi - lo);
    const xData = (p: number) => x0 + ((p - margin.left - inset) / (width - margin.left - margin.right - 2 * inset)) * (x1 - x0 || 1);

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

    // Label placement, in pixels. Dots are obstacles; labels are placed in order.
    const taken: Box[] = [];
    const series = props.varden.map((v, i) => ({ v, i, ...runs(rows, x, v) }));
    for (const s of series) for (const r of s.points) taken.push({ x: px(r[x] as number) - 6, y: py(num(r, s.v)!) - 6, w: 12, h: 12 });
    // The value axis' own labels, right-aligned left of the plot.
    for (const t of yTicks) taken.push(boxOf(margin.left - 8, py(t), axisFormat(first)(t), 'end'));
    const frame: Box = { x: 0, y: 0, w: width, h: height - margin.bottom + 4 };
    const inside = (b: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.x + frame.w && b.y + b.h <= frame.y + frame.h;
    const placed: Placed[] = [];
    const place = (text: string, fill: string, candidates: [number, number, Placed['anchor']][], optional = false) => {
      const free = candidates.find(([cx, cy, a]) => {
        const b = boxOf(cx, cy, text, a);
        return inside(b) && !taken.some((t) => overlaps(b, t));
      });
      if (!free && optional) return;
      // Nothing free (not seen with our data): the first choice, so the label is at least near its mark.
      const [cx, cy, anchor] = free ?? candidates[0]!;
      taken.push(boxOf(cx, cy, text, anchor));
      placed.push({ x: cx, y: cy, text, anchor, fill });
    };
    for (const s of series) {
      for (const r of s.points) {
        const cx = px(r[x] as number);
        const cy = py(num(r, s.v)!);
        const text = label(first, num(r, s.v)!, r, s.v);
        const above: [number, number, Placed['anchor']] = [cx, cy - 15, 'middle'];
        const below: [number, number, Placed['anchor']] = [cx, cy + 16, 'middle'];
        // First series above its dots, the second below; the other side when that is taken.
        place(text, 'currentColor', s.i === 1 ? [below, above, [cx + 9, cy, 'start'], [cx - 9, cy, 'end']] : [above, below, [cx + 9, cy, 'start'], [cx - 9, cy, 'end']]);
      }
    }
    const targetText = target === undefined ? '' : `${props.malText ?? 'Mål'}: ${label(first, target)}`;
    if (target !== undefined) {
      const t = py(target);
      const l = margin.left + 4;
      const r = width - margin.right - 4;
      place(targetText, 'currentColor', [[l, t - 10, 'start'], [r, t - 10, 'end'], [l, t + 11, 'start'], [r, t + 11, 'end']]);
    }
    // A gap between measurements, said in words beside the dashed line where there is room.
    for (const s of series.slice(0, 1)) {
      for (const [a, b] of s.gaps) {
        const missing = xs.filter((y) => y > (a[x] as number) && y < (b[x] as number));
        const text = missing.length ? `uppgift saknas ${missing.join(', ')}` : `${span((a[x] as number) + 1, (b[x] as number) - 1)} redovisas inte`;
        const mx = (px(a[x] as number) + px(b[x] as number)) / 2;
        const my = (py(num(a, s.v)!) + py(num(b, s.v)!)) / 2;
        place(text, MUTED_TEXT, [[mx, my + 20, 'middle'], [mx, my - 20, 'middle'], [mx, my + 36, 'middle'], [mx, my - 36, 'middle']], true);
      }
    }

    const text = (data: Placed[], anchor: Placed['anchor']) =>
      Plot.text(
        data.filter((p) => p.anchor === anchor),
        { x: (p: Placed) => xData(p.x), y: (p: Placed) => yData(p.y), text: 'text', textAnchor: anchor, fill: (p: Placed) => p.fill, ...HALO },
      );
    const dashed = (s: (typeof series)[number]) => s.gaps.flatMap(([a, b], k) => [{ ...a, _gap: k }, { ...b, _gap: k }]);
    const solid = (s: (typeof series)[number]) => {
      let run = 0;
      return s.points.map((r, k) => {
        if (k > 0 && s.gaps.some(([, b]) => b === r)) run++;
        return { ...r, _run: run };
      });
    };
    return {
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      style: STYLE,
      x: { domain: [x0, x1], ticks: xTicks, tickFormat: axisFormat(col(input, x)), label: null, inset },
      y: { domain: [lo, hi], tickFormat: axisFormat(first), ticks: yTicks, label: null },
      marks: [
        Plot.gridY(yTicks, { stroke: GRID, strokeOpacity: 0.35 }),
        ...(target === undefined ? [] : [Plot.ruleY([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5, title: () => targetText })]),
        ...series.flatMap((s) => [
          Plot.line(dashed(s), { x, y: s.v, z: '_gap', stroke: SERIES[s.i], strokeWidth: 2, strokeDasharray: '3,5', strokeOpacity: 0.7 }),
          Plot.line(solid(s), { x, y: s.v, z: '_run', stroke: SERIES[s.i], strokeWidth: 2.5 }),
          Plot.dot(s.points, {
            x, y: s.v, fill: SERIES[s.i], symbol: SYMBOLS[s.i], r: 4.5, stroke: 'var(--bakgrund)',
            title: (r: Row) => `${props.varden.length > 1 ? `${names[s.i]} ` : ''}${r[x]}: ${label(first, num(r, s.v)!, r, s.v)}`,
          }),
        ]),
        text(placed, 'middle'),
        text(placed, 'start'),
        text(placed, 'end'),
      ],
    };
  },
  describe(input) {
    const { rows, props } = input;
    const names = seriesNames(input);
    const first = col(input, props.varden[0]!);
    const series = props.varden.map((v, i) => {
      const pts = rows.map((r) => `${r[props.kategori]} ${num(r, v) === null ? 'saknas' : label(first, num(r, v)!, r, v)}`);
      return `${names[i]}: ${listSv(pts)}`;
    });
    const target = props.mal === undefined ? '' : ` ${props.malText ?? 'Målet'} är ${label(first, props.mal)}.`;
    return `Utveckling över tid. ${series.join('. ')}.${target}`;
  },
};

const MUTED_TEXT = 'var(--dampad)';
