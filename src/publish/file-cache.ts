/**
 * Files kept between builds beside Astro's own cache (ASTRO_CACHE_DIR, as in
 * astro.config.mjs), named by the hash of what made them: chart PNGs, share
 * images and compressed copies. One key rule, one layout, one safe write.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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

/** Remove every file of the cache `kind`: for caches where only the newest entry can be used again. */
export function clearKind(kind: string): void {
  rmSync(join(ROOT, kind), { recursive: true, force: true });
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

/** Every file under `dir` (recursively), as absolute paths in sorted order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Feed `h` every file of each path (a file, or a folder read recursively) under `root`: its path relative to
 * `root` and its bytes, or "(saknas)" for a path that does not exist. Two trees give the same hash only when
 * they hold the same files with the same bytes.
 */
export function hashTree(h: Hash, root: string, paths: string[]): Hash {
  for (const path of paths) {
    const abs = resolve(root, path);
    if (!existsSync(abs)) {
      h.update(`\0${path}\0(saknas)`);
      continue;
    }
    for (const f of statSync(abs).isDirectory() ? filesUnder(abs) : [abs]) h.update(`\0${relative(root, f)}\0`).update(readFileSync(f));
  }
  return h;
}

let code: string | undefined;

/**
 * A fingerprint of the code that makes the site: every file under src/, the
 * config, the lockfile (library versions) and Node's version. For caches whose
 * output depends on more code than Astro hashes for a route (the download files
 * shared by several routes, the publishing steps): any change to the code makes
 * them again. Read once per process, from the project root (the build's working folder).
 */
export function codeKey(): string {
  if (code) return code;
  const root = process.cwd();
  // Not run from the project folder: a key no earlier build had, so nothing is reused on a guess.
  if (!existsSync(join(root, 'src'))) return (code = randomUUID());
  code = hashTree(createHash('sha256').update(process.version), root, ['src', 'astro.config.mjs', 'package-lock.json']).digest('hex');
  return code;
}

/** The bytes kept under `key` in the cache `kind`, or made by `make` (and then kept). */
export async function cachedBytes(kind: string, key: string, make: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<Buffer> {
  const file = cachePath(kind, key);
  const hit = readCached(file);
  if (hit) return hit;
  const made = await make();
  const bytes = typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made.buffer, made.byteOffset, made.byteLength);
  writeWhole(file, bytes);
  return bytes;
}

/**
 * Put a cached file at `dest` as a hard link, not a second copy of its bytes.
 * Deleting the previous output (the swap in scripts/build.ts) then frees no
 * blocks for it: on the build machine's disk (ext4 mounted with discard)
 * deleting an output of 21 000 files took 5–8 s. The cache writes whole
 * files through a rename (writeWhole) and never changes one in place, and
 * nothing changes a built file in place, so a link never sees a change.
 * Where no link can be made (the cache on another disk), the bytes are copied.
 */
export function linkOrCopy(cached: string, dest: string): void {
  rmSync(dest, { force: true });
  try {
    linkSync(cached, dest);
  } catch {
    copyFileSync(cached, dest);
  }
}

/** Every file of the folder `from` put under `to` with linkOrCopy, folders made as needed. */
export function linkTree(from: string, to: string): void {
  for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = relative(from, join(e.parentPath, e.name));
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    linkOrCopy(join(from, rel), join(to, rel));
  }
}
