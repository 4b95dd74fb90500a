/**
 * The data catalogue as DCAT-AP-SE 3.0.1 (the Swedish profile of DCAT-AP that
 * Sveriges dataportal, dataportal.se, harvests), in RDF/XML.
 *
 * What the profile asks and how we meet it:
 * - The catalogue's IRI is the address of this file (/data/katalog.rdf), so a
 *   parent catalogue that links it with dct:hasPart can follow the link.
 * - The catalogue's own metadata is CC0, as the profile requires; the datasets
 *   and their files are CC BY 4.0, written as the profile lists it
 *   (`http://creativecommons.org/licenses/by/4.0/`).
 * - The publisher is its organisation on dataportal.se
 *   (`http://dataportal.se/organisation/SE` + organisation number from
 *   src/site/config.ts) with foaf:name in Swedish, its type (mandatory), its
 *   organisation number as identifier and a description (recommended).
 * - Every dataset has a contact point: a vCard with name and e-mail, both
 *   mandatory in the profile's contact point. The e-mail is PUBLISHER.email
 *   in src/site/config.ts; until communicators fill it in, dev builds give the
 *   region's website instead and the release build stops (origin.ts).
 * - Each dataset has its EU data themes and Swedish keywords from its
 *   metadata, temporal coverage from its period, spatial coverage Halland
 *   (NUTS SE231, Hallands län), issued and modified from its changelog, and
 *   names its original document (foaf:page when its address is known).
 * - Each distribution has access and download URL, its format as the
 *   profile writes it (dct:format: the media type as a literal, e.g.
 *   "text/csv", one per distribution), the media type also as dcat:mediaType
 *   (DCAT-AP), licence, size and availability (stable).
 * - Version as dcat:version (the profile marks owl:versionInfo deprecated);
 *   dates as xsd:date, or xsd:gYear for a month-only date (the profile allows
 *   date, dateTime and gYear, not gYearMonth).
 * tests/data-service/dcat.site.test.ts validates the file against SHACL
 * shapes for the profile's mandatory and recommended properties
 * (tests/data-service/dcat-ap-se.shapes.ttl).
 */
import type { Dataset } from '../data/index.ts';
import { datasetFiles, documentLine, documentRef, type DatasetFile } from '../site/text.ts';
import { PUBLISHER, SITE, publisherContact, siteUrl, type Contact } from '../site/config.ts';
import { escapeXml } from './svg-text.ts';

/** The licence IRI as DCAT-AP-SE lists it. */
export const CC_BY_4 = 'http://creativecommons.org/licenses/by/4.0/';
/** The licence of the catalogue's own metadata, as DCAT-AP-SE requires. */
export const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
/** The publisher on dataportal.se: its organisation number (src/site/config.ts) after "SE". */
export function publisherIri(): string {
  return `http://dataportal.se/organisation/SE${PUBLISHER.organisationNumber.replace(/\D/g, '')}`;
}
/** Hallands län in the EU's NUTS classification. */
export const HALLAND_IRI = 'http://data.europa.eu/nuts/code/SE231';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  adms: 'http://www.w3.org/ns/adms#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EU = 'http://publications.europa.eu/resource/authority';

/** IRIs of the things the catalogue describes. */
export const IRI = {
  catalog: () => siteUrl('/data/katalog.rdf'),
  publisher: () => publisherIri(),
  contact: () => `${siteUrl('/')}#kontakt`,
  dataset: (id: string) => `${siteUrl(`/data/${id}/`)}#dataset`,
  distribution: (id: string, key: string) => `${siteUrl(`/data/${id}/`)}#fil-${key}`,
};


const lit = (p: string, v: string, lang = 'sv') => `<${p} xml:lang="${lang}">${escapeXml(v.replace(/\s+/g, ' ').trim())}</${p}>`;
const plain = (p: string, v: string) => `<${p}>${escapeXml(v)}</${p}>`;
const res = (p: string, iri: string) => `<${p} rdf:resource="${escapeXml(iri)}"/>`;
const typed = (p: string, v: string, type: string) => `<${p} rdf:datatype="${XSD}${type}">${escapeXml(v)}</${p}>`;

/**
 * A date from the metadata (ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD) with its XML Schema
 * type. DCAT-AP-SE takes xsd:date, xsd:dateTime or xsd:gYear: a month without
 * a day is given as its year (a made-up day would claim more than we know).
 */
export function date(p: string, v: string): string {
  return v.length === 10 ? typed(p, v, 'date') : typed(p, v.slice(0, 4), 'gYear');
}

function node(type: string, iri: string, props: string[]): string {
  return `  <${type} rdf:about="${escapeXml(iri)}">\n${props.map((p) => `    ${p}`).join('\n')}\n  </${type}>`;
}

function distribution(ds: Dataset, f: DatasetFile, bytes: number): string {
  const url = siteUrl(f.href);
  return node('dcat:Distribution', IRI.distribution(ds.id, f.key), [
    lit('dcterms:title', `${ds.meta.title} (${f.label})`),
    lit('dcterms:description', f.description),
    res('dcat:accessURL', url),
    res('dcat:downloadURL', url),
    // DCAT-AP-SE's format (mandatory, at most one): the media type as a literal.
    plain('dcterms:format', f.type),
    res('dcat:mediaType', `http://www.iana.org/assignments/media-types/${f.type}`),
    res('dcterms:license', CC_BY_4),
    res('dcatap:availability', `${EU}/planned-availability/STABLE`),
    typed('dcat:byteSize', String(bytes), 'nonNegativeInteger'),
  ]);
}

