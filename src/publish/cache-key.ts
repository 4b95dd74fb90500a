/**
 * Cache keys for Astro's experimental incremental build (`cacheKey` in
 * getStaticPaths, astro.config.mjs): a keyed route's file is copied from the
 * previous build when its key and the route's code are unchanged.
 *
 * Astro sees only code: it hashes the route's module graph (renderer,
 * palette, texts, site.ts), and the lockfile and config. It does not see what
 * the code reads from files at build time, nor the content collection's data
 * (its modules are left out of the hash). So a key holds everything a file
 * reads that is not code:
 *
 * - the dataset: its CSV text and all its metadata (every file of a dataset);
 * - a chart: its props as written on the page, with its dataset;
 * - the site's origin (every page and most files name their own address;
 *   it is also in the config, which Astro hashes, but a key must not lean on that);
 * - the build date (src/site/build-date.ts: the newest changelog date of
 *   all datasets) where it is stamped in (the zip's timestamps and README);
 * - on HTML pages, the page shell that Base.astro draws: the chapters'
 *   titles, menu names and order (from the content collection), and the
 *   names of the built stylesheets (`_astro/*.css`). The stylesheet's hashed
 *   name changes when any component's style changes, also one a dataset page
 *   does not import, so the route's code hash alone would leave a stale link;
 * - on a dataset page, which pages and charts use the dataset (read from the
 *   chapters' MDX: a chart added, moved or renamed elsewhere changes the page).
 * - on a story page, its MDX (text and frontmatter), the glossary (its terms are
 *   linked in the text), the build date (in each chart's citation) and the
 *   datasets its components name; a page with a component that reads more than
 *   the dataset it names (the goal ledger and overview read every dataset)
 *   is keyed on every dataset.
 *
 * A missing input (the stylesheets not found) gives no key: the file is then
 * rendered every time, never reused on a guess. tests/quality/incremental.site.test.ts
 * checks that a rebuild after each kind of change is byte-identical to a cold build.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDataset, listDatasets, loadGlossary, type Dataset } from '../data/index.ts';
import { SITE } from '../site/config.ts';
import { buildDate } from '../site/build-date.ts';
import { readPages, usesOf, type ChartEntry } from '../site/registry.ts';
import { SOURCE_PROP } from '../props/index.ts';

/** Bump to throw away every cached file after a change the keys do not see. */
const KEY_FORMAT = '2';

/**
 * Where the build writes (Astro's outDir), set by the publishing integration
 * (src/publish/integration.ts) when the config is resolved. A registered
 * symbol: the routes run in Vite's copy of the modules, the integration in Node's.
 */
export const OUT_DIR = Symbol.for('halland.publish.outDir');

/** sha256 over the parts, each as JSON, apart by NUL. */
function hash(parts: unknown[]): string {
  const h = createHash('sha256').update(KEY_FORMAT);
  for (const p of parts) h.update('\0').update(typeof p === 'string' ? p : JSON.stringify(p) ?? 'undefined');
  return h.digest('hex');
}

/** A dataset as a file reads it: id, CSV text and all metadata. */
const datasetInput = (ds: Dataset) => [ds.id, ds.csv, ds.meta];

/**
 * The names of the built stylesheets, sorted, or undefined when they cannot
 * be read (outside a build, or before Vite wrote them).
 */
function stylesheets(): string[] | undefined {
  const out = (globalThis as Record<symbol, string | undefined>)[OUT_DIR];
  if (!out) return undefined;
  try {
    return readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.css')).sort();
  } catch {
    return undefined;
  }
}

/**
 * What Base.astro draws around every HTML page besides the page itself: the
 * chapter list (id, title, menu name, order) and the stylesheets' names.
 * Undefined when the stylesheets are unknown.
 */
function shell(): unknown[] | undefined {
  const css = stylesheets();
  if (!css) return undefined;
  const chapters = readPages().map((p) => [p.id, p.title, p.nav, p.order]);
  return [SITE.url, css, chapters];
}

/** A chart's props without the file:line the remark plugin adds (it is not shown; a line added above must not redraw it). */
function shownProps(entry: ChartEntry): Record<string, unknown> {
  const { [SOURCE_PROP]: _where, ...props } = entry.props;
  return props;
}

/** The dataset a chart draws, or undefined when it cannot be read (rendering then reports the error). */
function chartDataset(entry: ChartEntry): Dataset | undefined {
  try {
    return getDataset(entry.data);
  } catch {
    return undefined;
  }
}

/**
 * Key of a dataset's download files (CSV, Excel CSV, JSON, xlsx, zip). The
 * zip stamps the build date into its timestamps and README: `dated` adds it.
 */
export function datasetFileKey(ds: Dataset, o: { dated?: boolean } = {}): string {
  return hash(['file', SITE.url, ...datasetInput(ds), o.dated ? buildDate() : '']);
}

/** Key of a dataset's page: the dataset, the pages and charts that use it, and the page shell. */
export function datasetPageKey(ds: Dataset): string | undefined {
  const s = shell();
  if (!s) return undefined;
  const uses = usesOf(ds.id).map(({ page, charts }) => [page.id, page.path, page.title, charts.map((c) => [c.id, shownProps(c)])]);
  return hash(['page', ...s, ...datasetInput(ds), uses]);
}

/**
 * Key of a chart's standalone SVG and PNG: its page and id, its props as
 * written, its dataset and the site's origin (the image names its address).
 */
export function chartKey(entry: ChartEntry): string | undefined {
  const ds = chartDataset(entry);
  if (!ds) return undefined;
  // The file:line stays in the image key as before: cheap, and the line is what the error messages name.
  return hash(['chart', SITE.url, entry.page, entry.id, entry.props, ...datasetInput(ds)]);
}

/** Key of a chart's embed page (light or dark): the chart's key and the page shell. */
export function embedKey(entry: ChartEntry): string | undefined {
  const s = shell();
  const chart = chartKey(entry);
  if (!s || !chart) return undefined;
  return hash(['embed', ...s, chart]);
}

/**
 * Components that read nothing but the dataset their `data` prop names (or
 * none). A page with any other component is keyed on every dataset: a new
 * component is safe until it is added here.
 */
const READS_NAMED_DATA = new Set(['Chart', 'KeyFigure', 'Value', 'GoalStatus', 'DataTable', 'Note', 'Fast']);

/**
 * Key of a story page (`[...slug].astro`): its MDX as the content collection
 * gives it (`source`: body and frontmatter), the datasets it reads, the
 * glossary, the build date and the page shell (which also holds the titles of
 * the chapters before and after it). Undefined when the page is not in the
 * registry or a dataset it names cannot be read (rendering then reports it).
 */
export function storyPageKey(id: string, source: unknown): string | undefined {
  const s = shell();
  const page = readPages().find((p) => p.id === id);
  if (!s || !page) return undefined;
  try {
    const datasets = page.components.every((c) => READS_NAMED_DATA.has(c)) ? page.datasets.map((d) => getDataset(d)) : listDatasets();
    return hash(['story', ...s, id, source, loadGlossary(), buildDate(), datasets.map(datasetInput)]);
  } catch {
    return undefined;
  }
}
