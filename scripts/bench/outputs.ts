/**
 * What a chart costs in the build, split by output. A synthetic site is built
 * cold with one route at a time (BUILD_CONCURRENCY=1, so each file's time in
 * Astro's log is its own and not shared with three others), and every file's
 * time is summed by kind: the chart's SVG, PNG and two embed pages, its
 * dataset's page and downloads, the story pages the charts sit on. The
 * publishing steps after Astro (share images, search index, compressed
 * copies) come from the build's own phase times. Everything divided by the
 * number of charts (each synthetic chart has its own dataset).
 */
import { stripVTControlCharacters } from 'node:util';
import type { BuildRun } from './build.ts';

export interface OutputCost {
  output: string;
  files: number;
  /** Milliseconds for all files of this kind together. */
  totalMs: number;
  /** totalMs divided by the number of charts. */
  perChartMs: number;
}

/** The kind of an output file, by its path as Astro logs it. */
export function outputKind(path: string): string {
  if (/^\/diagram\/.+\.png$/.test(path)) return 'PNG (diagram)';
  if (/^\/diagram\/.+\.svg$/.test(path)) return 'SVG (diagram)';
  if (/^\/embed\/.+\/mork\/index\.html$/.test(path)) return 'Inbäddningssida, mörk';
  if (/^\/embed\/.+\/index\.html$/.test(path)) return 'Inbäddningssida, ljus';
  if (/^\/data\/(alla-data\.|datapackage\.json|katalog\.rdf|index\.html)/.test(path)) return 'Datakatalog och alla data (gemensamt)';
  if (/^\/data\/[^/]+\/index\.html$/.test(path)) return 'Datasetsida';
  if (/^\/data\/[^/]+-excel\.csv$/.test(path)) return 'Excel-CSV';
  const ext = /^\/data\/[^/]+\.(csv|json|xlsx|zip)$/.exec(path)?.[1];
  if (ext) return ext === 'xlsx' ? 'Excel (xlsx)' : ext.toUpperCase();
  if (path === '/index.html' || /^\/sida-\d+\/index\.html$/.test(path)) return 'Berättelsesidor (figurerna i HTML)';
  return 'Övriga sidor (gemensamt)';
}

/** Each rendered file and its time in ms, from Astro's info log of a build with one route at a time. */
export function fileTimes(log: string): { path: string; ms: number }[] {
  const out: { path: string; ms: number }[] = [];
  for (const m of stripVTControlCharacters(log).matchAll(/├─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    out.push({ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  return out;
}

/** Cost per chart by output, from a cold build of `charts` synthetic charts with its log. */
export function costPerOutput(run: BuildRun, charts: number): OutputCost[] {
  const by = new Map<string, { files: number; ms: number }>();
  const add = (output: string, files: number, ms: number) => {
    const e = by.get(output) ?? { files: 0, ms: 0 };
    by.set(output, { files: e.files + files, ms: e.ms + ms });
  };
  let rendered = 0;
  for (const f of fileTimes(run.log ?? '')) {
    add(outputKind(f.path), 1, f.ms);
    rendered += f.ms;
  }
  // The build's phases: the content check, Astro (bundling and rendering), then each publishing step.
  for (const [phase, s] of Object.entries(run.phases)) {
    if (phase === 'astro') add('Astro: Vite, CSS och sammanställning (utöver filerna ovan)', 0, Math.max(0, s * 1000 - rendered));
    else if (phase === 'kontroll') add('Innehållskontroll (npm run check)', 0, s * 1000);
    // scripts/build.ts's own phases after Astro (the rest of Astro's build, the swap into dist/) are not publishing steps.
    else add(/^(Astro |byte )/.test(phase) ? `Bygget: ${phase}` : `Publiceringssteg: ${phase}`, 0, s * 1000);
  }
  return [...by].map(([output, e]) => ({ output, files: e.files, totalMs: e.ms, perChartMs: e.ms / charts })).sort((a, b) => b.totalMs - a.totalMs);
}
