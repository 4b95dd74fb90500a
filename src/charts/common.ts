/**
 * Small pieces the chart types share: looking up columns, Swedish value
 * labels, axis formats and sizes that keep text readable on a phone.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { formatNumber, formatValue, NBSP } from '../format/index.ts';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import { decimalsIn } from '../data/precision.ts';
import type { ChartInput } from './types.ts';
import { GRID } from './palette.ts';

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

/** Approximate width in pixels of a label at FONT_SIZE (Plot wraps by a similar estimate). */
export function textWidth(s: string): number {
  return s.length * FONT_SIZE * 0.55;
}

export interface CategoryLayout {
  marginLeft: number;
  rowHeight: number;
  /** Vertical offset of the data marks within a row (below the label on phones). */
  dy: number;
  /** The category labels: a wrapped y axis on desktop, text above each row on phones. */
  marks: Plot.Markish[];
}

/**
 * Where category labels go. On a desktop they form a y axis at the left,
 * wrapped at an em width; on a phone that column would squeeze the data into
 * a sliver, so each label stands above its row at full width. Rows are as
 * tall as their longest label's lines, so labels never run into each other.
 */
export function categoryLayout(input: ChartInput): CategoryLayout {
  const narrow = input.width < NARROW;
  const cat = input.props.kategori;
  const longest = Math.max(...categories(input).map((s) => s.length));
  // Wrapping breaks at spaces, so allow a little more than the ideal line count.
  const linesAt = (ems: number) => Math.min(8, Math.ceil((longest * 0.55) / ems + 0.25));
  if (narrow) {
    // Plot estimates text width for a narrower font than phones use; wrap early rather than clip.
    const lineWidth = ((input.width - 24) / FONT_SIZE) * 0.85;
    const labelHeight = 15 * linesAt(lineWidth);
    // Label 6 px below the row's top, data 10 px below the label: each label sits closest to its own data.
    const rowHeight = labelHeight + 28;
    return {
      marginLeft: 16,
      rowHeight,
      dy: labelHeight / 2 + 2,
      marks: [
        Plot.text(input.rows, {
          y: cat, text: cat, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', dy: -rowHeight / 2 + 6, lineWidth,
          // A halo in the background colour keeps grid and target lines from cutting through the words.
          fill: 'currentColor', stroke: 'var(--bakgrund)', strokeWidth: 4, paintOrder: 'stroke',
        } as never),
      ],
    };
  }
  const lineWidth = Math.min(18, Math.max(6, longest * 0.55));
  return {
    marginLeft: Math.round(lineWidth * FONT_SIZE) + 12,
    rowHeight: 22 + 14 * (linesAt(lineWidth) - 1),
    dy: 0,
    marks: [Plot.axisY({ lineWidth, tickSize: 0 } as never)],
  };
}

/** Number of ticks that fit a value axis `plotWidth` pixels wide without labels touching. */
export function tickCount(plotWidth: number): number {
  return Math.max(2, Math.floor(plotWidth / 70));
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
  if (c.unit === 'procent' || c.type === 'percent') {
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
  return c.unit === 'procent' || c.type === 'percent' ? t.filter((x) => x >= 0 && x <= 100) : t;
}

/**
 * Axes of a horizontal bar chart: values along x with Swedish ticks and a
 * light grid, one band per category on y (its labels come from categoryLayout).
 */
export function barAxes(input: ChartInput, c: Column, x: [number, number], ticks: number[]) {
  return {
    axes: {
      marginBottom: 30,
      style: { fontSize: `${FONT_SIZE}px` },
      x: { domain: x, tickFormat: axisFormat(c), ticks, label: null },
      y: { type: 'band' as const, domain: categories(input), label: null, axis: null, padding: 0 },
    },
    grid: Plot.gridX(ticks, { stroke: GRID, strokeOpacity: 0.35 }),
  };
}
