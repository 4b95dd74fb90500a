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
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Step } from './postbuild.ts';

/**
 * The Content-Security-Policy of a page, as its <meta> says it. Only the
 * search page runs a script (Pagefind), whose WebAssembly needs 'wasm-unsafe-eval'.
 */
export function pageCsp(search = false): string {
  return [
    "default-src 'self'",
    search ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const EVERY_FILE = [
  'Strict-Transport-Security: max-age=63072000; includeSubDomains',
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
];
/** Top-level folders framed by other sites, and those that run the search script. */
const EMBEDDABLE = new Set(['embed']);
const SEARCH = new Set(['sok', 'pagefind']);

function rule(path: string, section: string): string[] {
  const embed = EMBEDDABLE.has(section);
  const csp = `${pageCsp(SEARCH.has(section))}; frame-ancestors ${embed ? '*' : "'none'"}`;
  return [path, `  Content-Security-Policy: ${csp}`, ...(embed ? [] : ['  X-Frame-Options: DENY'])];
}

/**
 * The `_headers` text for an output whose top level holds `entries`
 * (folder names, and file names such as "index.html" and "404.html").
 */
export function headersFile(entries: { name: string; folder: boolean }[]): string {
  const lines = ['# Made by the build (src/publish/headers.ts); edits here are overwritten.', '', '/*', ...EVERY_FILE.map((h) => `  ${h}`), ''];
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.folder) lines.push(...rule(`/${e.name}/*`, e.name));
    else if (e.name === 'index.html') lines.push(...rule('/', ''));
    else if (e.name.endsWith('.html')) lines.push(...rule(`/${e.name}`, ''));
  }
  return lines.join('\n') + '\n';
}

export const headersStep: Step = {
  name: 'HTTP-huvuden (_headers)',
  async run(outDir) {
    const entries = readdirSync(outDir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
    writeFileSync(join(outDir, '_headers'), headersFile(entries));
  },
};
