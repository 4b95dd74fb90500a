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
 * Copies are kept between builds by the hash of the file (cachedCompressed
 * below), so an incremental rebuild compresses only what changed.
 *
 * Compression runs on the main thread with zlib's synchronous calls: the step
 * has nothing else to do meanwhile, and on 2 cores the asynchronous calls
 * (each file in slices on libuv's threads) took 2–3 times as long for the
 * real site's text (0,7–1,4 s against 0,3–0,4 s), two worker threads
 * 1,5–2 times as long while other work ran (docs/bench/README.md).
 *
 * Brotli's top level 11 costs about 1 ms of processor time per KB: for the
 * site's 2.9 MB of text 3.4 s, against 0.1 s at level 8 for copies 7 % larger.
 * So 11 only for the site's stylesheets and scripts in `_astro/` (few, and
 * cached for a year) and 8 for pages, data and Pagefind's files. Level 9 is slower than 11 in Node 24's brotli; avoid it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cachePath, contentKey, readCached, writeWhole } from './file-cache.ts';
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

/** No copy: a length that no copy has. */
const NONE = 0xffffffff;

/**
 * Copies kept between builds (beside Astro's cache, as the chart PNGs), named
 * by the hash of the file's bytes, the level and zlib's and brotli's
 * versions: a rebuild compresses only the files whose content changed. One
 * cache file per text file: the two copies' lengths (4 bytes each, NONE where
 * a copy would not be smaller), then the brotli and the gzip copy. Written
 * whole through a rename, so a build stopped halfway leaves no half entry.
 */
export function cachedCompressed(data: Buffer, level: number): Copies {
  const file = cachePath('compressed', contentKey(JSON.stringify([level, process.versions.zlib, process.versions.brotli]), data));
  const hit = readCached(file);
  if (hit && hit.length >= 8) {
    const [b, g] = [hit.readUInt32BE(0), hit.readUInt32BE(4)];
    const gzAt = 8 + (b === NONE ? 0 : b);
    if (gzAt + (g === NONE ? 0 : g) === hit.length) return { br: b === NONE ? undefined : hit.subarray(8, gzAt), gz: g === NONE ? undefined : hit.subarray(gzAt) };
  }
  const c = compressed(data, level);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(c.br?.length ?? NONE, 0);
  head.writeUInt32BE(c.gz?.length ?? NONE, 4);
  writeWhole(file, Buffer.concat([head, c.br ?? Buffer.alloc(0), c.gz ?? Buffer.alloc(0)]));
  return c;
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
    const c = cachedCompressed(data, brotliLevel(file));
    if (c.br) writeFileSync(`${file}.br`, c.br), written++;
    if (c.gz) writeFileSync(`${file}.gz`, c.gz), written++;
  }
  return written;
}

export const precompressStep: Step = {
  name: 'Komprimerade kopior (.br, .gz)',
  async run(outDir) {
    precompress(outDir);
  },
};
