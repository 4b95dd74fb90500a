/**
 * Fixture sites built with the real build script (node scripts/build.ts, with
 * DATA_DIR, PAGES_DIR, OUT_DIR and ASTRO_CACHE_DIR pointing at temporary
 * folders): hard labels come out escaped, a 10 000-row dataset builds, and a
 * failed build leaves the previous output untouched. Few builds: each takes
 * several seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/check/index.ts';
import { textWidth } from '../../src/format/text.ts';
import { FONT_SIZE } from '../../src/charts/common.ts';
import { loadAll } from '../../src/data/index.ts';
import { checkCase, copySite, dirsOf, FIXTURES, GOOD_DATA, hashTree, removeTempDirs, runScript, tempDir, writeBigDataset } from './helpers.ts';

const site = copySite('site-full');
writeBigDataset(site.dataDir);
const out = join(tempDir('ut'), 'dist');
// A cache per build: Astro's content store keeps entries from another PAGES_DIR in the same cache.
const build = (dataDir: string, pagesDir: string) => runScript('scripts/build.ts', { DATA_DIR: dataDir, PAGES_DIR: pagesDir, OUT_DIR: out, ASTRO_CACHE_DIR: tempDir('cache') });
let first: { status: number; output: string };

beforeAll(() => {
  first = build(site.dataDir, site.pagesDir);
}, 300_000);
afterAll(removeTempDirs);

describe('a site with hard inputs builds', () => {
  it('builds', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/Webbplatsen är byggd/);
  });

  it('passes the check with a dataset of 10 000 rows', () => {
    expect(loadAll(site.dataDir).get('stort')!.rows.length).toBe(10_000);
    expect(checkContent({ dataDir: site.dataDir, pagesDir: site.pagesDir })).toMatchObject({ problems: [], numbers: [] });
    expect(existsSync(join(out, 'data/stort/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'stort/index.html'), 'utf8')).toContain('rad-10000');
  });

  it('prints a <script> label as text in HTML and SVG, never as an element', () => {
    const files = ['index.html', 'data/etiketter/index.html', 'diagram/index/etiketter.svg'];
    for (const f of files) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).toContain('&lt;script&gt;');
      expect(text, f).not.toMatch(/<script/i);
    }
    // The label typed in MDX (etikett) is escaped the same way.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('&lt;script&gt;alert(&#39;etikett&#39;)&lt;/script&gt;');
  });

  it('wraps a very long label inside the chart and keeps it whole in the table and the description', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const label = readFileSync(join(site.dataDir, 'etiketter.csv'), 'utf8').split('\n')[3]!.split('",')[0]!.replace(/^"/, '');
    const svgs = html.match(/<svg [^>]*class="plot".*?<\/svg>/gs) ?? [];
    expect(svgs.length).toBe(2); // narrow and wide
    for (const svg of svgs) {
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
      const at = svg.search(/<text[^>]*><tspan[^>]*>Ett mycket långt/);
      expect(at).toBeGreaterThan(0);
      const text = svg.slice(at, svg.indexOf('</text>', at));
      const group = svg.slice(svg.lastIndexOf('<g', at), at);
      const [, gx, gy] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(group)!.map(Number);
      const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(text)!.map(Number);
      const lines = [...text.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(label);
      // Geometry: FONT_SIZE px text, lines as far apart as the tspans say, and line widths glyph by glyph as DejaVu Sans, the widest
      // usual system font, sets them (src/format/text.ts; the chart's layout used the coarser uniform estimate).
      const firstY = Number(/<tspan y="([-\d.]+)em"/.exec(text)![1]) * FONT_SIZE;
      const top = gy! + ty! + firstY - FONT_SIZE;
      const step = Number(/<tspan dy="([\d.]+)em"/.exec(text)![1]) * FONT_SIZE;
      const bottom = gy! + ty! + firstY + (lines.length - 1) * step;
      const width = Math.max(...lines.map((l) => textWidth(l.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), FONT_SIZE)));
      const x = gx! + tx!;
      const [left, right] = /text-anchor="end"/.test(group) ? [x - width, x] : [x, x + width];
      expect({ top, bottom, left, right }).toEqual({ top: expect.toSatisfy((v: number) => v >= 0), bottom: expect.toSatisfy((v: number) => v <= h!), left: expect.toSatisfy((v: number) => v >= 0), right: expect.toSatisfy((v: number) => v <= w!) });
      expect(svg).toContain(label); // whole in <desc>
    }
    expect(html).toContain(`<th scope="row">${label}</th>`);
  });
});

describe('nothing broken is published', () => {
  it('a failed build leaves the previous output untouched', () => {
    const before = hashTree(out);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    // A failure inside Astro itself, which no content check can foresee: here its cache folder cannot be made.
    const notAFolder = join(tempDir('inte-mapp'), 'fil');
    writeFileSync(notAFolder, '');
    const r = runScript('scripts/build.ts', { DATA_DIR: site.dataDir, PAGES_DIR: site.pagesDir, OUT_DIR: out, ASTRO_CACHE_DIR: join(notAFolder, 'cache') });
    expect(r.status).toBe(1);
    expect(r.output).toContain('Fel vid bygget: bygget stannade utan att ange någon fil. Kör npm run check;');
    expect(r.output).toContain(`Bygget avbröts. Den tidigare publicerade versionen i ${out} är orörd.`);
    expect(r.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(hashTree(out)).toEqual(before);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  }, 300_000);

  it('a dataset id computed in an expression is refused by the check before Astro starts (issue 19: code in a page)', () => {
    const before = hashTree(out);
    const pages = tempDir('trasig');
    writeFileSync(
      join(pages, 'index.mdx'),
      '---\ntitle: Trasig\ndescription: En sida vars dataset-id räknas fram i ett uttryck.\norder: 0\nupdated: 2026-11-23\n---\n\n' +
        '<Chart data={"npe-primarvard" + "-2022"} typ="staplar" kategori="dimension" varden="halland" slutsats="Ett diagram som inte kan ritas." />\n',
    );
    const r = build(GOOD_DATA, pages);
    expect(r.status).toBe(1);
    expect(r.output).toContain('index.mdx, rad 8: egenskapen data={…} i <Chart> är kod, inte ett värde.');
    expect(r.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(hashTree(out)).toEqual(before);
  }, 300_000);

  it('the build stops on a content error before building, with the words of npm run check', () => {
    const before = hashTree(out);
    const r = build(GOOD_DATA, dirsOf('okant-dataset').pagesDir);
    expect(r.status).toBe(1);
    expect(r.output).toContain(checkCase('okant-dataset'));
    expect(hashTree(out)).toEqual(before);
  }, 300_000);

  it('npm run check exits 1 with the same message, and 0 for a valid site', () => {
    const bad = runScript('scripts/check.ts', { DATA_DIR: `${FIXTURES}/procent-over-100/data`, PAGES_DIR: tempDir('inga-sidor') });
    expect(bad.status).toBe(1);
    expect(bad.output).toContain(checkCase('procent-over-100'));
    const good = runScript('scripts/check.ts', { DATA_DIR: site.dataDir, PAGES_DIR: site.pagesDir });
    expect(good.output).toMatch(/^Allt innehåll är giltigt: 3 dataset, 2 sidor/);
    expect(good.status).toBe(0);
  });
});
