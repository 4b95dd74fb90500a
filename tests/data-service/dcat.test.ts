/**
 * The DCAT-AP-SE catalogue made in memory from the real datasets (no build):
 * with a contact e-mail it meets every mandatory property of DCAT-AP-SE 3.0.1
 * and every recommended one except the known gaps; without one (dev builds,
 * PUBLISHER.email empty) exactly the contact point's e-mail is missing, which
 * is why the release build refuses an empty e-mail (origin.test.ts). Dates
 * use only the datatypes the profile takes; the format is the profile's
 * literal media type.
 */
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { listDatasets } from '../../src/data/index.ts';
import { date, dcatRdf } from '../../src/publish/dcat.ts';
import { SITE, type Contact } from '../../src/site/config.ts';
import { DCT, KNOWN_GAPS, VCARD, lines, parseRdf, shacl, warningKinds, type Quad } from './shacl.ts';

const { literal, namedNode, quad } = DataFactory;
/** The triples with the object of every `predicate` replaced. */
const withObject = (quads: Quad[], predicate: string, object: unknown) =>
  quads.map((q) => (q.predicate.value === predicate ? (quad(q.subject as never, q.predicate as never, object as never) as unknown as Quad) : q));

/** A contact e-mail for the test only: never published (.invalid cannot be a real domain). */
const EMAIL: Contact = { href: 'mailto:data@exempel.invalid', label: 'data@exempel.invalid', kind: 'email' };
const WEB: Contact = { href: 'https://regionhalland.se/', label: 'regionhalland.se', kind: 'web' };

const datasets = listDatasets();
const catalogue = (reach: Contact, of = datasets) => parseRdf(dcatRdf(of, '2026-12-01', () => 1234, reach), `${SITE.url}/data/katalog.rdf`);
/** A small catalogue for the checks that only need to see a rule fail (validation takes seconds per catalogue). */
const few = datasets.slice(0, 3);

describe('the catalogue against DCAT-AP-SE 3.0.1', () => {
  it('with a contact e-mail: no violation, and only the known gaps among the recommended properties', async () => {
    const quads = await catalogue(EMAIL);
    const findings = await shacl(quads);
    expect(lines(findings.filter((f) => f.severity === 'Violation'))).toEqual([]);
    expect(warningKinds(findings, quads).sort()).toEqual([...KNOWN_GAPS].sort());
  });

  it('without one (dev builds): the contact point’s e-mail is the one thing missing', async () => {
    const findings = (await shacl(await catalogue(WEB, few))).filter((f) => f.severity === 'Violation');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.path === `${VCARD}hasEmail`), lines(findings).join('\n')).toBe(true);
    expect(findings[0]!.message).toContain('PUBLISHER.email');
  });

  it('writes each distribution’s format as the profile does: one media type as a literal', async () => {
    const formats = (await catalogue(EMAIL)).filter((q) => q.predicate.value === `${DCT}format`);
    expect(formats.length).toBeGreaterThan(datasets.length);
    for (const q of formats) expect(q.object.termType).toBe('Literal');
    expect(new Set(formats.map((q) => q.object.value))).toEqual(new Set(['text/csv', 'application/json', 'application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']));
  });

  it('gives a month-only date as its year: the profile takes date, dateTime and gYear, not gYearMonth', () => {
    expect(date('dcterms:issued', '2024-05-03')).toContain('XMLSchema#date">2024-05-03<');
    expect(date('dcterms:issued', '2024-05')).toContain('XMLSchema#gYear">2024<');
    expect(date('dcterms:issued', '2024')).toContain('XMLSchema#gYear">2024<');
  });

  it('self-test: a gYearMonth date, an IRI format and a missing publisher type are caught', async () => {
    const quads = await catalogue(EMAIL, few);
    expect(lines(await shacl(quads)).filter((l) => l.startsWith('Violation'))).toEqual([]);
    const ym = withObject(quads, `${DCT}issued`, literal('2024-05', namedNode('http://www.w3.org/2001/XMLSchema#gYearMonth')));
    expect(lines(await shacl(ym)).join('\n')).toMatch(/utgivningsdatum/);
    const iri = withObject(quads, `${DCT}format`, namedNode('http://publications.europa.eu/resource/authority/file-type/CSV'));
    expect(lines(await shacl(iri)).join('\n')).toMatch(/format/);
    const untyped = quads.filter((q) => !(q.predicate.value === `${DCT}type` && q.subject.value.startsWith('http://dataportal.se/')));
    expect(lines(await shacl(untyped)).join('\n')).toMatch(/typ ur ADMS/);
  });
});
