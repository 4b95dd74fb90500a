/**
 * One setting for the site's address (SITE_URL), and a release build
 * (RELEASE=1) that refuses a placeholder and says how to set the real one;
 * it also refuses an empty contact e-mail (PUBLISHER.email), which
 * DCAT-AP-SE makes mandatory in the catalogue's contact point, and says
 * where to fill it in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactEmailProblem, originProblem, releaseErrors, releaseOriginError } from '../../src/publish/origin.ts';
import { PLACEHOLDER_ORIGIN, PUBLISHER, siteOrigin } from '../../src/site/config.ts';

const root = join(import.meta.dirname, '..', '..');

/** Run `npm run build`'s script with `env`; its exit code and what it wrote to stderr. */
function build(env: Record<string, string>, out: string): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, ...env, OUT_DIR: join(out, 'dist') }, stdio: 'pipe', timeout: 60_000 });
    return { status: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { status: err.status, stderr: err.stderr.toString() };
  }
}

/**
 * Run a release build that must be refused: it exits 1 before building (no
 * dist/), with a Swedish message and no stack trace. Returns the message.
 */
function refusedBuild(env: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'origin-'));
  try {
    const { status, stderr } = build(env, out);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'dist'))).toBe(false);
    return stderr;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

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

  it('refuses an empty contact e-mail, or one that is not an address, only in a release build, saying where to set it', () => {
    const empty = contactEmailProblem('')!;
    expect(empty).toContain('PUBLISHER.email');
    expect(empty).toContain('src/site/config.ts');
    expect(empty).toMatch(/funktionsbrevlåda/);
    expect(contactEmailProblem('mailto:data@regionhalland.se')).toMatch(/utan "mailto:"/);
    expect(contactEmailProblem('regionhalland.se')).toBeDefined();
    expect(contactEmailProblem('data@regionhalland.se')).toBeUndefined();
    expect(releaseErrors(PLACEHOLDER_ORIGIN, '', false)).toEqual([]);
    expect(releaseErrors('https://strategi.regionhalland.se', '', true)).toEqual([empty]);
    expect(releaseErrors('https://strategi.regionhalland.se', 'data@regionhalland.se', true)).toEqual([]);
    expect(releaseErrors(PLACEHOLDER_ORIGIN, '', true)).toHaveLength(2);
  });

  it.skipIf(PUBLISHER.email.trim() !== '')('makes `RELEASE=1 npm run build` with the real address but no contact e-mail stop before building', () => {
    expect(refusedBuild({ RELEASE: '1', SITE_URL: 'https://strategi.regionhalland.se' })).toContain('PUBLISHER.email i src/site/config.ts');
  });

  it('makes `RELEASE=1 npm run build` with the placeholder stop before building, in Swedish, without a stack trace', () => {
    expect(refusedBuild({ RELEASE: '1', SITE_URL: '' })).toContain('SITE_URL=');
  });
});
