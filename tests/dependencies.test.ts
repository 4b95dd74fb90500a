/**
 * Installing works on every machine a communicator or CI may have: the
 * lockfile holds every platform's prebuilt binaries (so `npm ci` on a Mac or
 * Windows laptop does not fail), and every package the code imports is
 * declared (knip, `npm run deps`).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
type Lock = { packages: Record<string, { version?: string; optionalDependencies?: Record<string, string>; os?: string[]; cpu?: string[] }> };
const lock: Lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));

/** Platforms the project promises to install on, as npm's os/cpu (and libc by name). */
export const PLATFORMS = [
  { name: 'darwin-arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'darwin-x64', os: 'darwin', cpu: 'x64' },
  { name: 'win32-x64', os: 'win32', cpu: 'x64' },
  { name: 'linux-x64-gnu', os: 'linux', cpu: 'x64' },
  { name: 'linux-arm64-gnu', os: 'linux', cpu: 'arm64' },
] as const;

/** Optional dependencies that some package asks for but the lockfile has no entry for. */
export function missingOptional(l: Lock): string[] {
  const have = new Set(Object.keys(l.packages).map((k) => k.replace(/^.*node_modules\//, '')));
  const missing = new Set<string>();
  for (const [key, entry] of Object.entries(l.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) if (!have.has(dep)) missing.add(`${dep} (för ${key.replace(/^node_modules\//, '') || 'projektet'})`);
  }
  return [...missing].sort();
}

/**
 * For each package that ships per-platform binaries (its optional dependencies
 * carry os/cpu), the platforms of ours that none of them covers.
 */
export function uncoveredPlatforms(l: Lock): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(l.packages)) {
    const bins = Object.keys(entry.optionalDependencies ?? {})
      .map((d) => l.packages[`node_modules/${d}`] ?? l.packages[`${key}/node_modules/${d}`])
      .filter((e): e is NonNullable<typeof e> => !!e?.os && !!e?.cpu);
    if (bins.length < 2) continue;
    for (const p of PLATFORMS) {
      if (!bins.some((b) => b.os!.includes(p.os) && b.cpu!.includes(p.cpu))) problems.push(`${key.replace(/^node_modules\//, '')}: ingen binär för ${p.name}`);
    }
  }
  return problems;
}

describe('package-lock.json installs on every platform', () => {
  it('has an entry for every optional dependency (other platforms’ binaries included)', () => {
    expect(missingOptional(lock)).toEqual([]);
  });

  it('covers darwin-arm64, darwin-x64, win32-x64, linux-x64-gnu and linux-arm64-gnu for each package with binaries', () => {
    expect(uncoveredPlatforms(lock)).toEqual([]);
    // The check looked at something: esbuild and Astro's compiler ship binaries.
    expect(Object.keys(lock.packages)).toEqual(expect.arrayContaining(['node_modules/@esbuild/darwin-arm64', 'node_modules/@astrojs/compiler-binding-win32-x64-msvc']));
  });

  it('fails on a lockfile made from a populated node_modules (other platforms dropped)', () => {
    const pruned: Lock = { packages: Object.fromEntries(Object.entries(lock.packages).filter(([k]) => !/darwin|win32/.test(k))) };
    expect(missingOptional(pruned).some((m) => m.startsWith('@esbuild/darwin-arm64'))).toBe(true);
  });
});

describe('every imported package is declared (knip)', () => {
  const knip = join(ROOT, 'node_modules', '.bin', 'knip');
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(knip, args, { cwd: ROOT, encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('finds no unlisted or unresolved import in the project', () => {
    const r = run(['--include', 'unlisted,unresolved,binaries']);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('fails on a fixture that imports a package it does not declare', () => {
    const r = run(['--directory', 'tests/fixtures/undeclared-import', '--include', 'unlisted,unresolved']);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('unified');
  });
});
