/**
 * How many decimals each published number was written with. A column's
 * `decimals` is the most it may have; each value keeps its own, so 306 stays
 * "306" and 80.0 stays "80,0" in the same column. Kept beside the rows (not in
 * them) so rows stay plain numbers for charts and downloads.
 */
import type { Row } from '../schemas/rows.ts';

const precision = new WeakMap<Row, Record<string, number>>();

/** Record the decimals of a row's numeric cells, from their CSV text. */
export function setPrecision(row: Row, cells: Record<string, string>): void {
  const p: Record<string, number> = {};
  for (const [name, text] of Object.entries(cells)) {
    const m = /^-?\d+(?:\.(\d+))?$/.exec(text.trim());
    if (m && typeof row[name] === 'number') p[name] = m[1]?.length ?? 0;
  }
  precision.set(row, p);
}

/** Copy precision from source cells to a derived row (e.g. a pivoted chart row). */
export function copyPrecision(to: Row, toName: string, from: Row, fromName: string): void {
  const d = precision.get(from)?.[fromName];
  if (d === undefined) return;
  const p = precision.get(to) ?? {};
  p[toName] = d;
  precision.set(to, p);
}

/** Decimals to show for a cell: as written in the source, else the fallback. */
export function decimalsIn(row: Row | undefined, name: string, fallback?: number): number | undefined {
  return (row && precision.get(row)?.[name]) ?? fallback;
}
