/**
 * Files kept between builds beside Astro's own cache (ASTRO_CACHE_DIR, as in
 * astro.config.mjs), named by the hash of what made them: chart PNGs, share
 * images and compressed copies. One key rule, one layout, one safe write.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

/** sha256 of the parts, separated by NUL so two parts never read as one. */
export function contentKey(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  parts.forEach((p, i) => (i > 0 ? h.update('\0') : h).update(p));
  return h.digest('hex');
}

/** Where the cached file for `key` lives in the cache `kind` ("chart-png", "og-png", "compressed"). */
export function cachePath(kind: string, key: string, ext = ''): string {
  return join(ROOT, kind, key.slice(0, 2), `${key}${ext}`);
}

/** A cached file's bytes, or undefined when it was never written. */
export function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Write through a temporary name and rename, so a build stopped halfway never leaves half a file to be reused. */
export function writeWhole(file: string, data: Buffer | string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
}
