/**
 * A dataset as a CSV file that opens correctly in Swedish Excel with a double
 * click: semicolon between fields, decimal comma, UTF-8 with a byte-order mark
 * (without it Excel guesses Windows-1252 and breaks å, ä, ö), CRLF line ends,
 * and a missing value as an empty cell (Excel would read ".." as text).
 *
 * Numbers are taken from the stored CSV text, not re-printed, so they keep the
 * decimals the source printed (7,0 stays 7,0).
 *
 * A text cell that Excel or LibreOffice would read as a formula (it starts
 * with =, +, −, @, a tab or a carriage return: "-18 år", "=1+1") gets an
 * apostrophe first, so it opens as the text it is and never runs. Numbers in
 * number columns are numbers and are left alone. The CSV for programs keeps
 * every cell exact; the README in the zip says how the two differ.
 */
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../data/index.ts';

const BOM = '\uFEFF';

/**
 * What starts a formula in Excel, LibreOffice Calc or Google Sheets: = + - @
 * (also their full-width forms, which some locales accept), after any spaces,
 * or a tab or line break as the very first character (Excel trims a leading
 * tab and then reads "=1+1" as live).
 */
const FORMULA_START = /^(?:[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

/** The mark put before a neutralised cell; spreadsheets show the rest as text. */
export const FORMULA_GUARD = "'";

/** True when a spreadsheet would read this text cell as the start of a formula. */
export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A text cell made safe for a spreadsheet: an apostrophe before it when it
 * would start a formula, otherwise the text unchanged. For text only; a number
 * written in a number column must stay a number (−5,2 is not a formula).
 * Exported for every Excel-oriented output (this CSV, an .xlsx).
 */
export function neutraliseFormula(text: string): string {
  return startsFormula(text) ? FORMULA_GUARD + text : text;
}

/** The Excel-friendly CSV text of a dataset, BOM included. */
export function excelCsv(ds: Dataset): string {
  const cols = ds.meta.columns;
  const records = [
    cols.map((c) => neutraliseFormula(c.name)),
    ...ds.rows.map((row, r) =>
      cols.map((c) => {
        const v = row[c.name];
        if (v === null || v === undefined) return '';
        // A number as the source wrote it (7,0 stays 7,0), with a decimal comma.
        if (typeof v === 'number') return ds.cells[r]![c.name]!.trim().replace('.', ',');
        return neutraliseFormula(v);
      }),
    ),
  ];
  // Quoted where Excel would otherwise split a field (;, ", line breaks) or trim it (space at either end).
  return BOM + stringify(records, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /^\s|\s$/ });
}
