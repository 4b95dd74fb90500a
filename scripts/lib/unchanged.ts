/**
 * An unchanged rebuild is skipped. Before building, scripts/build.ts asks
 * whether everything the output is made from (code, content, public files,
 * the library versions, Node's version, the environment) and the output
 * folder itself are exactly as after the last successful build; if so, the
 * output is already what a build would give (builds are deterministic:
 * tests/quality/determinism.site.test.ts), and nothing is built.
 * The fingerprint is kept in the build cache (ASTRO_CACHE_DIR), not in the output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder, hashTree } from '../../src/publish/file-cache.ts';

/** What a build reads, besides the environment: folders and files under the project root. */
const INPUTS = ['src', 'content', 'public', 'scripts/build.ts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Variables that differ between two identical builds and change nothing in the output. */
const VOLATILE = /^(_|PWD|OLDPWD|SHLVL|TERM.*|COLUMNS|LINES|BUILD_STATS|SSH_.*|DISPLAY|XDG_.*|npm_lifecycle_.*|INIT_CWD)$/;

/** A fingerprint of everything the build reads: the inputs above, the data and page folders, Node and the environment. */
export function inputKey(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  // Fixture sites and benchmarks keep their content outside content/.
  const outside = (['DATA_DIR', 'PAGES_DIR', 'GLOSSARY_FILE'] as const).flatMap((k) => (env[k] ? [env[k]!] : []));
  const h = hashTree(createHash('sha256').update(process.version), root, [...INPUTS, ...outside]);
  const vars = Object.entries(env).filter(([k]) => !VOLATILE.test(k)).sort(([a], [b]) => a.localeCompare(b));
  for (const [k, v] of vars) h.update(`\0env\0${k}=${v}`);
  return h.digest('hex');
}

/** A fingerprint of the output folder as it stands: every file's path, size and modification time. */
export function outputKey(out: string): string {
  if (!existsSync(out)) return '';
  const h = createHash('sha256');
  for (const f of filesUnder(out)) {
    const s = statSync(f);
    h.update(`${relative(out, f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

const stampFile = (cacheDir: string) => join(cacheDir, 'senaste-bygget.json');

/** True when the inputs and the output are exactly as the last successful build left them. */
export function isUnchanged(cacheDir: string, out: string, inputs: string): boolean {
  try {
    const last = JSON.parse(readFileSync(stampFile(cacheDir), 'utf8')) as { inputs: string; output: string; out: string };
    return last.inputs === inputs && last.out === out && last.output !== '' && last.output === outputKey(out);
  } catch {
    return false;
  }
}

/** Remember a successful build (after the output is in place). */
export function rememberBuild(cacheDir: string, out: string, inputs: string): void {
  const file = stampFile(cacheDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ inputs, out, output: outputKey(out) }));
}

/** Forget the last build, so the next one builds even when nothing changed (the benchmark's warm builds). */
export function forgetLastBuild(cacheDir: string): void {
  rmSync(stampFile(cacheDir), { force: true });
}
