/**
 * One value per category as horizontal bars (long Swedish labels fit better
 * beside a bar than under it), values written at the bar ends, an optional
 * target as a dashed rule.
 */
import * as Plot from '@observablehq/plot';
import { SERIES, TARGET } from './palette.ts';
import { barAxes, categoryLayout, col, domain, label, num, roomForLabels, textWidth, tickCount, tickValues } from './common.ts';
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const staplar: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const values = rows.map((r) => num(r, v)).filter((x): x is number => x !== null);
    const layout = categoryLayout(input);
    const { marginLeft, rowHeight, dy } = layout;
    const target = props.mal;
    const text = (r: Row) => (num(r, v) === null ? 'uppgift saknas' : label(c, num(r, v)!, r));
    // Bars start at zero, always: a bar from a cut axis misstates its length.
    const [d0, d1] = domain(values, c, target === undefined ? [0] : [0, target]);
    const base: [number, number] = [Math.min(0, d0), Math.max(0, d1)];
    const marginRight = 12;
    const x = roomForLabels(base, input.width - marginLeft - marginRight, 0, Math.max(...rows.map((r) => textWidth(text(r)))) + 10);
    const plotWidth = input.width - marginLeft - marginRight;
    const ticks = tickValues(c, base, tickCount((plotWidth * (base[1] - base[0])) / (x[1] - x[0])));
    // Bars 18 px tall on the data line of each row (below the label on phones).
    const inset = { insetTop: rowHeight / 2 + dy - 9, insetBottom: rowHeight / 2 - dy - 9 };
    const { axes, grid } = barAxes(input, c, x, ticks);
    return {
      width: input.width,
      height: rows.length * rowHeight + (target === undefined ? 38 : 56),
      marginLeft,
      marginRight,
      marginTop: target === undefined ? 8 : 26,
      ...axes,
      marks: [
        grid,
        Plot.barX(rows.filter((r) => num(r, v) !== null), { x: v, y: props.kategori, fill: SERIES[0], ...inset }),
        Plot.text(rows, { x: (r: Row) => num(r, v) ?? 0, y: props.kategori, text, textAnchor: 'start', dx: 5, dy, fill: 'currentColor' }),
        Plot.ruleX([0]),
        ...(target === undefined
          ? []
          : [
              Plot.ruleX([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5 }),
              Plot.text([target], { x: (d: number) => d, frameAnchor: 'top', text: () => `${props.malText ?? 'Mål'}: ${label(c, target)}`, dy: -16, fill: 'currentColor' }),
            ]),
        // Labels last, so their halo covers the grid and target lines.
        ...layout.marks,
      ],
    };
  },
  describe(input) {
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const parts = rows.map((r) => `${r[props.kategori]}: ${num(r, v) === null ? 'uppgift saknas' : label(c, num(r, v)!, r)}`);
    const target = props.mal === undefined ? '' : ` ${props.malText ?? 'Målet'} är ${label(c, props.mal)}.`;
    return `${c.title} per ${col(input, props.kategori).title.toLowerCase()}. ${parts.join('. ')}.${target}`;
  },
};
