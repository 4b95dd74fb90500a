/**
 * Text about datasets that several components and endpoints need: the source
 * line, the citation, and the list of files a dataset is published as.
 */
import type { Dataset } from './data/index.ts';
import { formatDate } from './format/index.ts';
import { SITE, siteUrl } from './site.ts';

/** "Document, section. Publisher, date, dnr." */
export function sourceLine(ds: Dataset): string {
  const s = ds.meta.source;
  const bits = [s.publisher, s.date && formatDate(s.date), s.dnr && `dnr ${s.dnr}`].filter(Boolean);
  return `${s.document}, avsnittet ”${s.section}”. ${bits.join(', ')}.`;
}

/** A citation in Swedish: who, year, title, where, when. */
export function citation(ds: Dataset, today: string): string {
  const year = ds.meta.changelog[ds.meta.changelog.length - 1]!.date.slice(0, 4);
  return `${SITE.publisher} (${year}). ${ds.meta.title} [dataset, version ${ds.meta.version}]. Bearbetat från ${ds.meta.source.document}. ${siteUrl(`/data/${ds.id}/`)} (hämtad ${formatDate(today)}).`;
}

export interface DatasetFile {
  href: string;
  label: string;
  /** Shown beside every chart (the others are on the dataset page). */
  primary: boolean;
  type: string;
}

/** Every file a dataset is published as, in the order they are offered. */
export function datasetFiles(ds: Dataset): DatasetFile[] {
  const base = `/data/${ds.id}`;
  return [
    { href: `${base}.csv`, label: 'CSV', primary: true, type: 'text/csv' },
    { href: `${base}.json`, label: 'JSON', primary: true, type: 'application/json' },
  ];
}
