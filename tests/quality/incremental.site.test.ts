/**
 * Incremental builds give the same bytes as a cold build. A small synthetic
 * site (eleven charts, each its own dataset: ten on the start page, one on a
 * second page) is built, then changed twice, and after each change built
 * again with the same cache. Every per-dataset and per-chart route and every
 * story page has a cache key (src/publish/cache-key.ts): Astro copies the
 * files whose key and code are unchanged and renders the rest. The download
 * files shared by several routes, the all-data files, the share images, the
 * search index and the compressed copies are kept by our own caches
 * (src/publish/built-files.ts, og.ts, search.ts, precompress.ts). After each
 * change the output must be byte-identical to a cold build of the same
 * content, with a cache of its own: a key that leaves out something its file
 * shows publishes the old file, and the comparison fails.
 *
 * 1. One cell of one dataset: everything of the other datasets and charts
 *    is copied (dataset pages, CSV, Excel CSV, JSON, xlsx, zip, SVG, PNG,
 *    light and dark embeds) and so is the second page, nothing of the
 *    changed one nor the start page that shows it.
 * 2. Changes outside the dataset's figures: a chart's title set in the
 *    chapter (the dataset page lists the charts that use it, by title) and a
 *    metadata field of another dataset. A key that left either out would
 *    publish a stale page, and the comparison with a cold build would fail.
 * 3. The chapter's title, in every page's menu: every page with a menu must
 *    show the new one (checked in the files; no third cold build).
 *
 * Self-tests: the output from before each change differs from the cold build
 * exactly in the files the change must reach, so a file wrongly copied would
 * be caught by the comparison. Slow (six builds of a small site, 2–3 minutes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileHashes } from '../helpers/site.ts';
import { changeOneCell, writeSynthetic } from '../../scripts/bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const site = writeSynthetic(join(work, 'site'), 11);
/** The dataset whose cell changes. */
const CHANGED = 'syntetisk-3';
/** The chart that gets a title in the chapter, and the dataset whose description changes. */
const RETITLED = 'syntetisk-5';
const REDESCRIBED = 'syntetisk-7';

/** Files that differ between two outputs (or are in only one). */
function differ(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/**
 * The environment `npm run build` has. Vitest sets NODE_ENV=test and mirrors import.meta.env in PROD, DEV,
 * MODE, SSR and BASE_URL; passed on, they reach the build's import.meta.env (PROD empty) and turn off the
 * caches only a build uses (src/frozen.ts: chart PNGs, download files, all-data files), which would then go untested.
 */
const { NODE_ENV: _nodeEnv, PROD: _prod, DEV: _dev, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...buildEnv } = process.env;

/** Build the synthetic site into `out` with `cache`; returns Astro's log. */
function build(out: string, cache: string): string {
  return execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...buildEnv, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_LOG_LEVEL: 'info', DATA_DIR: site.data, PAGES_DIR: site.pages, OUT_DIR: out, ASTRO_CACHE_DIR: cache },
  });
}

/**
 * The files Astro copied from its cache instead of rendering, as its log
 * names them ("├─ /data/x.csv (restored)"). Routes are built four at a time,
 * so lines interleave: the entries are matched anywhere, not per line.
 * Colours are stripped: with CI set, Astro colours its log even into a pipe.
 */
