/**
 * Charts and tables as a reader sees them, measured in Chromium on a 360×640
 * phone and a 1280 px desktop, on every story page:
 * - chart text at least 12 CSS px as displayed on the phone, 13 px on the desktop
 *   (the SVG is scaled to its box, so the size read is font size × scale);
 * - no two texts of a chart overlap (category labels, value labels, ticks, target labels);
 * - no story-page table (chart tables opened) reaches past the viewport or is clipped by its box;
 * - the lede's first line is on the phone's first screen (the table of contents is folded there);
 * - the header navigation is one row on the desktop.
 * A failure names the page, the chart or table and what is wrong. The self-test
 * shows each check failing on a deliberately bad page.
 *
 * All pages open at once, in tabs of one browser (two contexts), to keep it fast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlPages } from '../helpers/site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { launch } from '../quality/browser.ts';

/** Story pages: the chapters (everything that is not the data service, search, embeds or the statement). */
const STORY = htmlPages().filter((p) => !/^\/(data|embed|sok|diagram|og|tillganglighetsredogorelse)\/|^\/404/.test(p));

export const WIDTHS = [
  { width: 360, height: 640, minText: 12 },
  { width: 1280, height: 900, minText: 13 },
] as const;

interface Limits { minText: number; width: number; height: number; /** Every <details> opened: the first screen is no longer as the reader sees it. */ opened?: boolean }

/**
 * What is wrong on the page as shown, one Swedish line per problem. Runs in the
 * browser: everything is measured from the layout, nothing from the source.
 */
function measure(limits: Limits): { problems: string[]; charts: number; tables: number } {
  const problems: string[] = [];
  let charts = 0;
  let tables = 0;
  const px = (n: number) => `${n.toFixed(1).replace('.', ',')} px`;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  // Header navigation on one row (desktop).
  const nav = document.querySelector('.nav-bred > ul');
  if (nav && shown(nav) && !limits.opened && limits.width >= 1000) {
    // One row: every item starts above the bottom of every other (items may differ in height).
    const items = [...nav.children].filter(shown).map((li) => li.getBoundingClientRect());
    const rows = items.filter((a, i) => items.slice(0, i).every((b) => a.top >= b.bottom - 1)).length;
    if (rows > 1) problems.push(`navigeringen i sidhuvudet går över ${rows} rader`);
  }

  // The lede: the first paragraph of the article after the heading, on the first screen of a phone.
  const lede = document.querySelector('article > p:not(.updated)');
  if (lede && !limits.opened && limits.width < 600) {
    const top = lede.getBoundingClientRect().top + window.scrollY;
    const line = parseFloat(getComputedStyle(lede).lineHeight) || 24;
    if (top + line > limits.height) problems.push(`ingressens första rad slutar ${px(top + line)} ner, under första skärmen (${limits.height} px)`);
  }

  // Charts: text size and overlapping text.
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.plot')) {
    if (!shown(svg)) continue;
    charts++;
    const figure = svg.closest('figure');
    const name = `diagrammet "${figure?.id || figure?.querySelector('.chart-title')?.textContent?.trim() || '?'}"`;
    const vb = svg.viewBox.baseVal;
    const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
    const boxes: { text: string; r: DOMRect }[] = [];
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const content = text.textContent?.trim();
      if (!content || !shown(text)) continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < limits.minText - 0.05) problems.push(`${name}: texten "${content}" är ${px(size)}, minst ${limits.minText} px`);
      // Each line of a wrapped label on its own.
      const lines = text.querySelectorAll('tspan');
      for (const part of lines.length ? [...lines] : [text]) {
        const t = part.textContent?.trim();
        if (t) boxes.push({ text: t, r: part.getBoundingClientRect() });
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Glyph boxes include the line's ascent and descent: a sliver of shared box is not ink on ink.
        if (w > 1 && h > 2) problems.push(`${name}: "${boxes[i]!.text}" och "${boxes[j]!.text}" överlappar (${px(w)} × ${px(h)})`);
      }
    }
  }

  // Tables: nothing past the right edge of the screen, nothing cut off inside its box.
  const right = document.documentElement.clientWidth;
  for (const wrap of document.querySelectorAll<HTMLElement>('.table-wrap')) {
    const table = wrap.querySelector('table');
    if (!table || !shown(wrap)) continue;
    tables++;
    const name = `tabellen "${table.querySelector('caption')?.textContent?.trim() ?? wrap.getAttribute('aria-label')}"`;
    if (table.scrollWidth > wrap.clientWidth + 1) problems.push(`${name} är ${px(table.scrollWidth)} bred men har ${px(wrap.clientWidth)}: kolumner döljs`);
    for (const cell of table.querySelectorAll('th, td')) {
      // A header row hidden visually (the reflowed table keeps it for screen readers) is not seen.
      const head = cell.closest('thead');
      if (head && head.getBoundingClientRect().width <= 1) continue;
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1) {
        problems.push(`${name}: cellen "${cell.textContent?.trim().slice(0, 40)}" slutar vid ${px(r.right)}, utanför skärmen (${right} px)`);
        break;
      }
    }
  }
  return { problems, charts, tables };
}

