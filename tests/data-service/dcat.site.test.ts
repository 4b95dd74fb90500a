/**
 * /data/katalog.rdf parsed as RDF/XML and checked against DCAT-AP-SE: no blank
 * nodes for catalogue, dataset, distribution, publisher or contact point;
 * every mandatory property (and the ones we promise) present; the licence IRI
 * exactly as the profile lists it; every access and download URL a file in
 * the build, with the stated size.
 */
import { describe, expect, it } from 'vitest';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { listDatasets } from '../../src/data/index.ts';
import { SITE, publisherContact } from '../../src/site.ts';
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
  [`${DCAT}Catalog`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCAT}dataset`, `${FOAF}homepage`, `${DCT}language`, `${DCT}modified`],
  [`${DCAT}Dataset`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}contactPoint`, `${DCAT}distribution`, `${DCAT}landingPage`, `${DCAT}theme`, `${DCT}issued`, `${DCT}modified`],
  [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}format`, `${DCT}license`, `${DCAT}downloadURL`, `${DCT}title`, `${DCAT}byteSize`],
  [`${FOAF}Agent`]: [`${FOAF}name`],
  // hasEmail or, until communicators fill in the e-mail address (src/site.ts), hasURL: checked below.
  [`${VCARD}Organization`]: [`${VCARD}fn`],
};

const quads = await parseRdf(readText('/data/katalog.rdf'));
const ofType = (type: string) => quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === type).map((q) => q.subject);
const values = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);

describe('DCAT-AP-SE catalogue', () => {
  it('parses, with one catalogue, a dataset per dataset and a distribution per file', () => {
    expect(quads.length).toBeGreaterThan(100);
    expect(ofType(`${DCAT}Catalog`)).toHaveLength(1);
    const ds = listDatasets();
    expect(ofType(`${DCAT}Dataset`)).toHaveLength(ds.length);
    expect(ofType(`${DCAT}Distribution`)).toHaveLength(ds.length * 4);
  });

  it('has no blank nodes for catalogue, datasets, distributions, publisher and contact point', () => {
    for (const type of Object.keys(REQUIRED)) {
      const subjects = ofType(type);
      expect(subjects.length, type).toBeGreaterThan(0);
      for (const s of subjects) {
        expect(s.termType, `${type} ${s.value}`).toBe('NamedNode');
        expect(s.value.startsWith(`${SITE.url}/`)).toBe(true);
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

  it('writes the licence IRI exactly as the profile lists CC BY 4.0', () => {
    const licences = quads.filter((q) => q.predicate.value === `${DCT}license`);
    expect(licences.length).toBe(1 + listDatasets().length * 4);
    for (const q of licences) {
      expect(q.object.termType).toBe('NamedNode');
      expect(q.object.value).toBe(CC_BY);
    }
    expect(readText('/data/katalog.rdf')).toContain(`rdf:resource="${CC_BY}"`);
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