const reused = (log: string) => new Set([...stripVTControlCharacters(log).matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

/** Every file a dataset has of its own (page and downloads), as the log names it. */
const datasetRoutes = (id: string) => [`/data/${id}/index.html`, `/data/${id}.csv`, `/data/${id}-excel.csv`, `/data/${id}.json`, `/data/${id}.xlsx`, `/data/${id}.zip`];
/** Every file a chart has of its own. */
const chartRoutes = (id: string) => [`/diagram/index/${id}.svg`, `/diagram/index/${id}.png`, `/embed/index/${id}/index.html`, `/embed/index/${id}/mork/index.html`];
const wasReused = (copied: Set<string>, file: string) => copied.has(file);

/** Replace `from` by `to` in a file of the synthetic site, failing loudly when it is not there. */
function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} finns inte i ${file}`);
  writeFileSync(file, text.replace(from, to));
}

const warm = join(work, 'warm');
const warmCache = join(work, 'warm-cache');
let before: Map<string, string>;
let afterCell: Map<string, string>;
let coldCell: Map<string, string>;
let cellLog: Set<string>;
let afterMeta: Map<string, string>;
let coldMeta: Map<string, string>;
let metaLog: Set<string>;
let titleLog: Set<string>;
/** Pages of the rebuild after the chapter title changed, that still name the old title in their menu. */
let staleMenus: string[];
let afterTitle: Map<string, string>;
let menus: number;
let unchangedLog: string;
let afterUnchanged: Map<string, string>;
let touchedLog: string;

beforeAll(() => {
  build(warm, warmCache);
  before = fileHashes(warm);
  // 1. One cell: the Halland value of the first row of one dataset.
  changeOneCell(site.data, CHANGED);
  cellLog = reused(build(warm, warmCache));
  afterCell = fileHashes(warm);
  build(join(work, 'cold-1'), join(work, 'cold-1-cache'));
  coldCell = fileHashes(join(work, 'cold-1'));
  // 2. A chart's title set in the chapter (shown on its dataset's page), another dataset's description.
  const page = join(site.pages, 'index.mdx');
  edit(page, `<Chart data="${RETITLED}" `, `<Chart data="${RETITLED}" titel="Ett omdöpt diagram" `);
  edit(join(site.data, `${REDESCRIBED}.meta.yaml`), 'description: Påhittade siffror', 'description: Ändrade påhittade siffror');
  metaLog = reused(build(warm, warmCache));
  afterMeta = fileHashes(warm);
  build(join(work, 'cold-2'), join(work, 'cold-2-cache'));
  coldMeta = fileHashes(join(work, 'cold-2'));
  // 3. The chapter's title, in the menu of every page.
  edit(page, 'title: Sida 0', 'title: Sida noll');
  titleLog = reused(build(warm, warmCache));
  afterTitle = fileHashes(warm);
  const pages = [...fileHashes(warm).keys()].filter((f) => f.endsWith('.html') && !f.startsWith('embed'));
  menus = pages.length;
  staleMenus = pages.filter((f) => {
    const html = readFileSync(join(warm, f), 'utf8');
    return html.includes('>Sida 0<') || !html.includes('>Sida noll<');
  });
  // 4. Nothing changed: the build is skipped; then an output file touched by hand: built again.
  unchangedLog = build(warm, warmCache);
  afterUnchanged = fileHashes(warm);
  utimesSync(join(warm, 'index.html'), new Date(), new Date());
  touchedLog = build(warm, warmCache);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The caches a build keeps beside Astro's, as the warm builds left them: the ones only a build uses must be there too. */
const ownCaches = () => readdirSync(warmCache).sort();

describe('incremental build', () => {
  it('after one cell, copies every file of the unchanged datasets and charts and none of the changed one', () => {
    for (let i = 0; i < 10; i++) {
      const id = `syntetisk-${i}`;
      for (const route of [...datasetRoutes(id), ...chartRoutes(id)]) {
        expect(wasReused(cellLog, route), `${route} ${id === CHANGED ? 'kopierades fast datasetet ändrades' : 'ritades om fast inget ändrades'}`).toBe(id !== CHANGED);
      }
    }
  });

  it('after one cell, renders the story page that shows the dataset and copies the other', () => {
    expect(wasReused(cellLog, '/index.html'), 'startsidan kopierades fast ett av dess dataset ändrades').toBe(false);
    expect(wasReused(cellLog, '/sida-1/index.html'), 'sida 1 ritades om fast inget den visar ändrades').toBe(true);
  });

  it('after one cell, gives output byte-identical to a cold build of the same content', () => {
    expect(coldCell.size).toBeGreaterThan(100);
    const d = differ(afterCell, coldCell);
    expect(d, `${d.length} filer skiljer sig mellan det inkrementella och det kalla bygget:\n${d.join('\n')}`).toEqual([]);
  });

  it('after a chart title and a metadata field changed, renders what they reach and copies the rest', () => {
    // The dataset page lists the charts that use it, by title; the redescribed dataset's page and files carry the description.
    for (const file of [`/data/${RETITLED}/index.html`, ...chartRoutes(RETITLED), ...datasetRoutes(REDESCRIBED)]) expect(wasReused(metaLog, file), `${file} kopierades fast det ändrades`).toBe(false);
    // The retitled chart's dataset files do not show chart titles: still copied, as is everything of an untouched dataset.
    for (const file of [...datasetRoutes(RETITLED).slice(1), ...datasetRoutes('syntetisk-0'), ...chartRoutes('syntetisk-0'), '/sida-1/index.html']) expect(wasReused(metaLog, file), `${file} ritades om fast inget ändrades`).toBe(true);
    expect(wasReused(metaLog, '/index.html'), 'startsidan kopierades fast ett diagram på den fick ny rubrik').toBe(false);
  });

  it('after a chart title and a metadata field changed, gives output byte-identical to a cold build of the same content', () => {
    const d = differ(afterMeta, coldMeta);
    expect(d, `${d.length} filer skiljer sig mellan det inkrementella och det kalla bygget:\n${d.join('\n')}`).toEqual([]);
  });

  it('after the chapter title changed, renders every page with a menu again and still copies the downloads', () => {
    expect(menus).toBeGreaterThan(10);
    expect(staleMenus, `sidor med den gamla kapitelrubriken i menyn: ${staleMenus.join(', ')}`).toEqual([]);
    for (let i = 0; i < 10; i++) expect(wasReused(titleLog, `/data/syntetisk-${i}/index.html`), `/data/syntetisk-${i}/ kopierades fast menyn ändrades`).toBe(false);
    for (const file of [...datasetRoutes('syntetisk-0').slice(1), '/diagram/index/syntetisk-0.svg', '/diagram/index/syntetisk-0.png']) expect(wasReused(titleLog, file), `${file} ritades om fast den inte visar menyn`).toBe(true);
  });

  it('after the chapter title changed, draws the start page\'s share image again (it shows the title) and keeps the other', () => {
    expect(afterTitle.get('og/index.png')).toBeDefined();
    expect(afterTitle.get('og/index.png'), 'delningsbilden visar den gamla rubriken').not.toBe(afterMeta.get('og/index.png'));
    expect(afterTitle.get('og/sida-1.png')).toBe(afterMeta.get('og/sida-1.png'));
  });

  it('with nothing changed, skips the build and leaves the output as it was (scripts/lib/unchanged.ts)', () => {
    expect(unchangedLog).toMatch(/Inget har ändrats sedan förra bygget/);
    expect(differ(afterUnchanged, afterTitle)).toEqual([]);
  });

  it('self-test: an output file changed since the last build is not skipped but built again', () => {
    expect(touchedLog).not.toMatch(/Inget har ändrats/);
    expect(touchedLog).toMatch(/Webbplatsen är byggd/);
  });

  it('self-test: the builds ran as a build (import.meta.env.PROD), with every cache of their own in use', () => {
    for (const kind of ['all-data', 'chart-png', 'compressed', 'data-file', 'og-page', 'og-png', 'pagefind']) expect(ownCaches(), `cachen ${kind} användes inte`).toContain(kind);
  });

  it('self-test: the output from before each change differs from the cold build where the change shows', () => {
    const cell = differ(before, coldCell);
    for (const f of ['diagram/index/syntetisk-3.png', 'diagram/index/syntetisk-3.svg', 'data/syntetisk-3/index.html', 'data/syntetisk-3.csv', 'data/syntetisk-3.zip', 'embed/index/syntetisk-3/index.html']) expect(cell).toContain(f);
    // Our own caches: the start page and its compressed copies, the all-data files and the search index change too.
    for (const f of ['index.html', 'index.html.br', 'data/syntetisk-3.json.gz', 'data/alla-data.xlsx', 'data/alla-data.zip']) expect(cell).toContain(f);
    expect(cell.some((f) => f.startsWith('pagefind/')), 'sökindexet ändrades inte').toBe(true);
    const meta = differ(afterCell, coldMeta);
    // The dataset page lists the retitled chart; the other dataset's page, JSON and zip carry the new description.
    for (const f of ['data/syntetisk-5/index.html', 'diagram/index/syntetisk-5.svg', 'embed/index/syntetisk-5/index.html', 'data/syntetisk-7/index.html', 'data/syntetisk-7.json', 'data/syntetisk-7.zip']) expect(meta).toContain(f);
    // What the changes do not reach is the same, so the comparison does not fail on everything either.
    for (const f of ['data/syntetisk-0/index.html', 'data/syntetisk-0.csv', 'data/syntetisk-5.csv', 'sida-1/index.html']) expect(meta).not.toContain(f);
  });
});
