/**
 * Publishing step: the Open Graph images that link previews show. Every page
 * names its image in `<meta property="og:image">` (Base.astro):
 * `/og/<page-id>.png` for a story page (its title, its first chart's wide
 * SVG in the light theme, and the site name), `/og/standard.png` for the rest.
 * The story pages come from the site registry; each one's HTML is checked to
 * name its image, and read for what the image shows.
 * 1200 × 630 PNG, drawn with sharp.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { parseHTML } from 'linkedom';
import { resolveColours, THEMES } from '../charts/palette.ts';
import { SITE } from '../site/config.ts';
import { t } from '../strings.ts';
import { escapeXml } from './svg-text.ts';
import { cachePath, contentKey, readCached, writeWhole } from './file-cache.ts';
import { wrapWords } from '../format/text.ts';
import type { Step } from './postbuild.ts';
import { readPages } from '../site/registry.ts';

export const OG = { width: 1200, height: 630 } as const;
const PAD = 60;
const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const C = THEMES.light;

/** What one image shows. */
export interface OgContent {
  title: string;
  /** Text under the title when there is no chart. */
  text?: string;
  /** The chart's wide SVG, colours resolved, ready to rasterise. */
  chart?: { svg: string; width: number; height: number; title: string };
  legend?: { name: string; svg: string }[];
}

/** Lines for the share image: at most `lines`, the last cut with " …". */
export const wrap = (text: string, max: number, lines: number) => wrapWords(text, max, lines);

/**
 * What of a page the image needs: its `<head>` (the sharing title and
 * description) and its first chart figure. A story page with ten charts is
 * 200 KB of HTML, and parsing it whole took 100 ms (10 s of a cold build at
 * 1 000 charts); this part is a few KB. The figure ends at the first
 * `</figure>` after it: a chart's figure holds no other figure.
 */
export function ogPart(html: string): string {
  const head = /<head[\s>][\s\S]*?<\/head>/.exec(html)?.[0] ?? '';
  const start = html.search(/<figure\s[^>]*class="(?:[^"]*\s)?chart(?:\s[^"]*)?"/);
  const end = start < 0 ? -1 : html.indexOf('</figure>', start);
  const figure = end < 0 ? '' : html.slice(start, end + '</figure>'.length);
  return `<!doctype html><html>${head}<body>${figure}</body></html>`;
}

/** The page's title, description and first chart, from its built HTML. */
export function ogContent(html: string): OgContent {
  const { document } = parseHTML(ogPart(html));
  const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? '';
  const title = meta('og:title') || SITE.name;
  const figure = document.querySelector('figure.chart');
  const plot = figure?.querySelector('.chart-bred svg.plot');
  if (!figure || !plot) return { title, text: meta('og:description') };
  const [, , w, h] = (plot.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!w || !h) return { title, text: meta('og:description') };
  // The SVG is drawn for the page: colours are CSS variables and its font comes from the stylesheet.
  const svg = xml(resolveColours(plot.outerHTML, 'light')).replace(
    /^<svg /,
    `<svg xmlns="http://www.w3.org/2000/svg" font-family="${escapeXml(FONT)}" font-size="12" `,
  );
  const legend = [...figure.querySelectorAll('.legend li')].map((li) => {
    const icon = li.querySelector('svg');
    return { name: li.textContent?.trim() ?? '', svg: icon ? xml(resolveColours(icon.outerHTML, 'light')) : '' };
  });
  const chartTitle = figure.querySelector('.chart-title')?.firstChild?.textContent?.trim() ?? '';
  return { title, chart: { svg, width: w, height: h, title: chartTitle }, legend };
}

/** HTML serialisation → XML that librsvg reads: named entities it does not know become numbers. */
function xml(s: string): string {
  return s.replace(/&nbsp;/g, '&#160;').replace(/\u00a0/g, '&#160;');
}

