/**
 * The glossary in the built site: /ordlista/ has an anchor for every term,
 * and every chapter links exactly the terms that the remark plugin finds in
 * its MDX source, once each, to anchors that exist. If the plugin stopped
 * running on MDX (astro.config.mjs), the chapters would have no links and
 * this fails.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadGlossary } from '../../src/data/index.ts';
import { readPages } from '../../src/mdx/pages.ts';
import { linkTerms } from '../../src/mdx/remark-glossary.ts';
import { htmlPages, readPage } from '../helpers/site.ts';

const terms = loadGlossary();
const built = htmlPages();
const doc = (path: string) => parseHTML(readPage(path)).document;

describe('/ordlista/', () => {
  const page = doc('/ordlista/');
  it('explains every term under its own anchor, in a definition list', () => {
    expect(page.querySelector('h1')?.textContent).toBe('Ordlista');
    for (const t of terms) {
      const dt = page.getElementById(t.id);
      expect(dt?.tagName, t.ord).toBe('DT');
      expect(dt!.textContent).toContain(t.ord);
      expect(dt!.nextElementSibling?.textContent).toContain(t.betydelse.split(' ').slice(0, 4).join(' '));
    }
  });
  it('links every "se också" to an anchor on the page', () => {
    for (const a of page.querySelectorAll('main a[href^="#"]')) expect(page.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
  });
  it('is linked from the footer of every page', () => {
    for (const path of built.filter((p) => !p.startsWith('/embed/'))) expect(doc(path).querySelector('footer a[href="/ordlista/"]'), path).not.toBeNull();
  });
});

describe('first use of each term linked in every chapter', () => {
  const pages = readPages();
  it('has chapters to check', () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages.map((p) => [p.id, p] as const))('%s', (id, page) => {
    const expected = linkTerms(structuredClone(page.tree!), terms);
    const html = doc(id === 'index' ? '/' : `/${id}/`);
    const links = [...html.querySelectorAll('main a.ordlista-term')];
    const ids = links.map((a) => a.getAttribute('href')!.replace(/^\/ordlista\/#/, ''));
    expect(ids).toEqual(expected);
    for (const a of links) expect(a.closest('h1, h2, h3, h4, h5, h6, figure, table, .key-figure'), a.outerHTML).toBeNull();
  });
});
