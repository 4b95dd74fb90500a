/**
 * Publishing step: the HTTP headers file `_headers` (Netlify and Cloudflare
 * Pages read the same syntax), made from the finished output so that a new
 * chapter or section is covered without anyone keeping a list by hand.
 *
 * Both hosts apply every rule whose path matches, but differ when two
 * matching rules set the same header (Cloudflare joins the values, Netlify
 * keeps one). So `/*` sets only what every file gets, and the
 * Content-Security-Policy and X-Frame-Options are set once per top-level
 * folder or page. Chart embeds stay embeddable in other sites
 * (frame-ancestors *); everything else refuses to be framed. The header CSP
 * repeats the page's <meta> CSP (pageCsp) and adds frame-ancestors, which a
 * <meta> cannot set.
 *
 * The same rules, with Cache-Control (immutable for hashed assets, short with
 * revalidation for the rest) and CORS on the open data, also make the nginx
 * configuration (src/publish/nginx.ts), so both ways of publishing send the
 * same headers.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Step } from './postbuild.ts';
import { pageCsp } from '../site/csp.ts';

const EVERY_FILE: [string, string][] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  ],
];
/** Top-level folders framed by other sites, and those that run the search script. */
const EMBEDDABLE = new Set(['embed']);
const SEARCH = new Set(['sok', 'pagefind']);
/** Top-level folders whose file names carry a content hash (Vite's assets): a new build gives new names. */
const HASHED = new Set(['_astro']);
/** Top-level folders that other sites and scripts may fetch from (the open data). */
const CORS = new Set(['data']);

/**
 * Cache-Control. Hashed assets never change under their name; everything
 * else (pages, datasets, images) keeps its address across builds, so a cache
 * may keep it five minutes and must then ask again (ETag / Last-Modified).
 */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  short: 'public, max-age=300, must-revalidate',
} as const;

/**
 * Content types by file extension, for servers that set them from a table
 * (the nginx configuration): text always says its charset.
 */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One rule: a path pattern as `_headers` writes it (`/*`, `/data/*`, `/`, `/404.html`) and its headers, in order. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** The rule of a top-level folder or page: `section` is the folder's name ('' for pages at the top). */
export function rule(path: string, section: string): HeaderRule {
  const embed = EMBEDDABLE.has(section);
  const csp = `${pageCsp(SEARCH.has(section))}; frame-ancestors ${embed ? '*' : "'none'"}`;
  return {
    path,
    headers: [
      ['Content-Security-Policy', csp],
      ...(embed ? [] : ([['X-Frame-Options', 'DENY']] as [string, string][])),
      ['Cache-Control', HASHED.has(section) ? CACHE.immutable : CACHE.short],
      ...(CORS.has(section) ? ([['Access-Control-Allow-Origin', '*']] as [string, string][]) : []),
    ],
  };
}

/** Files the build writes beside others and that are no page of their own (precompressed copies, this file). */
const NOT_SERVED_AS_SUCH = /\.(br|gz)$|^_headers$/;

/**
 * The header rules of an output whose top level holds `entries` (folder
 * names, and file names such as "index.html" and "404.html"): the one source
 * of `_headers` and of the nginx configuration (src/publish/nginx.ts).
 * `/*` sets only what every file gets; every other header is set by exactly
 * one rule per path, so hosts that join or that replace values agree.
 */
export function headerRules(entries: { name: string; folder: boolean }[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: EVERY_FILE }];
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.folder) rules.push(rule(`/${e.name}/*`, e.name));
    else if (NOT_SERVED_AS_SUCH.test(e.name)) continue;
    else if (e.name === 'index.html') rules.push(rule('/', ''));
    // Other files at the top (404.html, favicon.svg, sok.js, robots.txt): an SVG can carry script, so every file gets the policy.
    else rules.push(rule(`/${e.name}`, ''));
  }
  return rules;
}

/** The top-level entries of a built site, as headerRules() takes them. */
export function topLevel(outDir: string): { name: string; folder: boolean }[] {
  return readdirSync(outDir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
}

/** The `_headers` text for an output whose top level holds `entries`. */
export function headersFile(entries: { name: string; folder: boolean }[]): string {
  const lines = ['# Made by the build (src/publish/headers.ts); edits here are overwritten.', ''];
  for (const r of headerRules(entries)) lines.push(r.path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`), '');
  return lines.join('\n');
}

export const headersStep: Step = {
  name: 'HTTP-huvuden (_headers)',
  async run(outDir) {
    writeFileSync(join(outDir, '_headers'), headersFile(topLevel(outDir)));
  },
};
