/**
 * Who publishes, in the built site: the footer of every page, every chart
 * embed and chart image, the accessibility statement, the citations beside
 * the charts, the DCAT catalogue and datapackage.json all say what
 * src/site/config.ts (PUBLISHER) says. Fails when one of them disagrees.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { PUBLISHER, publisherContact } from '../../src/site/config.ts';
import { DIST, htmlPages, readPage } from '../helpers/site.ts';

const contact = publisherContact();
const pages = htmlPages();
const doc = (path: string) => parseHTML(readPage(path)).document;
const text = (el: { textContent: string | null } | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('footer of every page', () => {
  it.each(pages.filter((p) => !p.startsWith('/embed/')))('%s', (path) => {
    const footer = doc(path).querySelector('footer');
    expect(text(footer)).toContain(`Ges ut av ${PUBLISHER.name}, organisationsnummer ${PUBLISHER.organisationNumber}. Kontakt: ${contact.label}.`);
    expect(footer!.querySelector(`a[href="${contact.href}"]`)).not.toBeNull();
  });
});

describe('header of every page links to the easy-to-read summary', () => {
  it.each(pages.filter((p) => !p.startsWith('/embed/')))('%s', (path) => {
    const link = doc(path).querySelector('header a[href="/lattlast/"]');
    expect(text(link)).toBe('Lättläst');
  });
});

describe('chart embeds and chart images', () => {
  const embeds = pages.filter((p) => p.startsWith('/embed/'));
  it('there are embeds', () => expect(embeds.length).toBeGreaterThan(0));
  it.each(embeds)('%s', (path) => expect(text(doc(path).querySelector('main'))).toContain(`Ges ut av ${PUBLISHER.name}.`));
  const svgs = readdirSync(join(DIST, 'diagram'), { recursive: true }).map(String).filter((f) => f.endsWith('.svg'));
  it.each(svgs)('/diagram/%s', (file) => expect(readFileSync(join(DIST, 'diagram', file), 'utf8')).toContain(`Ges ut av ${PUBLISHER.name},`));
});

describe('citations beside the charts and on the dataset pages', () => {
  it('begin with the publisher', () => {
    const cites = pages.filter((p) => !p.startsWith('/embed/')).flatMap((p) => [...doc(p).querySelectorAll('p.citation')].map((e) => text(e)));
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) expect(c.startsWith(`${PUBLISHER.name} (`), c).toBe(true);
  });
});

describe('accessibility statement', () => {
  const page = doc('/tillganglighetsredogorelse/');
  it('names the publisher and gives its contact in the text', () => {
    expect(text(page.querySelector('main'))).toContain(`${PUBLISHER.name} står bakom webbplatsen`);
    expect(page.querySelectorAll(`main a[href="${contact.href}"]`).length).toBeGreaterThanOrEqual(2);
  });
});

describe('data catalogue', () => {
  it('DCAT names the publisher and its contact', () => {
    const rdf = readFileSync(join(DIST, 'data', 'katalog.rdf'), 'utf8');
    expect(rdf).toContain(`<foaf:name xml:lang="sv">${PUBLISHER.name}</foaf:name>`);
    expect(rdf).toContain(`<vcard:fn>${PUBLISHER.name}</vcard:fn>`);
    expect(rdf).toContain(`rdf:resource="${contact.href}"`);
  });
  it('datapackage.json names the publisher', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8'));
    expect(pkg.contributors).toEqual([expect.objectContaining({ title: PUBLISHER.name, path: PUBLISHER.website.url, roles: ['publisher'] })]);
  });
});
