/**
 * The renderer rounds coordinates, never text: a label, the title and the
 * description reach the SVG (and so screen readers) exactly as written.
 * Issue 19: "2.345 … 10.0.0.123" was drawn as "2.3 … 10.0.0.1".
 */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { renderSvg } from '../src/render/index.ts';

const LABEL = 'Version 2.345 av 10.0.0.123, −0.50 och 1.005';

function draw(): string {
  return renderSvg(
    { width: 333, height: 177, marks: [Plot.text([{ x: 1.23456, y: 2.34567, t: LABEL }], { x: 'x', y: 'y', text: 't' }), Plot.dot([{ x: 0.333333, y: 0.777777 }], { x: 'x', y: 'y' })] },
    { id: 'prov', title: `Titel 3.14159 (${LABEL})`, description: `Beskrivning 2.71828: ${LABEL}` },
  );
}

describe('renderSvg keeps text as written', () => {
  const svg = draw();
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);

  it('keeps a label with dotted numbers whole', () => {
    const texts = [...document.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(LABEL);
  });

  it('keeps the title and the description whole', () => {
    expect(document.querySelector('title')!.textContent).toBe(`Titel 3.14159 (${LABEL})`);
    expect(document.querySelector('desc')!.textContent).toBe(`Beskrivning 2.71828: ${LABEL}`);
  });

  it('still rounds the geometry to one decimal', () => {
    for (const el of document.querySelectorAll('svg *')) {
      for (const name of ['x', 'y', 'cx', 'cy', 'transform', 'd']) {
        const v = el.getAttribute(name);
        if (v) expect(v, `${el.tagName} ${name}`).not.toMatch(/\d\.\d{2,}/);
      }
    }
  });
});
