/**
 * Sharing and finding, checked on the built files: every page has its title,
 * description, canonical URL, Open Graph and Twitter tags; every og:image is a
 * 1200 × 630 PNG in the output (one per story page); the sitemap lists every
 * page under SITE.url; robots.txt names it; the 404 page is Swedish; only the
 * search page runs JavaScript; the search index is Swedish.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DIST, htmlPages, readPage } from '../helpers/site.ts';
import { SITE, siteUrl } from '../../src/site/config.ts';
import { t } from '../../src/strings.ts';
import { wrap } from '../../src/publish/og.ts';

const pages = htmlPages();
const storyIds = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'pages'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const pathOf = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/** The content of a <meta> tag (property= or name=), decoded. */
function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return m?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

describe('sharing tags', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(storyIds.length);
    for (const id of storyIds) expect(pages).toContain(pathOf(id));
    expect(pages).toContain('/sok/');
    expect(pages).toContain('/404.html');
  });

  it.each(pages)('%s has title, description, canonical, Open Graph and Twitter tags', (path) => {
    const html = readPage(path);
    expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(meta(html, 'description')?.length).toBeGreaterThan(20);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(siteUrl(path));
    expect(meta(html, 'og:url')).toBe(canonical);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:title', 'twitter:description']) {
      expect(meta(html, key), key).toBeTruthy();
    }
    expect(meta(html, 'og:locale')).toBe('sv_SE');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image')!;
    expect(image.startsWith(SITE.url + '/og/')).toBe(true);
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(existsSync(join(DIST, image.slice(SITE.url.length))), image).toBe(true);
  });

  it.each(storyIds)('story page %s has its own Open Graph image, 1200 × 630', async (id) => {
    const image = meta(readPage(pathOf(id)), 'og:image');
    expect(image).toBe(siteUrl(`/og/${id}.png`));
    const file = join(DIST, 'og', `${id}.png`);
    const info = await sharp(file).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
    expect(readFileSync(file).equals(readFileSync(join(DIST, 'og', 'standard.png')))).toBe(false);
  });

  it('has a standard Open Graph image for the other pages', async () => {
    const info = await sharp(join(DIST, 'og', 'standard.png')).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
    expect(meta(readPage('/data/'), 'og:image')).toBe(siteUrl('/og/standard.png'));
  });

  it('draws a story page’s first chart into its image', async () => {
    // A page with a chart and one without differ in how much of the image is drawn on.
    const withChart = storyIds.find((id) => readPage(pathOf(id)).includes('class="chart-bred"'))!;
    expect(withChart).toBeTruthy();
    const inked = async (file: string) => {
      const { data } = await sharp(join(DIST, 'og', file)).extract({ left: 0, top: 330, width: 1200, height: 280 }).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((v) => v < 200).length;
    };
    expect(await inked(`${withChart}.png`)).toBeGreaterThan(2 * (await inked('standard.png')));
  });

  it('wraps long titles for the image without losing words', () => {
    expect(wrap('Hur gick det med hälso- och sjukvårdsstrategin?', 20, 3)).toEqual(['Hur gick det med', 'hälso- och', 'sjukvårdsstrategin?']);
    expect(wrap('ett två tre fyra fem sex', 8, 2)).toEqual(['ett två', 'tre …']);
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('lists every page except the 404 page and chart embeds, with absolute URLs from SITE.url', () => {
    const maps = locs(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
    expect(maps.length).toBeGreaterThan(0);
    for (const u of maps) expect(u.startsWith(SITE.url + '/')).toBe(true);
    const urls = maps.flatMap((u) => locs(readFileSync(join(DIST, u.slice(SITE.url.length)), 'utf8')));
    const expected = pages.filter((p) => p !== '/404.html' && !p.startsWith('/embed/')).map(siteUrl).sort();
    expect([...urls].sort()).toEqual(expected);
    expect(urls.some((u) => u.includes('/embed/') || u.includes('404'))).toBe(false);
  });

  it('is named by robots.txt and by every page', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${siteUrl('/sitemap-index.xml')}`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(readPage('/')).toContain('<link rel="sitemap" href="/sitemap-index.xml"');
  });
});

describe('404 page and search page', () => {
  it('has a Swedish 404 page kept out of search engines', () => {
    const html = readPage('/404.html');
    expect(html).toMatch(/<html lang="sv"/);
    expect(html).toContain(`<h1>${t.notFound.title}</h1>`);
    expect(html).toContain(t.notFound.text);
    expect(html).toContain('href="/"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toMatch(/<form[^>]*action="\/sok\/"/);
  });

  it('runs JavaScript only on /sok/, from our own origin, and relaxes the CSP only there', () => {
    for (const p of pages) {
      const html = readPage(p);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      if (p === '/sok/') {
        expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1]!)?.[1])).toEqual(['/pagefind/pagefind-ui.js', '/sok.js']);
        expect(scripts.every((s) => s[2]!.trim() === '')).toBe(true); // no inline code
        expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      } else {
        expect(scripts, p).toEqual([]);
        expect(csp, p).not.toContain('wasm-unsafe-eval');
      }
    }
  });

  it('indexes only the main text of reading pages', () => {
    for (const p of pages) {
      const indexed = /<main [^>]*data-pagefind-body/.test(readPage(p));
      expect(indexed, p).toBe(!(p === '/sok/' || p === '/404.html' || p.startsWith('/embed/')));
    }
  });

  it('has a Swedish search index built from the output', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['sv']);
    expect(entry.languages.sv.page_count).toBe(pages.filter((p) => /<main [^>]*data-pagefind-body/.test(readPage(p))).length);
    for (const f of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'wasm.sv.pagefind']) {
      expect(existsSync(join(DIST, 'pagefind', f)), f).toBe(true);
    }
  });
});
