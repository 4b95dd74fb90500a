/**
 * Every chart embed in Chromium, the way another site shows it: in a frame as
 * wide as its embed code says (680 px) and on a 360 px phone, as tall as the
 * code's `height`. The whole figure, source line, link back and licence
 * included, must fit; the colours are light even when the reader's system is
 * dark, and dark only on the `mork` address. Pages open in parallel tabs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../quality/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { readPage } from '../helpers/site.ts';
import { allCharts, chartFileHrefs, readPages, type ChartEntry } from '../../src/site/registry.ts';
import { DARK, EMBED_MIN_WIDTH, EMBED_WIDTH } from '../../src/site/embed.ts';

const charts = allCharts();
let browser: Browser;
let server: StaticServer;
let light: BrowserContext;

/** The iframe code under a chart on its page, as a reader copies it. */
function iframeOf(c: ChartEntry): { src: string; width: number; height: number } {
  const html = readPage(readPages().find((p) => p.id === c.page)!.path);
  const start = html.indexOf(`<figure class="chart" id="${c.id}"`);
  const figure = html.slice(start, html.indexOf('</figure>', start));
  const code = /&lt;iframe ([^]*?)&gt;/.exec(figure)?.[1]?.replace(/&quot;/g, '"').replace(/&#37;/g, '%') ?? '';
  const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(code)?.[1] ?? '';
  return { src: attr('src'), width: Number(attr('width')), height: Number(attr('height')) };
}

interface Fit { scroll: number; creditBottom: number; licence: boolean; background: string }

/** Would a frame `h` px high hide part of the figure (or is the licence link missing)? */
function cutOff(fit: Fit, h: number): boolean {
  return fit.scroll > h || fit.creditBottom > h || !fit.licence;
}

/** What the frame shows of the page now loaded in `page`. */
function read(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const credit = document.querySelector('.embed-credit');
    return {
      scroll: document.documentElement.scrollHeight,
      creditBottom: credit ? credit.getBoundingClientRect().bottom : Infinity,
      licence: !!credit?.querySelector('a[rel~="license"]'),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

/** Load `path` in a tab as tall as the frame and measure it at each width (the page is laid out again, not reloaded). */
async function measure(page: Page, path: string, widths: number[], height: number): Promise<Fit[]> {
  await page.setViewportSize({ width: widths[0]!, height });
  await page.goto(server.origin + path);
  const out: Fit[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    out.push(await read(page));
  }
  return out;
}

/** Run tasks a few at a time (tabs in parallel, without flooding two cores). */
async function pool<T>(tasks: ((page: Page) => Promise<T>)[], n = 3): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    const page = await light.newPage();
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!(page);
    }
    await page.close();
  }));
  return out;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  // The reader's system is dark: an embed must still be light.
  light = await browser.newContext({ colorScheme: 'dark' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('chart embeds', () => {
  it('exist for every chart, with iframe code that names its width and height', () => {
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) {
      const f = iframeOf(c);
      expect(f.src.endsWith(chartFileHrefs(c).embed), `${c.page}/${c.id}`).toBe(true);
      expect(f.width).toBe(EMBED_WIDTH);
      expect(f.height).toBeGreaterThan(100);
    }
  });

  it('fit in their own iframe height at the code’s width and at 360 px, licence and link back included', async () => {
    const widths = [EMBED_WIDTH, EMBED_MIN_WIDTH];
    const tasks = charts.map((c) => async (page: Page) => {
      const h = iframeOf(c).height;
      const p = chartFileHrefs(c).embed;
      const fits = await measure(page, p, widths, h);
      return fits.map((fit, k) => ({ p, w: widths[k]!, h, fit }));
    });
    const results = (await pool(tasks)).flat();
    const cut = results.filter((r) => cutOff(r.fit, r.h)).map((r) => `${r.p} vid ${r.w} px: innehållet är ${r.fit.scroll} px, ramen ${r.h} px (licensraden slutar vid ${Math.round(r.fit.creditBottom)} px)`);
    expect(cut).toEqual([]);
    // Not needlessly tall either: in the taller of the two layouts at most 15 % of the frame is left empty (the code also holds the layouts between 360 and 680 px).
    const tallest = new Map<string, { h: number; bottom: number }>();
    for (const r of results) tallest.set(r.p, { h: r.h, bottom: Math.max(tallest.get(r.p)?.bottom ?? 0, r.fit.creditBottom) });
    const empty = [...tallest].filter(([, t]) => t.bottom < t.h * 0.85).map(([p, t]) => `${p}: ${Math.round(t.bottom)} av ${t.h} px`);
    expect(empty).toEqual([]);
  }, 400_000);

  it('are light by default even when the reader’s system is dark; the mork address is dark and as tall', async () => {
    const c = charts.find((x) => x.props.typ !== undefined) ?? charts[0]!;
    const path = chartFileHrefs(c).embed;
    const h = iframeOf(c).height;
    const [light_, dark_] = await pool([(p) => measure(p, path, [EMBED_WIDTH], h), (p) => measure(p, `${path}${DARK}/`, [EMBED_WIDTH, EMBED_MIN_WIDTH], h)], 2);
    const [lightFit] = light_!;
    const [darkFit, darkPhone] = dark_!;
    expect(lightFit!.background).toBe('rgb(255, 255, 255)');
    expect(darkFit!.background).toBe('rgb(22, 25, 29)');
    expect(cutOff(darkFit!, h) || cutOff(darkPhone!, h)).toBe(false);
  });

  it('is a check that can fail: a frame one pixel lower than the content cuts it off', async () => {
    const fit = (await pool([(p) => measure(p, chartFileHrefs(charts[0]!).embed, [EMBED_MIN_WIDTH], 400)], 1))[0]![0];
    expect(cutOff(fit!, fit!.scroll)).toBe(false);
    expect(cutOff(fit!, fit!.scroll - 1)).toBe(true);
    expect(cutOff({ ...fit!, licence: false }, fit!.scroll)).toBe(true);
  });
});
