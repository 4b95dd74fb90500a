/**
 * The chart types, by the name editors use in MDX (`typ="jamforelse"`).
 * Adding a chart type: one file here (its marks on a shared frame: frame.ts for
 * categories, time-frame.ts for years), one line below, one snapshot test.
 */
import type { ChartType as ChartTypeName } from '../schemas/components.ts';
import { avvikelse } from './avvikelse.ts';
import { jamforelse } from './jamforelse.ts';
import { linje } from './linje.ts';
import { staplar } from './staplar.ts';
import type { ChartType } from './types.ts';

export const CHARTS: Record<ChartTypeName, ChartType> = { jamforelse, linje, staplar, avvikelse };

export type { ChartInput, ChartType } from './types.ts';
export { SERIES, SYMBOLS, THEMES, resolveColours } from './palette.ts';
export { NARROW } from './common.ts';
