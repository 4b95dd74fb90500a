/**
 * One value per category as horizontal bars (long Swedish labels fit better
 * beside a bar than under it), values written at the bar ends, an optional
 * target as a dashed rule.
 */
import * as Plot from '@observablehq/plot';
import { GRID, SERIES, TARGET } from './palette.ts';
import { axisFormat, categories, categoryLayout, col, domain, FONT_SIZE, label, num } from './common.ts';
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const staplar: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const values = rows.map((r) => num(r, v)).filter((x): x is number => x !== null);
    const { marginLeft, lineWidth, rowHeight } = categoryLayout(input);
    const target = props.mal;
    return {
      width: input.width,
      height: rows.length * (rowHeight + 6) + (target === undefined ? 40 : 58),
      marginLeft,
      marginRight: 56,
      marginTop: target === undefined ? 8 : 26,
      marginBottom: 30,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: domain(values, c, target === undefined ? [] : [target]), tickFormat: axisFormat(c), ticks: input.width < 480 ? 4 : 8, label: null },
      y: { domain: categories(input), label: null, padding: 0.25 },
      marks: [
        Plot.axisY({ lineWidth, tickSize: 0 } as never),
        Plot.gridX({ stroke: GRID, strokeOpacity: 0.35 }),
        Plot.barX(rows.filter((r) => num(r, v) !== null), { x: v, y: props.kategori, fill: SERIES[0] }),
        Plot.text(rows, { x: (r: Row) => num(r, v) ?? 0, y: props.kategori, text: (r: Row) => (num(r, v) === null ? 'uppgift saknas' : label(c, num(r, v)!, r)), textAnchor: 'start', dx: 5, fill: 'currentColor' }),
        Plot.ruleX([0]),
        ...(target === undefined
          ? []
          : [
              Plot.ruleX([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5 }),
              Plot.text([target], { x: (d: number) => d, frameAnchor: 'top', text: () => `${props.malText ?? 'Mål'}: ${label(c, target)}`, dy: -16, fill: 'currentColor' }),
            ]),
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
