/**
 * Every built page in a real browser (Debian's Chromium via playwright-core),
 * served from 127.0.0.1: WCAG 2.1 AA by axe-core, privacy (no other origins,
 * no cookies, no storage), no CSP violations, reading without JavaScript,
 * 320 px without sideways scrolling, keyboard use, and screenshots for a
 * person to look at. Pages are found from the output, so new pages are
 * covered without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages, readPage } from '../helpers/site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { AXE_TAGS, launch } from './browser.ts';
import { fullPageShot } from '../helpers/screenshot.ts';

const pages = htmlPages();
const AXE = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
/** Screenshots for a person to look at (gitignored). */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let browser: Browser;
let server: StaticServer;
const contexts: BrowserContext[] = [];

/** A context that is closed with the browser; one per kind of visit. */
async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  contexts.push(ctx);
  return ctx;
}

/** Open a site path in a fresh tab of `ctx`. */
async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  const res = await page.goto(server.origin + path, { waitUntil: 'load' });
  if (!path.startsWith('/404') && res?.status() !== 200) throw new Error(`${path} gav status ${res?.status()}`);
  // Parts the page leaves unrendered until scrolled to (content-visibility: auto, the data catalogue)
  // are rendered now, so axe, innerText and the checks below see the whole page, as a reader who scrolls does.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  return page;
}

/** A file name for a site path: "/" → "start", "/data/x/" → "data-x". */
const shotName = (path: string) => path.replace(/^\/|\/$|\.html$/g, '').replace(/\//g, '-') || 'start';

let axeLight: BrowserContext;
let axeDark: BrowserContext;
let plain: BrowserContext;
let noJs: BrowserContext;
/** Screenshots, one context per width (see the 320 px test). */
const shots = new Map<number, BrowserContext>();

beforeAll(async () => {
  // Remove only our own earlier screenshots: other tests keep theirs in subfolders here.
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (/-(360|1280)\.png$/.test(f)) rmSync(join(SCREENSHOTS, f));
  [browser, server] = await Promise.all([launch(), serve()]);
  // Our CSP is a meta tag; injecting axe needs it bypassed. The CSP test uses a context without bypass.
  axeLight = await context({ bypassCSP: true, colorScheme: 'light' });
  axeDark = await context({ bypassCSP: true, colorScheme: 'dark', viewport: { width: 360, height: 800 } });
  plain = await context();
  noJs = await context({ javaScriptEnabled: false });
  for (const width of [360, 1280]) shots.set(width, await context({ viewport: { width, height: 800 } }));
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  console.log(`Skärmbilder (360 och 1280 px) av ${shotPages.length} sidor, en per sidmall för dataset och inbäddningar: ${SCREENSHOTS}`);
});

/** axe's WCAG 2.1 A/AA violations on the page, one readable line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the injected global
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (r.violations as { id: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[]).map(
      (v) => `${v.id}: ${v.help}\n      ${v.nodes.map((n) => `${n.target.join(' ')} – ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n      ')}`,
    );
  }, AXE_TAGS);
}

/** Record, from before the page loads, requests to other origins and CSP violations (events and console). */
async function watch(page: Page): Promise<{ foreign: string[]; csp: () => Promise<string[]> }> {
  const foreign: string[] = [];
  const messages: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin + '/') && !u.startsWith('data:') && u !== 'about:blank') foreign.push(u);
  });
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-expect-error test-only global
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  // @ts-expect-error test-only global
  const events = () => page.evaluate(() => (window.__csp ?? []) as string[]);
  return { foreign, csp: async () => [...messages, ...(await events())] };
}

describe('the browser checks find problems when there are some', () => {
  it('axe reports a missing alt text and a missing language', async () => {
    const page = await axeLight.newPage();
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
  });

  it('a request to another origin and an inline style under our CSP are both caught', async () => {
    const page = await plain.newPage();
    const w = await watch(page);
    await page.route('**/*', (r) =>
      r.request().url().startsWith(server.origin)
        ? r.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="sv"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'"><title>x</title></head><body><p style="color:red">x</p><img alt="" src="https://example.org/x.png"></body></html>`,
          })
        : r.abort(),
    );
    await page.goto(server.origin + '/__sjalvtest/', { waitUntil: 'load' });
    const csp = await w.csp();
    await page.close();
    expect(csp.join('\n')).toMatch(/style-src/);
    expect(csp.join('\n')).toMatch(/img-src/);
  });
});

