/**
 * The accessibility statement (tillgänglighetsredogörelse): it has what
 * DIGG requires, and the footer of every page links to it. Chart embeds
 * (/embed/) are framed inside other sites without our header and footer, so
 * they are the one exception.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { SITE, publisherContact } from '../../src/site/config.ts';
import { htmlPages, readPage } from '../helpers/site.ts';

const PATH = '/tillganglighetsredogorelse/';
const pages = htmlPages();

describe('tillgänglighetsredogörelse', () => {
  const html = pages.includes(PATH) ? readPage(PATH) : '';
  const { document } = parseHTML(html || '<html><body></body></html>');
  const text = (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

  it('is built', () => expect(pages).toContain(PATH));

  it('names the organisation and the site', () => {
    expect(document.querySelector('h1')?.textContent?.replace(/\u00ad/g, '')).toBe('Tillgänglighetsredogörelse');
    expect(text).toContain(SITE.publisher);
    expect(text).toContain(SITE.name);
  });

  it('states exactly one compliance status', () => {
    const statuses = ['helt förenlig', 'delvis förenlig', 'inte förenlig'].filter((s) => text.includes(s));
    expect(statuses).toHaveLength(1);
    expect(text).toMatch(/lagen \(2018:1937\) om tillgänglighet till digital offentlig service/);
  });

  it('lists the known shortcomings with reasons', () => {
    const heading = [...document.querySelectorAll('h2')].find((h) => /inte är tillgängligt/i.test(h.textContent ?? ''));
    expect(heading).toBeDefined();
    const list = heading!.nextElementSibling?.tagName === 'UL' ? heading!.nextElementSibling : heading!.nextElementSibling?.nextElementSibling;
    expect(list?.tagName).toBe('UL');
    expect(list!.querySelectorAll('li').length).toBeGreaterThan(0);
  });

  it('says how and when the site was assessed, and when the statement was updated', () => {
    expect(text).toMatch(/axe/);
    expect(text).toMatch(/html-validate/);
    expect(text).toMatch(/granskningen gjordes \d{1,2} \p{L}+ \d{4}/u);
    expect(text).toMatch(/(Senast uppdaterad|uppdaterades senast):? \d{1,2} \p{L}+ \d{4}/u);
    for (const t of document.querySelectorAll('time')) expect(t.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives a way to send feedback and links to DIGG', () => {
    // The publisher's contact from src/site/config.ts: an e-mail address once filled in, the region's website until then.
    expect(document.querySelector(`main a[href="${publisherContact().href}"]`)).not.toBeNull();
    expect(document.querySelector('a[href="https://www.digg.se/tdosanmalan"]')).not.toBeNull();
  });
});

describe('footer link to the statement', () => {
  it.each(pages.filter((p) => !p.startsWith('/embed/')))('%s', (path) => {
    const { document } = parseHTML(readPage(path));
    expect(document.querySelector(`footer a[href="${PATH}"]`)).not.toBeNull();
  });
});
