/**
 * The visual editor's save, run in Node as the editor runs it in the browser
 * (for `npm run check`, which refuses what the editor cannot open, and the
 * round-trip tests):
 * Keystatic's browser build (its Node build cannot parse MDX), our fields
 * (src/editor), frontmatter written with js-yaml's dump as Keystatic writes it.
 */
import { createElement } from 'react';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dump, load } from 'js-yaml';
// The browser build of Keystatic, by path: its Node build (what the package gives Node) cannot parse MDX.
import * as core from '../../node_modules/@keystatic/core/dist/keystatic-core.js';
import * as cc from '../../node_modules/@keystatic/core/dist/keystatic-core-content-components.js';
import { chapterField } from './mdx.ts';
import { frontmatterFields } from './config.ts';
import { datasetFields } from './datasets.ts';
import { editorData } from './data.ts';
import type { KeystaticApi } from './fields.ts';

const k: KeystaticApi = { fields: core.fields, ...cc, icon: createElement('span'), h: createElement };
const data = editorData();

/** A chapter file as the editor saves it after opening it and changing nothing. Throws what the editor would refuse. */
export function openAndSave(file: string, withPlace = true): string {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!m) throw new Error('ingen frontmatter');
  const fm = load(m[1]!) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(frontmatterFields(k, withPlace))) {
    const v = field.serialize(field.parse(fm[name] instanceof Date ? (fm[name] as Date).toISOString().slice(0, 10) : fm[name])).value;
    if (v !== undefined) out[name] = v;
  }
  const extra = Object.keys(fm).filter((key) => !(key in out) && fm[key] !== undefined && fm[key] !== '');
  if (extra.length) throw new Error(`frontmatter som redigeraren inte känner: ${extra.join(', ')}`);
  const content = chapterField(k, data);
  const enc = new TextEncoder();
  const value = content.parse(undefined, { content: enc.encode(m[2]!), other: new Map(), external: new Map(), slug: undefined });
  const body = new TextDecoder().decode(content.serialize(value, { slug: undefined }).content);
  return `---\n${dump(out)}---\n${body}`;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A value read and written back by a field as Keystatic's serializeProps does: forms by their parse/serialize, objects and arrays by their parts. */
function roundTrip(field: any, value: unknown, slug?: string): unknown {
  if (field.kind === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, f] of Object.entries(field.fields)) {
      // Only the entry's slug field (its title) gets the slug, as in Keystatic's serializeProps.
      const v = roundTrip(f, (value as Record<string, unknown> | undefined)?.[name], name === 'title' ? slug : undefined);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
  if (field.kind === 'array') return ((value as unknown[] | undefined) ?? []).map((v) => roundTrip(field.element, v));
  if (slug !== undefined) return field.serializeWithSlug(field.parse(value, { slug })).value;
  return field.serialize(field.parse(value)).value;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A dataset's metadata file as the editor saves it after opening it and changing nothing. */
export function openAndSaveDataset(text: string, id: string): string {
  const value = load(text);
  return dump(roundTrip({ kind: 'object', fields: datasetFields(k) }, value, `${id}.meta`));
}

/**
 * One line per chapter file the editor would refuse to open, as `npm run check`
 * prints it: the file and the line the editor cannot show without changing it.
 */
export function refusedByEditor(files: string[], root: string = process.cwd()): string[] {
  return files.flatMap((abs) => {
    try {
      openAndSave(readFileSync(abs, 'utf8'));
      return [];
    } catch (err) {
      const why = ((err as Error)?.message ?? String(err)).split('\n')[0]!.replace(/\s*Ändra raden i filen.*$/, '');
      return [`${relative(root, abs)}: ${why} Skriv det på ett sätt som redigeraren kan visa (se "Redigera utan kod" i docs/redaktorsguide.md), annars kan en ändring där gå förlorad.`];
    }
  });
}
