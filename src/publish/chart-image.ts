/**
 * A chart as a file to use outside the site: an SVG that stands on its own
 * (title, finding, legend, source, licence and address inside the image,
 * light colours fixed, white background) and a PNG rasterised from it with
 * sharp at twice the size, so text stays crisp on high-density screens and in
 * print.
 *
 * Long titles and source lines are wrapped here: an SVG has no line breaking,
 * and a source line is often wider than the chart.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import type { Figure } from '../render/figure.ts';
import { resolveColours } from '../charts/palette.ts';
import { sourceLine } from '../site/text.ts';
import { PUBLISHER, SITE, siteUrl } from '../site/config.ts';
import { t } from '../strings.ts';
import type { Dataset } from '../data/index.ts';
import { chartFileHrefs, type ChartEntry } from '../site/registry.ts';
import { FROZEN } from '../frozen.ts';
import { escapeXml } from './svg-text.ts';
import { cachePath, contentKey, readCached, writeWhole } from './file-cache.ts';
import { charsIn, wrapWords } from '../format/text.ts';

/** Scale of the PNG relative to the SVG's CSS pixels. */
export const PNG_SCALE = 2;

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
/** Average glyph width as a share of the font size (generous, so lines never overflow). */
const GLYPH = 0.58;

const SHAPES: Record<string, string> = {
  circle: '<circle cx="7" cy="7" r="5"/>',
  diamond: '<path d="M7,0L11.5,7L7,14L2.5,7Z"/>',
  square: '<rect x="2" y="2" width="10" height="10"/>',
};


/** Break text into lines that fit `width` px at `size` px. */
export function wrap(text: string, width: number, size: number): string[] {
  return wrapWords(text, Math.max(10, charsIn(width, size, GLYPH)));
}

/** The standalone SVG of a chart, light theme, everything needed to cite it inside. */
export function chartImageSvg(fig: Figure, ds: Dataset, entry: Pick<ChartEntry, 'page' | 'id'>): string {
  const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(fig.wide);
  const w = Number(m?.[1] ?? 680);
  const h = Number(m?.[2] ?? 400);
  const inner = w - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const textLines = (lines: string[], size: number, lh: number, attrs = '') => {
    for (const l of lines) {
      y += lh;
      parts.push(`<text x="${PAD}" y="${y - (lh - size) / 2 - 2}" font-size="${size}"${attrs}>${escapeXml(l)}</text>`);
    }
  };
  textLines(wrap(fig.title, inner, 17), 17, 23, ' font-weight="bold"');
  textLines(wrap(fig.finding, inner, 13), 13, 19);
  if (fig.legend.length) {
    y += 8;
    let x = PAD;
    for (const it of fig.legend) {
      const width = 20 + it.name.length * 12 * GLYPH + 16;
      if (x + width > w - PAD && x > PAD) {
        x = PAD;
        y += 20;
      }
      parts.push(`<g transform="translate(${x},${y})" fill="${it.colour}">${SHAPES[it.symbol] ?? SHAPES.circle}</g>`);
      parts.push(`<text x="${x + 20}" y="${y + 11}" font-size="12">${escapeXml(it.name)}</text>`);
      x += Math.round(width);
    }
    y += 16;
  }
  y += 10;
  const body = fig.wide
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<title[^>]*>[\s\S]*?<\/title>/, '')
    .replace(/<desc[^>]*>[\s\S]*?<\/desc>/, '');
  parts.push(`<svg x="0" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" text-anchor="middle" fill="currentColor" overflow="visible">${body}</svg>`);
  y += h + 8;
  textLines(wrap(`Källa: ${sourceLine(ds)}`, inner, 11), 11, 15, ' fill="var(--dampad)"');
  const url = siteUrl(chartFileHrefs(entry).anchor);
  textLines(wrap(`${t.publisher.publishedBy} ${PUBLISHER.name}, ${url}. Licens: ${SITE.licence.name}.`, inner, 11), 11, 15, ' fill="var(--dampad)"');
  const total = Math.ceil(y + PAD);
  // A right margin: Plot draws labels up to the edge of its own box.
  const width = w + PAD;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT)}" font-size="12" fill="currentColor" text-anchor="start">` +
    `<title>${escapeXml(fig.title)}</title><desc>${escapeXml(fig.description)}</desc>` +
    `<rect width="100%" height="100%" fill="var(--bakgrund)"/>` +
    parts.join('') +
    `</svg>\n`;
  return resolveColours(svg, 'light');
}

const PNG_LEVEL = 6;

/**
 * Rasterised PNGs kept between builds, named by the hash of their input: the
 * SVG, the scale and level, and sharp's and librsvg's versions. A chart whose
 * page or code changed but whose image did not (text edited above it, a
 * change elsewhere in the renderer) is then not rasterised again. Beside
 * Astro's own cache (ASTRO_CACHE_DIR, as in astro.config.mjs); only in a build.
 */
export function pngCacheFile(svg: string): string {
  return cachePath('chart-png', contentKey(JSON.stringify([PNG_SCALE, PNG_LEVEL, sharp.versions]), svg), '.png');
}

/**
 * The PNG of a standalone chart SVG, at PNG_SCALE times its size.
 * zlib level 6, not 9: a third of the time for files about 4 % larger (bench: 164 → 56 ms per chart).
 * sharp (librsvg), not resvg: resvg took 3–4 times the processor time per chart (docs/bench/README.md).
 */
export async function chartPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = FROZEN ? pngCacheFile(svg) : undefined;
  const cached = file && readCached(file);
  if (cached) return new Uint8Array(cached);
  const buf = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png({ compressionLevel: PNG_LEVEL }).toBuffer();
  if (file) writeWhole(file, buf);
  return new Uint8Array(buf);
}
