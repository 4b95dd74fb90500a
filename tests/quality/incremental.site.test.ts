/**
 * Incremental builds give the same bytes as a cold build. A small synthetic
 * site (ten charts) is built, one cell of one dataset is changed, and the
 * site is built again with the same cache: Astro copies the unchanged charts'
 * SVG and PNG from its cache (experimental.incrementalBuild, keys from
 * src/publish/chart-key.ts) and redraws the changed one. That output must be
 * byte-identical to a cold build of the changed content, with a cache of its
 * own. Self-test: the output from before the change differs from the cold
 * build exactly where the change shows, so a stale file would be caught.
 * Slow (three builds of a small site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeSynthetic } from '../../scripts/bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const site = writeSynthetic(join(work, 'site'), 10);
const CHANGED = 'syntetisk-3';

/** Relative path → SHA-256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex'));
  }
  return out;
}

/** Files that differ between two outputs (or are in only one). */
function differ(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/** Build the synthetic site into `out` with `cache`; returns Astro's log. */
function build(out: string, cache: string): string {
  return execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_LOG_LEVEL: 'info', DATA_DIR: site.data, PAGES_DIR: site.pages, OUT_DIR: out, ASTRO_CACHE_DIR: cache },
  });
}

/**
 * Entries of the log for files Astro copied from its cache instead of
 * rendering. Routes are built four at a time, so a rendered file's line is
 * finished later and the log is cut before each time stamp instead of at line ends.
 * Colours are stripped: with CI set, Astro colours its log even into a pipe.
 */
const reused = (log: string) => stripVTControlCharacters(log).split(/(?=\d\d:\d\d:\d\d\s+├─)/).filter((l) => /├─ \S+ \((cached|restored)\)/.test(l));

let before: Map<string, string>;
let rebuilt: Map<string, string>;
let cold: Map<string, string>;
let rebuildLog: string;

beforeAll(() => {
  const warm = join(work, 'warm');
  const warmCache = join(work, 'warm-cache');
  build(warm, warmCache);
  before = hashes(warm);
  cpSync(warm, join(work, 'before'), { recursive: true });
  // One cell: the Halland value of the first row of one dataset.
  const csv = join(site.data, `${CHANGED}.csv`);
  const lines = readFileSync(csv, 'utf8').split('\n');
  const cells = lines[1]!.split(',');
  cells[2] = String(Number(cells[2]) + 1);
  lines[1] = cells.join(',');
  writeFileSync(csv, lines.join('\n'));
  rebuildLog = build(warm, warmCache);
  rebuilt = hashes(warm);
  const coldOut = join(work, 'cold');
  build(coldOut, join(work, 'cold-cache'));
  cold = hashes(coldOut);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('reuses the unchanged charts and redraws the changed one', () => {
    const lines = reused(rebuildLog);
    // Nine unchanged charts, each an SVG and a PNG.
    expect(lines.filter((l) => /diagram\/.+\.(svg|png)/.test(l)).length).toBeGreaterThanOrEqual(18);
    expect(lines.filter((l) => l.includes(CHANGED))).toEqual([]);
  });

  it('after changing one cell, gives output byte-identical to a cold build of the same content', () => {
    expect(cold.size).toBeGreaterThan(50);
    const d = differ(rebuilt, cold);
    expect(d, `${d.length} filer skiljer sig mellan det inkrementella och det kalla bygget:\n${d.join('\n')}`).toEqual([]);
  });

  it('self-test: the output from before the change differs from the cold build in the changed chart', () => {
    const d = differ(before, cold);
    expect(d).toContain(join('diagram', 'index', `${CHANGED}.png`));
    expect(d).toContain(join('diagram', 'index', `${CHANGED}.svg`));
  });
});
