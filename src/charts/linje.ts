/**
 * Development over time: a line per value column with a labelled dot at each
 * observation, and an optional target drawn as a dashed rule. Observations
 * are few (every other year), so every value is written out.
 */
import * as Plot from '@observablehq/plot';
import { GRID, SERIES, SYMBOLS, TARGET } from './palette.ts';
import { axisFormat, col, domain, FONT_SIZE, label, listSv, num, seriesNames } from './common.ts';
import type { Column } from '../schemas/metadata.ts';

function shareFromZero(d: [number, number], c: Column): [number, number] {
  return c.unit === 'procent' || c.type === 'percent' ? [0, d[1]] : d;
}
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const linje: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const x = props.kategori;
    const first = col(input, props.varden[0]!);
    const values = rows.flatMap((r) => props.varden.map((v) => num(r, v))).filter((v): v is number => v !== null);
    const xs = rows.map((r) => r[x] as number);
    const target = props.mal;
    return {
      width: input.width,
      height: input.width < 480 ? 240 : 300,
      marginLeft: 44,
      marginRight: 24,
      marginTop: 20,
      marginBottom: 30,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: [Math.min(...xs), Math.max(...xs)], ticks: xs, tickFormat: axisFormat(col(input, x)), label: null, inset: 24 },
      // Shares are drawn from zero so a change of a few points is not made to look steep.
      y: { domain: shareFromZero(domain(values, first, target === undefined ? [] : [target]), first), tickFormat: axisFormat(first), ticks: 5, grid: true, label: null },
      marks: [
        Plot.gridY({ stroke: GRID, strokeOpacity: 0.35, ticks: 5 }),
        ...(target === undefined
          ? []
          : [
              Plot.ruleY([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5 }),
              Plot.text([target], { y: (d: number) => d, frameAnchor: 'left', text: () => `${props.malText ?? 'Mål'}: ${label(first, target)}`, textAnchor: 'start', dy: -8, dx: 4, fill: 'currentColor' }),
            ]),
        ...props.varden.flatMap((v, i) => {
          const present = rows.filter((r) => num(r, v) !== null);
          return [
            Plot.line(present, { x, y: v, stroke: SERIES[i], strokeWidth: 2.5 }),
            Plot.dot(present, { x, y: v, fill: SERIES[i], symbol: SYMBOLS[i], r: 4.5, stroke: 'var(--bakgrund)' }),
            Plot.text(present, { x, y: v, text: (r: Row) => label(first, num(r, v)!, r, v), dy: i === 0 ? -13 : 14, fill: 'currentColor' }),
          ];
        }),
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
