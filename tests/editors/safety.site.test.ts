/**
 * Issue 19 with real builds: what the check refuses, the build refuses with
 * the same words and no stack trace; `astro build` alone (without our check)
 * is still stopped by the remark plugin before a chapter's code runs; and a
 * site with formula-like labels, dotted numbers and a code example builds
 * and publishes each as written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, FIXTURES, GOOD_DATA, removeTempDirs, runScript, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const build = (name: string, out: string) =>
  runScript('scripts/build.ts', { DATA_DIR: existsSync(`${FIXTURES}/${name}/data`) ? `${FIXTURES}/${name}/data` : GOOD_DATA, PAGES_DIR: `${FIXTURES}/${name}/pages`, OUT_DIR: out, ASTRO_CACHE_DIR: tempDir('cache') });

/** Every file under a folder, as text, joined: to search a whole output for a leaked value. */
function allText(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'latin1'))
    .join('\n');
}

describe('code in a chapter never runs', () => {
  it('npm run build stops an import before Astro starts, with the words of npm run check and no stack trace', () => {
    const out = join(tempDir('ut'), 'dist');
    const r = build('mdx-import', out);
    expect(r.status).toBe(1);
    expect(r.output).toContain(checkCase('mdx-import').split('\n')[0]);
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(r.output).not.toMatch(/root:|nologin/);
    expect(existsSync(out)).toBe(false);
  });

  it('astro build alone (no check first) is stopped by the remark plugin: no secret, no command, no page', () => {
    const out = join(tempDir('ut'), 'dist');
    rmSync('/tmp/hackad', { force: true });
    let output = '';
    let status = 0;
    try {
      output = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOME_SECRET: 'hemlis-19', DATA_DIR: GOOD_DATA, PAGES_DIR: `${FIXTURES}/mdx-uttryck/pages`, ASTRO_CACHE_DIR: tempDir('cache') },
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (err) {
      const e = err as { status?: number; stdout?: string; stderr?: string };
      status = e.status ?? 1;
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(status).not.toBe(0);
    expect(output).toContain('tests/editors/fixtures/mdx-uttryck/pages/index.mdx, rad 10: {process.env.SOME_SECRET} är kod');
    expect(allText(out)).not.toContain('hemlis-19');
    expect(existsSync('/tmp/hackad')).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('a site with formula-like labels, dotted numbers and a code example', () => {
  const out = join(tempDir('ut'), 'dist');
  let result: { status: number; output: string };
  beforeAll(() => {
    result = build('som-skrivet', out);
  }, 300_000);
  const page = () => parseHTML(readFileSync(join(out, 'index.html'), 'utf8')).document;

  it('builds (the check and the build agree: a component in a code block is text)', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shows the code example as written and lists only the datasets the page really uses as sources', () => {
    const code = [...page().querySelectorAll('pre')].map((p) => p.textContent).join('\n');
    expect(code).toContain('<Chart data="ett-dataset-som-inte-finns" typ="staplar"');
    expect(page().querySelector('code:not(pre code)')?.textContent).toBe('<Value data="finns-inte-heller" rad="a" kolumn="b" />');
    const sources = [...page().querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(sources).toEqual(['/data/etiketter/']);
  });

  it('draws and describes a label with dotted numbers exactly (2.345 … 10.0.0.123 is not rounded)', () => {
    const svg = readFileSync(join(out, 'diagram/index/etiketter.svg'), 'utf8');
    const texts = [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(texts).toContain('2.345');
    expect(texts).toContain('10.0.0.123');
    expect(page().querySelector('table')!.textContent).toContain('Version 2.345 av 10.0.0.123');
  });

  it('neutralises formula-like labels in the Excel CSV only, and keeps the program CSV exact', () => {
    const excel = readFileSync(join(out, 'data/etiketter-excel.csv'), 'utf8');
    expect(excel).toContain("\r\n'=1+1;-5,2\r\n");
    expect(excel).toContain("\r\n'-18 år;-0,4\r\n");
    expect(readFileSync(join(out, 'data/etiketter.csv'), 'utf8')).toBe(readFileSync(`${FIXTURES}/som-skrivet/data/etiketter.csv`, 'utf8'));
    const zip = unzipSync(readFileSync(join(out, 'data/etiketter.zip')));
    expect(Buffer.from(zip['etiketter-excel.csv']!).equals(readFileSync(join(out, 'data/etiketter-excel.csv')))).toBe(true);
    expect(strFromU8(zip['README.txt']!)).toContain('CSV för program och CSV för Excel');
  });
});
