/**
 * A cell of a dataset as readers see it: the one way from a value to text,
 * for inline values, key figures and tables alike. Units, decimals as
 * published, missing values and coded values are all decided here (units in
 * src/format/units.ts, decimals in precision.ts).
 */
import { baseUnit, formatChange, formatCountInWords, formatValue, unitInfo } from '../format/index.ts';
import type { Column } from '../schemas/metadata.ts';
import type { Row } from '../schemas/rows.ts';
import { column, unitOf, type Dataset } from './dataset.ts';
import { decimalsIn } from './precision.ts';

/** How a cell is shown. */
export interface CellOptions {
  /**
   * Which unit goes after the number. `prose` (default): the unit without its
   * bracketed qualifier, as running text says it ("procent (förändring)" →
   * "%"). `cell`: the whole unit, in a table cell. `none`: the number alone,
   * where the column heading carries the unit.
   */
  unit?: 'prose' | 'cell' | 'none';
  /** A change, with its sign: `+48 mnkr`, `−1 procentenhet`. */
  change?: boolean;
  /** A count from two to twelve in words, as running text writes it: `sex områden` (src/props refuses other values). */
  words?: boolean;
  /** What a missing value reads as (default `–`). */
  missing?: string;
}

/** The text of `row`'s cell in column `col` of `ds`. */
export function cellText(ds: Dataset, col: Column | string, row: Row, o: CellOptions = {}): string {
  const c = typeof col === 'string' ? column(ds, col) : col;
  const v = row[c.name];
  if (v === null || v === undefined) return o.missing ?? '–';
  if (typeof v === 'string') return c.values?.[v] ?? v;
  if (c.type === 'year') return String(v);
  const mode = o.unit ?? 'prose';
  const unit = mode === 'none' ? undefined : mode === 'prose' ? baseUnit(unitOf(ds, c, row)) : unitOf(ds, c, row);
  const d = decimalsIn(row, c.name, c.decimals);
  if (o.change) return formatChange(v, unit, d);
  if (o.words) return formatCountInWords(v, unit) ?? formatValue(v, unit, d);
  return formatValue(v, unit, d);
}

/**
 * A column's heading: its title, with the unit in brackets where the title
 * does not already say it ("Kostnad (mnkr)", "Andel (%)"); counts and text
 * columns have none. Tables and spreadsheets use it alike.
 */
export function columnHeading(c: Column): string {
  const u = unitInfo(c.unit);
  if (!c.unit || c.type === 'text' || u.bare) return c.title;
  const shown = u.symbol ?? c.unit;
  return c.title.includes(shown) || c.title.includes(c.unit) ? c.title : `${c.title} (${shown})`;
}
