/**
 * Issue 18: the visual editor is not part of the public site. A build in which
 * the editor's packages (Keystatic, React, @astrojs/react) cannot be loaded, as
 * if they were not installed, gives the same bytes as the site set's build; and
 * the built site names none of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, fileHashes } from '../helpers/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(import.meta.dirname, 'fixtures', 'deny-editor.mjs');
const work = mkdtempSync(join(tmpdir(), 'utan-redigerare-'));

/** Load astro.config.mjs with the editor's packages denied. */
function loadConfig(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', HOOK, '--input-type=module', '-e', "await import('./astro.config.mjs')"], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the public build without the editor', () => {
  it('self-test: the hook stops the editor’s packages (npm run redigera cannot load its config)', () => {
    const withEditor = loadConfig({ REDIGERA: '1' });
    expect(withEditor.status).not.toBe(0);
    expect(withEditor.stderr).toMatch(/redigerarens paket läses: (@astrojs\/react|@keystatic\/astro)/);
    expect(loadConfig({ REDIGERA: '' }).status, 'astro.config.mjs utan redigeraren').toBe(0);
  });

  it('builds byte for byte the same site when the editor’s packages cannot be loaded', { timeout: 600_000 }, () => {
    const out = join(work, 'dist');
    execFileSync(process.execPath, ['--import', HOOK, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out, '--silent'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, REDIGERA: '', DATA_DIR: '', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, 'cache') },
    });
    const a = fileHashes(DIST);
    const b = fileHashes(out);
    expect(a.size).toBeGreaterThan(10);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    expect(differ, `${differ.length} filer skiljer sig:\n${differ.join('\n')}`).toEqual([]);
  });

  it('no built file names Keystatic or React', () => {
    const named: string[] = [];
    for (const f of fileHashes(DIST).keys()) {
      if (!/\.(html|js|css|json|xml|txt)$/.test(f)) continue;
      if (/keystatic|react-dom|@astrojs\/react/i.test(readFileSync(join(DIST, f), 'utf8'))) named.push(f);
    }
    expect(named).toEqual([]);
  });
});
