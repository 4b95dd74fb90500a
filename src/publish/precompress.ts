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
 * Copies are kept between builds by the hash of the file (CACHE below), so
 * an incremental rebuild compresses only what changed.
 *
 * Brotli's top level 11 costs about 1 ms of processor time per KB: for the
 * site's 2.9 MB of text 3.4 s, against 0.1 s at level 8 for copies 7 % larger.
 * So 11 only for the site's stylesheets and scripts in `_astro/` (few, and
 * cached for a year) and 8 for pages, data and Pagefind's files. Level 9 is slower than 11 in Node 24's brotli; avoid it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cachePath, contentKey, writeWhole } from './file-cache.ts';
import type { Step } from './postbuild.ts';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions of the text files that get compressed copies. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|jsonld|csv|txt|md|xml|rdf|ttl|svg)$/;
export const MIN_BYTES = 256;
/** Brotli level by file: the highest for the site's own stylesheets and scripts (Vite's `_astro/`), not Pagefind's unused UI files. */
export const brotliLevel = (file: string): number => (/[\\/]_astro[\\/][^\\/]+\.(css|m?js)$/.test(file) ? constants.BROTLI_MAX_QUALITY : 8);

/** The brotli and gzip copies of `data` (undefined where a copy would not be smaller). */
export async function compressed(data: Buffer, level: number = constants.BROTLI_MAX_QUALITY): Promise<{ br?: Buffer; gz?: Buffer }> {
  const [b, g] = await Promise.all([
    br(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: b.length < data.length ? b : undefined, gz: g.length < data.length ? g : undefined };
}

/**
 * Copies kept between builds (beside Astro's cache, as the chart PNGs), named
 * by the hash of the file's bytes, the level and zlib's and brotli's
 * versions: a rebuild compresses only the files whose content changed. A
 * `.list` file, written last, says which copies were smaller and exist, so a
 * build stopped halfway never leaves a half entry that is read.
 */

/** The copies of `data`, from the cache or made (and then kept). */
export async function cachedCompressed(data: Buffer, level: number): Promise<{ br?: Buffer; gz?: Buffer }> {
  const base = cachePath('compressed', contentKey(JSON.stringify([level, process.versions.zlib, process.versions.brotli]), data));
  try {
    const list = readFileSync(`${base}.list`, 'utf8').split(',');
    return { br: list.includes('br') ? readFileSync(`${base}.br`) : undefined, gz: list.includes('gz') ? readFileSync(`${base}.gz`) : undefined };
  } catch {
    // Not compressed before.
  }
  const c = await compressed(data, level);
  if (c.br) writeWhole(`${base}.br`, c.br);
  if (c.gz) writeWhole(`${base}.gz`, c.gz);
  writeWhole(`${base}.list`, [c.br && 'br', c.gz && 'gz'].filter(Boolean).join(','));
  return c;
}

/** Every file under `dir` that gets compressed copies. */
export function compressible(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Write the copies for every text file under `outDir`; at most `parallel` files at once (zlib runs them on libuv's threads). */
export async function precompress(outDir: string, parallel = 4): Promise<number> {
  const files = compressible(outDir);
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = readFileSync(file);
      if (data.length < MIN_BYTES) continue;
      const c = await cachedCompressed(data, brotliLevel(file));
      if (c.br) writeFileSync(`${file}.br`, c.br), written++;
      if (c.gz) writeFileSync(`${file}.gz`, c.gz), written++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return written;
}

export const precompressStep: Step = {
  name: 'Komprimerade kopior (.br, .gz)',
  async run(outDir) {
    await precompress(outDir);
  },
};