/** Measure a page: first as it opens (lede, navigation), then with every <details> open (the charts' tables). */
async function problemsOf(page: Page, limits: Limits, seen = { charts: 0, tables: 0 }): Promise<string[]> {
  const first = await page.evaluate(measure, limits);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) if (!d.closest('header')) d.open = true;
  });
  const opened = await page.evaluate(measure, { ...limits, opened: true });
  seen.charts += opened.charts;
  seen.tables += opened.tables;
  return [...new Set([...first.problems, ...opened.problems])];
}

let browser: Browser;
let server: StaticServer;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  for (const w of WIDTHS) contexts.set(w.width, await browser.newContext({ viewport: { width: w.width, height: w.height } }));
});

afterAll(async () => {
  for (const c of contexts.values()) await c.close();
  await browser?.close();
  await server?.close();
});

describe('legibility of charts and tables at 360 and 1280 px', () => {
  it(`${STORY.length} story pages found`, () => {
    expect(STORY).toContain('/miljo/');
    expect(STORY.length).toBeGreaterThan(5);
  });

  for (const limits of WIDTHS) {
    it(`every story page at ${limits.width} px`, async () => {
      const ctx = contexts.get(limits.width)!;
      const seen = { charts: 0, tables: 0 };
      const found = await Promise.all(
        STORY.map(async (path) => {
          const page = await ctx.newPage();
          try {
            await page.goto(server.origin + path, { waitUntil: 'load' });
            return (await problemsOf(page, limits, seen)).map((p) => `${path} (${limits.width} px): ${p}`);
          } finally {
            await page.close();
          }
        }),
      );
      expect(found.flat()).toEqual([]);
      // The checks saw the site's charts (one drawing each at this width) and tables.
      expect(seen.charts).toBeGreaterThanOrEqual(20);
      expect(seen.tables).toBeGreaterThanOrEqual(40);
    });
  }
});

describe('self-test: the checks fail on a deliberately bad page', () => {
  const bad = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>body{margin:0;font:16px sans-serif}</style></head><body>
    <header><nav class="nav-bred"><ul style="display:flex;flex-wrap:wrap;width:300px;margin:0;padding:0;list-style:none">
      ${Array.from({ length: 8 }, (_, i) => `<li style="width:90px">Kapitel ${i}</li>`).join('')}</ul></nav></header>
    <article><h1 style="margin-top:700px">Rubrik</h1><p>Ingressen står långt ner.</p>
      <figure class="chart" id="dalig"><svg class="plot" viewBox="0 0 680 200" style="width:340px" font-size="13">
        <text x="10" y="50">Halland 88 %</text><text x="20" y="52">Riket 88 %</text><text x="300" y="150">liten</text>
      </svg></figure>
      <details><summary>Tabell</summary><section class="table-wrap" style="overflow:hidden;max-width:100%"><table><caption>Bred tabell</caption>
        <tr><th>Nyckeltal</th>${Array.from({ length: 14 }, () => '<td>Antibiotikarecept</td>').join('')}</tr></table></section></details>
    </article></body></html>`;

  it('reports small text, overlapping labels, a clipped table, a lede below the fold (360 px) and a wrapped navigation (1280 px)', async () => {
    const phone = await contexts.get(360)!.newPage();
    await phone.setContent(bad);
    const atPhone = await problemsOf(phone, WIDTHS[0]);
    expect(atPhone).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^diagrammet "dalig": texten "liten" är 6,5 px, minst 12 px$/),
        expect.stringMatching(/^diagrammet "dalig": "Halland 88 %" och "Riket 88 %" överlappar/),
        expect.stringMatching(/^tabellen "Bred tabell" är .* kolumner döljs$/),
        expect.stringMatching(/^ingressens första rad slutar .* under första skärmen \(640 px\)$/),
      ]),
    );
    await phone.close();
    const desk = await contexts.get(1280)!.newPage();
    await desk.setContent(bad.replace('overflow:hidden;', ''));
    const atDesk = await problemsOf(desk, WIDTHS[1]);
    expect(atDesk).toEqual(expect.arrayContaining([expect.stringMatching(/^navigeringen i sidhuvudet går över \d rader$/), expect.stringMatching(/utanför skärmen/)]));
    expect(atDesk.some((p) => p.startsWith('ingressens'))).toBe(false);
    await desk.close();
  });

  it('passes a page that does it right', async () => {
    const page = await contexts.get(360)!.newPage();
    await page.setContent(`<!doctype html><html lang="sv"><body style="margin:0"><article><h1>R</h1><p>Ingress.</p>
      <figure id="bra"><svg class="plot" viewBox="0 0 340 100" style="width:340px" font-size="13"><text x="10" y="30">Halland och riket: 88 %</text><text x="10" y="60">plats 8</text></svg></figure>
      <section class="table-wrap"><table><caption>Smal</caption><tr><th>År</th><td>88 %</td></tr></table></section></article></body></html>`);
    expect(await problemsOf(page, WIDTHS[0])).toEqual([]);
    await page.close();
  });
});
