/**
 * `npm run bench`: measure the site on this machine and keep the numbers.
 *
 * Cold and warm builds of the real site, render time per chart, scaling with
 * 10/100/1000 synthetic charts, incremental rebuilds of the largest synthetic
 * site (nothing changed; one dataset changed), the cost per chart split by
 * output, page weight of every page, Lighthouse on the reading pages, and our
 * static pages side by side with the same charts drawn client-side. Prints
 * the tables and writes docs/bench/<date>.md and .json.
 *
 * Other work on the machine inflates every time here: note it with
 * BENCH_NOTE="…" and it is printed in the report.
 *
 * Options: --quick (one run each, scaling to 100 charts, Lighthouse on two pages).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, percentile, runBuild } from './bench/build.ts';
import { changeOneCell, writeSynthetic } from './bench/synthetic.ts';
import { costPerOutput } from './bench/outputs.ts';
import { weigh } from './bench/weight.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { sideBySide, type ChartLogEntry, type SideBySide } from './bench/clientside.ts';
import { serveStatic } from './lib/serve.ts';
import { kb, machine, ms, pct, table, type Budget } from './bench/report.ts';
import { htmlPagesOf } from './lib/pages.ts';
import { renderTimes } from './bench/render.ts';

const quick = process.argv.includes('--quick');
// The load when the run starts and ends: other work on the machine inflates every time here, and the report says so.
const loadAtStart = loadavg();
const runs = quick ? 1 : 3;
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const say = (s: string) => console.log(s);

// 1. The real site: cold builds (no cache), then warm rebuilds, the last one logging each chart.
say(`Mäter på: ${machine()}`);
const cold = Array.from({ length: runs }, () => runBuild({ outDir: dist, cacheDir: cache, cold: true }));
// Warm: through Astro with its cache, not the skip an unchanged build gets (that one is measured below).
const warm = Array.from({ length: runs }, () => runBuild({ outDir: dist, cacheDir: cache, cold: false, build: true }));
const chartLog = join(work, 'charts.jsonl');
// Cold, so that every chart is drawn (a warm build copies story pages whose inputs did not change).
runBuild({ outDir: dist, cacheDir: cache, cold: true, env: { CHART_LOG: chartLog, NODE_OPTIONS: `--import=${pathToFileURL(join(import.meta.dirname, 'bench', 'chart-log.ts')).href}` } });
const renders = readFileSync(chartLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ChartLogEntry);
// Each chart is drawn once per build (src/site/figures.ts) and logged with the page it stands on.
const charts = renders;
const buildChartMs = renders.map((c) => c.ms);
const chartMs = renderTimes().map((r) => r.ms);
say(`Bygge: kallt ${ms(median(cold.map((r) => r.seconds)))} s, varmt ${ms(median(warm.map((r) => r.seconds)))} s, ${charts.length} diagram.`);

// 2. Scaling with synthetic charts.
const sizes = quick ? [10, 100] : [10, 100, 1000];
const scaling = sizes.map((n) => {
  const site = writeSynthetic(join(work, `syn-${n}`), n);
  const r = runBuild({ outDir: join(work, `syn-${n}-dist`), cacheDir: join(work, `syn-${n}-cache`), cold: true, env: { DATA_DIR: site.data, PAGES_DIR: site.pages } });
  say(`Syntetiskt: ${n} diagram på ${r.seconds.toFixed(1)} s, ${r.maxRssMb.toFixed(0)} MB.`);
  return { n, ...r };
});
const phaseNames = Object.keys(scaling[0]!.phases);

// 2b. Incremental rebuilds of the largest synthetic site, with the cache its cold build left:
// first with nothing changed, then after one cell of one dataset changed (as an editor fixing a figure).
const largest = scaling.at(-1)!;
const largestSite = { data: join(work, `syn-${largest.n}`, 'data') };
const incr = { outDir: join(work, `syn-${largest.n}-dist`), cacheDir: join(work, `syn-${largest.n}-cache`), cold: false, env: { DATA_DIR: largestSite.data, PAGES_DIR: join(work, `syn-${largest.n}`, 'pages') } };
// Unchanged: what `npm run build` does (it sees nothing changed and skips); then the same forced through Astro.
const unchanged = runBuild(incr);
const unchangedBuilt = runBuild({ ...incr, build: true });
changeOneCell(largestSite.data, `syntetisk-${Math.floor(largest.n / 2)}`);
const oneChanged = runBuild(incr);
say(`Inkrementellt (${largest.n} diagram): oförändrat ${unchanged.seconds.toFixed(1)} s (byggt ändå ${unchangedBuilt.seconds.toFixed(1)} s), ett dataset ändrat ${oneChanged.seconds.toFixed(1)} s, kallt ${largest.seconds.toFixed(1)} s.`);

// 2c. Cost per chart by output: 100 synthetic charts built cold one route at a time, each file timed in Astro's log.
const perOutputN = 100;
const perOutputSite = writeSynthetic(join(work, 'per-output'), perOutputN);
const perOutputRun = runBuild({ outDir: join(work, 'per-output-dist'), cacheDir: join(work, 'per-output-cache'), cold: true, log: true, env: { DATA_DIR: perOutputSite.data, PAGES_DIR: perOutputSite.pages, BUILD_CONCURRENCY: '1' } });
const perOutput = costPerOutput(perOutputRun, perOutputN);
delete perOutputRun.log;
const byN = (n: number) => scaling.find((s) => s.n === n);
const ratio = byN(1000) && byN(100) ? byN(1000)!.seconds / byN(100)!.seconds : NaN;

// 3. Page weight of every page.
const pages = htmlPagesOf(dist);
const weights = pages.map((p) => weigh(dist, p));
const storyPages = [...new Set(charts.map((c) => c.page))].concat('/').filter((p, i, a) => a.indexOf(p) === i);
const readingPages = pages.filter((p) => !p.startsWith('/sok'));

// 4. Lighthouse on the story pages, the catalogue and one dataset page.
const lhPages = quick ? storyPages.slice(0, 2) : [...storyPages, '/data/', '/data/npe-primarvard-2023/'];
const site = await serveStatic(dist, { gzip: true });
const lighthouse = await runLighthouse(site.origin, lhPages).finally(() => site.close());

// 5. Side by side with client-side rendering.
const sbs = await sideBySide(dist, work, charts);

// Budgets.
const worstStory = Math.max(...weights.filter((w) => storyPages.includes(w.page)).map((w) => w.gzip));
const jsOnReading = weights.filter((w) => readingPages.includes(w.page)).reduce((n, w) => n + w.js, 0);
const lhMin = Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo]));
const bytesRatio = Math.min(...sbs.map((s) => s.clientBytes / s.staticBytes));
// The charts' own bytes: each variant minus the same page without charts.
const chartBytes = (s: SideBySide) => ({ static: s.staticBytes - s.bareBytes, client: s.clientBytes - s.bareBytes });
const chartRatio = Math.min(...sbs.map((s) => chartBytes(s).client / chartBytes(s).static));
const budgets: Budget[] = [
  { name: 'JavaScript på läsarsidor', limit: '0 byte', value: `${jsOnReading} byte`, pass: jsOnReading === 0 },
  { name: 'Största berättelsesida, gzip, allt inräknat', limit: '≤ 30 KB', value: `${kb(worstStory)} KB`, pass: worstStory <= 30 * 1024 },
  { name: 'Lighthouse, lägsta poäng av fyra kategorier', limit: '100', value: String(lhMin), pass: lhMin === 100 },
  { name: 'Kallt bygge av riktiga webbplatsen (median)', limit: '≤ 10 s', value: `${ms(median(cold.map((r) => r.seconds)))} s`, pass: median(cold.map((r) => r.seconds)) <= 10 },
  { name: 'Rendering per diagram (median, båda varianterna)', limit: '≤ 5 ms', value: `${ms(median(chartMs))} ms`, pass: median(chartMs) <= 5 },
  ...(byN(1000) ? [{ name: '1 000 syntetiska diagram, kallt bygge', limit: '≤ 30 s', value: `${ms(byN(1000)!.seconds)} s`, pass: byN(1000)!.seconds <= 30 }] : []),
  { name: `Ett dataset ändrat bland ${largest.n} diagram, nytt bygge / kallt`, limit: '≤ 15 %', value: `${pct(oneChanged.seconds / largest.seconds)} % (${ms(oneChanged.seconds)} s)`, pass: oneChanged.seconds / largest.seconds <= 0.15 },
  { name: `Oförändrat nytt bygge av ${largest.n} diagram / kallt`, limit: '≤ 10 %', value: `${pct(unchanged.seconds / largest.seconds)} % (${ms(unchanged.seconds)} s)`, pass: unchanged.seconds / largest.seconds <= 0.1 },
  { name: 'Byte: klientrenderat / statiskt, hela sidan (sämsta sidan)', limit: '≥ 20×', value: `${bytesRatio.toFixed(1)}×`, pass: bytesRatio >= 20 },
  { name: 'Byte: klientrenderat / statiskt, bara diagrammen (sämsta sidan)', limit: '≥ 20×', value: `${chartRatio.toFixed(1)}×`, pass: chartRatio >= 20 },
  { name: 'Diagram synliga vid första målningen', limit: 'ja', value: sbs.every((s) => s.staticMs > 0) ? 'ja (SVG i HTML)' : 'nej', pass: sbs.every((s) => s.staticMs > 0) },
];

const date = new Date().toISOString().slice(0, 10);
const note = process.env.BENCH_NOTE?.trim();
const loadAtEnd = loadavg();
const loadLine = `Belastning (load average 1/5/15 min) vid start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, vid slut ${loadAtEnd.map((l) => l.toFixed(1)).join(' / ')}, på ${cpus().length} kärnor: ${Math.max(loadAtStart[1]!, loadAtEnd[1]!) > cpus().length * 1.5 ? 'annat arbete kördes samtidigt, och tiderna är högre än på en ledig maskin.' : 'maskinen var i stort sett ledig.'}`;
const md = [
  `# Prestandamätning ${date}`,
  '',
  `Maskin: ${machine()}. Körningar per mätning: ${runs}${quick ? ' (snabbläge)' : ''}.`,
  '',
  loadLine,
  '',
  ...(note ? [`Förhållanden: ${note}`, ''] : []),
  'Varför en budget inte nås, och vad som skulle åtgärda det: [README.md](README.md).',
  '',
  '## Budgetar',
  table(['Mått', 'Budget', 'Uppmätt', 'Resultat'], budgets.map((b) => [b.name, b.limit, b.value, b.pass ? 'godkänt' : 'UNDERKÄNT'])),
  '',
  '## Bygge',
  table(['Mått', 'Median', 'Alla körningar'], [
    ['Kallt bygge (s)', ms(median(cold.map((r) => r.seconds))), cold.map((r) => ms(r.seconds)).join(', ')],
    ['Varmt bygge (s)', ms(median(warm.map((r) => r.seconds))), warm.map((r) => ms(r.seconds)).join(', ')],
    ['Toppminne kallt (MB)', median(cold.map((r) => r.maxRssMb)).toFixed(0), ''],
  ]),
  '',
  `Diagram på webbplatsen: ${charts.length}. Rendering per diagram, båda varianterna (smal och bred), mätt för sig i en uppvärmd process (median av 7 per diagram): median ${ms(median(chartMs))} ms, p95 ${ms(percentile(chartMs, 95))} ms. Samma arbete mätt i bygget, där det delar två kärnor med PNG-trådarna: median ${ms(median(buildChartMs))} ms, p95 ${ms(percentile(buildChartMs, 95))} ms.`,
  '',
  '## Skalning',
  table(['Diagram', 'Bygge (s)', ...phaseNames, 'Toppminne (MB)'], scaling.map((s) => [s.n, ms(s.seconds), ...phaseNames.map((p) => ms(s.phases[p] ?? 0)), s.maxRssMb.toFixed(0)])),
  '',
  Number.isFinite(ratio) ? `Kvot 1 000 / 100 diagram: ${ratio.toFixed(2)} (linjärt vore 10; lägre betyder att fasta kostnader dominerar).` : '',
  '',
  `## Inkrementellt bygge (${largest.n} syntetiska diagram)`,
  'Samma utdatamapp och cache som det kalla bygget i skalningstabellen. När inget har ändrats (kod, innehåll, miljö och utdatamappen som förra bygget lämnade dem) hoppar `npm run build` över bygget (scripts/lib/unchanged.ts); raden under visar samma bygge genomfört ändå. Annars kopieras det vars cachenyckel är oförändrad (src/publish/cache-key.ts, src/publish/built-files.ts, docs/bench/README.md), och resten görs om.',
  '',
  table(['Bygge', 'Tid (s)', 'Andel av kallt', ...phaseNames], [
    ['Kallt', ms(largest.seconds), '100 %', ...phaseNames.map((p) => ms(largest.phases[p] ?? 0))],
    ['Oförändrat', ms(unchanged.seconds), `${pct(unchanged.seconds / largest.seconds)} %`, ...phaseNames.map((p) => ms(unchanged.phases[p] ?? 0))],
    ['Oförändrat, byggt ändå genom Astro', ms(unchangedBuilt.seconds), `${pct(unchangedBuilt.seconds / largest.seconds)} %`, ...phaseNames.map((p) => ms(unchangedBuilt.phases[p] ?? 0))],
    ['Ett dataset ändrat (en cell)', ms(oneChanged.seconds), `${pct(oneChanged.seconds / largest.seconds)} %`, ...phaseNames.map((p) => ms(oneChanged.phases[p] ?? 0))],
  ]),
  '',
  `## Kostnad per diagram, uppdelad på utdata (${perOutputN} syntetiska diagram)`,
  `Kallt bygge med en route i taget (BUILD_CONCURRENCY=1, ${ms(perOutputRun.seconds)} s totalt; det vanliga bygget kör fyra samtidigt och blir därför kortare än summan). Varje fil tidsatt i Astros logg och summerad per slag; publiceringsstegen efter Astro ur byggets egna fastider. Varje syntetiskt diagram har ett eget dataset, så datasetets filer räknas per diagram.`,
  '',
  table(['Utdata', 'Filer', 'Totalt (ms)', 'Per diagram (ms)'], perOutput.map((o) => [o.output, o.files || '–', o.totalMs.toFixed(0), o.perChartMs.toFixed(1)])),
  '',
  '## Sidvikt',
  table(['Sida', 'Filer', 'Rått (KB)', 'gzip (KB)', 'brotli (KB)', 'JS (byte)'], weights.map((w) => [w.page, w.files, kb(w.raw), kb(w.gzip), kb(w.brotli), w.js])),
  '',
  '## Lighthouse (mobil)',
  table(['Sida', 'Prestanda', 'Tillgänglighet', 'Bästa praxis', 'SEO', 'FCP (ms)', 'LCP (ms)', 'CLS', 'TBT (ms)'], lighthouse.map((l) => [l.page, l.performance, l.accessibility, l.bestPractices, l.seo, l.fcpMs.toFixed(0), l.lcpMs.toFixed(0), l.cls.toFixed(3), l.tbtMs.toFixed(0)])),
  '',
  '## Statiskt mot klientrenderat',
  'Samma diagram, samma sida. Klientvarianten laddar Plot som JavaScript och ritar vid sidladdning. ”Utan diagram” är samma sida utan några diagram: texten, tabellerna och CSS som båda varianterna delar; diagrammens egen kostnad är sidan minus den. Båda laddas i Chromium med Lighthouse mobila strypning (150 ms latens, 1,6 Mbit/s, 4× långsammare processor). Tid: statiskt = första målningen (diagrammen finns i HTML), klient = när sista diagrammet ritats.',
  '',
  table(['Sida', 'Diagram', 'Statiskt (KB)', 'Klient (KB)', 'Kvot byte', 'Utan diagram (KB)', 'Diagrammen statiskt (KB)', 'Diagrammen klient (KB)', 'Kvot diagram', 'Statiskt (ms)', 'Klient (ms)', 'Kvot tid'], sbs.map((s) => [s.page, s.charts, kb(s.staticBytes), kb(s.clientBytes), `${(s.clientBytes / s.staticBytes).toFixed(1)}×`, kb(s.bareBytes), kb(chartBytes(s).static), kb(chartBytes(s).client), `${(chartBytes(s).client / chartBytes(s).static).toFixed(1)}×`, s.staticMs.toFixed(0), s.clientMs.toFixed(0), `${(s.clientMs / s.staticMs).toFixed(1)}×`])),
  '',
].join('\n');

const outDir = resolve('docs/bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `${date}${quick ? '-snabb' : ''}.md`), md);
writeFileSync(join(outDir, `${date}${quick ? '-snabb' : ''}.json`), JSON.stringify({ date, machine: machine(), note, load: { start: loadAtStart, end: loadAtEnd }, quick, cold, warm, incremental: { charts: largest.n, cold: largest, unchanged, oneChanged }, perOutput: { charts: perOutputN, run: perOutputRun, outputs: perOutput }, charts: charts.length, chartMs: { median: median(chartMs), p95: percentile(chartMs, 95) }, buildChartMs: { median: median(buildChartMs), p95: percentile(buildChartMs, 95) }, scaling, weights, lighthouse, sideBySide: sbs, budgets }, null, 2));
say('\n' + md);
rmSync(work, { recursive: true, force: true });
if (budgets.some((b) => !b.pass)) process.exitCode = 1;
