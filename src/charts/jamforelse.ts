/**
 * Comparison per category (typically Halland against Riket): one dot per
 * series on a shared line, the gap between them drawn as a rule, values
 * written beside the dots in their series' colour. A dumbbell reads better
 * than grouped bars when the values are close and the difference is the story.
 *
 * Where the series are equal, one symbol would hide the other and one label
 * would look like a missing value: the symbols are drawn one above the other
 * and a single label names them all ("Halland och Riket: 88 %").
 */
import * as Plot from '@observablehq/plot';
import { MUTED, SERIES, SYMBOLS } from './palette.ts';
import { col, domain, label, listSv, num, seriesNames, textWidth } from './common.ts';
import { categoryFrame, widest } from './frame.ts';
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

/** Vertical distance between the symbols of equal values, in pixels. */
const TIE_GAP = 10;

export const jamforelse: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const cat = props.kategori;
    const first = col(input, props.varden[0]!);
    const names = seriesNames(input);
    const values = rows.flatMap((r) => props.varden.map((v) => num(r, v))).filter((v): v is number => v !== null);
    const present = (r: Row) => props.varden.filter((v) => num(r, v) !== null);
    const lo = (r: Row) => Math.min(...present(r).map((v) => num(r, v)!));
    const hi = (r: Row) => Math.max(...present(r).map((v) => num(r, v)!));
    // The column holding a row's lowest/highest value: its label keeps that cell's decimals and colour.
    const loName = (r: Row) => present(r).find((v) => num(r, v) === lo(r))!;
    const hiName = (r: Row) => [...present(r)].reverse().find((v) => num(r, v) === hi(r))!;
    const colour = (name: string) => SERIES[props.varden.indexOf(name)] ?? 'currentColor';
    const withValues = rows.filter((r) => present(r).length > 0);
    // All present series equal (and more than one of them): one label says so.
    const tied = (r: Row) => present(r).length > 1 && lo(r) === hi(r);
    const rank = props.placering;
    const frame = categoryFrame(input, first, rank ? Math.ceil(textWidth('plats 21')) + 8 : 12);
    const { dy } = frame;
    const tieText = (r: Row) => {
      const value = label(first, hi(r), r, hiName(r));
      const named = `${listSv(present(r).map((v) => names[props.varden.indexOf(v)]!))}: ${value}`;
      return textWidth(named) <= frame.plotWidth * 0.6 ? named : `${present(r).length === 2 ? 'båda' : 'alla'}: ${value}`;
    };
    const loText = (r: Row) => (lo(r) === hi(r) ? '' : label(first, lo(r), r, loName(r)));
    const hiText = (r: Row) => (tied(r) ? tieText(r) : label(first, hi(r), r, hiName(r)));
    const scale = frame.scale(domain(values, first), widest(withValues, loText, 0) + 14, widest(withValues, hiText, 0) + 14);
    const title = (v: string, i: number) => (r: Row) => `${r[cat]}: ${names[i]} ${label(first, num(r, v)!, r, v)}`;
    return frame.plot(scale, [
      Plot.ruleY(withValues.filter((r) => !tied(r)), { y: cat, x1: lo, x2: hi, stroke: MUTED, strokeWidth: 2, dy }),
      ...props.varden.flatMap((v, i) => {
        const drawn = rows.filter((r) => num(r, v) !== null);
        const dot = (data: Row[], shift: number) =>
          Plot.dot(data, { x: v, y: cat, fill: SERIES[i], symbol: SYMBOLS[i], r: 5, stroke: 'var(--bakgrund)', strokeWidth: 1, dy: dy + shift, title: title(v, i) });
        // Equal values: each series' symbol on its own line, in legend order from the top.
        const k = props.varden.length;
        return [dot(drawn.filter((r) => !tied(r)), 0), dot(drawn.filter(tied), (i - (k - 1) / 2) * TIE_GAP)];
      }),
      Plot.text(withValues, { x: lo, y: cat, text: loText, textAnchor: 'end', dx: -9, dy, fill: (r: Row) => colour(loName(r)) }),
      Plot.text(withValues, { x: hi, y: cat, text: hiText, textAnchor: 'start', dx: 9, dy, fill: (r: Row) => (tied(r) ? 'currentColor' : colour(hiName(r))) }),
      ...(rank
        ? [Plot.text(rows, { frameAnchor: 'right', y: cat, text: (r: Row) => (r[rank] === null ? '' : `plats ${r[rank]}`), textAnchor: 'end', dx: frame.marginRight, dy, fill: MUTED })]
        : []),
    ]);
  },
  describe(input) {
    const { rows, props } = input;
    const names = seriesNames(input);
    const first = col(input, props.varden[0]!);
    const parts = rows.map((r) => {
      const vals = props.varden.map((v, i) => {
        const x = num(r, v);
        return `${names[i]} ${x === null ? 'saknas' : label(first, x, r, v)}`;
      });
      return `${r[props.kategori]}: ${listSv(vals)}`;
    });
    return `Jämförelse av ${listSv(names)} per ${col(input, props.kategori).title.toLowerCase()}. ${parts.join('. ')}.`;
  },
};
