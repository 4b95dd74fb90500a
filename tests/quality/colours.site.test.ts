/**
 * Chart colours. axe cannot see contrast inside SVG, so we compute it from
 * the palette (src/charts/palette.ts THEMES), check that the stylesheet
 * (src/styles/site.css, kept in step by hand) says the same, that the series
 * stay apart for the common colour-vision deficiencies, and that every chart
 * with more than one series has a text legend.
 *
 * Thresholds and why:
 * - Series colours ≥ 4.5:1 against the background: they also colour the
 *   direct value labels in comparison charts, which are text (WCAG 1.4.3).
 * - Other marks (target line, positive/negative bars, grid) ≥ 3:1
 *   (WCAG 1.4.11, non-text contrast). Chart text and muted text ≥ 4.5:1.
 * - Series pairs: CIEDE2000 ΔE ≥ 10 with normal vision and with protanopia,
 *   deuteranopia and tritanopia (Machado et al. 2009, severity 1.0). A just
 *   noticeable difference is about ΔE00 1 for large patches side by side;
 *   chart symbols are small and apart, so we ask for ten times that. Colour
 *   is never the only cue anyway: each series has its own symbol and a
 *   legend in words.
 * - Not held to the ΔE rule: the red/green of deviation charts. There the
 *   sign is also the bar's direction from zero and the label's minus sign.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { THEMES } from '../../src/charts/palette.ts';
import { CVD, contrast, deltaE2000, deltaE2000Lab, simulate } from '../helpers/colour.ts';
import { htmlPages, readPage } from '../helpers/site.ts';

const CSS = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'site.css'), 'utf8');
const SERIES_KEYS = ['--serie-1', '--serie-2', '--serie-3'] as const;
const MIN_DELTA_E = 10;
type Theme = Record<string, string>;
const themes = Object.entries(THEMES) as [string, Theme][];

/** Custom properties of every `:root` rule, keyed by the at-rules around it ("" at top level). */
function rootBlocks(css: string): { context: string; vars: Record<string, string> }[] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: { context: string; vars: Record<string, string> }[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{') {
      const prelude = src.slice(start, i).split(/[;}]/).pop()!.trim();
      if (prelude === ':root') {
        const end = src.indexOf('}', i);
        const vars: Record<string, string> = {};
        for (const [, k, v] of src.slice(i + 1, end).matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+)/g)) vars[k!] = v!.trim().toLowerCase();
        out.push({ context: stack.join(' '), vars });
        i = end;
        start = end + 1;
        continue;
      }
      stack.push(prelude);
      start = i + 1;
    } else if (ch === '}') {
      stack.pop();
      start = i + 1;
    } else if (ch === ';') start = i + 1;
  }
  return out;
}

