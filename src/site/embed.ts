/**
 * Chart embeds: the iframe code offered under each chart, and the height it
 * gives the iframe.
 *
 * An iframe does not grow with its content, so the height in the code must
 * hold the whole figure (title, finding, legend, drawing, source, link back
 * and licence) at the code's width (680 px) and on a 360 px phone. The embed
 * page lays itself out with fixed pixel sizes (see EMBED_CSS below) so the
 * height can be computed here, before any browser sees it: text lines are
 * counted by wrapping words with glyph widths of DejaVu Sans, the widest of
 * the common system fonts (Segoe UI, San Francisco and Roboto need less room,
 * so they leave some white space at the bottom, never a cut-off licence).
 * tests/data-service/embeds.site.test.ts measures every embed in Chromium at
 * both widths against the height in its own code.
 *
 * Light by default: the embed does not follow the reader's dark mode (it would
 * show as a dark box in a white article). A dark page asks for the dark
 * variant by its own address, `/embed/<sida>/<diagram>/mork/` (a static page
 * cannot read `?tema=mork` without JavaScript).
 */
import type { Dataset } from '../data/index.ts';
import { lineCount, textWidth } from '../format/text.ts';
import { WIDTHS, type Figure } from '../render/figure.ts';
import { documentRef, sourceLine } from './text.ts';
import { SITE, siteUrl } from './config.ts';
import { t } from '../strings.ts';

/** Width in the embed code; the iframe is 100 % wide up to this. */
export const EMBED_WIDTH = 680;
/** The narrowest width the height is made for (a phone). */
export const EMBED_MIN_WIDTH = 360;
/** From this iframe width the wide drawing is shown (below it the narrow one). */
export const EMBED_WIDE_FROM = 600;
/** Path segment of the dark variant. */
export const DARK = 'mork';

/** Pixel sizes of the embed layout; EMBED_CSS uses the same numbers. */
const L = {
  pad: 8, // main's padding on every side
  rule: 3, // the figure's top border
  ruleGap: 8, // padding under the border
  title: { size: 18, line: 24, bold: true, after: 4 },
  finding: { size: 16, line: 24, bold: false, after: 8 },
  legend: { size: 15, line: 24, gapY: 4, gapX: 20, mark: 20, margin: 4 },
  source: { size: 14, line: 20, margin: 6 },
  slack: 12, // rounding in the browser, and a glyph wider than the table says
} as const;

/** The texts of an embed besides the drawing. */
export interface EmbedText {
  title: string;
  finding: string;
  legend: string[];
  /** The source line (SourceNote) as read, label included. */
  source: string;
  /** The link back and licence line, as read. */
  credit: string;
}

function legendHeight(items: string[], width: number): number {
  if (items.length === 0) return 0;
  const g = L.legend;
  let lines = 1;
  let used = 0;
  for (const it of items) {
    const w = g.mark + textWidth(it, g.size);
    if (used > 0 && used + g.gapX + w > width) {
      lines++;
      used = 0;
    }
    used += (used > 0 ? g.gapX : 0) + w;
  }
  return lines * g.line + (lines - 1) * g.gapY + 2 * g.margin;
}

function viewBox(svg: string): { w: number; h: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? { w: Number(m[1]), h: Number(m[2]) } : { w: WIDTHS.wide, h: 400 };
}

/** Height of the embed page's content in an iframe `frame` px wide. */
export function contentHeight(fig: Pick<Figure, 'narrow' | 'wide'>, text: EmbedText, frame: number): number {
  const inner = frame - 2 * L.pad;
  const wide = frame >= EMBED_WIDE_FROM;
  const vb = viewBox(wide ? fig.wide : fig.narrow);
  // The narrow drawing keeps its own width at most (it is made for phones); the wide one fills the line.
  const drawing = (vb.h * Math.min(inner, vb.w)) / vb.w;
  const s = L.source;
  return (
    2 * L.pad +
    L.rule +
    L.ruleGap +
    lineCount(text.title, inner, L.title.size, true) * L.title.line +
    L.title.after +
    lineCount(text.finding, inner, L.finding.size) * L.finding.line +
    L.finding.after +
    legendHeight(text.legend, inner) +
    drawing +
    s.margin +
    lineCount(text.source, inner, s.size) * s.line +
    s.margin +
    lineCount(text.credit, inner, s.size) * s.line +
    s.margin +
    L.slack
  );
}

/**
 * The iframe height for an embed: enough for the tallest layout between the
 * phone width and the code's width (the wide drawing is checked at its
 * narrowest too, where its text wraps most).
 */
export function embedHeight(fig: Pick<Figure, 'narrow' | 'wide'>, text: EmbedText): number {
  const widths = [EMBED_MIN_WIDTH, EMBED_WIDE_FROM - 1, EMBED_WIDE_FROM, EMBED_WIDTH];
  return Math.ceil(Math.max(...widths.map((w) => contentHeight(fig, text, w))));
}

/** The link back and licence line of an embed, as the page shows it (the words before the link, and the rest). */
export const CREDIT = { before: 'Diagrammet och siffrorna på', after: `. ${t.publisher.publishedBy} ${SITE.publisher}. Licens:` } as const;

/** The texts of a chart's embed page, as read. */
export function embedText(fig: Pick<Figure, 'title' | 'finding' | 'legend'>, ds: Dataset): EmbedText {
  return {
    title: fig.title,
    finding: fig.finding,
    legend: fig.legend.map((l) => l.name),
    source: `${t.source}: ${sourceLine(ds)}${documentRef(ds).url ? ' Originaldokumentet.' : ''}`,
    credit: `${CREDIT.before} ${SITE.short}${CREDIT.after} ${SITE.licence.name}.`,
  };
}

/** Height of a chart's iframe: see embedHeight. */
export function chartEmbedHeight(fig: Figure, ds: Dataset): number {
  return embedHeight(fig, embedText(fig, ds));
}

/** The `<iframe>` code offered under a chart. */
export function iframeCode(o: { src: string; title: string; height: number }): string {
  const title = o.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${siteUrl(o.src)}" title="${title} (${SITE.short})" width="${EMBED_WIDTH}" height="${o.height}" style="width: 100%; max-width: ${EMBED_WIDTH}px; border: 0;" loading="lazy"></iframe>`;
}
