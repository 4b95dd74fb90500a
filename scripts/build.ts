/**
 * `npm run build`: check the content, build the site into a temporary
 * folder (Astro runs the publishing steps itself, src/publish/integration.ts),
 * and only then swap it into `dist/`.
 * A failed build leaves the previous good `dist/` untouched, and its message
 * names the file and line, never a stack trace.
 *
 * OUT_DIR sets the output folder (default dist); DATA_DIR the datasets;
 * PAGES_DIR the story pages (fixture sites in tests).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/check/index.ts';
import { explainBuildError } from '../src/check/build-error.ts';
import { STEP_LISTENER } from '../src/publish/integration.ts';
import { releaseErrors } from '../src/publish/origin.ts';
import { PUBLISHER, SITE } from '../src/site/config.ts';
import { inputKey, isUnchanged, rememberBuild } from './lib/unchanged.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A build is a production build whoever starts it. Started from vitest, NODE_ENV=test and PROD, DEV, MODE, SSR and
// BASE_URL would reach the build's import.meta.env, turn FROZEN off and with it every build-only cache and memo:
// the tests would check another build than the one that is published (tests/quality/incremental.site.test.ts).
for (const k of ['PROD', 'DEV', 'MODE', 'SSR', 'BASE_URL']) delete process.env[k];
process.env.NODE_ENV = 'production';
const out = resolve(process.env.OUT_DIR ?? 'dist');
const tmp = `${out}.tmp`;
const old = `${out}.old`;
// Whatever escapes (a rejected promise inside a library) still ends in the Swedish form, never a stack trace, and leaves dist/ alone.
const escaped = (err: unknown) => {
  rmSync(tmp, { recursive: true, force: true });
  stop(explainBuildError(err));
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

function stop(lines: string[]): never {
  console.error(lines.join('\n'));
  console.error(`\nBygget avbröts. Den tidigare publicerade versionen i ${out} är orörd.`);
  process.exit(1);
}

// The build that publishes (RELEASE=1) needs the real address and the contact e-mail: stop before building anything.
const releaseProblems = releaseErrors(SITE.url, PUBLISHER.email, process.env.RELEASE === '1');
if (releaseProblems.length) stop(releaseProblems);

const started = performance.now();
// Seconds per phase, for the benchmark (BUILD_STATS).
const phases: Record<string, number> = {};
let mark = started;
const lap = (name: string) => {
  const now = performance.now();
  phases[name] = (now - mark) / 1000;
  mark = now;
};
// Nothing changed since the last successful build, and its output is untouched: that output is what a build would give.
const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');
const inputs = inputKey();
if (isUnchanged(cacheDir, out, inputs)) {
  const seconds = (performance.now() - started) / 1000;
  console.log(`Inget har ändrats sedan förra bygget: ${out} är redan aktuell (${seconds.toFixed(1)} s).`);
  if (process.env.BUILD_STATS) writeFileSync(process.env.BUILD_STATS, JSON.stringify({ seconds, phases: { oförändrat: seconds }, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

let checked: ReturnType<typeof checkContent>;
try {
  checked = checkContent();
} catch (err) {
  stop(explainBuildError(err));
}
const { problems, numbers, summary } = checked;
lap('kontroll');
if (problems.length) stop([`${problems.length === 1 ? 'Ett fel' : `${problems.length} fel`} i innehållet:`, ...problems.map((p) => '  ' + p)]);
// Hand-typed numbers fail `npm run check` and the tests; the build only warns, so a chapter in progress can still be previewed.
if (numbers.length) console.warn([`Varning: ${numbers.length} tal i texten är inskrivna för hand (npm run check visar dem):`, ...numbers.map((p) => '  ' + p)].join('\n'));

rmSync(tmp, { recursive: true, force: true });
try {
  const { build } = await import('astro');
  // The publishing steps run inside Astro's build (src/publish/integration.ts); this script times them.
  (globalThis as Record<symbol, unknown>)[STEP_LISTENER] = lap;
  // BUILD_CONCURRENCY: the benchmark builds one route at a time to time each output on its own (scripts/bench/outputs.ts).
  const concurrency = Number(process.env.BUILD_CONCURRENCY) || undefined;
  await build({ outDir: tmp, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'error', ...(concurrency ? { build: { concurrency } } : {}) } as never);
  lap('Astro efter publiceringsstegen');
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  stop(explainBuildError(err));
}

// Swap: the old output is moved aside before the new one takes its place, then removed.
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(tmp, out);
rmSync(old, { recursive: true, force: true });
lap('byte av utdatamappen');
rememberBuild(cacheDir, out, inputs);
const seconds = (performance.now() - started) / 1000;
console.log(`Webbplatsen är byggd i ${out} (${summary}, ${seconds.toFixed(1)} s).`);
// For the benchmark: time and peak memory as the build process itself measured them.
if (process.env.BUILD_STATS) writeFileSync(process.env.BUILD_STATS, JSON.stringify({ seconds, phases, maxRssKb: process.resourceUsage().maxRSS }));
