/**
 * Positive and negative values around zero (budget deviations): bars to the
 * left in one colour and to the right in another, each labelled with its sign
 * so colour is never the only cue.
 */
import * as Plot from '@observablehq/plot';
import { formatChange } from '../format/index.ts';
import { decimalsIn } from '../data/precision.ts';
import { GRID, NEGATIVE, POSITIVE } from './palette.ts';
import { axisFormat, categories, categoryLayout, col, domain, FONT_SIZE, num } from './common.ts';
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const avvikelse: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const present = rows.filter((r) => num(r, v) !== null);
    const values = present.map((r) => num(r, v)!);
    const [lo, hi] = domain(values, c);
    // Room for the labels outside the bar ends.
    const pad = (hi - lo) * 0.28;
    const { marginLeft, lineWidth, rowHeight } = categoryLayout(input);
    const text = (r: Row) => formatChange(num(r, v)!, c.unit, decimalsIn(r, v, c.decimals));
    return {
      width: input.width,
      height: rows.length * (rowHeight + 10) + 40,
      marginLeft,
      marginRight: 16,
      marginTop: 8,
      marginBottom: 30,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: [lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi], tickFormat: axisFormat(c), ticks: input.width < 480 ? 4 : 6, label: null },
      y: { domain: categories(input), label: null, padding: 0.3 },
      marks: [
        Plot.axisY({ lineWidth, tickSize: 0 } as never),
        Plot.gridX({ stroke: GRID, strokeOpacity: 0.35 }),
        Plot.barX(present, { x: v, y: props.kategori, fill: (r: Row) => (num(r, v)! < 0 ? NEGATIVE : POSITIVE) }),
        Plot.text(present.filter((r) => num(r, v)! < 0), { x: v, y: props.kategori, text, textAnchor: 'end', dx: -5, fill: 'currentColor' }),
        Plot.text(present.filter((r) => num(r, v)! >= 0), { x: v, y: props.kategori, text, textAnchor: 'start', dx: 5, fill: 'currentColor' }),
        Plot.ruleX([0], { strokeWidth: 1.5 }),
      ],
    };
  },
  describe(input) {
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const parts = rows.map((r) => `${r[props.kategori]}: ${num(r, v) === null ? 'uppgift saknas' : formatChange(num(r, v)!, c.unit, decimalsIn(r, v, c.decimals))}`);
    return `${c.title}, positiva och negativa värden kring noll. ${parts.join('. ')}.`;
  },
};