/**
 * One template per kind of page gets screenshots for a person to look at: every
 * story and service page, but only the first dataset page and the first embed
 * (the other 70 share their template). The gates below still visit every page.
 */
const TEMPLATES = [/^\/data\/[^/]+\/$/, /^\/embed\//];
export const shotPages = pages.filter((p) => {
  const t = TEMPLATES.find((re) => re.test(p));
  return !t || pages.find((q) => t.test(q)) === p;
});

/** What one visit of a page found; the tests below each assert their part. */
interface Visit {
  foreign: string[];
  csp: string[];
  cookies: unknown[];
  storage: number;
  withJs: Reading;
  withoutJs: Reading;
  axe: string[];
  width320: { page: number; culprits: string[] };
  keyboard?: { first: { cls: string; href: string | null; visible: boolean }; skipTarget: string; missed: string[]; invisible: string[] };
}
interface Reading { text: string; charts: number; tables: number; h1: string }

const read = (page: Page): Promise<Reading> =>
  page.evaluate(() => ({
    text: document.body.innerText,
    charts: document.querySelectorAll('svg.plot').length,
    tables: document.querySelectorAll('table').length,
    h1: document.querySelector('h1')?.textContent ?? '',
  }));

/** Make parts left unrendered until scrolled to (content-visibility: auto) render now, as a reader who scrolls sees them. */
const renderAll = (page: Page) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });

/** Tab through the page: the skip link first, then every rendered link and control, each with a visible focus. */
async function keyboardWalk(page: Page, path: string): Promise<NonNullable<Visit['keyboard']>> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const r = a.getBoundingClientRect();
    return { cls: a.className, href: a.getAttribute('href'), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
  });
  await page.keyboard.press('Enter');
  const skipTarget = await page.evaluate(() => `#${document.activeElement?.id}`);
  // Every rendered link and control, then Tab through the page and tick them off.
  await page.goto(server.origin + path, { waitUntil: 'load' });
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.checkVisibility({ visibilityProperty: true }));
    els.forEach((e, i) => (e.dataset.tabId = String(i)));
    return els.map((e) => `${e.tagName.toLowerCase()} ${(e.getAttribute('href') ?? e.textContent ?? '').trim().slice(0, 60)}`);
  });
  // Record every focus move in the page, then press Tab once per element (and a little more).
  await page.evaluate(() => {
    const log: { id?: string; visible: boolean; name: string }[] = [];
    (window as unknown as { __focus: typeof log }).__focus = log;
    document.addEventListener('focusin', (e) => {
      const a = e.target as HTMLElement;
      const s = getComputedStyle(a);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      log.push({ id: a.dataset.tabId, visible, name: `${a.tagName.toLowerCase()} ${(a.getAttribute('href') ?? '').slice(0, 60)}` });
    });
  });
  for (let i = 0; i < expected.length + 2; i++) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as unknown as { __focus: { id?: string; visible: boolean; name: string }[] }).__focus);
  const reached = new Set(log.filter((f) => f.id !== undefined).map((f) => Number(f.id)));
  return {
    first,
    skipTarget,
    missed: expected.filter((_, i) => !reached.has(i)),
    invisible: [...new Set(log.filter((f) => !f.visible).map((f) => f.name))],
  };
}

/**
 * Visit a page once per kind of visitor: four loads instead of one per gate.
 * With JavaScript (watched for other origins, CSP, cookies and storage, then
 * read and walked by keyboard); without JavaScript (read); axe in light mode
 * at 1280 px; axe in dark mode at 360 px, then narrowed to 320 px to look for
 * sideways scrolling.
 */
async function visit(path: string): Promise<Visit> {
  const page = await plain.newPage();
  const w = await watch(page);
  const res = await page.goto(server.origin + path, { waitUntil: 'load' });
  if (!path.startsWith('/404') && res?.status() !== 200) throw new Error(`${path} gav status ${res?.status()}`);
  const csp = await w.csp();
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  // Embeds are framed without the site's header: no skip link, so no keyboard walk from it.
  const keyboard = path.startsWith('/embed/') ? undefined : await keyboardWalk(page, path);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await renderAll(page);
  const withJs = await read(page);
  await page.close();

  const bare = await open(noJs, path);
  const withoutJs = await read(bare);
  await bare.close();

  const axe: string[] = [];
  const light = await open(axeLight, path);
  axe.push(...(await axeViolations(light)).map((v) => `[ljust, 1280 px] ${v}`));
  await light.close();
  const dark = await open(axeDark, path);
  axe.push(...(await axeViolations(dark)).map((v) => `[mörkt, 360 px] ${v}`));
  await dark.setViewportSize({ width: 320, height: 700 });
  const width320 = await dark.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    // The widest elements, to say what overflows if anything does.
    culprits: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && e.checkVisibility())
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
  }));
  await dark.close();
  return { foreign: w.foreign, csp, cookies: await plain.cookies(), storage, withJs, withoutJs, axe, width320, keyboard };
}

