/**
 * Two builds from the same input give byte-identical output: every file,
 * compared by SHA-256. The site set's own build (tests/setup/build.ts) is
 * compared with a second build into a fresh folder with its own Astro cache,
 * so nothing is shared between them: one extra build, not two.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST } from '../helpers/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'determinism-'));

/** Relative path → SHA-256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function build(name: string): string {
  const out = join(work, name);
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, DATA_DIR: '', OUT_DIR: out, ASTRO_CACHE_DIR: join(work, `${name}-cache`) },
  });
  return out;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  it('two builds of the same input are byte-identical', { timeout: 600_000 }, () => {
    const a = hashes(DIST);
    const b = hashes(build('b'));
    expect(a.size).toBeGreaterThan(10);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differ, `${differ.length} filer skiljer sig mellan två byggen:\n${differ.join('\n')}`).toEqual([]);
  });
});
