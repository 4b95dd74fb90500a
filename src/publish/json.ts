/**
 * A dataset as one JSON document: its metadata (source and original
 * document, units, definitions, codes and their labels, licence, changelog)
 * and its rows, typed. A missing value is null in `rows`, and `missingCodes`
 * says which code stood in the CSV and what it means, so `..` and `-` stay
 * apart. The internal text file of the transcription is left out.
 */
import type { Dataset } from '../data/index.ts';
import { citation, documentRef, publishedDate } from '../site/text.ts';
import { SITE, siteUrl } from '../site/config.ts';
import { datasetItem, cslJson } from '../site/cite.ts';

export function datasetJson(ds: Dataset): string {
  const { file: _internal, ...source } = ds.meta.source;
  const doc = documentRef(ds);
  const codes = new Set(Object.keys(ds.meta.missing));
  // Where a row's value is missing: which code the CSV has there (row index → column → code).
  const missingCodes = ds.cells.flatMap((raw, i) =>
    ds.meta.columns.filter((c) => c.nullable && codes.has((raw[c.name] ?? '').trim())).map((c) => ({ row: i, column: c.name, code: raw[c.name]!.trim(), meaning: ds.meta.missing[raw[c.name]!.trim()]! })),
  );
  const doc_ = {
    id: ds.id,
    url: siteUrl(`/data/${ds.id}/`),
    title: ds.meta.title,
    description: ds.meta.description,
    period: ds.meta.period,
    source: { ...source, originalDocument: { title: doc.title, date: doc.date ?? null, dnr: doc.dnr ?? null, url: doc.url ?? null } },
    licence: { id: ds.meta.licence, url: SITE.licence.url },
    citation: citation(ds),
    csl: JSON.parse(cslJson(datasetItem(ds))),
    version: ds.meta.version,
    published: publishedDate(ds),
    key: ds.meta.key,
    columns: ds.meta.columns,
    missing: ds.meta.missing,
    notes: ds.meta.notes,
    changelog: ds.meta.changelog,
    missingCodes,
    rows: ds.rows,
  };
  return JSON.stringify(doc_, null, 2) + '\n';
}
