/**
 * Two builds from the same input give byte-identical output: every file,
 * compared by SHA-256. The site set's own build (npm run build, from
 * tests/setup/build.ts) is compared with a plain `astro build` into a fresh
 * folder with its own Astro cache, so nothing is shared between them. That
 * one extra build also shows that `astro build` alone gives the whole site:
 * the publishing steps (search index, share images, headers) run inside it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, fileHashes } from '../helpers/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'determinism-'));

function build(name: string): string {
  const out = join(work, name);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out, '--silent'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, DATA_DIR: '', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, `${name}-cache`) },
  });
  return out;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  it('npm run build and a plain astro build of the same input are byte-identical', { timeout: 600_000 }, () => {
    const a = fileHashes(DIST);
    const b = fileHashes(build('b'));
    expect(a.size).toBeGreaterThan(10);
    for (const f of ['_headers', 'pagefind/pagefind.js', 'og/index.png']) expect(b.has(f), `${f} saknas efter astro build`).toBe(true);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differ, `${differ.length} filer skiljer sig mellan två byggen:\n${differ.join('\n')}`).toEqual([]);
  });
});
