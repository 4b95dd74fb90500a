/**
 * Small pieces the chart types share: looking up columns, Swedish value
 * labels, axis formats and sizes that keep text readable on a phone.
 */
import { ticks } from 'd3-array';
import { formatTick, formatValue, isPercent } from '../format/index.ts';
import { charsIn, uniformWidth, wrapWords } from '../format/text.ts';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import { decimalsIn } from '../data/precision.ts';
import type { ChartInput } from './types.ts';

/**
 * Text size in chart pixels. The narrow drawing (340 px) is shown about 328 px
 * wide on a 360 px phone, so 13 px reads as 12,5 px; the wide one (680 px) is
 * shown up to 748 px wide, so 13 px reads as up to 14,3 px.
 */
export const FONT_SIZE = 13;
/** Height of one line of a wrapped label, with leading, in chart pixels. */
export const LINE_HEIGHT = 17;
/** Below this width the narrow (phone) layout is used. */
export const NARROW = 480;
/** Root style of every chart (the renderer moves the size onto the drawing itself). */
export const STYLE = { fontSize: `${FONT_SIZE}px` };

export function col(input: ChartInput, name: string): Column {
  const c = input.columns.find((x) => x.name === name);
  if (!c) throw new Error(`kolumnen "${name}" finns inte`);
  return c;
}

/** Numeric value of a cell, or null when it is missing. */
export function num(row: Row, name: string): number | null {
  const v = row[name];
  return typeof v === 'number' ? v : null;
}

/** A value labelled the Swedish way with its unit, and the decimals it was published with. */
export function label(c: Column, v: number, row?: Row, name: string = c.name): string {
  // A figure from a row keeps its own decimals; a typed-in one (a target) shows what it needs.
  return formatValue(v, c.unit, row ? decimalsIn(row, name, c.decimals) : undefined);
}

/** Tick format for a value axis of the given column. */
export function axisFormat(c: Column): (d: number) => string {
  if (c.type === 'year') return (d) => String(d);
  return (d) => formatTick(d, c.unit);
}

/** True for a column of shares in per cent (its axis runs 0–100). */
export const isShare = (c: Column): boolean => isPercent(c.unit) || c.type === 'percent';

/** Category labels in row order (Plot would sort them alphabetically). */
export function categories(input: ChartInput): string[] {
  return input.rows.map((r) => String(r[input.props.kategori]));
}

/**
 * Approximate width in pixels of a label at FONT_SIZE. Generous (0,6 em a
 * character: DejaVu Sans, the widest of the usual system fonts), so a label
 * measured to fit does fit.
 */
export function textWidth(s: string): number {
  return uniformWidth(s, FONT_SIZE);
}

/** Break a label into lines of at most `width` pixels, at spaces (a single long word stays whole). */
export function wrapText(s: string, width: number): string[] {
  const lines = wrapWords(s, Math.max(4, charsIn(width, FONT_SIZE)));
  return lines.length ? lines : [''];
}

/**
 * Rows of a bar chart in the order readers should see them: by value, largest
 * first, unless the category column says its order means something
 * (`ordered: true` in the metadata: years, short–middle–long). Missing values last.
 */
export function byValue(input: ChartInput, value: string): ChartInput {
  const c = input.columns.find((x) => x.name === input.props.kategori);
  if (!c || c.type !== 'text' || c.ordered) return input;
  const key = (r: Row) => num(r, value) ?? -Infinity;
  return { ...input, rows: [...input.rows].sort((a, b) => key(b) - key(a)) };
}

/** Halo in the background colour: grid and target lines never cut through words. */
export const HALO = { stroke: 'var(--bakgrund)', strokeWidth: 4, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

/** Number of ticks that fit a value axis `plotWidth` pixels wide without labels touching. */
export function tickCount(plotWidth: number): number {
  return Math.max(2, Math.floor(plotWidth / 80));
}

/**
 * Widen a value domain so labels written outside the extreme marks fit
 * inside the plot: `left`/`right` are the widest labels' pixel widths.
 */
export function roomForLabels(domain: [number, number], plotWidth: number, left: number, right: number): [number, number] {
  const [lo, hi] = domain;
  const span = hi - lo || 1;
  const fl = Math.min(0.4, left / plotWidth);
  const fr = Math.min(0.4, right / plotWidth);
  // Solve for the padded span whose left/right fractions hold the labels.
  const total = span / Math.max(0.2, 1 - fl - fr);
  return [lo - total * fl, hi + total * fr];
}

/** Padded numeric domain that always shows the values and, for counts and money, zero. */
export function domain(values: number[], c: Column, extra: number[] = []): [number, number] {
  const all = [...values, ...extra];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (isShare(c)) {
    lo = Math.max(0, Math.floor((lo - 5) / 10) * 10);
    hi = Math.min(Math.max(100, hi), Math.ceil((hi + 2) / 10) * 10);
  } else {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  return [lo, hi];
}

/** Series name as readers see it: the column's title. */
export function seriesNames(input: ChartInput): string[] {
  return input.props.varden.map((v) => col(input, v).title);
}

/** "85 %, 80 % och 77 %" — a Swedish list. */
export function listSv(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** Tick values inside [lo, hi] that never go below zero for shares (padding may). */
export function tickValues(c: Column, domain: [number, number], count: number): number[] {
  const t = ticks(domain[0], domain[1], count);
  return isShare(c) ? t.filter((x) => x >= 0 && x <= 100) : t;
}
