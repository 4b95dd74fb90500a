/**
 * Every built page in a real browser (Debian's Chromium via playwright-core),
 * served from 127.0.0.1: WCAG 2.1 AA by axe-core, privacy (no other origins,
 * no cookies, no storage), no CSP violations, reading without JavaScript,
 * 320 px without sideways scrolling and keyboard use. Pages are found from
 * the output, so new pages are covered without touching this file.
 * Screenshots for a person to look at are not a gate: `npm run screenshots`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages, readPage } from '../helpers/site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { AXE_TAGS, launch } from './browser.ts';

const pages = htmlPages();
const AXE = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
/**
 * axe as an init script of the contexts that run it: the browser compiles it
 * with the page, under the page's own CSP (init scripts are not subject to it),
 * about 600 ms a page faster than injecting a script tag after loading.
 */
const AXE_SOURCE = readFileSync(AXE, 'utf8');

let browser: Browser;
let server: StaticServer;
const contexts: BrowserContext[] = [];

/** A context that is closed with the browser; one per kind of visit. */
async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  contexts.push(ctx);
  return ctx;
}

/** Load a site path in `page`, checking its status. */
async function load(page: Page, path: string): Promise<void> {
  const res = await page.goto(server.origin + path, { waitUntil: 'load' });
  if (!path.startsWith('/404') && res?.status() !== 200) throw new Error(`${path} gav status ${res?.status()}`);
}

/**
 * Tabs of a context, reused from visit to visit: opening a tab costs about a
 * second in headless Chromium (more with axe as an init script), loading a
 * page in an open one about 0.2 s. `prepare` runs once per new tab.
 */
function tabs(ctx: () => BrowserContext, prepare: (p: Page) => Promise<void> = async () => {}) {
  const free: Page[] = [];
  return async <T>(fn: (p: Page) => Promise<T>): Promise<T> => {
    let page = free.pop();
    if (!page) {
      page = await ctx().newPage();
      await prepare(page);
    }
    try {
      return await fn(page);
    } finally {
      free.push(page);
    }
  };
}

let axeLight: BrowserContext;
let axeDark: BrowserContext;
let plain: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  // The plain visit (privacy, CSP, keyboard, reading) ends with axe in light mode on the same page.
  plain = await context({ colorScheme: 'light' });
  axeDark = await context({ colorScheme: 'dark', viewport: { width: 360, height: 800 } });
  for (const c of [plain, axeDark]) await c.addInitScript({ content: AXE_SOURCE });
  // The self-test page is set as content, where init scripts do not run: it injects axe as a tag.
  axeLight = await context({ bypassCSP: true, colorScheme: 'light' });
  noJs = await context({ javaScriptEnabled: false });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

/** axe's WCAG 2.1 A/AA violations on the page, one readable line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the injected global
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (r.violations as { id: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[]).map(
      (v) => `${v.id}: ${v.help}\n      ${v.nodes.map((n) => `${n.target.join(' ')} – ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n      ')}`,
    );
  }, AXE_TAGS);
}

/** Record, from before the page loads, requests to other origins and CSP violations (events and console). */
async function watch(page: Page): Promise<Watch> {
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
  return {
    foreign,
    csp: async () => [...messages, ...(await events())],
    reset: () => {
      foreign.length = 0;
      messages.length = 0;
    },
  };
}

