/**
 * One value per category as horizontal bars (long Swedish labels fit better
 * beside a bar than under it), largest first unless the categories' order
 * means something, values written at the bar ends, an optional target as a
 * dashed rule. A value label that would sit on the target line goes inside its
 * bar (or past the line), so the line never runs through a figure.
 */
import * as Plot from '@observablehq/plot';
import { SERIES, TARGET } from './palette.ts';
import { barAxes, byValue, categoryLayout, col, domain, HALO, label, num, roomForLabels, textWidth, tickCount, tickValues } from './common.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

type Place = 'outside' | 'inside' | 'beyond';

export const staplar: ChartType = {
  plot(given) {
    const v = given.props.varden[0]!;
    const input: ChartInput = byValue(given, v);
    const { rows, props } = input;
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
    const plotWidth = input.width - marginLeft - marginRight;
    const x = roomForLabels(base, plotWidth, 0, Math.max(...rows.map((r) => textWidth(text(r)))) + 10);
    const px = (d: number) => marginLeft + ((d - x[0]) / (x[1] - x[0])) * plotWidth;
    const ticks = tickValues(c, base, tickCount((plotWidth * (base[1] - base[0])) / (x[1] - x[0])));
    // Where each value label goes: after the bar end, unless the target line would cross it.
    const place = (r: Row): Place => {
      const value = num(r, v);
      if (target === undefined || value === null) return 'outside';
      const start = px(value) + 5;
      const t = px(target);
      if (t < start - 4 || t > start + textWidth(text(r)) + 4) return 'outside';
      return px(value) - px(0) >= textWidth(text(r)) + 10 ? 'inside' : 'beyond';
    };
    const at = (p: Place) => rows.filter((r) => place(r) === p);
    // Bars 18 px tall on the data line of each row (below the label on phones).
    const inset = { insetTop: rowHeight / 2 + dy - 9, insetBottom: rowHeight / 2 - dy - 9 };
    const { axes, grid } = barAxes(input, c, x, ticks, layout);
    const targetText = target === undefined ? '' : `${props.malText ?? 'Mål'}: ${label(c, target)}`;
    // The target's label centred over its line, but kept inside the drawing.
    const targetX = (() => {
      if (target === undefined) return 0;
      const w = textWidth(targetText);
      const left = Math.min(Math.max(px(target) - w / 2, 4), input.width - 4 - w);
      return x[0] + ((left + w / 2 - marginLeft) / plotWidth) * (x[1] - x[0]);
    })();
    return {
      width: input.width,
      height: rows.length * rowHeight + (target === undefined ? 40 : 60),
      marginLeft,
      marginRight,
      marginTop: target === undefined ? 8 : 28,
      ...axes,
      marks: [
        grid,
        Plot.barX(rows.filter((r) => num(r, v) !== null), { x: v, y: props.kategori, fill: SERIES[0], ...inset, title: (r: Row) => `${r[props.kategori]}: ${text(r)}` }),
        Plot.ruleX([0]),
        ...(target === undefined
          ? []
          : [
              Plot.ruleX([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5, title: () => targetText }),
              Plot.text([targetX], { x: (d: number) => d, frameAnchor: 'top', text: () => targetText, dy: -18, fill: 'currentColor' }),
            ]),
        Plot.text(at('outside'), { x: (r: Row) => num(r, v) ?? 0, y: props.kategori, text, textAnchor: 'start', dx: 5, dy, fill: 'currentColor', ...HALO }),
        Plot.text(at('inside'), { x: v, y: props.kategori, text, textAnchor: 'end', dx: -5, dy, fill: 'var(--bakgrund)' }),
        Plot.text(at('beyond'), { x: () => target, y: props.kategori, text, textAnchor: 'start', dx: 6, dy, fill: 'currentColor', ...HALO }),
        // Labels last, so their halo covers the grid and target lines.
        ...layout.marks,
      ],
    };
  },
  describe(given) {
    const input = byValue(given, given.props.varden[0]!);
    const { rows, props } = input;
    const v = props.varden[0]!;
    const c = col(input, v);
    const parts = rows.map((r) => `${r[props.kategori]}: ${num(r, v) === null ? 'uppgift saknas' : label(c, num(r, v)!, r)}`);
    const target = props.mal === undefined ? '' : ` ${props.malText ?? 'Målet'} är ${label(c, props.mal)}.`;
    return `${c.title} per ${col(input, props.kategori).title.toLowerCase()}. ${parts.join('. ')}.${target}`;
  },
};
