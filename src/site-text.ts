/**
 * Text about datasets that several components and endpoints need: the source
 * line, the citation, and the list of files a dataset is published as.
 */
import type { Dataset } from './data/index.ts';
import { formatDate } from './format/index.ts';
import { PUBLISHER, SITE, siteUrl } from './site.ts';

/** "Document, section. Publisher, date, dnr." */
export function sourceLine(ds: Dataset): string {
  const s = ds.meta.source;
  const bits = [s.publisher, s.date && formatDate(s.date), s.dnr && `dnr ${s.dnr}`].filter(Boolean);
  return `${s.document}, avsnittet ”${s.section}”. ${bits.join(', ')}.`;
}

/** A citation in Swedish: who, year, title, where, when. */
export function citation(ds: Dataset, today: string): string {
  const year = ds.meta.changelog[ds.meta.changelog.length - 1]!.date.slice(0, 4);
  return `${PUBLISHER.name} (${year}). ${ds.meta.title} [dataset, version ${ds.meta.version}]. Bearbetat från ${ds.meta.source.document}. ${siteUrl(`/data/${ds.id}/`)} (hämtad ${formatDate(today)}).`;
}

export interface DatasetFile {
  href: string;
  label: string;
  /** Shown beside every chart (the others are on the dataset page). */
  primary: boolean;
  /** Media type, as in DCAT and the HTTP header. */
  type: string;
  /** One sentence on who the file is for, shown on the dataset page and in the DCAT catalogue. */
  description: string;
  /** Short key used in DCAT IRIs and READMEs: csv, excel, json, zip. */
  key: 'csv' | 'excel' | 'json' | 'zip';
}

/** Every file a dataset is published as, in the order they are offered. */
export function datasetFiles(ds: Dataset): DatasetFile[] {
  const base = `/data/${ds.id}`;
  return [
    { key: 'csv', href: `${base}.csv`, label: 'CSV', primary: true, type: 'text/csv', description: 'För program (R, Python, Datawrapper): UTF-8, kommatecken, punkt som decimaltecken. Saknade värden står som koder.' },
    { key: 'excel', href: `${base}-excel.csv`, label: 'Excel', primary: true, type: 'text/csv', description: 'Öppnas direkt i svenska Excel: semikolon, decimalkomma, UTF-8 med BOM. Saknade värden är tomma celler.' },
    { key: 'json', href: `${base}.json`, label: 'JSON', primary: true, type: 'application/json', description: 'Raderna och all metadata i ett dokument. Saknade värden är null.' },
    { key: 'zip', href: `${base}.zip`, label: 'ZIP', primary: false, type: 'application/zip', description: 'Alla filer ovan och en README.txt med källa, licens, citering, förbehåll och kolumnernas definitioner.' },
  ];
}

/** Files about all datasets together, offered on the catalogue page. */
export const CATALOGUE_FILES = [
  { href: '/data/alla-data.zip', label: 'Alla data (ZIP)', description: 'Alla dataset som CSV, Excel-CSV och JSON, med datapackage.json och en README.txt.' },
  { href: '/data/datapackage.json', label: 'datapackage.json', description: 'Beskrivning av alla dataset enligt Frictionless Data Package 2.0: kolumner, typer, enheter och saknade värden.' },
  { href: '/data/katalog.rdf', label: 'DCAT-katalog (RDF/XML)', description: 'Datakatalog enligt DCAT-AP-SE, som Sveriges dataportal kan skörda.' },
] as const;

/** The licence in one sentence, for pages and README files. */
export function licenceLine(): string {
  return `Licens: ${SITE.licence.name} (${SITE.licence.url}). Du får använda, bearbeta och sprida siffrorna om du anger källan. Siffrorna kommer från Region Hallands offentliga dokument.`;
}

/** Reuse texts beside each chart. */
export const REUSE = {
  downloadChart: 'Ladda ner diagrammet',
  reuse: 'Citera och bädda in',
  cite: 'Citera',
  embed: 'Bädda in',
  embedHelp: 'Klistra in koden på en webbsida för att visa diagrammet. Det uppdateras när siffrorna ändras.',
  embedPreview: 'Visa inbäddningen',
  embedSource: 'Diagrammet och siffrorna på',
} as const;

/** A chart citation in Swedish: publisher, year, title, page, source, URL, date. */
export function chartCitation(o: { title: string; pageTitle: string; year: string; url: string; document: string; today: string }): string {
  return `${PUBLISHER.name} (${o.year}). ${o.title} [diagram]. I: ${o.pageTitle}. ${SITE.name}. Bearbetat från ${o.document}. ${o.url} (hämtad ${formatDate(o.today)}).`;
}
