/**
 * Security and privacy rules of the built site, checked as files:
 * - _headers (Netlify / Cloudflare Pages, made by the build): HSTS, nosniff,
 *   Referrer-Policy, Permissions-Policy on everything; every page refuses to
 *   be framed except the chart embeds; the header CSP says the same as the
 *   page's <meta> CSP; no path gets the same header from two rules; every
 *   file under /data/ gets its Content-Type, text with charset=utf-8 and
 *   binary files without; within Cloudflare's limits (100 rules, 2 000
 *   characters a line).
 * - The <meta> CSP of every page is strict: no 'unsafe-inline' or
 *   'unsafe-eval', nothing from other origins.
 * - No fonts, scripts, styles, images or frames from other origins, in the
 *   HTML or the CSS.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST, htmlPages, readPage } from '../helpers/site.ts';
import { headersFile } from '../../src/publish/headers.ts';
import { entries, headersFor as headersIn, matches, parseCsp, parseHeaders, type Rule } from '../helpers/headers.ts';

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const pages = htmlPages();
const isEmbed = (p: string) => p.startsWith('/embed/');

const headersFor = (path: string) => headersIn(rules, path);

const metaCsp = (html: string) => parseHTML(html).document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';

describe('_headers', () => {
  it('is made from the output: a new chapter gets its rule, embeds stay embeddable, search may run WebAssembly', () => {
    const text = headersFile(entries('index.html', 'ny-sida/', 'embed/', 'sok/', 'favicon.svg', 'favicon.svg.br', '_astro/', 'data/', '_headers'));
    const made = parseHeaders(text);
    expect(made.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/data/*', '/embed/*', '/favicon.svg', '/', '/ny-sida/*', '/sok/*']);
    const csp = (p: string) => parseCsp(made.find((r) => r.pattern === p)!.headers.get('content-security-policy')!);
    expect(csp('/ny-sida/*')['frame-ancestors']).toBe("'none'");
    expect(made.find((r) => r.pattern === '/ny-sida/*')!.headers.get('x-frame-options')).toBe('DENY');
    expect(csp('/embed/*')['frame-ancestors']).toBe('*');
    expect(made.find((r) => r.pattern === '/embed/*')!.headers.has('x-frame-options')).toBe(false);
    expect(csp('/sok/*')['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(csp('/')['script-src']).toBe("'self'");
    const header = (p: string, h: string) => made.find((r) => r.pattern === p)!.headers.get(h);
    // Hashed assets are kept for a year; pages, data and root files are asked for again after five minutes.
    expect(header('/_astro/*', 'cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/ny-sida/*', '/data/*', '/favicon.svg']) expect(header(p, 'cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(header('/data/*', 'access-control-allow-origin')).toBe('*');
    expect(header('/ny-sida/*', 'access-control-allow-origin')).toBeUndefined();
  });

  it('gives the open data a Content-Type per extension found, and refuses an extension it has no type for', () => {
    const entries = [
      { name: 'index.html', folder: false },
      { name: 'data', folder: true, extensions: ['zip', 'csv', 'json', 'xlsx', 'rdf', 'png'] },
      { name: 'diagram', folder: true },
    ];
    const made = parseHeaders(headersFile(entries));
    expect(made.map((r) => r.pattern)).toEqual(['/*', '/data/*', '/data/*.csv', '/data/*.json', '/data/*.png', '/data/*.rdf', '/data/*.xlsx', '/data/*.zip', '/diagram/*', '/']);
    const type = (p: string) => made.find((r) => r.pattern === p)!.headers.get('content-type');
    expect(type('/data/*.csv')).toBe('text/csv; charset=utf-8');
    expect(type('/data/*.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // Only the type rules set Content-Type: the folder rule and /* never do.
    expect(made.filter((r) => r.headers.has('content-type')).every((r) => /^\/data\/\*\.[a-z]+$/.test(r.pattern))).toBe(true);
    expect(() => headersFile([{ name: 'data', folder: true, extensions: ['parquet'] }])).toThrow(/\.parquet.*CONTENT_TYPES i src\/publish\/headers\.ts/);
  });

  it('matches paths the way the hosts do', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/embed/*', '/embed/a/b/')).toBe(true);
    expect(matches('/embed/*', '/data/')).toBe(false);
    expect(matches('/', '/data/')).toBe(false);
    expect(matches('/data/:id/', '/data/x/')).toBe(true);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy with every file', () => {
    const all = rules.find((r) => r.pattern === '/*')!;
    expect(all).toBeDefined();
    const hsts = /max-age=(\d+)/.exec(all.headers.get('strict-transport-security') ?? '');
    expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(all.headers.get('x-content-type-options')).toBe('nosniff');
    expect(all.headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    const pp = all.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) expect(pp).toContain(`${feature}=()`);
  });

  it('has pages under /embed/ and others to check', () => {
    expect(pages.filter(isEmbed).length).toBeGreaterThan(0);
    expect(pages.filter((p) => !isEmbed(p)).length).toBeGreaterThan(0);
  });

  it.each(pages)('%s: framing, CSP as in the page, no header from two rules', (path) => {
    const { headers, clashes } = headersFor(path);
    expect(clashes).toEqual([]);
    const csp = headers.get('content-security-policy');
    expect(csp, `ingen regel i _headers täcker ${path} (se src/publish/headers.ts)`).toBeDefined();
    const header = parseCsp(csp!);
    if (isEmbed(path)) {
      expect(header['frame-ancestors']).toBe('*');
      expect(headers.has('x-frame-options')).toBe(false);
    } else {
      expect(header['frame-ancestors']).toBe("'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
    // The header and the <meta> are both enforced: they must allow the same things.
    const { 'frame-ancestors': _, ...rest } = header;
    expect(rest).toEqual(parseCsp(metaCsp(readPage(path))));
  });
});

/** Files under /data/ as the site serves them (not pages, not the precompressed copies). */
function dataFiles(): string[] {
  const dir = join(DIST, 'data');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz|html)$/.test(e.name))
    .map((e) => '/' + relative(DIST, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Kinds of file a program reads as text, and kinds that are bytes (independent of the table in headers.ts). */
const TEXT = new Set(['csv', 'json', 'jsonld', 'rdf', 'ttl', 'xml', 'txt', 'md', 'bib']);
const BINARY = new Set(['xlsx', 'zip', 'png', 'jpg', 'webp', 'pdf']);

/** What is wrong with the Content-Type `rules` give each file: missing, text without charset=utf-8, binary with a charset, or set twice. */
function typeProblems(rules: Rule[], files: string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const ext = f.split('.').pop()!.toLowerCase();
    const { headers, clashes } = headersIn(rules, f);
    const type = headers.get('content-type');
    if (clashes.length) out.push(`${f}: ${clashes.join('; ')}`);
    if (!type) out.push(`${f}: ingen Content-Type`);
    else if (TEXT.has(ext) && !/;\s*charset=utf-8$/i.test(type)) out.push(`${f}: ${type} saknar charset=utf-8`);
    else if (BINARY.has(ext) && /charset/i.test(type)) out.push(`${f}: ${type} är binär men har charset`);
    else if (!TEXT.has(ext) && !BINARY.has(ext)) out.push(`${f}: okänd filtyp .${ext} (lägg till den i TEXT eller BINARY i testet)`);
  }
  return out;
}

describe('Content-Type of the open data in _headers', () => {
  const files = dataFiles();

  it('covers text, spreadsheets and archives', () => {
    for (const ext of ['csv', 'json', 'rdf', 'xlsx', 'zip']) expect(files.some((f) => f.endsWith(`.${ext}`)), ext).toBe(true);
  });

  it('gives every file under /data/ its type, text with charset=utf-8 and binary files without', () => {
    expect(typeProblems(rules, files)).toEqual([]);
  });

  it('self-test: a text type without its charset, or a binary type with one, is caught', () => {
    const edit = (pattern: string, type: string) => rules.map((r) => (r.pattern === pattern ? { ...r, headers: new Map([['content-type', type]]) } : r));
    expect(typeProblems(edit('/data/*.csv', 'text/csv'), files).join('\n')).toMatch(/\.csv: text\/csv saknar charset/);
    expect(typeProblems(edit('/data/*.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=utf-8'), files).join('\n')).toMatch(/\.xlsx: .* är binär men har charset/);
    expect(typeProblems(rules.filter((r) => r.pattern !== '/data/*.json'), files).join('\n')).toMatch(/\.json: ingen Content-Type/);
  });

  it('stays within Cloudflare Pages’ limits: 100 rules, 2 000 characters a line', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

describe('Content-Security-Policy in every page', () => {
  it.each(pages)('%s', (path) => {
    const csp = parseCsp(metaCsp(readPage(path)));
    expect(csp['default-src']).toBe("'self'");
    expect(csp['object-src']).toBe("'none'");
    expect(csp['base-uri']).toBe("'self'");
    for (const [directive, sources] of Object.entries(csp)) {
      expect(sources, directive).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|\bdata:.*\bscript/);
      expect(sources.split(' ').every((s) => ["'self'", "'none'", "'wasm-unsafe-eval'", 'data:'].includes(s)), `${directive}: ${sources}`).toBe(true);
    }
    // data: only for images (inline SVG icons), never for scripts or styles.
    expect(csp['script-src']).not.toContain('data:');
    expect(csp['style-src']).not.toContain('data:');
    // Only the search page may compile WebAssembly.
    if (!path.startsWith('/sok/')) expect(csp['script-src']).toBe("'self'");
  });
});

describe('nothing from other origins', () => {
  const external = /^(https?:)?\/\//i;

  it.each(pages)('%s loads scripts, styles, fonts, images and frames only from its own origin', (path) => {
    const { document } = parseHTML(readPage(path));
    const found: string[] = [];
    const check = (el: Element, attr: string) => {
      const v = el.getAttribute(attr);
      if (v && external.test(v.trim())) found.push(`<${el.tagName.toLowerCase()} ${attr}="${v}">`);
    };
    for (const el of document.querySelectorAll('script[src], img[src], iframe[src], audio[src], video[src], source[src], track[src], embed[src], input[src]')) check(el, 'src');
    for (const el of document.querySelectorAll('img[srcset], source[srcset]'))
      for (const part of el.getAttribute('srcset')!.split(',')) if (external.test(part.trim())) found.push(`srcset ${part.trim()}`);
    for (const el of document.querySelectorAll('object[data]')) check(el, 'data');
    for (const el of document.querySelectorAll('link[href]')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase();
      // Canonical and alternate are addresses, not loads; icons, styles, preloads and manifests are loads.
      if (/stylesheet|icon|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest/.test(rel)) check(el, 'href');
    }
    for (const el of document.querySelectorAll('svg image, svg use')) for (const a of ['href', 'xlink:href']) check(el, a);
    expect(found).toEqual([]);
  });

  it('no stylesheet imports or fonts from other origins', () => {
    const css: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.css')) css.push(p);
      }
    };
    walk(DIST);
    expect(css.length).toBeGreaterThan(0);
    const found = css.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)|@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")\s]+)/gi)].map(
        (m) => `${f.slice(DIST.length)}: ${m[1] ?? m[2]}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('has no analytics or tag managers', () => {
    const known = /google-analytics|googletagmanager|gtag\(|plausible|matomo|piwik|hotjar|siteimprove|clarity\.ms|segment\.com/i;
    const hits = pages.filter((p) => known.test(readPage(p)));
    const js = existsSync(join(DIST, 'sok.js')) && known.test(readFileSync(join(DIST, 'sok.js'), 'utf8'));
    expect(hits).toEqual([]);
    expect(js).toBe(false);
  });
});
