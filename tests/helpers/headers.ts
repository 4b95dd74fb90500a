/** Reading a `_headers` file the way Netlify and Cloudflare Pages apply it. */
import type { Entry } from '../../src/publish/headers.ts';

export interface Rule {
  pattern: string;
  headers: Map<string, string>;
}
/** Parse a _headers file: a path line, then indented "Name: value" lines. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*(#|$)/.test(raw)) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: new Map() });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(raw);
    if (!m || !rules.length) throw new Error(`_headers: kan inte läsa raden "${raw}"`);
    const rule = rules[rules.length - 1]!;
    const name = m[1]!.toLowerCase();
    if (rule.headers.has(name)) throw new Error(`_headers: ${name} två gånger under ${rule.pattern}`);
    rule.headers.set(name, m[2]!.trim());
  }
  return rules;
}

/** Does a rule's path pattern (splat * and :placeholder) match a request path? */
export function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[a-z]+)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/** Headers a path gets from `rules`, and any header two matching rules both set. */
export function headersFor(rules: Rule[], path: string): { headers: Map<string, string>; clashes: string[] } {
  const headers = new Map<string, string>();
  const from = new Map<string, string>();
  const clashes: string[] = [];
  for (const r of rules.filter((r) => matches(r.pattern, path))) {
    for (const [k, v] of r.headers) {
      if (headers.has(k)) clashes.push(`${k} från både ${from.get(k)} och ${r.pattern}`);
      headers.set(k, v);
      from.set(k, r.pattern);
    }
  }
  return { headers, clashes };
}

/** A CSP as directive → sorted sources. */
export function parseCsp(csp: string): Record<string, string> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.sort().join(' ')]),
  );
}

/** Top-level entries of an output folder for the header writers: a name ending in / is a folder. */
export function entries(...names: string[]): Entry[] {
  return names.map((n) => (n.endsWith('/') ? { name: n.slice(0, -1), folder: true } : { name: n, folder: false }));
}
