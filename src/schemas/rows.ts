/**
 * Row schemas: each dataset's rows are validated by a zod schema built from
 * the columns its metadata declares. One kind of check per column type, so a
 * percentage over 100 or a rank of 22 is refused wherever it appears (in a
 * column of values with a unit per row too: src/data/dataset.ts).
 */
import { z } from 'astro/zod';
import type { Column, ColumnType, Metadata } from './metadata.ts';

/** A parsed cell: a number, a text, or null for a declared missing-value code. */
export type Cell = number | string | null;
export type Row = Record<string, Cell>;

/** Numbers as written in our CSV files: optional minus, digits, optional dot decimals. */
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** What each type expects, said the way the error message needs it. */
const EXPECTED: Record<ColumnType, string> = {
  text: 'en text',
  number: 'ett tal med punkt som decimaltecken, t.ex. 450.6',
  integer: 'ett heltal',
  percent: 'en andel i procent mellan 0 och 100',
  rank: 'en placering bland 21 regioner, ett heltal från 1 till 21',
  year: 'ett årtal mellan 2000 och 2035',
};

/** Range checks per numeric type: [min, max, must be whole]. */
const RANGES: Partial<Record<ColumnType, [number, number, boolean]>> = {
  integer: [-Infinity, Infinity, true],
  percent: [0, 100, false],
  rank: [1, 21, true],
  year: [2000, 2035, true],
};

/**
 * Schema for one cell of a column. Input is the raw CSV text; output is the
 * typed value. Messages are Swedish and say what was expected.
 */
export function cellSchema(col: Column, missingCodes: readonly string[]) {
  const codes = col.nullable ? missingCodes : [];
  return z.string().transform((raw, ctx): Cell => {
    const text = raw.trim();
    if (codes.includes(text)) return null;
    if (col.type === 'text') {
      if (text === '') ctx.addIssue({ code: 'custom', message: 'cellen är tom' + missingHint(codes) });
      else if (col.values && !(text in col.values)) ctx.addIssue({ code: 'custom', message: `"${text}" finns inte bland kolumnens koder i values (${Object.keys(col.values).join(', ')}). Lägg till koden med en etikett i .meta.yaml, eller rätta stavningen` });
      return text;
    }
    if (text === '') {
      ctx.addIssue({ code: 'custom', message: `cellen är tom, väntade ${EXPECTED[col.type]}` + missingHint(codes) });
      return z.NEVER;
    }
    if (!NUMBER_TEXT.test(text)) {
      const hint = /^-?\d+,\d+$/.test(text) ? ' (skriv decimaler med punkt i CSV-filen)' : '';
      ctx.addIssue({ code: 'custom', message: `"${raw}" är inget tal${hint}` });
      return z.NEVER;
    }
    const decimals = text.split('.')[1]?.length ?? 0;
    if (decimals > col.decimals) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" har ${decimals} decimaler, kolumnen tillåter ${col.decimals} (ändra decimals i metadata om källan har fler)` });
      return z.NEVER;
    }
    const value = Number(text);
    const outside = outOfRange(col.type, raw, value);
    if (outside) {
      ctx.addIssue({ code: 'custom', message: outside });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * Why `value` (written `raw`) cannot be a value of this type, or undefined. Also used for a value whose
 * unit comes from its row (`unitColumn`): a "placering av 21" there is checked as a rank (src/data/dataset.ts).
 */
export function outOfRange(type: ColumnType, raw: string, value: number): string | undefined {
  const range = RANGES[type];
  if (!range) return undefined;
  const [min, max, whole] = range;
  return (whole && !Number.isInteger(value)) || value < min || value > max ? `"${raw}" är inte ${EXPECTED[type]}` : undefined;
}

function missingHint(codes: readonly string[]): string {
  return codes.length ? ` (ett saknat värde skrivs som ${codes.map((c) => `"${c}"`).join(' eller ')})` : '';
}

/** Zod schema for a whole row of a dataset, built from its metadata. */
export function rowSchema(meta: Metadata) {
  const codes = Object.keys(meta.missing);
  const shape: Record<string, ReturnType<typeof cellSchema>> = {};
  for (const col of meta.columns) shape[col.name] = cellSchema(col, codes);
  return z.object(shape);
}

/** Stable text key of a row, from its key columns (joined with " | "). */
export function rowKey(meta: Pick<Metadata, 'key'>, row: Row): string {
  return meta.key.map((k) => String(row[k])).join(' | ');
}
