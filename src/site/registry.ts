/**
 * Every chart on every story page, found at build time from the pages' MDX:
 * the per-chart files (SVG, PNG, embed page) and the "used on" lists of the
 * dataset pages are built from it.
 *
 * It reads no files itself: src/mdx/pages.ts is the one module that reads
 * and parses MDX, and gives each component with its literal props and line.
 * A chart whose props are not all literals is left out (it still shows on its
 * page, only without its own files).
 */
import { statSync } from 'node:fs';
import { pageFiles, readPage } from '../mdx/pages.ts';
import { SOURCE_PROP } from '../props/index.ts';
import { FROZEN } from '../frozen.ts';

/** One `<Chart …/>` placed on a page. */
export interface ChartEntry {
  /** Page id: the MDX file name without `.mdx` ("index" for the start page). */
  page: string;
  /** Figure id on the page: `id` if given, else the dataset id (as Chart.astro does). */
  id: string;
  /** Dataset id. */
  data: string;
  /** The props as written, with `_kalla` (file:line) as the remark plugin adds it. */
  props: Record<string, unknown>;
}

/** A story page with what it uses. */
export interface PageEntry {
  id: string;
  title: string;
  /** Short name in the navigation (the title if none): also the heading of its datasets on /data/. */
  nav: string;
  /** ÅÅÅÅ-MM-DD from the frontmatter. */
  updated: string;
  /** Position in the chapter list. */
  order: number;
  /** Site path: "/" or "/<id>/". */
  path: string;
  file: string;
  charts: ChartEntry[];
  /** Every dataset any component on the page names (`data="…"`), sorted. */
  datasets: string[];
  /** The names of the components on the page, sorted, each once. */
  components: string[];
}

/** Site path of a page id. */
export function pagePath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** Page id of a site path ("/" → "index", "/kvalitet/" → "kvalitet"). */
export function pageIdOfPath(path: string): string {
  const p = path.replace(/^\/+|\/+$/g, '');
  return p === '' ? 'index' : p;
}

const cache = new Map<string, { stamp: string; page: PageEntry }>();
let frozen: PageEntry[] | undefined;

function entryOf(abs: string): PageEntry {
  const page = readPage(abs);
  const charts: ChartEntry[] = [];
  const datasets = new Set<string>();
  for (const c of page.components) {
    const data = c.props?.data;
    if (typeof data !== 'string') continue;
    datasets.add(data);
    if (c.name !== 'Chart') continue;
    const id = typeof c.props!.id === 'string' ? c.props!.id : data;
    // Two figures with one id on a page share one HTML anchor too; the first keeps the files.
    if (charts.some((o) => o.id === id)) continue;
    charts.push({ page: page.id, id, data, props: { ...c.props, [SOURCE_PROP]: `${page.file}:${c.line}` } });
  }
  const fm = page.frontmatter;
  return { id: page.id, title: fm?.title ?? page.id, nav: fm?.nav ?? fm?.title ?? page.id, updated: fm?.updated ?? '', order: fm?.order ?? 999, path: pagePath(page.id), file: page.file, charts, datasets: [...datasets].sort(), components: [...new Set(page.components.map((c) => c.name))].sort() };
}

/** Every story page, sorted by file name; a page is re-read only when its file changes (dev server). */
export function readPages(): PageEntry[] {
  if (FROZEN && frozen) return frozen;
  const pages = pageFiles().map((abs) => {
    const s = statSync(abs);
    const stamp = `${s.size}:${s.mtimeMs}`;
    const hit = cache.get(abs);
    if (hit && hit.stamp === stamp) return hit.page;
    const page = entryOf(abs);
    cache.set(abs, { stamp, page });
    return page;
  });
  if (FROZEN) frozen = pages;
  return pages;
}

/** Every chart on every page, in page order then document order. */
export function allCharts(): ChartEntry[] {
  return readPages().flatMap((p) => p.charts);
}

/** The chart `id` on page `page`, if it is in the registry. */
export function findChart(page: string, id: string): ChartEntry | undefined {
  return allCharts().find((c) => c.page === page && c.id === id);
}

/** Site paths of a chart's own files. */
export function chartFileHrefs(c: Pick<ChartEntry, 'page' | 'id'>): { svg: string; png: string; embed: string; anchor: string } {
  return {
    svg: `/diagram/${c.page}/${c.id}.svg`,
    png: `/diagram/${c.page}/${c.id}.png`,
    embed: `/embed/${c.page}/${c.id}/`,
    anchor: `${pagePath(c.page)}#${c.id}`,
  };
}

/** Pages that use a dataset, each with the charts that draw it. */
export function usesOf(datasetId: string): { page: PageEntry; charts: ChartEntry[] }[] {
  return readPages()
    .filter((p) => p.datasets.includes(datasetId))
    .map((page) => ({ page, charts: page.charts.filter((c) => c.data === datasetId) }));
}
