/**
 * One dataset: its CSV and its metadata read, checked against each other and
 * against the row schema, and turned into typed rows.
 */
import { outOfRange, rowKey, rowSchema, type Row } from '../schemas/rows.ts';
import { unitInfo } from '../format/units.ts';
import type { Column, Metadata } from '../schemas/metadata.ts';
import { readCsv } from './csv.ts';
import { readMeta } from './meta.ts';
import { setPrecision } from './precision.ts';
import type { Problem } from './errors.ts';

/** A validated dataset, ready for pages, charts and downloads. */
export interface Dataset {
  /** The one name of the dataset, from file to page: `npe-primarvard-2023`. */
  id: string;
  meta: Metadata;
  rows: Row[];
  /**
   * Each row's cells as written in the CSV (same order as `rows`), from the one
   * parse: downloads that keep the source's text (decimals, missing-value
   * codes) read them here; nothing parses the CSV a second time.
   */
  cells: Record<string, string>[];
  /** The CSV exactly as stored, for downloads and content hashes. */
  csv: string;
  /** Project-relative paths of the two files. */
  files: { csv: string; meta: string };
}

/** The column called `name`; throws for names not in the metadata. */
export function column(ds: Dataset, name: string): Column {
  const col = ds.meta.columns.find((c) => c.name === name);
  if (!col) throw new Error(`${ds.id}: kolumnen "${name}" finns inte`);
  return col;
}

/** Unit of a value: the column's own, or the row's when the column names a unit column. */
export function unitOf(ds: Dataset, col: Column, row?: Row): string | undefined {
  if (col.unitColumn && row) return String(row[col.unitColumn] ?? '') || undefined;
  return col.unit;
}

/** First and last year of a period written "2023" or "2016–2024"; undefined for anything else. */
function periodOf(text: string): [number, number] | undefined {
  const m = /^(\d{4})(?:\s*[–-]\s*(\d{4}))?$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/**
 * Why a number written this way would not be published as written, or
 * undefined. The CSV for programs keeps the text; every other output (the
 * page, charts, JSON, Excel) shows the number, so "007", "-0" and a
 * 20-digit number would differ between them.
 */
export function numberAsWritten(text: string): string | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined; // not a number: the row schema says why
  if (/^-?0\d/.test(text)) {
    return `"${text}" har en nolla först; talet visas som ${Number(text)} överallt utom i CSV-filen. Skriv ${Number(text)}, eller gör kolumnen till text om nollorna hör till en kod.`;
  }
  if (/^-0(\.0+)?$/.test(text)) {
    return `"${text}" är noll med minustecken, som diagrammen och JSON-filen inte kan visa. Skriv ${text.slice(1)} och förklara i notes om källan skriver −0.`;
  }
  const digits = text.replace(/[-.]/g, '').replace(/^0+/, '');
  if (digits.length > 15) {
    return `"${text}" har ${digits.length} siffror; ett tal kan lagras exakt med högst 15, så sidan och JSON-filen skulle visa ett avrundat tal. Skriv talet som källan avrundar det, eller gör kolumnen till text.`;
  }
  return undefined;
}

/**
 * Check and convert one dataset. Returns it, or every problem found (all of
 * them, so an editor fixes a file in one round, but a missing column once).
 */
export function buildDataset(
  id: string,
  csvText: string,
  metaText: string,
  files: Dataset['files'],
): { dataset?: Dataset; problems: Problem[] } {
  const { meta, problems: metaProblems } = readMeta(metaText, files.meta);
  const { table, problems } = readCsv(csvText, files.csv);
  problems.unshift(...metaProblems);
  if (!meta || !table) return { problems };

  const declared = meta.columns.map((c) => c.name);
  const missing = declared.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((h) => !declared.includes(h));
  for (const c of missing) problems.push({ file: files.csv, line: 1, column: c, message: 'kolumnen saknas i rubrikraden men finns i metadatafilen.' });
  for (const c of extra) problems.push({ file: files.csv, line: 1, column: c, message: `kolumnen finns inte i ${files.meta}. Lägg till den under columns, eller ta bort den.` });
  if (missing.length || extra.length) return { problems };

  const schema = rowSchema(meta);
  // Only a year that identifies the row (a key column) must lie in the period; a target year may lie beyond it.
  const years = meta.columns.filter((c) => c.type === 'year' && meta.key.includes(c.name)).map((c) => c.name);
  const period = periodOf(meta.period);
  const rows: Row[] = [];
  const cells: Record<string, string>[] = [];
  const seen = new Map<string, number>();
  const numeric = meta.columns.filter((c) => c.type !== 'text').map((c) => c.name);
  const perRowUnit = meta.columns.filter((c) => c.unitColumn);
  for (const rec of table.records) {
    const odd = numeric.flatMap((c) => {
      const message = numberAsWritten(rec.cells[c] ?? '');
      return message ? [{ file: files.csv, line: rec.line, column: c, message }] : [];
    });
    if (odd.length) {
      problems.push(...odd);
      continue;
    }
    const parsed = schema.safeParse(rec.cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: files.csv, line: rec.line, column: String(issue.path[0]), message: issue.message });
      }
      continue;
    }
    const row = parsed.data as Row;
    setPrecision(row, rec.cells);
    // A value whose unit its row names: a rank or a share is held to the same range as a rank or percent column.
    for (const c of perRowUnit) {
      const unit = String(row[c.unitColumn!] ?? '');
      const as = unitInfo(unit).checkedAs;
      const v = row[c.name];
      const outside = as && typeof v === 'number' ? outOfRange(as, rec.cells[c.name] ?? '', v) : undefined;
      if (outside) problems.push({ file: files.csv, line: rec.line, column: c.name, message: `${outside} (enheten på raden är "${unit}")` });
    }
    for (const c of years) {
      const y = row[c];
      if (typeof y === 'number' && period && (y < period[0] || y > period[1])) {
        problems.push({ file: files.csv, line: rec.line, column: c, message: `årtalet ${y} ligger utanför datasetets period (${meta.period}) i ${files.meta}. Rätta årtalet, eller ändra period i metadata.` });
      }
    }
    const key = rowKey(meta, row);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file: files.csv, line: rec.line, message: `raden har samma nyckel (${meta.key.join(', ')} = ${key}) som rad ${first}. Varje rad ska vara unik.` });
    }
    seen.set(key, rec.line);
    rows.push(row);
    cells.push(rec.cells);
  }
  if (problems.length) return { problems };
  return { dataset: { id, meta, rows, cells, csv: csvText, files }, problems };
}
