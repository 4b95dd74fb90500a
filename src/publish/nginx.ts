/**
 * The nginx configuration of the built site, made from the same header rules
 * as `_headers` (headerRules in headers.ts), so the region's own server and a
 * CDN that reads `_headers` send the same headers.
 *
 * Two things differ from `_headers` hosts and are handled here:
 * - nginx applies one location per request, and `add_header` in a location
 *   replaces every inherited one. So each location gets every header that
 *   its path would get from `_headers` (the `/*` rule merged with its own).
 * - `/` is served by an internal redirect to `/index.html`, and the 404 page
 *   by one to `/404.html`; those paths get the same headers as `/`.
 * - The Content-Type rules of the open data (`/data/*.csv` …) become no
 *   location: the `types` block gives every extension the same value from
 *   the same table (CONTENT_TYPES), and takes it from the file actually sent.
 *
 * Headers are sent `always` (on 404 and 301 too). Compressed copies written
 * by the build (`.br`, `.gz`, src/publish/precompress.ts) are sent as they
 * are (brotli_static, gzip_static); nginx compresses nothing itself.
 */
import { CONTENT_TYPES, headerRules, rule, typeRule, type Entry, type HeaderRule } from './headers.ts';

/** Where Debian's nginx keeps the brotli module (package libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface ServerOptions {
  /** Absolute path of the built site. */
  root: string;
  /** `listen` argument, e.g. "127.0.0.1:8080" or "443 ssl". */
  listen: string;
  /** Send the `.br` copies (needs the brotli module loaded). */
  brotli: boolean;
}

/** A value as an nginx string: double-quoted; refuses what would need escaping. */
function quote(v: string): string {
  if (/["\\$\n]/.test(v)) throw new Error(`nginx: värdet kan inte skrivas utan escape-tecken: ${v}`);
  return `"${v}"`;
}

/** The locations a `_headers` path pattern stands for, in nginx syntax. */
function locations(path: string): string[] {
  if (path === '/*') return ['/'];
  if (path.endsWith('/*')) return [`^~ ${path.slice(0, -1)}`];
  if (path === '/') return ['= /', '= /index.html'];
  return [`= ${path}`];
}

/**
 * Headers a path pattern gets from all rules: `/*` first, then its own. The
 * catch-all location (`/*`: addresses outside every folder the build made,
 * such as a redirect to add a slash) also gets a page's policy, so a new
 * chapter published before the configuration is made again is still covered.
 */
function merged(rules: HeaderRule[], own: HeaderRule): [string, string][] {
  const every = rules.find((r) => r.path === '/*')!;
  return own.path === '/*' ? [...every.headers, ...rule('/*', '').headers] : [...every.headers, ...own.headers];
}

/** The `types` block: every content type the site needs, with charset for text. */
export function typesBlock(indent = '  '): string {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  const lines = [...byType].map(([type, exts]) => `${indent}  ${quote(type)} ${exts.join(' ')};`);
  return [`${indent}types {`, ...lines, `${indent}}`, `${indent}default_type application/octet-stream;`].join('\n');
}

/**
 * The `server { … }` block for a site whose top level holds `entries`:
 * what the region puts in its own nginx (with its TLS lines added).
 */
export function nginxServer(entries: Entry[], o: ServerOptions): string {
  const rules = headerRules(entries);
  const out = [
    '# Made by src/publish/nginx.ts from the same rules as _headers; edits here are overwritten.',
    'server {',
    `  listen ${o.listen};`,
    `  root ${quote(o.root)};`,
    '  index index.html;',
    '  server_tokens off;',
    // Redirects (a folder without its trailing slash) keep the host and port the reader used.
    '  absolute_redirect off;',
    '  error_page 404 /404.html;',
    '  gzip off;',
    '  gzip_static on;',
    '  gzip_vary on;',
    ...(o.brotli ? ['  brotli_static on;'] : []),
    typesBlock(),
    // The headers file is for other hosts, not for readers.
    '  location = /_headers { return 404; }',
  ];
  for (const r of rules) {
    const typed = typeRule(r.path);
    if (typed) {
      // Served by the types block; a value that differs from it would make the two ways of publishing disagree.
      const own = r.headers.find(([k]) => k === 'Content-Type')?.[1];
      if (r.headers.length !== 1 || own !== CONTENT_TYPES[typed[1]]) throw new Error(`nginx: regeln ${r.path} sätter något annat än typen i CONTENT_TYPES.`);
      continue;
    }
    const headers = merged(rules, r).map(([k, v]) => `    add_header ${k} ${quote(v)} always;`);
    for (const loc of locations(r.path)) out.push(`  location ${loc} {`, ...headers, '  }');
  }
  out.push('}');
  return out.join('\n') + '\n';
}

export interface StandaloneOptions extends ServerOptions {
  /** Folder for nginx's pid, lock and temporary files. */
  prefix: string;
  /** Running as root: workers stay root so they can read the site and the prefix (local use and CI only). */
  root_user: boolean;
}

/**
 * A complete nginx.conf that runs in the foreground with everything under
 * `prefix`: no system configuration is read or written.
 */
export function nginxStandalone(entries: Entry[], o: StandaloneOptions): string {
  const p = (name: string) => quote(`${o.prefix}/${name}`);
  return [
    ...(o.brotli ? [`load_module ${BROTLI_MODULE};`] : []),
    'daemon off;',
    'worker_processes 1;',
    ...(o.root_user ? ['user root root;'] : []),
    `pid ${p('nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    `  client_body_temp_path ${p('body')};`,
    `  proxy_temp_path ${p('proxy')};`,
    `  fastcgi_temp_path ${p('fastcgi')};`,
    `  uwsgi_temp_path ${p('uwsgi')};`,
    `  scgi_temp_path ${p('scgi')};`,
    nginxServer(entries, o)
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
    '}',
  ].join('\n') + '\n';
}
