/**
 * Timed builds for the benchmark: each build runs as its own process (as a
 * user runs it) and reports its time and peak memory through BUILD_STATS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgetLastBuild } from '../lib/unchanged.ts';

export interface BuildRun {
  seconds: number;
  /** Seconds per phase: content check, Astro, then each publishing step. */
  phases: Record<string, number>;
  maxRssMb: number;
  /** Astro's log (stdout), when the build was asked for it (`log`). */
  log?: string;
}

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Remove the Astro cache first: a cold build. */
  cold: boolean;
  /** Build even when nothing changed (scripts/lib/unchanged.ts would skip it): a warm build through Astro. */
  build?: boolean;
  env?: Record<string, string>;
  /** Keep Astro's log at level info (the files it rendered and copied, with times). */
  log?: boolean;
}

/** Run one build and return what it measured. Throws with the build's output on failure. */
export function runBuild(o: BuildOptions): BuildRun {
  if (o.cold) rmSync(o.cacheDir, { recursive: true, force: true });
  if (o.build) forgetLastBuild(o.cacheDir);
  const stats = join(mkdtempSync(join(tmpdir(), 'bench-')), 'stats.json');
  let log: string | undefined;
  try {
    const out = execFileSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, OUT_DIR: o.outDir, ASTRO_CACHE_DIR: o.cacheDir, BUILD_STATS: stats, ...(o.log ? { ASTRO_LOG_LEVEL: 'info' } : {}), ...o.env },
      stdio: ['ignore', o.log ? 'pipe' : 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    if (o.log) log = String(out);
  } catch (err) {
    // Astro keeps intermediate files in <root>/.astro, so two builds of one checkout at once collide.
    throw new Error(`Bygget misslyckades (kör inte andra byggen samtidigt i samma katalog):\n${String((err as { stderr?: Buffer }).stderr ?? err)}`);
  }
  const s = JSON.parse(readFileSync(stats, 'utf8')) as { seconds: number; phases: Record<string, number>; maxRssKb: number };
  return { seconds: s.seconds, phases: s.phases, maxRssMb: s.maxRssKb / 1024, ...(log === undefined ? {} : { log }) };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
