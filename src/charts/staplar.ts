/**
 * One value per category as horizontal bars (long Swedish labels fit better
 * beside a bar than under it), largest first unless the categories' order
 * means something, values written at the bar ends, an optional target as a
 * dashed rule. A value label that would sit on the target line goes inside its
 * bar (or past the line), so the line never runs through a figure.
 */
import * as Plot from '@observablehq/plot';
import { SERIES, TARGET } from './palette.ts';
import { byValue, col, domain, HALO, label, num, textWidth } from './common.ts';
import { categoryFrame, perCategory, widest, type ValueScale } from './frame.ts';
import type { ChartInput, ChartType } from './types.ts';
import type { Row } from '../schemas/rows.ts';

/** The value column, the rows sorted, and each value as its Swedish label. */
function parts(given: ChartInput) {
  const v = given.props.varden[0]!;
  const input = byValue(given, v);
  const c = col(input, v);
  return { v, input, c, text: (r: Row) => (num(r, v) === null ? 'uppgift saknas' : label(c, num(r, v)!, r)) };
}

/** Where a value label goes: after the bar end, unless the target line would cross it; then inside the bar, or past the line. */
function placeOf(v: string, target: number | undefined, text: (r: Row) => string, { px }: ValueScale) {
  return (r: Row): 'outside' | 'inside' | 'beyond' => {
    const value = num(r, v);
    if (target === undefined || value === null) return 'outside';
    const start = px(value) + 5;
    const w = textWidth(text(r));
    if (px(target) < start - 4 || px(target) > start + w + 4) return 'outside';
    return px(value) - px(0) >= w + 10 ? 'inside' : 'beyond';
  };
}

export const staplar: ChartType = {
  plot(given) {
    const { v, input, c, text } = parts(given);
    const { rows, props } = input;
    const [y, target] = [props.kategori, props.mal];
    const frame = categoryFrame(input, c, 12);
    // Bars start at zero, always: a bar from a cut axis misstates its length.
    const [d0, d1] = domain(rows.map((r) => num(r, v)).filter((x): x is number => x !== null), c, target === undefined ? [0] : [0, target]);
    const scale = frame.scale([Math.min(0, d0), Math.max(0, d1)], 0, widest(rows, text, 10));
    const place = placeOf(v, target, text, scale);
    const at = (p: ReturnType<typeof place>) => rows.filter((r) => place(r) === p);
    const targetText = target === undefined ? '' : `${props.malText ?? 'Mål'}: ${label(c, target)}`;
    // The target's label centred over its line, but kept inside the drawing.
    const w = textWidth(targetText);
    const left = target === undefined ? 0 : Math.min(Math.max(scale.px(target) - w / 2, 4), input.width - 4 - w);
    const targetX = target === undefined ? 0 : scale.x[0] + ((left + w / 2 - frame.marginLeft) / frame.plotWidth) * (scale.x[1] - scale.x[0]);
    const marks = [
      Plot.barX(rows.filter((r) => num(r, v) !== null), { x: v, y, fill: SERIES[0], ...frame.inset, title: (r: Row) => `${r[y]}: ${text(r)}` }),
      Plot.ruleX([0]),
      ...(target === undefined
        ? []
        : [
            Plot.ruleX([target], { stroke: TARGET, strokeDasharray: '5,4', strokeWidth: 1.5, title: () => targetText }),
            Plot.text([targetX], { x: (d: number) => d, frameAnchor: 'top', text: () => targetText, dy: -18, fill: 'currentColor' }),
          ]),
      Plot.text(at('outside'), { x: (r: Row) => num(r, v) ?? 0, y, text, textAnchor: 'start', dx: 5, dy: frame.dy, fill: 'currentColor', ...HALO }),
      Plot.text(at('inside'), { x: v, y, text, textAnchor: 'end', dx: -5, dy: frame.dy, fill: 'var(--bakgrund)' }),
      Plot.text(at('beyond'), { x: () => target, y, text, textAnchor: 'start', dx: 6, dy: frame.dy, fill: 'currentColor', ...HALO }),
    ];
    return frame.plot(scale, marks, target === undefined ? {} : { marginTop: 28, height: 20 });
  },
  describe(given) {
    const { v, input, c, text } = parts(given);
    const { props } = input;
    const target = props.mal === undefined ? '' : ` ${props.malText ?? 'Målet'} är ${label(c, props.mal)}.`;
    return `${c.title} per ${col(input, props.kategori).title.toLowerCase()}. ${perCategory(input, v, text)}.${target}`;
  },
};
