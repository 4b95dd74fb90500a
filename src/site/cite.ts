/**
 * Machine-readable citations for reference managers (Zotero, EndNote,
 * Mendeley, LaTeX): BibTeX and CSL-JSON, for each dataset and each chart.
 * They carry the same facts as the Swedish citation text (src/site/text.ts):
 * publisher, title, version, publication date, address, and the original
 * document the figures come from. No retrieval date: the reader adds that.
 */
import type { Dataset } from '../data/index.ts';
import { publishedDate } from './text.ts';
import { PUBLISHER, SITE, siteUrl } from './config.ts';

/** What a citation needs, for a dataset or a chart. */
export interface CiteItem {
  /** Stable key, e.g. "regionhalland-npe-primarvard-2023". */
  key: string;
  kind: 'dataset' | 'figure';
  title: string;
  url: string;
  /** ÅÅÅÅ-MM-DD. */
  published: string;
  version?: string;
  /** The original document, as a note. */
  note: string;
  /** For a chart: the page it is on. */
  container?: string;
}

/** A dataset as a citation item. */
export function datasetItem(ds: Dataset): CiteItem {
  return {
    key: `regionhalland-${ds.id}`,
    kind: 'dataset',
    title: ds.meta.title,
    url: siteUrl(`/data/${ds.id}/`),
    published: publishedDate(ds),
    version: ds.meta.version,
    note: `Bearbetat från ${ds.meta.source.document}${ds.meta.source.dnr ? `, dnr ${ds.meta.source.dnr}` : ''}`,
  };
}

/** A chart as a citation item. */
export function chartItem(o: { page: string; id: string; title: string; pageTitle: string; url: string; published: string; ds: Dataset }): CiteItem {
  return {
    key: `regionhalland-${o.page}-${o.id}`,
    kind: 'figure',
    title: o.title,
    url: o.url,
    published: o.published,
    note: `Bearbetat från ${o.ds.meta.source.document}${o.ds.meta.source.dnr ? `, dnr ${o.ds.meta.source.dnr}` : ''}`,
    container: `${o.pageTitle}. ${SITE.name}`,
  };
}

/** BibTeX braces: escape the characters BibTeX treats specially. */
function bib(v: string): string {
  return v.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** The item as a BibTeX entry (@misc, biblatex-friendly fields). */
export function bibtex(it: CiteItem): string {
  const [y, m] = it.published.split('-');
  const fields: [string, string][] = [
    ['author', `{${PUBLISHER.name}}`],
    ['title', it.title],
    ['year', y!],
    ['month', m ?? ''],
    ['date', it.published],
    ...(it.version ? ([['version', it.version]] as [string, string][]) : []),
    ...(it.container ? ([['howpublished', it.container]] as [string, string][]) : []),
    ['publisher', PUBLISHER.name],
    ['url', it.url],
    ['note', `${it.kind === 'dataset' ? 'Dataset' : 'Diagram'}. ${it.note}. Licens ${SITE.licence.name}`],
    ['language', 'swedish'],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'url' || k === 'date' ? v : k === 'author' ? v : bib(v)}}`);
  return `@misc{${it.key},\n${body.join(',\n')}\n}`;
}

/** The item as CSL-JSON (one item in an array, as reference managers import it). */
export function cslJson(it: CiteItem): string {
  const [y, m, d] = it.published.split('-').map(Number);
  const item = {
    id: it.key,
    type: it.kind === 'dataset' ? 'dataset' : 'figure',
    title: it.title,
    author: [{ literal: PUBLISHER.name }],
    publisher: PUBLISHER.name,
    issued: { 'date-parts': [[y, m, d]] },
    ...(it.version ? { version: it.version } : {}),
    ...(it.container ? { 'container-title': it.container } : {}),
    URL: it.url,
    note: `${it.note}. Licens ${SITE.licence.name}.`,
    language: 'sv',
  };
  return JSON.stringify([item], null, 2);
}
