/**
 * Lighthouse (mobile preset, its default) on each page, in Debian's Chromium.
 * Returns the four category scores and the core timings.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.ts';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export async function runLighthouse(base: string, pages: string[]): Promise<LighthouseRow[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(base + page, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const num = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
      rows.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        cls: num('cumulative-layout-shift'),
        tbtMs: num('total-blocking-time'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
