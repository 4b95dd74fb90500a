/**
 * A dataset as one JSON document: its metadata (source, units, definitions,
 * licence, changelog) and its rows, typed, with missing values as null.
 */
import type { Dataset } from '../data/index.ts';
import { citation } from '../site-text.ts';
import { SITE, siteUrl } from '../site.ts';

export function datasetJson(ds: Dataset, today: string): string {
  const doc = {
    id: ds.id,
    url: siteUrl(`/data/${ds.id}/`),
    title: ds.meta.title,
    description: ds.meta.description,
    period: ds.meta.period,
    source: ds.meta.source,
    licence: { id: ds.meta.licence, url: SITE.licence.url },
    citation: citation(ds, today),
    version: ds.meta.version,
    key: ds.meta.key,
    columns: ds.meta.columns,
    missing: ds.meta.missing,
    notes: ds.meta.notes,
    changelog: ds.meta.changelog,
    rows: ds.rows,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
