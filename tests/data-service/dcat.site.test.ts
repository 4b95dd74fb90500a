/**
 * /data/katalog.rdf parsed as RDF/XML and checked against DCAT-AP-SE 3.0.1:
 * validated with rdf-validate-shacl against our shapes for the profile's
 * mandatory and recommended properties (dcat-ap-se.shapes.ttl), and shown to
 * fail when a mandatory property is dropped; no blank nodes for catalogue,
 * dataset, distribution, publisher or contact point; CC0 on the catalogue and
 * CC BY 4.0 on the data, written as the profile lists them; every access and
 * download URL a file in the build, with the stated size; the catalogue's IRI
 * is the address of the RDF file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { Parser as TurtleParser } from 'n3';
import rdf from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';
import { CC0, publisherIri } from '../../src/publish/dcat.ts';

const PUBLISHER_IRI = publisherIri();
import { datasetFiles } from '../../src/site/text.ts';
import { listDatasets } from '../../src/data/index.ts';
import { SITE, publisherContact } from '../../src/site/config.ts';
import { exists, readBytes, readText } from './helpers.ts';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const CC_BY = 'http://creativecommons.org/licenses/by/4.0/';

interface Term { termType: string; value: string; language?: string }
interface Quad { subject: Term; predicate: Term; object: Term }

function parseRdf(xml: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI: `${SITE.url}/data/katalog.rdf` });
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

/**
 * DCAT-AP-SE's mandatory properties per class (Catalog, Dataset, Distribution,
 * Agent, and the vCard contact point's name and e-mail), plus recommended ones
 * this site promises to give.
 */
