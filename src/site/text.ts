/**
 * Text about datasets that several components and endpoints need: the source
 * line, the citation, and the list of files a dataset is published as.
 */
import type { Dataset } from '../data/index.ts';
import { formatDate } from '../format/index.ts';
import { PUBLISHER, SITE, siteUrl } from './config.ts';

/** "Document, section. Publisher, date, dnr." */
export function sourceLine(ds: Dataset): string {
  const s = ds.meta.source;
  const bits = [s.publisher, s.date && formatDate(s.date), s.dnr && `dnr ${s.dnr}`].filter(Boolean);
  return `${s.document}, avsnittet ”${s.section}”. ${bits.join(', ')}.`;
}

/** The date the current version of a dataset was published (its newest changelog entry). */
export function publishedDate(ds: Dataset): string {
  return ds.meta.changelog[ds.meta.changelog.length - 1]!.date;
}

/**
 * The original document a dataset was transcribed from: its title, date and
 * diarienummer as far as the document gives them, and its address where it
 * is known (`source.url`). Never the internal text file.
 */
export function documentRef(ds: Dataset): { title: string; url?: string; date?: string; dnr?: string; text: string } {
  const s = ds.meta.source;
  const bits = [s.publisher, s.date ? formatDate(s.date) : 'inget datum i källmaterialet', s.dnr ? `dnr ${s.dnr}` : 'inget diarienummer i källmaterialet'];
  return { title: s.document, url: s.url, date: s.date, dnr: s.dnr, text: `${s.document} (${bits.join(', ')})` };
}

/** The original document in one line, with its address or a note that it has none yet. */
export function documentLine(ds: Dataset): string {
  const d = documentRef(ds);
  return `Originaldokument: ${d.text}. ${d.url ? `Länk: ${d.url}` : `Ingen länk till dokumentet finns ännu; titel, datum och diarienummer identifierar det hos ${PUBLISHER.name}.`}`;
}

/** A citation in Swedish: who, year, title, version, publication date, where. No retrieval date: the reader adds their own. */
export function citation(ds: Dataset): string {
  const published = publishedDate(ds);
  return `${PUBLISHER.name} (${published.slice(0, 4)}). ${ds.meta.title} [dataset, version ${ds.meta.version}, publicerad ${formatDate(published)}]. Bearbetat från ${ds.meta.source.document}. ${siteUrl(`/data/${ds.id}/`)}`;
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
  /** Short key used in DCAT IRIs and READMEs: csv, xlsx, excel, json, zip. */
  key: 'csv' | 'xlsx' | 'excel' | 'json' | 'zip';
}

/** Every file a dataset is published as, in the order they are offered. */
export function datasetFiles(ds: Dataset): DatasetFile[] {
  const base = `/data/${ds.id}`;
  return [
    { key: 'csv', href: `${base}.csv`, label: 'CSV', primary: true, type: 'text/csv', description: 'För program (R, Python, Datawrapper): UTF-8, kommatecken, punkt som decimaltecken. Saknade värden står som koder.' },
    { key: 'xlsx', href: `${base}.xlsx`, label: 'Excel', primary: true, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'Excelfil: rubriker med enheter, tal som tal, saknade värden med sin kod och ett blad ”Om data” med källa, licens, citering och förbehåll.' },
    { key: 'excel', href: `${base}-excel.csv`, label: 'CSV för Excel', primary: false, type: 'text/csv', description: 'CSV som öppnas direkt i svenska Excel: semikolon, decimalkomma, UTF-8 med BOM. Saknade värden är tomma celler.' },
    { key: 'json', href: `${base}.json`, label: 'JSON', primary: true, type: 'application/json', description: 'Raderna och all metadata i ett dokument. Saknade värden är null, och koden och dess betydelse står i missing.' },
    { key: 'zip', href: `${base}.zip`, label: 'ZIP', primary: true, type: 'application/zip', description: 'Alla filer ovan och en README.txt med källa, licens, citering, förbehåll och kolumnernas definitioner.' },
  ];
}

/** Files about all datasets together, offered on the catalogue page. */
export const CATALOGUE_FILES = [
  { href: '/data/alla-data.zip', label: 'Alla data (ZIP)', description: 'Alla dataset som CSV, Excel och JSON, med datapackage.json och en README.txt.' },
  { href: '/data/alla-data.xlsx', label: 'Alla data (Excel)', description: 'Alla dataset i en Excelfil, ett blad per dataset, och ett blad ”Om data” med källor, licens och förbehåll.' },
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
  embedHelp: 'Klistra in koden på en webbsida för att visa diagrammet. Det uppdateras när siffrorna ändras. Diagrammet är ljust; på en mörk sida, lägg till mork/ sist i adressen (…/embed/sida/diagram/mork/).',
  embedPreview: 'Visa inbäddningen',
  embedSource: 'Diagrammet och siffrorna på',
} as const;

/** A chart citation in Swedish: publisher, year, title, page, publication date, source, URL. */
export function chartCitation(o: { title: string; pageTitle: string; year: string; url: string; document: string; today: string; published?: string }): string {
  return `${PUBLISHER.name} (${o.year}). ${o.title} [diagram, publicerat ${formatDate(o.published ?? o.today)}]. I: ${o.pageTitle}. ${SITE.name}. Bearbetat från ${o.document}. ${o.url}`;
}
