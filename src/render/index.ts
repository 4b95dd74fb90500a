/**
 * The one renderer: Plot options in, an SVG string out, at build time.
 *
 * Plot draws into a linkedom document (a few ms per chart; jsdom is several
 * times slower). What we change afterwards, and why:
 * - Plot's inline <style> goes: it would need `style-src 'unsafe-inline'`,
 *   and the site stylesheet styles `.plot` anyway.
 * - Plot's `aria-label` on <g> elements goes: axe flags it
 *   (aria-prohibited-attr) and the root's description says it better.
 * - The root gets role="img", a <title> and a <desc> with stable ids.
 * - Fixed width/height go (viewBox stays), so the SVG scales to its box.
 * - Coordinates are rounded, so the output is small and deterministic;
 *   only geometry attributes, never a text or a label.
 * - The chart's font size goes on a group around the drawing, so the text is
 *   the size its layout was computed for, on the page and in the image files.
 * - Marks keep Plot's <title> children: the exact value on hover, no JavaScript.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface SvgText {
  /** Unique on the page; used to build the ids of <title> and <desc>. */
  id: string;
  title: string;
  description: string;
}

/**
 * Attributes that hold only coordinates, sizes and opacities. Rounding anywhere else
 * would change what a reader is told: a label "2.345 … 10.0.0.123" once
 * came out as "2.3 … 10.0.0.1", in the picture and to screen readers.
 */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'd', 'points', 'transform', 'viewBox', 'width', 'height', 'stroke-width', 'stroke-opacity', 'fill-opacity', 'opacity', 'offset']);

/** Round long decimals in a geometry attribute's value (to one decimal; −0 becomes 0). */
function roundNumbers(value: string): string {
  return value.replace(/(-?\d+\.\d{2,})/g, (m) => {
    const r = Math.round(Number(m) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/** Round the geometry attributes of an element and its descendants; text and every other attribute are left as Plot wrote them. */
function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) {
      if (!GEOMETRY.has(name)) continue;
      const value = el.getAttribute(name)!;
      const rounded = roundNumbers(value);
      if (rounded !== value) el.setAttribute(name, rounded);
    }
  }
}

/** Render Plot options to an accessible, style-free SVG string. */
export function renderSvg(options: PlotOptions, text: SvgText): string {
  const node = Plot.plot({ ...options, document, className: 'plot' } as PlotOptions) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('Plot gav ingen SVG');
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const attr of ['width', 'height', 'font-family', 'font-size', 'style']) svg.removeAttribute(attr);
  // The chart's text size goes on one group around the drawing (not on the root, which
  // the stylesheet and the image exports style): the size the chart was laid out for.
  const size = parseFloat(String((options.style as { fontSize?: string } | undefined)?.fontSize ?? ''));
  if (size > 0) {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('font-size', String(size));
    while (svg.firstChild) g.appendChild(svg.firstChild);
    svg.appendChild(g);
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${text.id}-titel ${text.id}-beskr`);
  // Built with DOM calls: re-parsing innerHTML in linkedom's HTML mode would nest self-closed SVG elements.
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', `${text.id}-titel`);
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${text.id}-beskr`);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  roundGeometry(svg);
  return svg.outerHTML;
}
