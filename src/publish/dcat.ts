/**
 * The data catalogue as DCAT-AP-SE (the Swedish profile of DCAT-AP that
 * Sveriges dataportal, dataportal.se, harvests), in RDF/XML.
 *
 * What the profile asks and how we meet it:
 * - Every catalogue, dataset, distribution, publisher and contact point has an
 *   absolute IRI built from SITE.url (no blank nodes), so a harvester can tell
 *   one harvest's resources from the next.
 * - Mandatory: catalogue title, description, publisher, licence and datasets;
 *   dataset title, description and publisher; distribution access URL and
 *   format; agent name. We also give the recommended contact point (vCard with
 *   name and e-mail), landing page, theme, dates, version and licences.
 * - The licence IRI is written exactly as the profile lists CC BY 4.0:
 *   `http://creativecommons.org/licenses/by/4.0/` (http, trailing slash).
 */
import type { Dataset } from '../data/index.ts';
import { datasetFiles, type DatasetFile } from '../site-text.ts';
import { PUBLISHER, SITE, publisherContact, siteUrl } from '../site.ts';
import { escapeXml } from './svg-text.ts';

/** The licence IRI as DCAT-AP-SE lists it. */
export const CC_BY_4 = 'http://creativecommons.org/licenses/by/4.0/';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  owl: 'http://www.w3.org/2002/07/owl#',
  adms: 'http://www.w3.org/ns/adms#',
} as const;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EU = 'http://publications.europa.eu/resource/authority';

/** IRIs of the things the catalogue describes. */
export const IRI = {
  catalog: () => `${siteUrl('/data/')}#katalog`,
  publisher: () => `${siteUrl('/')}#utgivare`,
  contact: () => `${siteUrl('/')}#kontakt`,
  dataset: (id: string) => `${siteUrl(`/data/${id}/`)}#dataset`,
  distribution: (id: string, key: string) => `${siteUrl(`/data/${id}/`)}#fil-${key}`,
};


const lit = (p: string, v: string, lang = 'sv') => `<${p} xml:lang="${lang}">${escapeXml(v.replace(/\s+/g, ' ').trim())}</${p}>`;
const plain = (p: string, v: string) => `<${p}>${escapeXml(v)}</${p}>`;
const res = (p: string, iri: string) => `<${p} rdf:resource="${escapeXml(iri)}"/>`;
const typed = (p: string, v: string, type: string) => `<${p} rdf:datatype="${XSD}${type}">${escapeXml(v)}</${p}>`;

/** A date from the metadata (ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD) with its XML Schema type. */
function date(p: string, v: string): string {
  return typed(p, v, v.length === 10 ? 'date' : v.length === 7 ? 'gYearMonth' : 'gYear');
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
    plain('dcterms:format', f.type),
    res('dcat:mediaType', `http://www.iana.org/assignments/media-types/${f.type}`),
    res('dcterms:license', CC_BY_4),
    typed('dcat:byteSize', String(bytes), 'nonNegativeInteger'),
  ]);
}

function dataset(ds: Dataset, bytes: (ds: Dataset, key: DatasetFile['key']) => number): string[] {
  const m = ds.meta;
  const files = datasetFiles(ds);
  const newest = m.changelog[m.changelog.length - 1]!;
  const main = node('dcat:Dataset', IRI.dataset(ds.id), [
    lit('dcterms:title', m.title),
    lit('dcterms:description', `${m.description} Period: ${m.period}. Källa: ${m.source.document}, avsnittet ”${m.source.section}”.`),
    res('dcterms:publisher', IRI.publisher()),
    res('dcat:contactPoint', IRI.contact()),
    res('dcat:landingPage', siteUrl(`/data/${ds.id}/`)),
    lit('dcat:keyword', m.topic),
    res('dcat:theme', `${EU}/data-theme/HEAL`),
    res('dcterms:language', `${EU}/language/SWE`),
    res('dcterms:accessRights', `${EU}/access-right/PUBLIC`),
    plain('dcterms:identifier', ds.id),
    date('dcterms:issued', m.changelog[0]!.date),
    date('dcterms:modified', newest.date),
    plain('owl:versionInfo', m.version),
    lit('adms:versionNotes', newest.description),
    ...files.map((f) => res('dcat:distribution', IRI.distribution(ds.id, f.key))),
  ]);
  return [main, ...files.map((f) => distribution(ds, f, bytes(ds, f.key)))];
}

/**
 * The catalogue as RDF/XML. `bytes` gives each published file's size (the
 * endpoint passes the real one, see files.ts).
 */
export function dcatRdf(datasets: Dataset[], today: string, bytes: (ds: Dataset, key: DatasetFile['key']) => number): string {
  const catalog = node('dcat:Catalog', IRI.catalog(), [
    lit('dcterms:title', `${SITE.name}: datakatalog`),
    lit('dcterms:description', 'Alla dataset bakom webbplatsen, med siffror transkriberade ur Region Hallands offentliga dokument om hälso- och sjukvårdsstrategin 2017–2025.'),
    res('dcterms:publisher', IRI.publisher()),
    res('dcterms:license', CC_BY_4),
    res('foaf:homepage', siteUrl('/data/')),
    res('dcterms:language', `${EU}/language/SWE`),
    typed('dcterms:modified', today, 'date'),
    res('dcat:themeTaxonomy', `${EU}/data-theme`),
    ...datasets.map((ds) => res('dcat:dataset', IRI.dataset(ds.id))),
  ]);
  const publisher = node('foaf:Agent', IRI.publisher(), [
    plain('foaf:name', PUBLISHER.name),
    res('dcterms:type', 'http://purl.org/adms/publishertype/RegionalAuthority'),
  ]);
  // The e-mail address once communicators have filled it in (src/site.ts), the region's website until then.
  const reach = publisherContact();
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
