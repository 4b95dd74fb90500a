/**
 * `node scripts/bench/png.ts [--n 20] [--rounds 3] [--out folder] [--site dist]`:
 * the chart PNGs rasterised with sharp (librsvg) and with @resvg/resvg-js,
 * side by side, from the standalone SVGs of a built site: time per chart
 * (median of the rounds, one after the other in one thread), bytes, and both
 * PNGs written to --out to look at. Small on purpose: a sample, not the build.
 * The result (docs/bench/README.md): sharp stays, resvg costs 4–5 times the
 * processor time per chart.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { PNG_SCALE } from '../../src/publish/chart-image.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
    site: { type: 'string', default: 'dist' },
    'system-fonts': { type: 'boolean', default: false },
  },
});

const site = resolve(values.site);
const svgs = readdirSync(join(site, 'diagram'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.svg'))
  .map((e) => join(e.parentPath, e.name))
  .sort()
  .slice(0, Number(values.n));

/** DejaVu Sans from Debian's fonts-dejavu-core: the sans-serif the SVG's font list ends in on Linux, and what librsvg picks here. */
const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

/**
 * resvg at PNG_SCALE times the SVG's size. resvg builds its font database for
 * every image (resvg-js has no way to keep one): two files of DejaVu, or a
 * scan of the system's fonts where DejaVu is missing (--system-fonts forces it).
 */
function resvgOptions(): ResvgRenderOptions {
  const files = DEJAVU.filter((f) => existsSync(f));
  const font =
    files.length === DEJAVU.length && !values['system-fonts']
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
      : { loadSystemFonts: true };
  return { fitTo: { mode: 'zoom', value: PNG_SCALE }, font, languages: ['sv'], logLevel: 'off' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const withSharp = async (svg: string) =>
  sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png({ compressionLevel: 6 }).toBuffer();
const withResvg = (svg: string) => new Resvg(svg, resvgOptions()).render().asPng();

type Row = { file: string; sharpMs: number; resvgMs: number; sharpCpu: number; resvgCpu: number; sharpBytes: number; resvgBytes: number; sharpSize: string; resvgSize: string };
const rows: Row[] = [];
// Warm up both (library load, font database).
await withSharp(readFileSync(svgs[0]!, 'utf8'));
withResvg(readFileSync(svgs[0]!, 'utf8'));
for (const file of svgs) {
  const svg = readFileSync(file, 'utf8');
  const s: number[] = [];
  const r: number[] = [];
  const sc: number[] = [];
  const rc: number[] = [];
  // Processor time (every thread of the process) as well as wall time: on a shared machine the wall time also counts waiting.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let a: Buffer = Buffer.alloc(0);
  let b: Buffer = Buffer.alloc(0);
  for (let i = 0; i < Number(values.rounds); i++) {
    let t = performance.now();
    let c = cpu();
    a = await withSharp(svg);
    s.push(performance.now() - t);
    sc.push(cpu() - c);
    t = performance.now();
    c = cpu();
    b = withResvg(svg);
    r.push(performance.now() - t);
    rc.push(cpu() - c);
  }
  const size = async (png: Buffer) => {
    const m = await sharp(png).metadata();
    return `${m.width}×${m.height}`;
  };
  const name = file.slice(join(site, 'diagram').length + 1).replace(/\//g, '__').replace(/\.svg$/, '');
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${name}.sharp.png`), a);
    writeFileSync(join(values.out, `${name}.resvg.png`), b);
  }
  rows.push({ file: name, sharpMs: median(s), resvgMs: median(r), sharpCpu: median(sc), resvgCpu: median(rc), sharpBytes: a.length, resvgBytes: b.length, sharpSize: await size(a), resvgSize: await size(b) });
}

const sum = (k: keyof Row) => rows.reduce((t, r) => t + (r[k] as number), 0);
console.log(`${rows.length} diagram, median av ${values.rounds} körningar per diagram och bibliotek, en tråd.`);
console.log('| Diagram | sharp ms | resvg ms | sharp CPU-ms | resvg CPU-ms | sharp KB | resvg KB | storlek |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(`| ${r.file} | ${r.sharpMs.toFixed(1)} | ${r.resvgMs.toFixed(1)} | ${r.sharpCpu.toFixed(1)} | ${r.resvgCpu.toFixed(1)} | ${(r.sharpBytes / 1024).toFixed(1)} | ${(r.resvgBytes / 1024).toFixed(1)} | ${r.sharpSize}${r.sharpSize === r.resvgSize ? '' : ` / ${r.resvgSize}`} |`);
console.log(
  `| median / summa | ${median(rows.map((r) => r.sharpMs)).toFixed(1)} | ${median(rows.map((r) => r.resvgMs)).toFixed(1)} | ${median(rows.map((r) => r.sharpCpu)).toFixed(1)} | ${median(rows.map((r) => r.resvgCpu)).toFixed(1)} | ${(sum('sharpBytes') / 1024).toFixed(0)} | ${(sum('resvgBytes') / 1024).toFixed(0)} | |`,
);