const REQUIRED: Record<string, string[]> = {
  [`${DCAT}Catalog`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCAT}dataset`, `${FOAF}homepage`, `${DCT}language`, `${DCT}issued`, `${DCT}modified`],
  [`${DCAT}Dataset`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}contactPoint`, `${DCAT}distribution`, `${DCAT}landingPage`, `${DCAT}theme`, `${DCAT}keyword`, `${DCT}temporal`, `${DCT}spatial`, `${DCT}issued`, `${DCT}modified`],
  [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}format`, `${DCT}license`, `${DCAT}downloadURL`, `${DCT}title`, `${DCAT}byteSize`, 'http://data.europa.eu/r5r/availability'],
  [`${FOAF}Agent`]: [`${FOAF}name`],
  // hasEmail or, until communicators fill in the e-mail address (src/site/config.ts), hasURL: checked below.
  [`${VCARD}Organization`]: [`${VCARD}fn`],
};

const quads = await parseRdf(readText('/data/katalog.rdf'));
const shapes = new TurtleParser().parse(readFileSync(join(import.meta.dirname, 'dcat-ap-se.shapes.ttl'), 'utf8'));

/** SHACL messages for a set of triples: empty when they conform. */
async function shacl(data: Quad[]): Promise<string[]> {
  const validator = new SHACLValidator(rdf.dataset(shapes as never) as never);
  const report = await validator.validate(rdf.dataset(data as never) as never);
  return report.results.map((r) => `${r.focusNode?.value}: ${r.message.map((m) => m.value).join('; ') || r.sourceConstraintComponent?.value} (${r.path?.value ?? ''})`);
}
const ofType = (type: string) => quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === type).map((q) => q.subject);
const values = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);

describe('DCAT-AP-SE catalogue', () => {
  it('parses, with one catalogue, a dataset per dataset and a distribution per file', () => {
    expect(quads.length).toBeGreaterThan(100);
    expect(ofType(`${DCAT}Catalog`)).toHaveLength(1);
    const ds = listDatasets();
    expect(ofType(`${DCAT}Dataset`)).toHaveLength(ds.length);
    expect(ofType(`${DCAT}Distribution`)).toHaveLength(ds.length * datasetFiles(ds[0]!).length);
  });

  it('has no blank nodes for catalogue, datasets, distributions, publisher and contact point', () => {
    for (const type of Object.keys(REQUIRED)) {
      const subjects = ofType(type);
      expect(subjects.length, type).toBeGreaterThan(0);
      for (const s of subjects) {
        expect(s.termType, `${type} ${s.value}`).toBe('NamedNode');
        expect(s.value.startsWith(`${SITE.url}/`) || s.value === PUBLISHER_IRI, s.value).toBe(true);
      }
    }
    // Objects of the links between them are IRIs too.
    for (const p of [`${DCT}publisher`, `${DCAT}contactPoint`, `${DCAT}dataset`, `${DCAT}distribution`]) {
      for (const q of quads.filter((x) => x.predicate.value === p)) expect(q.object.termType, p).toBe('NamedNode');
    }
  });

  it('gives every class its mandatory properties', () => {
    const missing: string[] = [];
    for (const [type, props] of Object.entries(REQUIRED)) {
      for (const s of ofType(type)) for (const p of props) if (values(s.value, p).length === 0) missing.push(`${s.value} saknar ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it('links publisher and contact point to described resources, with Swedish titles', () => {
    for (const q of quads.filter((x) => x.predicate.value === `${DCT}publisher`)) expect(ofType(`${FOAF}Agent`).map((s) => s.value)).toContain(q.object.value);
    for (const q of quads.filter((x) => x.predicate.value === `${DCAT}contactPoint`)) expect(ofType(`${VCARD}Organization`).map((s) => s.value)).toContain(q.object.value);
    for (const q of quads.filter((x) => x.predicate.value === `${DCT}title`)) expect(q.object.language).toBe('sv');
    const reach = publisherContact();
    expect(values(ofType(`${VCARD}Organization`)[0]!.value, `${VCARD}${reach.kind === 'email' ? 'hasEmail' : 'hasURL'}`)[0]!.value).toBe(reach.href);
  });

  it('puts the catalogue’s own metadata under CC0 and the data under CC BY 4.0, as the profile writes them', () => {
    const catalog = ofType(`${DCAT}Catalog`)[0]!.value;
    expect(values(catalog, `${DCT}license`).map((o) => o.value)).toEqual([CC0]);
    const data = quads.filter((q) => q.predicate.value === `${DCT}license` && q.subject.value !== catalog);
    expect(data.length).toBe(ofType(`${DCAT}Distribution`).length);
    for (const q of data) expect(q.object.value).toBe(CC_BY);
    expect(readText('/data/katalog.rdf')).toContain(`rdf:resource="${CC_BY}"`);
  });

  it('has the catalogue’s IRI at the address of the RDF file, so a parent catalogue can follow dct:hasPart', () => {
    expect(ofType(`${DCAT}Catalog`)[0]!.value).toBe(`${SITE.url}/data/katalog.rdf`);
    expect(exists('/data/katalog.rdf')).toBe(true);
  });

  it('names Region Halland by its dataportal.se organisation IRI, in Swedish', () => {
    for (const q of quads.filter((x) => x.predicate.value === `${DCT}publisher`)) expect(q.object.value).toBe('http://dataportal.se/organisation/SE2321000115');
    const name = values(PUBLISHER_IRI, `${FOAF}name`)[0]!;
    expect(name.value).toBe('Region Halland');
    expect(name.language).toBe('sv');
  });

  it('gives each dataset the themes and Swedish keywords of its metadata', () => {
    for (const ds of listDatasets()) {
      const iri = `${SITE.url}/data/${ds.id}/#dataset`;
      expect(values(iri, `${DCAT}theme`).map((o) => o.value.split('/').at(-1)).sort(), ds.id).toEqual([...ds.meta.themes].sort());
      const kw = values(iri, `${DCAT}keyword`).map((o) => o.value);
      for (const k of ds.meta.keywords) expect(kw).toContain(k);
      for (const k of kw) expect(k, ds.id).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$|^start$/);
    }
  });

  it('conforms to the SHACL shapes for DCAT-AP-SE 3.0.1', async () => {
    expect(shapes.length).toBeGreaterThan(100);
    expect(await shacl(quads)).toEqual([]);
  });

  it.each([
    ['the catalogue’s licence', (q: Quad) => q.predicate.value === `${DCT}license` && q.subject.value.endsWith('/katalog.rdf')],
    ['a dataset’s title', (q: Quad) => q.predicate.value === `${DCT}title` && q.subject.value.endsWith('#dataset') && q.subject.value.includes('/npe-primarvard-2023/')],
    ['a distribution’s access URL', (q: Quad) => q.predicate.value === `${DCAT}accessURL` && q.subject.value.endsWith('#fil-csv') && q.subject.value.includes('/npe-primarvard-2023/')],
    ['the contact point’s e-mail (or, until it is filled in, web address)', (q: Quad) => q.predicate.value === `${VCARD}hasEmail` || q.predicate.value === `${VCARD}hasURL`],
    ['the publisher’s name', (q: Quad) => q.predicate.value === `${FOAF}name`],
  ])('fails the shapes when %s is dropped (the check can fail)', async (_, drop) => {
    expect(quads.filter(drop).length).toBeGreaterThan(0);
    expect((await shacl(quads.filter((q) => !drop(q)))).length).toBeGreaterThan(0);
  });

  it('points every access and download URL at a file in the build, with its real size', () => {
    const bad: string[] = [];
    for (const d of ofType(`${DCAT}Distribution`)) {
      for (const p of [`${DCAT}accessURL`, `${DCAT}downloadURL`]) {
        for (const o of values(d.value, p)) {
          if (o.termType !== 'NamedNode' || !o.value.startsWith(`${SITE.url}/`)) bad.push(`${d.value} ${p}: ${o.value}`);
          else if (!exists(o.value.slice(SITE.url.length))) bad.push(`${d.value} ${p}: ${o.value} finns inte`);
        }
      }
      const url = values(d.value, `${DCAT}downloadURL`)[0]!.value.slice(SITE.url.length);
      const size = Number(values(d.value, `${DCAT}byteSize`)[0]!.value);
      if (exists(url) && readBytes(url).byteLength !== size) bad.push(`${url}: byteSize ${size}, filen ${readBytes(url).byteLength}`);
    }
    expect(bad).toEqual([]);
  });
});