describe('colour arithmetic (known answers)', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('computes CIEDE2000 as in Sharma, Wu & Dalal (2005), table 1', () => {
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000Lab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000Lab([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });
  it('simulates dichromacy: greys stay grey, red and green meet for protanopes and deuteranopes', () => {
    for (const kind of Object.keys(CVD) as (keyof typeof CVD)[]) {
      expect(simulate('#ffffff', kind)).toBe('#ffffff');
      expect(simulate('#000000', kind)).toBe('#000000');
    }
    expect(deltaE2000(simulate('#cc0000', 'deuteranopi'), simulate('#4d8c00', 'deuteranopi'))).toBeLessThan(MIN_DELTA_E);
    expect(deltaE2000(simulate('#cc0000', 'tritanopi'), simulate('#4d8c00', 'tritanopi'))).toBeGreaterThan(MIN_DELTA_E);
  });
});

describe.each(themes)('palette, %s theme', (name, t) => {
  const bg = t.background!;

  it('draws text and series labels at 4.5:1 or more against the background', () => {
    const low = ['text', '--dampad', ...SERIES_KEYS]
      .map((k) => [k, contrast(t[k]!, bg)] as const)
      .filter(([, c]) => c < 4.5)
      .map(([k, c]) => `${k} ${t[k]} ${c.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });

  it('draws every other mark at 3:1 or more against the background', () => {
    const marks = Object.keys(t).filter((k) => k.startsWith('--') && k !== '--bakgrund');
    expect(marks.length).toBeGreaterThanOrEqual(7);
    const low = marks.filter((k) => contrast(t[k]!, bg) < 3).map((k) => `${k} ${t[k]} ${contrast(t[k]!, bg).toFixed(2)}:1`);
    expect(low).toEqual([]);
  });

  it(`keeps the series apart (CIEDE2000 ≥ ${MIN_DELTA_E}) with normal vision, protanopia, deuteranopia and tritanopia`, () => {
    const close: string[] = [];
    for (const kind of ['normal', ...Object.keys(CVD)] as const) {
      const see = (hex: string) => (kind === 'normal' ? hex : simulate(hex, kind as keyof typeof CVD));
      for (let i = 0; i < SERIES_KEYS.length; i++)
        for (let j = i + 1; j < SERIES_KEYS.length; j++) {
          const d = deltaE2000(see(t[SERIES_KEYS[i]!]!), see(t[SERIES_KEYS[j]!]!));
          if (d < MIN_DELTA_E) close.push(`${kind}: ${SERIES_KEYS[i]} ${t[SERIES_KEYS[i]!]} och ${SERIES_KEYS[j]} ${t[SERIES_KEYS[j]!]} ΔE ${d.toFixed(1)}`);
        }
    }
    expect(close).toEqual([]);
  });
});

describe('site.css says the same as palette.ts', () => {
  const blocks = rootBlocks(CSS);
  const merged = (pick: (context: string) => boolean) => Object.assign({}, ...blocks.filter((b) => pick(b.context)).map((b) => b.vars)) as Record<string, string>;
  const css: Record<string, Record<string, string>> = {
    light: merged((c) => c === ''),
    dark: merged((c) => /prefers-color-scheme:\s*dark/.test(c)),
  };

  it.each(themes)('%s theme', (name, t) => {
    const vars = css[name]!;
    const want = Object.fromEntries(
      Object.entries(t).map(([k, v]) => [k === 'background' ? '--bakgrund' : k === 'text' ? '--text' : k, v.toLowerCase()]),
    );
    const have = Object.fromEntries(Object.keys(want).map((k) => [k, vars[k]]));
    expect(have).toEqual(want);
  });

  it('prints chart marks in the light colours', () => {
    const print = merged((c) => /\bprint\b/.test(c));
    const light = THEMES.light as Record<string, string>;
    const marks = [...SERIES_KEYS, '--mal', '--negativ', '--positiv', '--rutnat'];
    const differ = marks.filter((k) => print[k] !== undefined && print[k] !== light[k]!.toLowerCase()).map((k) => `${k}: ${print[k]} ≠ ${light[k]}`);
    expect(differ).toEqual([]);
  });
});

describe('charts with more than one series have a text legend', () => {
  const pages = htmlPages().filter((p) => readPage(p).includes('class="plot"'));

  it('some pages have charts', () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages)('%s', (path) => {
    const { document } = parseHTML(readPage(path));
    const problems: string[] = [];
    for (const svg of document.querySelectorAll('svg.plot')) {
      const used = new Set(svg.outerHTML.match(/var\(--serie-\d\)/g) ?? []);
      if (used.size < 2) continue;
      const figure = svg.closest('figure') ?? document;
      const legend = [...figure.querySelectorAll('ul.legend li')];
      const named = new Set(legend.filter((li) => li.textContent!.trim() !== '').map((li) => li.querySelector('svg')?.getAttribute('fill')));
      for (const colour of used) if (!named.has(colour)) problems.push(`${svg.getAttribute('aria-labelledby')}: ${colour} saknas i teckenförklaringen`);
    }
    expect(problems).toEqual([]);
  });
});
