/**
 * Positive and negative values around zero (budget deviations): bars to the
 * left in one colour and to the right in another, each labelled with its sign
 * so colour is never the only cue. Sorted from the largest surplus to the
 * largest deficit unless the categories' order means something (years).
 */
import * as Plot from '@observablehq/plot';
import { formatChange } from '../format/index.ts';
import { decimalsIn } from '../data/precision.ts';
import { NEGATIVE, POSITIVE } from './palette.ts';
import { byValue, col, domain, HALO, num } from './common.ts';
import { categoryFrame, perCategory, widest } from './frame.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

/** The value column, the rows sorted, and each value as a signed Swedish label. */
function parts(given: ChartInput) {
  const v = given.props.varden[0]!;
  const input = byValue(given, v);
  const c = col(input, v);
  const text = (r: Row) => formatChange(num(r, v)!, c.unit, decimalsIn(r, v, c.decimals));
  return { v, input, c, text, present: input.rows.filter((r) => num(r, v) !== null) };
}

export const avvikelse: ChartType = {
  plot(given) {
    const { v, input, c, text, present } = parts(given);
    const y = input.props.kategori;
    const below = (r: Row) => num(r, v)! < 0;
    const frame = categoryFrame(input, c, 16);
    // Room for the labels outside the bar ends, on the side each bar points to.
    const scale = frame.scale(domain(present.map((r) => num(r, v)!), c), widest(present.filter(below), text, 10), widest(present.filter((r) => !below(r)), text, 10));
    return frame.plot(scale, [
      Plot.barX(present, { x: v, y, fill: (r: Row) => (below(r) ? NEGATIVE : POSITIVE), ...frame.inset, title: (r: Row) => `${r[y]}: ${text(r)}` }),
      Plot.text(present.filter(below), { x: v, y, text, textAnchor: 'end', dx: -5, dy: frame.dy, fill: 'currentColor', ...HALO }),
      Plot.text(present.filter((r) => !below(r)), { x: v, y, text, textAnchor: 'start', dx: 5, dy: frame.dy, fill: 'currentColor', ...HALO }),
      frame.rules([0], { strokeWidth: 1.5 }),
    ]);
  },
  describe(given) {
    const { input, c, text, v } = parts(given);
    return `${c.title}, positiva och negativa värden kring noll. ${perCategory(input, v, text)}.`;
  },
};
