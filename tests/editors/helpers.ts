/**
 * Shared by the editors' tests: run the content check on a fixture (a small
 * data folder and/or pages folder under tests/editors/fixtures/<case>/), and
 * build a fixture site with the real build script.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';

export const FIXTURES = 'tests/editors/fixtures';
/** A valid data folder the page cases use. */
export const GOOD_DATA = `${FIXTURES}/site-ok/data`;

const created: string[] = [];
const emptyPages = tempDir('inga-sidor');

/** The folders of a case: its own data/pages where it has them, else the good data and no pages. */
export function dirsOf(name: string): { dataDir: string; pagesDir: string } {
  const dir = `${FIXTURES}/${name}`;
  if (!existsSync(dir)) throw new Error(`fixturen ${dir} finns inte`);
  return {
    dataDir: existsSync(`${dir}/data`) ? `${dir}/data` : GOOD_DATA,
    pagesDir: existsSync(`${dir}/pages`) ? `${dir}/pages` : emptyPages,
  };
}

/** Every line `npm run check` would print for a case (problems, then hand-typed numbers). */
export function checkCase(name: string): string {
  const { problems, numbers } = checkContent(dirsOf(name));
  return [...problems, ...numbers].join('\n');
}

/**
 * One test per case: what `npm run check` prints for the fixture must equal its golden file
 * tests/editors/fixtures/<case>/fel.txt (empty where the case must pass). `npx vitest run -u` rewrites
 * the files after a deliberate change of wording; `git diff` then shows every message that changed.
 */
export function caseGroup(title: string, cases: Record<string, string>): void {
  describe(title, () => {
    for (const [name, what] of Object.entries(cases)) {
      it(`${name}: ${what}`, async () => {
        await expect(checkCase(name)).toMatchFileSnapshot(join(import.meta.dirname, 'fixtures', name, 'fel.txt'));
      });
    }
  });
}

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `redaktor-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Remove every temporary folder this test file made (call in afterAll). */
export function removeTempDirs(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Run a script (scripts/build.ts, check.ts, new-dataset.ts) with the given folders; never throws. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): { status: number; output: string } {
  try {
    const out = execFileSync(process.execPath, [script, ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: 'pipe', encoding: 'utf8' });
    return { status: 0, output: out };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Write a dataset `stort` with `rows` rows into a data folder (generated, never committed). */
export function writeBigDataset(dataDir: string, rows = 10_000): void {
  const lines = ['nr,andel'];
  for (let i = 1; i <= rows; i++) lines.push(`rad-${String(i).padStart(5, '0')},${(i * 7) % 101}`);
  writeFileSync(join(dataDir, 'stort.csv'), lines.join('\n') + '\n');
  writeFileSync(
    join(dataDir, 'stort.meta.yaml'),
    [
      'title: "Ett stort dataset"',
      `description: Ett testdataset med ${rows} rader.`,
      'topic: index',
      'period: "2024"',
      'source:',
      '  document: "Testdokument"',
      '  section: "Testtabell"',
      '  file: 000_74511e486157992c.txt',
      'licence: CC-BY-4.0',
      'key: [nr]',
      'columns:',
      '  - { name: nr, title: Nummer, type: text, description: Radens nummer. }',
      '  - { name: andel, title: Andel, type: percent, unit: procent, description: En andel i procent. }',
      'version: 1.0.0',
      'changelog:',
      '  - { version: 1.0.0, date: "2026-11-23", kind: first, description: Första publicering. }',
      '',
    ].join('\n'),
  );
}

/** Copy a fixture site (data + pages) into a temporary folder, so a test can add to it. */
export function copySite(name: string): { root: string; dataDir: string; pagesDir: string } {
  const root = tempDir(name);
  cpSync(`${FIXTURES}/${name}`, root, { recursive: true });
  return { root, dataDir: join(root, 'data'), pagesDir: join(root, 'pages') };
}

/** Every file under a folder with the SHA-256 of its content, for "nothing changed" assertions. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