/** What `watch` records, and `reset` to start afresh when the tab is reused. */
interface Watch { foreign: string[]; csp: () => Promise<string[]>; reset: () => void }
const watchers = new WeakMap<Page, Watch>();
const plainTabs = tabs(() => plain, async (p) => void watchers.set(p, await watch(p)));
const noJsTabs = tabs(() => noJs);
const darkTabs = tabs(() => axeDark);

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

  it('the keyboard walk and the 320 px check catch a missing skip link, a hidden focus, an unreachable link and a wide table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(`<!doctype html><html lang="sv"><head><title>x</title><style>button:focus{outline:none}</style></head><body>
      <a href="#ingenstans">Först</a><main id="main"><button>Knapp</button><div inert><a href="/b">Nås inte</a></div>
      <table style="width:400px"><tr><td>bred</td></tr></table></main></body></html>`);
    const k = await keyboardWalk(page);
    const wide = await at320(page);
    await page.close();
    expect(k.first.cls).not.toContain('skip-link');
    expect(k.invisible).toEqual(['button ']);
    expect(k.missed).toEqual(['a /b']);
    expect(wide.page).toBeGreaterThan(320);
    expect(wide.culprits.join()).toMatch(/^table/);
  });
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

/**
 * Tab through the freshly loaded page, recording every focus move: the first
 * must be the skip link, visible; every rendered link and control must be
 * reached, each with a visible focus. Then follow the skip link with Enter.
 * One load: the skip link is followed after the walk, not from a second load.
 */
async function keyboardWalk(page: Page): Promise<NonNullable<Visit['keyboard']>> {
  type Focus = { id?: string; visible: boolean; name: string; cls: string; href: string | null; inView: boolean };
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.checkVisibility({ visibilityProperty: true }));
    els.forEach((e, i) => (e.dataset.tabId = String(i)));
    const log: Focus[] = [];
    (window as unknown as { __focus: Focus[] }).__focus = log;
    document.addEventListener('focusin', (e) => {
      const a = e.target as HTMLElement;
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      log.push({
        id: a.dataset.tabId,
        visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
        name: `${a.tagName.toLowerCase()} ${(a.getAttribute('href') ?? '').slice(0, 60)}`,
        cls: a.className,
        href: a.getAttribute('href'),
        inView: r.top >= 0 && r.bottom <= innerHeight && r.width > 0,
      });
    });
    return els.map((e) => `${e.tagName.toLowerCase()} ${(e.getAttribute('href') ?? e.textContent ?? '').trim().slice(0, 60)}`);
  });
  // Press Tab once per element (and a little more); on a busy machine a press can be slow to move focus, so while
  // elements are still missing, go on pressing, up to twice round the page. A truly unreachable element stays missed.
  const focusLog = () => page.evaluate(() => (window as unknown as { __focus: Focus[] }).__focus);
  const reachedIn = (l: Focus[]) => new Set(l.filter((f) => f.id !== undefined).map((f) => Number(f.id)));
  let presses = 0;
  for (; presses < expected.length + 2; presses++) await page.keyboard.press('Tab');
  let log = await focusLog();
  while (reachedIn(log).size < expected.length && presses < 2 * expected.length + 4) {
    for (let i = 0; i < 10; i++, presses++) await page.keyboard.press('Tab');
    log = await focusLog();
  }
  const reached = reachedIn(log);
  const f = log[0] ?? { cls: '', href: null, inView: false, id: undefined };
  // Follow the first stop (the skip link) as a keyboard user would: focus it, press Enter.
  if (f.id !== undefined) await page.focus(`[data-tab-id="${f.id}"]`);
  await page.keyboard.press('Enter');
  const skipTarget = await page.evaluate(() => `#${document.activeElement?.id}`);
  return {
    first: { cls: f.cls, href: f.href, visible: f.inView },
    skipTarget,
    missed: expected.filter((_, i) => !reached.has(i)),
    invisible: [...new Set(log.filter((x) => !x.visible).map((x) => x.name))],
  };
}

/** Narrow the page to 320 px: how wide the document is then, and the widest elements if it overflows. */
async function at320(page: Page): Promise<Visit['width320']> {
  await page.setViewportSize({ width: 320, height: 700 });
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321 && e.checkVisibility())
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
  }));
}

/**
 * Visit a page once per kind of visitor: three loads instead of one per gate.
 * With JavaScript, light, 1280 px: watched for other origins, CSP, cookies and
 * storage, walked by keyboard, read, then checked by axe. Without JavaScript:
 * read. Dark, 360 px: checked by axe, then narrowed to 320 px to look for
 * sideways scrolling.
 */
async function visit(path: string): Promise<Visit> {
  const withJs = await plainTabs(async (page) => {
    const w = watchers.get(page)!;
    w.reset();
    await load(page, path);
    const csp = await w.csp();
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    // Embeds are framed without the site's header: no skip link, so no keyboard walk from it.
    const keyboard = path.startsWith('/embed/') ? undefined : await keyboardWalk(page);
    await renderAll(page);
    const reading = await read(page);
    const axe = (await axeViolations(page)).map((v) => `[ljust, 1280 px] ${v}`);
    return { foreign: [...w.foreign], csp, storage, keyboard, reading, axe };
  });

  const withoutJs = await noJsTabs(async (page) => {
    await load(page, path);
    await renderAll(page);
    return read(page);
  });

  const dark = await darkTabs(async (page) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await load(page, path);
    await renderAll(page);
    const axe = (await axeViolations(page)).map((v) => `[mörkt, 360 px] ${v}`);
    return { axe, width320: await at320(page) };
  });
  const { foreign, csp, storage, keyboard, reading, axe } = withJs;
  return { foreign, csp, cookies: await plain.cookies(), storage, withJs: reading, withoutJs, axe: [...axe, ...dark.axe], width320: dark.width320, keyboard };
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