/** Draw one image. */
export async function renderOg(c: OgContent): Promise<Buffer> {
  const { width: W, height: H } = OG;
  const titleLines = wrap(c.title, c.chart ? 40 : 36, c.chart ? 2 : 3);
  const titleSize = c.chart ? 48 : 58;
  // The site name in small type above the title, unless the title is the site name.
  const named = c.title !== SITE.name;
  let y = named ? 118 : 60;
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="${C.background}"/>`,
    `<rect width="${W}" height="12" fill="${C['--serie-1']}"/>`,
    named ? `<text x="${PAD}" y="70" font-size="24" fill="${C['--dampad']}">${escapeXml(SITE.name)}</text>` : '',
  ];
  for (const line of titleLines) {
    y += titleSize * 1.15;
    parts.push(`<text x="${PAD}" y="${y - titleSize * 0.25}" font-size="${titleSize}" font-weight="700" fill="${C.text}">${escapeXml(line)}</text>`);
  }
  const composites: OverlayOptions[] = [];
  if (c.chart) {
    y += 20;
    parts.push(`<text x="${PAD}" y="${y + 8}" font-size="26" font-weight="700" fill="${C.text}">${escapeXml(c.chart.title)}</text>`);
    let x = PAD;
    const legendY = y + 44;
    for (const item of c.legend ?? []) {
      // The legend's own symbol, scaled from 14 to 22 px.
      parts.push(`<g transform="translate(${x} ${legendY - 18}) scale(1.6)">${item.svg}</g>`);
      parts.push(`<text x="${x + 30}" y="${legendY}" font-size="24" fill="${C.text}">${escapeXml(item.name)}</text>`);
      x += 30 + item.name.length * 13 + 30;
    }
    y = legendY + (c.legend?.length ? 20 : -20);
    const boxW = W - 2 * PAD;
    const boxH = H - y - 30;
    const scale = Math.min(boxW / c.chart.width, boxH / c.chart.height);
    const cw = Math.round(c.chart.width * scale);
    const ch = Math.round(c.chart.height * scale);
    const chart = c.chart.svg.replace(/^<svg /, `<svg width="${cw}" height="${ch}" `);
    composites.push({ input: await sharp(Buffer.from(chart)).png().toBuffer(), left: PAD, top: Math.round(y) });
  } else if (c.text) {
    y += 24;
    for (const line of wrap(c.text, 62, 6)) {
      y += 40;
      parts.push(`<text x="${PAD}" y="${y}" font-size="30" fill="${C.text}">${escapeXml(line)}</text>`);
    }
  }
  const base = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="${escapeXml(FONT)}">${parts.join('')}</svg>`;
  return sharp(Buffer.from(base)).composite(composites).png().toBuffer();
}

/**
 * Images kept between builds (beside Astro's cache, as the chart PNGs), named
 * by the hash of everything that draws them: what the image shows, the
 * drawing code itself (this module's functions as text), the theme, the site
 * name and sharp's and librsvg's versions. The same key gives the same bytes,
 * so an unchanged page's image is copied instead of drawn.
 */
/** The cache file of an image's content. */
export function ogCacheFile(c: OgContent): string {
  return cachePath('og-png', contentKey(drawingKey(), JSON.stringify(c)), '.png');
}

/** Everything that draws an image besides its content: sizes, font, theme, site name, sharp's versions and this module's drawing code. */
function drawingKey(): string {
  const code = [renderOg, wrap, wrapWords, escapeXml].map((f) => f.toString());
  return JSON.stringify([OG, PAD, FONT, C, SITE.name, sharp.versions, code]);
}

/** The image for this content, from the cache or drawn (and then kept). */
async function cachedOg(c: OgContent): Promise<Buffer> {
  const file = ogCacheFile(c);
  const cached = readCached(file);
  if (cached) return cached;
  const png = await renderOg(c);
  writeWhole(file, png);
  return png;
}

/**
 * The page's image without opening its HTML as a document: kept by the hash of
 * the page's built HTML and the drawing and reading code, so an unchanged page
 * is one file read and one hash (at 1 000 charts, parsing every page took 14 s
 * of an unchanged rebuild). Only a page whose HTML changed is parsed, and its
 * image is then drawn only if what it shows changed (ogCacheFile).
 */
function ogPageCacheFile(html: string): string {
  const reading = [ogContent, xml, resolveColours].map((f) => f.toString());
  return cachePath('og-page', contentKey(drawingKey(), JSON.stringify([THEMES.light, reading]), html), '.png');
}

/** A story page's image, from the cache by its HTML, else read from the HTML and drawn or taken from the content cache. */
async function pageOg(html: string): Promise<Buffer> {
  const file = ogPageCacheFile(html);
  const cached = readCached(file);
  if (cached) return cached;
  const png = await cachedOg(ogContent(html));
  writeWhole(file, png);
  return png;
}

/** The image path a page names in og:image, relative to the site root ("/og/kvalitet.png"). */
function ogPath(html: string): string | undefined {
  const m = /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/[^"]+\.png)"/.exec(html);
  return m?.[1];
}

/**
 * Which pages have an image of their own comes from the site registry (every
 * story page, src/site/registry.ts); every other page names the standard image
 * (Base.astro). A story page whose HTML names another image is an error, not a
 * silent mismatch.
 */
export const ogStep: Step = {
  name: 'Open Graph-bilder',
  async run(outDir) {
    const wanted: [string, () => Promise<Buffer>][] = [['/og/standard.png', () => cachedOg({ title: SITE.name, text: t.og.standard })]];
    for (const page of readPages()) {
      const html = readFileSync(join(outDir, page.path, 'index.html'), 'utf8');
      const path = ogPath(html);
      if (path !== `/og/${page.id}.png`) throw new Error(`${page.file}: sidan anger delningsbilden ${path ?? '(ingen)'}, väntat /og/${page.id}.png.`);
      wanted.push([path, () => pageOg(html)]);
    }
    // sharp draws on its own threads, so the images are made side by side.
    await Promise.all(
      wanted.map(async ([path, image]) => {
        const file = join(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, await image());
      }),
    );
  },
};
