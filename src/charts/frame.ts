/**
 * The frame every category chart (staplar, avvikelse, jamforelse) is drawn
 * in: one row per category with its label (categoryLayout), a value axis
 * along x widened so the labels written outside the extreme marks fit,
 * Swedish ticks, a light grid, and the same margins and sizes. A chart type
 * gives only what differs: its values, its labels and its marks.
 */
import * as Plot from '@observablehq/plot';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import { GRID } from './palette.ts';
import { axisFormat, categories, FONT_SIZE, HALO, LINE_HEIGHT, NARROW, num, roomForLabels, STYLE, textWidth, tickCount, tickValues, wrapText } from './common.ts';
import type { ChartInput } from './types.ts';

export interface CategoryLayout {
  marginLeft: number;
  rowHeight: number;
  /** Vertical offset of the data marks within a row (below the label on phones). */
  dy: number;
  /** The category labels: a column at the left on desktop, text above each row on phones. */
  marks: Plot.Markish[];
  /**
   * Vertical lines at `xs` (grid, zero): through the whole plot on desktop; on
   * phones only across each row's data, so they never run through a label.
   */
  rules(xs: number[], options?: Record<string, unknown>): Plot.Markish;
}

/**
 * Where category labels go. On a desktop they form a column at the left; on a
 * phone that column would squeeze the data into a sliver, so each label stands
 * above its row at full width. Labels are wrapped here (not by Plot's estimate),
 * so every row is exactly as tall as its longest label's lines and labels never
 * run into each other.
 */
export function categoryLayout(input: ChartInput): CategoryLayout {
  const narrow = input.width < NARROW;
  const cat = input.props.kategori;
  const labels = categories(input);
  const data = input.rows.map((r, i) => ({ row: r, y: labels[i]! }));
  const textOptions = { fill: 'currentColor', lineHeight: LINE_HEIGHT / FONT_SIZE, ...HALO };
  if (narrow) {
    const wrapped = labels.map((s) => wrapText(s, input.width - 24));
    const lines = Math.max(...wrapped.map((l) => l.length));
    const labelHeight = LINE_HEIGHT * lines;
    // 4 px above the label, the label, 4 px, the data line (26 px), 2 px below.
    const rowHeight = labelHeight + 36;
    const dataCentre = 4 + labelHeight + 4 + 13;
    const dy = dataCentre - rowHeight / 2;
    return {
      marginLeft: 16,
      rowHeight,
      dy,
      marks: [
        Plot.text(data, { y: 'y', text: (d: { y: string }) => wrapped[labels.indexOf(d.y)]!.join('\n'), frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', dy: -rowHeight / 2 + 4, ...textOptions } as never),
      ],
      rules: (xs, options = {}) =>
        Plot.tickX(labels.flatMap((y) => xs.map((x) => ({ x, y }))), { x: 'x', y: 'y', insetTop: 4 + labelHeight + 2, insetBottom: 0, ...options } as never),
    };
  }
  const column = Math.min(Math.round(input.width * 0.32), Math.max(...labels.map(textWidth)));
  const wrapped = labels.map((s) => wrapText(s, column));
  const lines = Math.max(...wrapped.map((l) => l.length));
  return {
    marginLeft: column + 14,
    rowHeight: Math.max(30, LINE_HEIGHT * lines + 12),
    dy: 0,
    marks: [
      Plot.text(data, { y: 'y', text: (d: { y: string }) => wrapped[labels.indexOf(d.y)]!.join('\n'), frameAnchor: 'left', textAnchor: 'end', lineAnchor: 'middle', dx: -10, ...textOptions } as never),
    ],
    rules: (xs, options = {}) => Plot.ruleX(xs, options),
  };
}

/** The value axis: its domain (with room for labels), its ticks, and data → pixel. */
export interface ValueScale {
  x: [number, number];
  ticks: number[];
  px(d: number): number;
}

export interface CategoryFrame extends CategoryLayout {
  marginRight: number;
  /** Width of the plot between the margins, in pixels. */
  plotWidth: number;
  /** Bars 18 px tall on the data line of each row (below the label on phones). */
  inset: { insetTop: number; insetBottom: number };
  /** The value scale for `base`, widened so labels `left` and `right` px wide fit outside the extreme marks. */
  scale(base: [number, number], left: number, right: number): ValueScale;
  /** The Plot options: the frame's axes and grid, the chart's marks, the category labels last (their halo covers lines). */
  plot(scale: ValueScale, marks: Plot.Markish[], extra?: { marginTop?: number; height?: number }): Plot.PlotOptions;
}

/** The frame of a category chart whose values are in `column`, with `marginRight` px right of the plot. */
export function categoryFrame(input: ChartInput, column: Column, marginRight: number): CategoryFrame {
  const layout = categoryLayout(input);
  const plotWidth = input.width - layout.marginLeft - marginRight;
  const { rowHeight, dy } = layout;
  return {
    ...layout,
    marginRight,
    plotWidth,
    inset: { insetTop: rowHeight / 2 + dy - 9, insetBottom: rowHeight / 2 - dy - 9 },
    scale(base, left, right) {
      const x = roomForLabels(base, plotWidth, left, right);
      // As many ticks as fit the part of the axis the values span.
      const ticks = tickValues(column, base, tickCount((plotWidth * (base[1] - base[0])) / (x[1] - x[0])));
      return { x, ticks, px: (d) => layout.marginLeft + ((d - x[0]) / (x[1] - x[0])) * plotWidth };
    },
    plot({ x, ticks }, marks, extra = {}) {
      return {
        width: input.width,
        height: input.rows.length * rowHeight + 40 + (extra.height ?? 0),
        marginLeft: layout.marginLeft,
        marginRight,
        marginTop: extra.marginTop ?? 8,
        marginBottom: 32,
        style: STYLE,
        x: { domain: x, tickFormat: axisFormat(column), ticks, label: null },
        y: { type: 'band', domain: categories(input), label: null, axis: null, padding: 0 },
        marks: [layout.rules(ticks, { stroke: GRID, strokeOpacity: 0.35 }), ...marks, ...layout.marks],
      };
    },
  };
}

/** Pixel width of the widest of `rows`' labels, plus `gap`; 0 for none. */
export function widest(rows: Row[], text: (r: Row) => string, gap: number): number {
  return Math.max(0, ...rows.map((r) => textWidth(text(r)) + gap));
}

/** "Kategori: värde" for every row, "uppgift saknas" where the value is missing: a bar chart in words. */
export function perCategory(input: ChartInput, v: string, text: (r: Row) => string): string {
  return input.rows.map((r) => `${r[input.props.kategori]}: ${num(r, v) === null ? 'uppgift saknas' : text(r)}`).join('. ');
}