// Every test of a page shares that page's one visit. vitest.config.ts lets about three pages' tests run at once,
// so about three pages are visited at a time, each in its own tabs of the one browser.
describe.concurrent.each(pages)('%s', (path) => {
  const hasScript = /<script/i.test(readPage(path));
  let visited: Promise<Visit> | undefined;
  const result = () => (visited ??= visit(path));

  it('has no WCAG 2.1 AA violations found by axe (light at 1280 px, dark at 360 px)', { timeout: 300_000 }, async ({ expect }) => {
    const { axe } = await result();
    expect(axe, axe.join('\n')).toEqual([]);
  });

  it('asks no other origin for anything, sets no cookies or storage, breaks no CSP rule', { timeout: 300_000 }, async ({ expect }) => {
    const v = await result();
    expect(v.foreign, 'anrop till andra ursprung').toEqual([]);
    expect(v.csp, 'CSP-överträdelser').toEqual([]);
    expect(v.cookies, 'kakor').toEqual([]);
    expect(v.storage, 'poster i localStorage/sessionStorage').toBe(0);
  });

  it('fits 320 px without sideways scrolling', { timeout: 300_000 }, async ({ expect }) => {
    const { width320 } = await result();
    expect(width320.page, `bredare än 320 px: ${width320.culprits.join(', ')}`).toBeLessThanOrEqual(320);
  });

  it('reads the same without JavaScript: text, charts and tables', { timeout: 300_000 }, async ({ expect }) => {
    const { withJs, withoutJs } = await result();
    expect(withoutJs.h1).not.toBe('');
    // The search page is the one page allowed a script; without it, it must still say what it is.
    if (hasScript) expect(withoutJs.text.length).toBeGreaterThan(40);
    else expect(withoutJs).toEqual(withJs);
  });

  it.runIf(!path.startsWith('/embed/'))('works by keyboard: skip link first, visible focus, every link and control reachable by Tab', { timeout: 300_000 }, async ({ expect }) => {
    const k = (await result()).keyboard!;
    expect(k.first.cls).toContain('skip-link');
    expect(k.first.visible, 'hopplänken syns när den har fokus').toBe(true);
    expect(k.skipTarget).toBe(k.first.href);
    expect(k.missed, 'nås inte med Tab').toEqual([]);
    expect(k.invisible, 'fokus syns inte').toEqual([]);
  });

  it.runIf(shotPages.includes(path))('screenshots at 360 and 1280 px', { timeout: 300_000 }, async () => {
    // Each width in its own context, so no page is resized after loading (that made tiled captures more often).
    for (const [width, ctx] of shots) {
      const shot = await ctx.newPage();
      await shot.goto(server.origin + path, { waitUntil: 'load' });
      await fullPageShot(shot, join(SCREENSHOTS, `${shotName(path)}-${width}.png`));
      await shot.close();
    }
  });
});

// The one page with a script: search must work under the CSP, stay on our origin and stay accessible with results shown.
describe.runIf(pages.includes('/sok/'))('search in use', () => {
  it('finds pages, without CSP violations, other origins or axe violations', async () => {
    const page = await plain.newPage();
    const { foreign, csp } = await watch(page);
    await page.goto(server.origin + '/sok/', { waitUntil: 'load' });
    await page.locator('#sok input').first().fill('Halland');
    await page.locator('.pagefind-ui__result').first().waitFor();
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
    expect(await csp()).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();

    const checked = await axeLight.newPage();
    await checked.goto(server.origin + '/sok/', { waitUntil: 'load' });
    await checked.locator('#sok input').first().fill('Halland');
    await checked.locator('.pagefind-ui__result').first().waitFor();
    const violations = await axeViolations(checked);
    await checked.close();
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
