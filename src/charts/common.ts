/**
 * Small pieces the chart types share: looking up columns, Swedish value
 * labels, axis formats and sizes that keep text readable on a phone.
 */
import { formatNumber, formatValue, NBSP } from '../format/index.ts';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import { decimalsIn } from '../data/precision.ts';
import type { ChartInput } from './types.ts';

/** Text size in chart pixels; the SVG is drawn at the width it is shown, so this is the size read. */
export const FONT_SIZE = 12;
/** Below this width the narrow (phone) layout is used. */
export const NARROW = 480;

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
  if (c.unit === 'procent') return (d) => `${formatNumber(d)}${NBSP}%`;
  return (d) => formatNumber(d);
}

/** Axis label: the unit in words, e.g. "mnkr" or "procent". */
export function axisLabel(c: Column): string | null {
  if (!c.unit || c.unit === 'procent' || c.unit === 'antal') return null;
  return c.unit;
}

/** Category labels in row order (Plot would sort them alphabetically). */
export function categories(input: ChartInput): string[] {
  return input.rows.map((r) => String(r[input.props.kategori]));
}

/** Left margin for category labels: wrapped on phones, one line on desktop. */
export function categoryLayout(input: ChartInput): { marginLeft: number; lineWidth: number; rowHeight: number } {
  const narrow = input.width < NARROW;
  const longest = Math.max(...categories(input).map((s) => s.length));
  // Em-based wrap width keeps two short lines on a phone instead of one unreadably long one.
  const lineWidth = narrow ? 8 : Math.min(20, Math.max(6, longest * 0.55));
  const lines = narrow ? Math.ceil((longest * 0.55) / lineWidth) : 1;
  return { marginLeft: Math.round(lineWidth * FONT_SIZE) + 12, lineWidth, rowHeight: 22 + 13 * Math.max(0, Math.min(lines, 3) - 1) };
}

/** Padded numeric domain that always shows the values and, for counts and money, zero. */
export function domain(values: number[], c: Column, extra: number[] = []): [number, number] {
  const all = [...values, ...extra];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (c.unit === 'procent' || c.type === 'percent') {
    lo = Math.max(0, Math.floor((lo - 5) / 10) * 10);
    hi = Math.min(100, Math.ceil((hi + 2) / 10) * 10);
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
