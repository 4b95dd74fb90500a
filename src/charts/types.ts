/**
 * What every chart function gets and gives. A chart is a pure function from
 * rows (plus the column metadata and the editor's props) to Plot options; the
 * shared renderer in src/render turns those into SVG.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import type { ChartProps } from '../schemas/components.ts';
import type { Dataset } from '../data/index.ts';

export interface ChartInput {
  /** Rows to draw, in the order they should appear (already filtered). */
  rows: Row[];
  /** Metadata of every column in the dataset. */
  columns: Column[];
  props: ChartProps;
  /** Width in CSS pixels of the variant being drawn (narrow for phones, wide for desktop). */
  width: number;
}

/** A chart type: how to draw it and how to say in words what it shows. */
export interface ChartType {
  plot(input: ChartInput): PlotOptions;
  /** A plain-language account of the data for the SVG's description (screen readers). */
  describe(input: ChartInput): string;
}

/** A chart's props checked against its dataset (src/props resolves them): what the renderer draws. */
export interface ResolvedChart {
  props: ChartProps;
  ds: Dataset;
  rows: Row[];
  /** The dataset's columns, plus one per series when long-form data was pivoted. */
  columns: Column[];
  /** The dataset rows behind the chart (before any pivot), for its table. */
  sourceRows: Row[];
}
