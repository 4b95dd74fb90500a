/**
 * A chart figure, ready for a page: the editor's props resolved against the
 * data, drawn twice (a narrow variant for phones, a wide one for desktops:
 * one SVG scaled down to a phone would shrink its text to ~5 px), with the
 * legend and the accessible description.
 */
import { CHARTS, SERIES, SYMBOLS } from '../charts/index.ts';
import type { ChartInput, ResolvedChart } from '../charts/types.ts';
import type { Column } from '../schemas/metadata.ts';
import { copyPrecision, type Row } from '../data/index.ts';
import { renderSvg } from './index.ts';
import { channel } from 'node:diagnostics_channel';

/**
 * Each drawn figure with its render time, for the benchmark (scripts/bench/chart-log.ts
 * subscribes inside the build it measures). Without a subscriber, publishing costs nothing.
 */
export const FIGURE_CHANNEL = channel('halland:figure');

/** Drawing widths in CSS pixels: what a 360 px phone and a 1280 px desktop show. */
export const WIDTHS = { narrow: 340, wide: 680 } as const;

export interface LegendItem {
  name: string;
  colour: string;
  symbol: string;
}

export interface Figure {
  /** Anchor id, unique on the page. */
  id: string;
  title: string;
  finding: string;
  description: string;
  narrow: string;
  wide: string;
  legend: LegendItem[];
}

/**
 * Rows with the category column's values replaced by their short labels from
 * the metadata (`categoryLabels`), as charts and story tables show them.
 */
export function withCategoryLabels<R extends Record<string, unknown>>(rows: R[], columns: Column[], name: string): R[] {
  const labels = columns.find((c) => c.name === name)?.categoryLabels;
  if (!labels) return rows;
  return rows.map((r) => {
    const v = r[name];
    if (typeof v !== 'string' || !labels[v]) return r;
    const out = { ...r, [name]: labels[v] };
    // Decimals as published travel with the row object (src/data/precision.ts).
    for (const k of Object.keys(r)) copyPrecision(out as Row, k, r as Row, k);
    return out;
  });
}

/** Draw one resolved chart in both variants. */
export function buildFigure({ props, ds, rows: sourceRows, columns }: ResolvedChart, id: string = props.id ?? ds.id, page = ''): Figure {
  const started = performance.now();
  const type = CHARTS[props.typ];
  const title = props.titel ?? ds.meta.title;
  const rows = withCategoryLabels(sourceRows, columns, props.kategori);
  const input = (width: number): ChartInput => ({ rows, columns, props, width });
  const description = `${props.slutsats} ${type.describe(input(WIDTHS.wide))}`;
  const draw = (variant: keyof typeof WIDTHS) =>
    renderSvg(type.plot(input(WIDTHS[variant])), { id: `${id}-${variant === 'narrow' ? 'smal' : 'bred'}`, title, description });
  const legend =
    props.varden.length > 1
      ? props.varden.map((v, i) => ({
          name: columns.find((c) => c.name === v)!.title,
          colour: SERIES[i]!,
          symbol: SYMBOLS[i]!,
        }))
      : [];
  const figure = { id, title, finding: props.slutsats, description, narrow: draw('narrow'), wide: draw('wide'), legend };
  if (FIGURE_CHANNEL.hasSubscribers) FIGURE_CHANNEL.publish({ page, id, ms: performance.now() - started, props, rows, columns });
  return figure;
}
