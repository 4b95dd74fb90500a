/**
 * What the public sees: no internal transcription file name
 * (`000_74511e486157992c.txt`) anywhere in the built site, inside the zips
 * and Excel workbooks too; and no code of a coded column (`forvaltningar-pvg`,
 * `ej-uppnatt`) as a cell of a public table, where its label belongs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listDatasets } from '../../src/data/index.ts';
import { DIST, htmlPages, readPage } from '../helpers/site.ts';

const INTERNAL_FILE = /\d{3}_[0-9a-f]{16}(\.fixed)?\.txt/;

/** Every file of the output as [name, text], zips and workbooks opened. */
function* texts(dir: string): Generator<[string, string]> {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* texts(abs);
    else yield* contents(relative(DIST, abs), new Uint8Array(readFileSync(abs)));
  }
}

function* contents(name: string, bytes: Uint8Array): Generator<[string, string]> {
  if (/\.(zip|xlsx)$/.test(name)) {
    for (const [entry, data] of Object.entries(unzipSync(bytes))) yield* contents(`${name}/${entry}`, data);
  } else if (!/\.(png|webp|jpg|ico|wasm|pf_fragment|pf_index|pf_meta)$/.test(name)) yield [name, new TextDecoder().decode(bytes)];
}

/** Names of the files (and entries) that mention an internal text file. */
export function internalNames(files: Iterable<[string, string]>): string[] {
  return [...files].filter(([, text]) => INTERNAL_FILE.test(text)).map(([name, text]) => `${name}: ${INTERNAL_FILE.exec(text)![0]}`);
}

describe('public text', () => {
  it('names no internal transcription file anywhere in the site, its zips or its workbooks', () => {
    expect(internalNames(texts(DIST))).toEqual([]);
  });

  it('would find one (the check can fail)', () => {
    expect(internalNames([['a.txt', 'ok'], ['b.json', '{"file":"004_a8fc10dbc788ebd6.txt"}']])).toEqual(['b.json: 004_a8fc10dbc788ebd6.txt']);
  });

  it('shows labels, not codes, in every public table', () => {
    // Codes that differ from their label, and are not also an ordinary value somewhere.
    const datasets = listDatasets();
    const plain = new Set(datasets.flatMap((ds) => ds.rows.flatMap((r) => ds.meta.columns.filter((c) => !c.values).map((c) => String(r[c.name])))));
    const codes = new Set(datasets.flatMap((ds) => ds.meta.columns.flatMap((c) => Object.entries(c.values ?? {}).filter(([k, v]) => k !== v && !plain.has(k)).map(([k]) => k))));
    expect(codes.has('forvaltningar-pvg')).toBe(true);
    const bad: string[] = [];
    for (const path of htmlPages()) {
      const { document } = parseHTML(readPage(path));
      for (const cell of document.querySelectorAll('table td, table th')) {
        if (cell.closest('caption') || cell.querySelector('code')) continue;
        const text = cell.textContent.trim();
        if (codes.has(text)) bad.push(`${path}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
