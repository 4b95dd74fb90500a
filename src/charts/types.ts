/**
 * What every chart function gets and gives. A chart is a pure function from
 * rows (plus the column metadata and the editor's props) to Plot options; the
 * shared renderer in src/render turns those into SVG.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import type { ChartProps } from '../schemas/components.ts';

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
