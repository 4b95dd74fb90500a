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
import { GRID, SERIES, SYMBOLS, TARGET } from './palette.ts';
import { axisFormat, col, HALO, label, listSv, num, seriesNames, STYLE } from './common.ts';
import { boxOf, labelPlacer, type Anchor, type Candidate, type Placed } from './placement.ts';
import { timeFrame } from './time-frame.ts';
import { dashed, runs, solid, span } from './runs.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

const MUTED_TEXT = 'var(--dampad)';

export const linje: ChartType = {
  plot(input: ChartInput) {
    const { rows, props } = input;
    const x = props.kategori;
    const first = col(input, props.varden[0]!);
    const names = seriesNames(input);
    const values = rows.flatMap((r) => props.varden.map((v) => num(r, v))).filter((v): v is number => v !== null);
    const target = props.mal;
    const f = timeFrame(input, first, values, target);
    const { px, py, margin, width } = f;

    // Label placement, in pixels: dots and the value axis' own labels are obstacles; labels are placed in order.
    const labels = labelPlacer({ x: 0, y: 0, w: width, h: f.height - margin.bottom + 4 });
    const series = props.varden.map((v, i) => ({ v, i, ...runs(rows, x, v) }));
    for (const s of series) for (const r of s.points) labels.avoid({ x: px(r[x] as number) - 6, y: py(num(r, s.v)!) - 6, w: 12, h: 12 });
    for (const t of f.yTicks) labels.avoid(boxOf(margin.left - 8, py(t), axisFormat(first)(t), 'end'));
    for (const s of series) {
      for (const r of s.points) {
        const [cx, cy] = [px(r[x] as number), py(num(r, s.v)!)];
        const [above, below, right, left]: [Candidate, Candidate, Candidate, Candidate] = [[cx, cy - 15, 'middle'], [cx, cy + 16, 'middle'], [cx + 9, cy, 'start'], [cx - 9, cy, 'end']];
        // First series above its dots, the second below; the other side when that is taken.
        labels.place(label(first, num(r, s.v)!, r, s.v), 'currentColor', s.i === 1 ? [below, above, right, left] : [above, below, right, left]);
      }
    }
    const targetText = target === undefined ? '' : `${props.malText ?? 'Mål'}: ${label(first, target)}`;
    if (target !== undefined) {
      const [t, l, r] = [py(target), margin.left + 4, width - margin.right - 4];
      labels.place(targetText, 'currentColor', [[l, t - 10, 'start'], [r, t - 10, 'end'], [l, t + 11, 'start'], [r, t + 11, 'end']]);
    }
    // A gap between measurements, said in words beside the dashed line where there is room.
    for (const [a, b] of series[0]!.gaps) {
      const missing = f.xs.filter((y) => y > (a[x] as number) && y < (b[x] as number));
      const text = missing.length ? `uppgift saknas ${missing.join(', ')}` : `${span((a[x] as number) + 1, (b[x] as number) - 1)} redovisas inte`;
      const [mx, my] = [(px(a[x] as number) + px(b[x] as number)) / 2, (py(num(a, series[0]!.v)!) + py(num(b, series[0]!.v)!)) / 2];
      labels.place(text, MUTED_TEXT, [[mx, my + 20, 'middle'], [mx, my - 20, 'middle'], [mx, my + 36, 'middle'], [mx, my - 36, 'middle']], true);
    }

    const text = (anchor: Anchor) =>
      Plot.text(labels.placed.filter((p) => p.anchor === anchor), { x: (p: Placed) => f.xData(p.x), y: (p: Placed) => f.yData(p.y), text: 'text', textAnchor: anchor, fill: (p: Placed) => p.fill, ...HALO });
    return {
      width,
      height: f.height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      style: STYLE,
      x: { domain: [f.xs[0]!, f.xs.at(-1)!], ticks: f.xTicks, tickFormat: axisFormat(col(input, x)), label: null, inset: f.inset },
      y: { domain: f.y, tickFormat: axisFormat(first), ticks: f.yTicks, label: null },
      marks: [
        Plot.gridY(f.yTicks, { stroke: GRID, strokeOpacity: 0.35 }),
        ...(target === undefined ? [] : [Plot.ruleY([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5, title: () => targetText })]),
        ...series.flatMap((s) => [
          Plot.line(dashed(s), { x, y: s.v, z: '_gap', stroke: SERIES[s.i], strokeWidth: 2, strokeDasharray: '3,5', strokeOpacity: 0.7 }),
          Plot.line(solid(s), { x, y: s.v, z: '_run', stroke: SERIES[s.i], strokeWidth: 2.5 }),
          Plot.dot(s.points, {
            x, y: s.v, fill: SERIES[s.i], symbol: SYMBOLS[s.i], r: 4.5, stroke: 'var(--bakgrund)',
            title: (r: Row) => `${props.varden.length > 1 ? `${names[s.i]} ` : ''}${r[x]}: ${label(first, num(r, s.v)!, r, s.v)}`,
          }),
        ]),
        text('middle'),
        text('start'),
        text('end'),
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
