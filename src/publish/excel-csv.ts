/**
 * A dataset as a CSV file that opens correctly in Swedish Excel with a double
 * click: semicolon between fields, decimal comma, UTF-8 with a byte-order mark
 * (without it Excel guesses Windows-1252 and breaks å, ä, ö), CRLF line ends,
 * and a missing value as an empty cell (Excel would read ".." as text).
 *
 * Numbers are taken from the stored CSV text, not re-printed, so they keep the
 * decimals the source printed (7,0 stays 7,0).
 */
import { parse } from 'csv-parse/sync';
import type { Dataset } from '../data/index.ts';

const BOM = '\uFEFF';

/** Quote a field when Excel would otherwise split or trim it. */
function field(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The Excel-friendly CSV text of a dataset, BOM included. */
export function excelCsv(ds: Dataset): string {
  const records = parse(ds.csv, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  const [header, ...body] = records;
  const index = new Map(header!.map((h, i) => [h.trim(), i]));
  const cols = ds.meta.columns;
  const lines = [cols.map((c) => field(c.name)).join(';')];
  body.forEach((rec, r) => {
    const row = ds.rows[r]!;
    lines.push(
      cols
        .map((c) => {
          const v = row[c.name];
          if (v === null || v === undefined) return '';
          if (typeof v === 'number') return rec[index.get(c.name)!]!.trim().replace('.', ',');
          return field(v);
        })
        .join(';'),
    );
  });
  return BOM + lines.join('\r\n') + '\r\n';
}