/** First and last day of a period as the metadata writes it ("2024", "2016–2024", "2023–2026"). */
export function periodDates(period: string): { start: string; end: string } {
  const years = period.match(/\d{4}/g) ?? [];
  const first = years[0] ?? '2017';
  const last = years.at(-1) ?? first;
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

/** The dataset's EU data themes; health where the metadata names none. */
export function themes(ds: Dataset): string[] {
  return ds.meta.themes.length ? ds.meta.themes : ['HEAL'];
}

/** Swedish keywords: the metadata's own, plus the publisher and the place. */
export function keywords(ds: Dataset): string[] {
  return [...new Set([...ds.meta.keywords, PUBLISHER.name, 'Halland'])];
}

function dataset(ds: Dataset, bytes: (ds: Dataset, key: DatasetFile['key']) => number): string[] {
  const m = ds.meta;
  const files = datasetFiles(ds);
  const newest = m.changelog[m.changelog.length - 1]!;
  const doc = documentRef(ds);
  const { start, end } = periodDates(m.period);
  const main = node('dcat:Dataset', IRI.dataset(ds.id), [
    lit('dcterms:title', m.title),
    lit('dcterms:description', `${m.description} Period: ${m.period}. Källa: ${m.source.document}, avsnittet ”${m.source.section}”. ${documentLine(ds)}`),
    res('dcterms:publisher', IRI.publisher()),
    res('dcat:contactPoint', IRI.contact()),
    res('dcat:landingPage', siteUrl(`/data/${ds.id}/`)),
    ...(doc.url ? [res('foaf:page', doc.url)] : []),
    ...keywords(ds).map((k) => lit('dcat:keyword', k)),
    ...themes(ds).map((t) => res('dcat:theme', `${EU}/data-theme/${t}`)),
    `<dcterms:temporal>\n      <dcterms:PeriodOfTime>\n        ${typed('dcat:startDate', start, 'date')}\n        ${typed('dcat:endDate', end, 'date')}\n      </dcterms:PeriodOfTime>\n    </dcterms:temporal>`,
    res('dcterms:spatial', HALLAND_IRI),
    res('dcterms:language', `${EU}/language/SWE`),
    res('dcterms:accessRights', `${EU}/access-right/PUBLIC`),
    plain('dcterms:identifier', ds.id),
    date('dcterms:issued', m.changelog[0]!.date),
    date('dcterms:modified', newest.date),
    plain('dcat:version', m.version),
    lit('adms:versionNotes', newest.description),
    ...files.map((f) => res('dcat:distribution', IRI.distribution(ds.id, f.key))),
  ]);
  return [main, ...files.map((f) => distribution(ds, f, bytes(ds, f.key)))];
}

/**
 * The catalogue as RDF/XML. `bytes` gives each published file's size (the
 * endpoint passes the real one, see files.ts).
 */
export function dcatRdf(datasets: Dataset[], today: string, bytes: (ds: Dataset, key: DatasetFile['key']) => number, reach: Contact = publisherContact()): string {
  const firstIssued = datasets.flatMap((ds) => ds.meta.changelog.map((c) => c.date)).filter((d) => d.length === 10).sort()[0] ?? today;
  const catalog = node('dcat:Catalog', IRI.catalog(), [
    lit('dcterms:title', `${SITE.name}: datakatalog`),
    lit('dcterms:description', 'Alla dataset bakom webbplatsen, med siffror transkriberade ur Region Hallands offentliga dokument om hälso- och sjukvårdsstrategin 2017–2025.'),
    res('dcterms:publisher', IRI.publisher()),
    res('dcterms:license', CC0),
    res('foaf:homepage', siteUrl('/data/')),
    res('dcterms:language', `${EU}/language/SWE`),
    res('dcterms:spatial', HALLAND_IRI),
    typed('dcterms:issued', firstIssued, 'date'),
    typed('dcterms:modified', today, 'date'),
    res('dcat:themeTaxonomy', `${EU}/data-theme`),
    ...datasets.map((ds) => res('dcat:dataset', IRI.dataset(ds.id))),
  ]);
  const publisher = node('foaf:Agent', IRI.publisher(), [
    lit('foaf:name', PUBLISHER.name),
    res('dcterms:type', 'http://purl.org/adms/publishertype/RegionalAuthority'),
    plain('dcterms:identifier', PUBLISHER.organisationNumber),
    lit('dcterms:description', `${PUBLISHER.name} ger ut webbplatsen ”${SITE.name}” och datamängderna bakom den.`),
  ]);
  // The e-mail address once communicators have filled it in (src/site/config.ts); until then (dev builds only) the region's website.
  const contact = node('vcard:Organization', IRI.contact(), [plain('vcard:fn', PUBLISHER.name), res(reach.kind === 'email' ? 'vcard:hasEmail' : 'vcard:hasURL', reach.href)]);
  const xmlns = Object.entries(NS).map(([k, v]) => `xmlns:${k}="${v}"`).join('\n  ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rdf:RDF\n  ${xmlns}>`,
    catalog,
    publisher,
    contact,
    ...datasets.flatMap((ds) => dataset(ds, bytes)),
    '</rdf:RDF>',
    '',
  ].join('\n');
}
