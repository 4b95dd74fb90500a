/**
 * Issue 18, done when: a communicator opens a chapter in the visual editor
 * (`npm run redigera`), inserts a chart chosen from the lists, saves, and the
 * chapter page shows that chart, on the dev server and in a fresh build. Also: the editor's page sends nothing to
 * another origin (Keystatic's font link is stopped by the editor's CSP), and the
 * saved chapter passes `npm run check`.
 *
 * Runs the editor on its own port against this checkout and puts the chapter
 * back afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../quality/browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}`;
const CHAPTER = join(ROOT, 'content', 'pages', 'kvalitet.mdx');
const SLUTSATS = 'Provdiagram ur redigeraren: andelen har sjunkit sedan 2018.';
const original = readFileSync(CHAPTER, 'utf8');

let server: ChildProcess;
let browser: Browser;

async function ready(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} svarade inte`);
}

beforeAll(async () => {
  // The editor as a communicator starts it: without vitest's environment (NODE_ENV=test, VITEST…), which changes how Astro's dev server runs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  server = spawn(process.execPath, [join(ROOT, 'scripts', 'redigera.ts')], { cwd: ROOT, env: { ...env, PORT: String(PORT) }, stdio: 'pipe' });
  let log = '';
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await ready(`${BASE}/keystatic/`, 100_000).catch((e) => {
    throw new Error(`${e.message}\n${log}`);
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  writeFileSync(CHAPTER, original);
  await browser?.close();
  server?.kill();
});

describe('the visual editor', () => {
  it('inserts a chart chosen from the lists, saves the chapter, and the page and the built page show it', { timeout: 240_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sent: string[] = [];
    page.on('requestfinished', (r) => {
      if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) sent.push(r.url());
    });
    await page.goto(`${BASE}/keystatic/collection/kapitel/item/kvalitet`, { waitUntil: 'networkidle', timeout: 60_000 });

    // Under the heading "Andelen har sjunkit sedan 2018": + → Chart, then fill its form from the lists.
    await page.getByText('Andelen har sjunkit sedan 2018').click();
    await page.keyboard.press('End');
    await page.locator('button[aria-haspopup]').last().click();
    await page.getByRole('menuitem', { name: /^Chart/ }).click();
    await page.locator('h2:has-text("Andelen har sjunkit sedan 2018") + *').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog');
    // A list is chosen from by typing the start of an entry, as in any drop-down list.
    const choose = async (field: string, typed: string) => {
      await form.getByLabel(field, { exact: true }).focus();
      await page.keyboard.type(typed);
      await page.waitForTimeout(1200); // the list's type-ahead ends after a pause
    };
    // A list offers only what the data has: the dataset by id and title, the chart types, the columns.
    await choose('data', 'vis-andel');
    await choose('typ', 'linje');
    await choose('kategori', 'ar (');
    await form.getByRole('checkbox', { name: /^andel \(/ }).check();
    await form.getByRole('textbox', { name: /^slutsats/ }).fill(SLUTSATS);
    await form.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(CHAPTER, 'utf8'), { timeout: 15_000 }).toContain(SLUTSATS);

    const saved = readFileSync(CHAPTER, 'utf8');
    expect(saved).toMatch(/<Chart data="vis-andel-battre-an-riket" typ="linje" kategori="ar" varden=\{\["andel"\]\} slutsats="Provdiagram/);
    // Only the new chart was added: the rest of the chapter is as it was.
    expect(saved.replace(/\n<Chart [^\n]*Provdiagram[^\n]*\n/, '')).toBe(original);
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'check.ts')], { cwd: ROOT, stdio: 'pipe' });

    // The chapter as readers see it (the dev server renders the same components as the build).
    const html = await (await fetch(`${BASE}/kvalitet/`)).text();
    expect(html).toContain(SLUTSATS);
    expect(html.match(/<figure/g)?.length).toBeGreaterThan(original.match(/<Chart /g)!.length);
    expect(sent, 'förfrågningar till andra webbplatser').toEqual([]);

    // And as it will be published: the editor stopped, the saved chapter built as `npm run build` builds it.
    server.kill();
    await new Promise((r) => server.once('exit', r));
    const out = mkdtempSync(join(tmpdir(), 'redigerat-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, OUT_DIR: join(out, 'dist'), ASTRO_CACHE_DIR: join(out, 'cache') },
      });
      const built = readFileSync(join(out, 'dist', 'kvalitet', 'index.html'), 'utf8');
      const figures = built.split('<figure class="chart"').slice(1);
      expect(figures.length).toBe(original.match(/<Chart /g)!.length + 1);
      expect(figures.some((f) => f.includes(SLUTSATS) && f.includes('href="/data/vis-andel-battre-an-riket/"') && f.includes('<svg'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
