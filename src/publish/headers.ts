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
 *
 * The open data (/data/) also gets its Content-Type per file extension
 * (`/data/*.csv`, `/data/*.json` …): text with `charset=utf-8`, binary files
 * without. Netlify and Cloudflare Pages guess the type from the extension and
 * often send text without a charset (and csv or rdf as something else); a
 * Content-Type in `_headers` replaces theirs on both (neither lists it among
 * the headers it will not let a site set). Only Content-Type is set by these
 * rules and nothing else sets it, so no path gets it twice. Both hosts match
 * the rule on the address, not the file: a missing /data/x.csv gets the 404
 * page with type text/csv there (nginx takes the type from the file it sends,
 * so it says text/html). The patterns are made from the extensions found in
 * the output, so a new kind of file without a type in CONTENT_TYPES stops the
 * build instead of going out as application/octet-stream.
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
/** Top-level folders that other sites and scripts may fetch from (the open data); they also get Content-Type per extension. */
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
  bib: 'application/x-bibtex; charset=utf-8',
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

/** A top-level entry of the output; for the open-data folder, also the extensions of the files in it (not pages). */
export interface Entry {
  name: string;
  folder: boolean;
  extensions?: string[];
}

/** A rule that sets only the Content-Type of one file extension in one folder: `/data/*.csv` → ['data', 'csv']. */
export function typeRule(path: string): [folder: string, ext: string] | undefined {
  const m = /^\/([^/*]+)\/\*\.([a-z0-9]+)$/.exec(path);
  return m ? [m[1]!, m[2]!] : undefined;
}

/** The Content-Type rules of a folder of open data: one per extension, from CONTENT_TYPES. */
function typeRules(folder: string, extensions: string[]): HeaderRule[] {
  return [...new Set(extensions)].sort().map((ext) => {
    const type = CONTENT_TYPES[ext];
    if (!type) {
      throw new Error(
        `Filer med ändelsen .${ext} i /${folder}/ har ingen Content-Type. Lägg till den i CONTENT_TYPES i src/publish/headers.ts (med "; charset=utf-8" om det är text), annars skickas de som application/octet-stream.`,
      );
    }
    return { path: `/${folder}/*.${ext}`, headers: [['Content-Type', type]] };
  });
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
export function headerRules(entries: Entry[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: EVERY_FILE }];
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.folder) {
      rules.push(rule(`/${e.name}/*`, e.name));
      if (CORS.has(e.name)) rules.push(...typeRules(e.name, e.extensions ?? []));
    } else if (NOT_SERVED_AS_SUCH.test(e.name)) continue;
    else if (e.name === 'index.html') rules.push(rule('/', ''));
    // Other files at the top (404.html, favicon.svg, sok.js, robots.txt): an SVG can carry script, so every file gets the policy.
    else rules.push(rule(`/${e.name}`, ''));
  }
  return rules;
}

/** Extensions of the files under `dir` (all depths) that are served as files: not pages, not the precompressed copies. */
function extensionsIn(dir: string): string[] {
  const found = new Set<string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || NOT_SERVED_AS_SUCH.test(e.name)) continue;
    const ext = /\.([A-Za-z0-9]+)$/.exec(e.name)?.[1]?.toLowerCase();
    if (ext && ext !== 'html') found.add(ext);
  }
  return [...found].sort();
}

/** The top-level entries of a built site, as headerRules() takes them. */
export function topLevel(outDir: string): Entry[] {
  return readdirSync(outDir, { withFileTypes: true }).map((e) => ({
    name: e.name,
    folder: e.isDirectory(),
    ...(e.isDirectory() && CORS.has(e.name) ? { extensions: extensionsIn(join(outDir, e.name)) } : {}),
  }));
}

/** The `_headers` text for an output whose top level holds `entries`. */
export function headersFile(entries: Entry[]): string {
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
