/**
 * Comparison per category (typically Halland against Riket): one dot per
 * series on a shared line, the gap between them drawn as a rule, values
 * written beside the dots. A dumbbell reads better than grouped bars when the
 * values are close and the difference is the story.
 */
import * as Plot from '@observablehq/plot';
import { GRID, MUTED, SERIES, SYMBOLS } from './palette.ts';
import { axisFormat, categories, categoryLayout, col, domain, FONT_SIZE, label, listSv, num, seriesNames } from './common.ts';
import type { ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

export const jamforelse: ChartType = {
  plot(input) {
    const { rows, props } = input;
    const cat = props.kategori;
    const cols = props.varden.map((v) => col(input, v));
    const values = rows.flatMap((r) => props.varden.map((v) => num(r, v))).filter((v): v is number => v !== null);
    const { marginLeft, lineWidth, rowHeight } = categoryLayout(input);
    const lo = (r: Row) => Math.min(...props.varden.map((v) => num(r, v) ?? Infinity));
    const hi = (r: Row) => Math.max(...props.varden.map((v) => num(r, v) ?? -Infinity));
    // Which column holds a row's lowest/highest value, so its label keeps that cell's decimals.
    const nameOf = (r: Row, x: number) => props.varden.find((v) => num(r, v) === x)!;
    const first = cols[0]!;
    const rank = props.placering;
    return {
      width: input.width,
      height: rows.length * rowHeight + 40,
      marginLeft,
      marginRight: rank ? 62 : 36,
      marginTop: 8,
      marginBottom: 30,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: domain(values, first), tickFormat: axisFormat(first), ticks: input.width < 480 ? 4 : 8, grid: true, label: null },
      y: { domain: categories(input), label: null, tickSize: 0 },
      marks: [
        Plot.axisY({ lineWidth, tickSize: 0 } as never),
        Plot.gridX({ stroke: GRID, strokeOpacity: 0.35 }),
        Plot.ruleY(rows, { y: cat, x1: lo, x2: hi, stroke: MUTED, strokeWidth: 2 }),
        ...props.varden.map((v, i) =>
          Plot.dot(
            rows.filter((r) => num(r, v) !== null),
            { x: v, y: cat, fill: SERIES[i], symbol: SYMBOLS[i], r: 5, stroke: 'var(--bakgrund)', strokeWidth: 1 },
          ),
        ),
        // Values beside the outermost dots: the lower to the left, the higher to the right.
        Plot.text(rows, { x: lo, y: cat, text: (r: Row) => (lo(r) === hi(r) ? '' : label(first, lo(r), r, nameOf(r, lo(r)))), textAnchor: 'end', dx: -9, fill: 'currentColor' }),
        Plot.text(rows, { x: hi, y: cat, text: (r: Row) => label(first, hi(r), r, nameOf(r, hi(r))), textAnchor: 'start', dx: 9, fill: 'currentColor' }),
        ...(rank
          ? [Plot.text(rows, { frameAnchor: 'right', y: cat, text: (r: Row) => `plats ${r[rank] ?? '–'}`, textAnchor: 'end', dx: 60, fill: MUTED })]
          : []),
      ],
    };
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
