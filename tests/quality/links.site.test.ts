/**
 * The one link checker: every internal link on every built page resolves
 * (<a>, <area> and <link>: pages, downloads, stylesheets, icons, the
 * canonical address): the file exists, and a #fragment names an id on the
 * target page. Links to the site's own address (SITE.url) count as internal.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { SITE } from '../../src/site/config.ts';
import { DIST, htmlPages, readPage } from '../helpers/site.ts';

const pages = htmlPages();
const idCache = new Map<string, Set<string>>();

/** The ids on a built HTML page. */
function idsOf(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    const { document } = parseHTML(readPage(path));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idCache.set(path, ids);
  }
  return ids;
}

/** The output file a site path is served from, or null. */
function fileOf(pathname: string): string | null {
  const file = join(DIST, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** Broken internal links on a page, as "href: why". */
function brokenLinks(path: string, html: string = readPage(path)): { broken: string[]; checked: number } {
  const { document } = parseHTML(html);
  const base = new URL(path, SITE.url);
  const own = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
  const broken: string[] = [];
  let checked = 0;
  for (const a of document.querySelectorAll('a[href], area[href], link[href]')) {
    const href = a.getAttribute('href')!;
    if (/^(mailto|tel|data):/i.test(href)) continue;
    const url = new URL(href, base);
    if (url.origin !== base.origin) continue;
    checked++;
    const file = fileOf(url.pathname);
    if (!file) {
      broken.push(`${href}: ingen fil ${url.pathname}`);
      continue;
    }
    if (!url.hash) continue;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!file.endsWith('.html')) broken.push(`${href}: ankare i en fil som inte är HTML`);
    else if (!(url.pathname === base.pathname ? own : idsOf(url.pathname)).has(id)) broken.push(`${href}: inget id="${id}" på ${url.pathname}`);
  }
  return { broken, checked };
}

describe('internal links and anchors', () => {
  it('finds broken links and anchors when there are some', () => {
    const html = '<html><head><link rel="stylesheet" href="/_astro/borta.css"></head><body><p id="här"></p><a href="#här">ok</a><a href="#borta">1</a><a href="/#borta">2</a><a href="/finns-inte/">3</a><a download href="/data/borta.csv">4</a><a href="https://example.org/">ute</a></body></html>';
    expect(brokenLinks('/', html).broken).toEqual(['/_astro/borta.css: ingen fil /_astro/borta.css', '#borta: inget id="borta" på /', '/#borta: inget id="borta" på /', '/finns-inte/: ingen fil /finns-inte/', '/data/borta.csv: ingen fil /data/borta.csv']);
  });

  it.each(pages)('%s', (path) => {
    const { broken, checked } = brokenLinks(path);
    expect(broken).toEqual([]);
    // Every page has at least the link to its main content or home.
    expect(checked).toBeGreaterThan(0);
  });
});
