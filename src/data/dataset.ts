/**
 * One dataset: its CSV and its metadata read, checked against each other and
 * against the row schema, and turned into typed rows.
 */
import { rowKey, rowSchema, type Row } from '../schemas/rows.ts';
import type { Column, Metadata } from '../schemas/metadata.ts';
import { readCsv } from './csv.ts';
import { readMeta } from './meta.ts';
import type { Problem } from './errors.ts';

/** A validated dataset, ready for pages, charts and downloads. */
export interface Dataset {
  /** The one name of the dataset, from file to page: `npe-primarvard-2023`. */
  id: string;
  meta: Metadata;
  rows: Row[];
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
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const parsed = schema.safeParse(rec.cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: files.csv, line: rec.line, column: String(issue.path[0]), message: issue.message });
      }
      continue;
    }
    const row = parsed.data as Row;
    const key = rowKey(meta, row);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file: files.csv, line: rec.line, message: `raden har samma nyckel (${meta.key.join(', ')} = ${key}) som rad ${first}. Varje rad ska vara unik.` });
    }
    seen.set(key, rec.line);
    rows.push(row);
  }
  if (problems.length) return { problems };
  return { dataset: { id, meta, rows, csv: csvText, files }, problems };
}
