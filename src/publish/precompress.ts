/**
 * Publishing step: a brotli (`.br`) and a gzip (`.gz`) copy beside every text
 * file, made once at build time, so the server sends
 * them as they are (nginx gzip_static / brotli_static) instead of compressing
 * on every request. Deterministic: the same file always gives the same bytes
 * (gzip's header carries no time or name).
 *
 * A copy is written only when it is smaller than the file; files under
 * MIN_BYTES are left alone (the headers would outweigh the saving).
 *
 * Copies are kept between builds by the hash of the file (cachedCopies
 * below), so an incremental rebuild compresses only what changed, and the
 * output gets hard links to them rather than copies of their bytes (linkOrCopy
 * in file-cache.ts).
 *
 * Compression runs on the main thread with zlib's synchronous calls: the step
 * has nothing else to do meanwhile, and on 2 cores the asynchronous calls
 * (each file in slices on libuv's threads) took 2–3 times as long for the
 * real site's text (0.7–1.4 s against 0.3–0.4 s), two worker threads
 * 1.5–2 times as long while other work ran (docs/bench/README.md).
 *
 * Brotli's top level 11 costs about 1 ms of processor time per KB: for the
 * site's 2.9 MB of text 3.4 s, against 0.1 s at level 8 for copies 7 % larger.
 * So 11 only for the site's stylesheets and scripts in `_astro/` (few, and
 * cached for a year) and 8 for pages, data and Pagefind's files. Level 9 is slower than 11 in Node 24's brotli; avoid it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cachePath, contentKey, linkOrCopy, readCached, writeWhole } from './file-cache.ts';
import type { Step } from './postbuild.ts';

/** Extensions of the text files that get compressed copies. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|jsonld|csv|txt|md|xml|rdf|ttl|svg)$/;
export const MIN_BYTES = 256;
/** Brotli level by file: the highest for the site's own stylesheets and scripts (Vite's `_astro/`), not Pagefind's unused UI files. */
export const brotliLevel = (file: string): number => (/[\\/]_astro[\\/][^\\/]+\.(css|m?js)$/.test(file) ? constants.BROTLI_MAX_QUALITY : 8);

type Copies = { br?: Buffer; gz?: Buffer };

/** The brotli and gzip copies of `data` (undefined where a copy would not be smaller). */
export function compressed(data: Buffer, level: number = constants.BROTLI_MAX_QUALITY): Copies {
  const b = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const g = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  return { br: b.length < data.length ? b : undefined, gz: g.length < data.length ? g : undefined };
}

/**
 * Copies kept between builds (beside Astro's cache, as the chart PNGs), named
 * by the hash of the file's bytes, the level and zlib's and brotli's
 * versions: a rebuild compresses only the files whose content changed. Each
 * copy is a file of its own in the cache (`<key>.br`, `<key>.gz`, only where
 * it is smaller than the file); `<key>.list`, written last, names them, so a
 * build stopped halfway never leaves a half entry that is read. Returns the
 * cached copies' paths.
 */
function cachedCopies(data: Buffer, level: number): { br?: string; gz?: string } {
  const base = cachePath('compressed', contentKey(JSON.stringify([level, process.versions.zlib, process.versions.brotli]), data));
  const list = readCached(`${base}.list`);
  const paths = (names: string[]) => ({ br: names.includes('br') ? `${base}.br` : undefined, gz: names.includes('gz') ? `${base}.gz` : undefined });
  if (list) return paths(list.toString('utf8').split(','));
  const c = compressed(data, level);
  if (c.br) writeWhole(`${base}.br`, c.br);
  if (c.gz) writeWhole(`${base}.gz`, c.gz);
  const names = [c.br && 'br', c.gz && 'gz'].filter((n): n is string => !!n);
  writeWhole(`${base}.list`, names.join(','));
  return paths(names);
}


/** Every file under `dir` that gets compressed copies. */
export function compressible(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Write the copies for every text file under `outDir`; returns how many copies were written. */
export function precompress(outDir: string): number {
  let written = 0;
  for (const file of compressible(outDir)) {
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    const c = cachedCopies(data, brotliLevel(file));
    if (c.br) linkOrCopy(c.br, `${file}.br`), written++;
    if (c.gz) linkOrCopy(c.gz, `${file}.gz`), written++;
  }
  return written;
}

export const precompressStep: Step = {
  name: 'Komprimerade kopior (.br, .gz)',
  async run(outDir) {
    precompress(outDir);
  },
};
