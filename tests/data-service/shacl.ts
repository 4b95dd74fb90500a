/**
 * The catalogue against our DCAT-AP-SE 3.0.1 shapes (dcat-ap-se.shapes.ttl),
 * with rdf-validate-shacl: shared by the unit test (a catalogue made in
 * memory) and the site test (the built /data/katalog.rdf).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { Parser as TurtleParser } from 'n3';
import rdf from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

export interface Term { termType: string; value: string; language?: string; datatype?: { value: string } }
export interface Quad { subject: Term; predicate: Term; object: Term; graph?: Term }

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const DCT = 'http://purl.org/dc/terms/';
export const DCAT = 'http://www.w3.org/ns/dcat#';
export const FOAF = 'http://xmlns.com/foaf/0.1/';
export const VCARD = 'http://www.w3.org/2006/vcard/ns#';

/** RDF/XML text as quads. */
export function parseRdf(xml: string, baseIRI: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

export const shapes = new TurtleParser().parse(readFileSync(join(import.meta.dirname, 'dcat-ap-se.shapes.ttl'), 'utf8'));

/** One SHACL result: where, what, how grave. */
export interface Finding {
  severity: 'Violation' | 'Warning' | 'Info';
  focus: string;
  path: string;
  message: string;
}

/** The SHACL results for a set of triples: empty when they conform. */
export async function shacl(data: Quad[]): Promise<Finding[]> {
  const validator = new SHACLValidator(rdf.dataset(shapes as never) as never);
  const report = await validator.validate(rdf.dataset(data as never) as never);
  return report.results.map((r) => ({
    severity: (r.severity?.value.split('#').pop() ?? 'Violation') as Finding['severity'],
    focus: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    message: r.message.map((m) => m.value).join('; ') || (r.sourceConstraintComponent?.value ?? ''),
  }));
}

/** Findings as readable lines (for test failures). */
export const lines = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.focus} ${f.path}: ${f.message}`);

/**
 * Recommended properties the site cannot give, as [class, property]: the
 * shapes report them as warnings, and the tests require exactly these (a new
 * gap fails; filling one means taking it off this list).
 * - A dataset's dct:conformsTo: the figures follow no published specification.
 * - The contact point's telephone and address: the sources give none for the
 *   region as such (only personal ones), and none may be invented.
 */
export const KNOWN_GAPS: [string, string][] = [
  [`${DCAT}Dataset`, `${DCT}conformsTo`],
  ['contact', `${VCARD}hasTelephone`],
  ['contact', `${VCARD}hasAddress`],
];

/** The [class, property] of each warning, 'contact' for the contact point, without repeats. */
export function warningKinds(findings: Finding[], quads: Quad[]): [string, string][] {
  const typeOf = (s: string) => quads.find((q) => q.subject.value === s && q.predicate.value === `${RDF}type`)?.object.value ?? '';
  const kinds = findings
    .filter((f) => f.severity === 'Warning')
    .map((f): [string, string] => {
      const t = typeOf(f.focus);
      return [t.startsWith(VCARD) ? 'contact' : t, f.path];
    });
  return [...new Map(kinds.map((k) => [k.join(' '), k])).values()];
}
