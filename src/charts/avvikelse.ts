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
import { barAxes, byValue, categoryLayout, col, domain, HALO, num, roomForLabels, textWidth, tickCount, tickValues } from './common.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const avvikelse: ChartType = {
  plot(given) {
    const v = given.props.varden[0]!;
    const input: ChartInput = byValue(given, v);
    const { rows, props } = input;
    const c = col(input, v);
    const present = rows.filter((r) => num(r, v) !== null);
    const values = present.map((r) => num(r, v)!);
    const base = domain(values, c);
    const layout = categoryLayout(input);
    const { marginLeft, rowHeight, dy } = layout;
    const text = (r: Row) => formatChange(num(r, v)!, c.unit, decimalsIn(r, v, c.decimals));
    // Room for the labels outside the bar ends, on the side each bar points to.
    const widest = (neg: boolean) => Math.max(0, ...present.filter((r) => num(r, v)! < 0 === neg).map((r) => textWidth(text(r)) + 10));
    const x = roomForLabels(base, input.width - marginLeft - 16, widest(true), widest(false));
    const plotWidth = input.width - marginLeft - 16;
    const ticks = tickValues(c, base, tickCount((plotWidth * (base[1] - base[0])) / (x[1] - x[0])));
    const inset = { insetTop: rowHeight / 2 + dy - 9, insetBottom: rowHeight / 2 - dy - 9 };
    const { axes, grid } = barAxes(input, c, x, ticks, layout);
    const title = (r: Row) => `${r[props.kategori]}: ${text(r)}`;
    return {
      width: input.width,
      height: rows.length * rowHeight + 40,
      marginLeft,
      marginRight: 16,
      marginTop: 8,
      ...axes,
      marks: [
        grid,
        Plot.barX(present, { x: v, y: props.kategori, fill: (r: Row) => (num(r, v)! < 0 ? NEGATIVE : POSITIVE), ...inset, title }),
        Plot.text(present.filter((r) => num(r, v)! < 0), { x: v, y: props.kategori, text, textAnchor: 'end', dx: -5, dy, fill: 'currentColor', ...HALO }),
        Plot.text(present.filter((r) => num(r, v)! >= 0), { x: v, y: props.kategori, text, textAnchor: 'start', dx: 5, dy, fill: 'currentColor', ...HALO }),
        layout.rules([0], { strokeWidth: 1.5 }),
        // Labels last, so their halo covers the grid and target lines.
        ...layout.marks,
      ],
    };
  },
  describe(given) {
    const v = given.props.varden[0]!;
    const input = byValue(given, v);
    const { rows, props } = input;
    const c = col(input, v);
    const parts = rows.map((r) => `${r[props.kategori]}: ${num(r, v) === null ? 'uppgift saknas' : formatChange(num(r, v)!, c.unit, decimalsIn(r, v, c.decimals))}`);
    return `${c.title}, positiva och negativa värden kring noll. ${parts.join('. ')}.`;
  },
};
