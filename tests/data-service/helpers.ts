/** Shared bits of the data-service tests: the built files and the data layer's view. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST } from '../helpers/site.ts';

export { DIST };

/** A file of the built site by site path ("/data/x.csv"). */
export function distPath(sitePath: string): string {
  const p = decodeURIComponent(sitePath.split('#')[0]!);
  return p.endsWith('/') ? join(DIST, p, 'index.html') : join(DIST, p);
}

export function exists(sitePath: string): boolean {
  return existsSync(distPath(sitePath));
}

export function readText(sitePath: string): string {
  return readFileSync(distPath(sitePath), 'utf8');
}

export function readBytes(sitePath: string): Uint8Array {
  return new Uint8Array(readFileSync(distPath(sitePath)));
}

/** A zip's entries, name → text. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([n, b]) => [n, new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)]));
}

/** Entry names in the order of the zip's central directory, and each entry's DOS date (ÅÅÅÅ-MM-DD). */
export function zipDirectory(bytes: Uint8Array): { name: string; date: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: { name: string; date: string }[] = [];
  for (let i = 0; i < count; i++) {
    const d = view.getUint16(p + 14, true);
    const nameLen = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const date = `${1980 + (d >> 9)}-${String((d >> 5) & 15).padStart(2, '0')}-${String(d & 31).padStart(2, '0')}`;
    out.push({ name, date });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

/** The file names a README.txt lists under "Filer i arkivet". */
export function readmeFiles(readme: string, heading: string): string[] {
  const lines = readme.split('\r\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 2)) {
    if (l.trim() === '') break;
    out.push(l.split(/\s{2,}/)[0]!);
  }
  return out;
}
