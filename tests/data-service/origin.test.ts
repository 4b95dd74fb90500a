/**
 * One setting for the site's address (SITE_URL), and a release build
 * (RELEASE=1) that refuses a placeholder and says how to set the real one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originProblem, releaseOriginError } from '../../src/publish/origin.ts';
import { PLACEHOLDER_ORIGIN, siteOrigin } from '../../src/site/config.ts';

const root = join(import.meta.dirname, '..', '..');

describe('site origin', () => {
  it('comes from SITE_URL, without a trailing slash, and falls back to the placeholder', () => {
    expect(siteOrigin({ SITE_URL: 'https://strategi.regionhalland.se/' })).toBe('https://strategi.regionhalland.se');
    expect(siteOrigin({})).toBe(PLACEHOLDER_ORIGIN);
    expect(siteOrigin({ SITE_URL: '  ' })).toBe(PLACEHOLDER_ORIGIN);
  });

  it('is refused as a placeholder, non-https or with a path, and accepted when real', () => {
    for (const bad of [PLACEHOLDER_ORIGIN, 'https://example.se', 'https://example.com', 'http://strategi.regionhalland.se', 'https://localhost:4321', 'https://strategi.regionhalland.se/data', 'inte en adress']) {
      expect(originProblem(bad), bad).toBeDefined();
    }
    expect(originProblem('https://strategi.regionhalland.se')).toBeUndefined();
  });

  it('stops only a release build, and says how to set it', () => {
    expect(releaseOriginError(PLACEHOLDER_ORIGIN, false)).toBeUndefined();
    const msg = releaseOriginError(PLACEHOLDER_ORIGIN, true)!;
    expect(msg).toContain('platshållare');
    expect(msg).toContain('SITE_URL=https://');
    expect(msg).toContain('RELEASE=1 npm run build');
  });

  it('makes `RELEASE=1 npm run build` with the placeholder stop before building, in Swedish, without a stack trace', () => {
    const out = mkdtempSync(join(tmpdir(), 'origin-'));
    try {
      let stderr = '';
      let status = 0;
      try {
        execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, RELEASE: '1', SITE_URL: '', OUT_DIR: join(out, 'dist') }, stdio: 'pipe', timeout: 60_000 });
      } catch (e) {
        const err = e as { status: number; stderr: Buffer };
        status = err.status;
        stderr = err.stderr.toString();
      }
      expect(status).toBe(1);
      expect(stderr).toContain('SITE_URL=');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(out, 'dist'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
