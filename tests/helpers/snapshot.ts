/**
 * Golden-file snapshots in the manner of Observable Plot: the expected output
 * is a file under tests/output; a mismatch writes `<name>-changed.<ext>`
 * beside it for a person to compare, and fails. A missing file is written
 * locally, but never on CI (CI=true), where it fails instead.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUTPUT = join(import.meta.dirname, '..', 'output');

export function matchFile(name: string, actual: string): { ok: boolean; message: string } {
  const expected = join(OUTPUT, name);
  const changed = expected.replace(/(\.[a-z]+)$/, '-changed$1');
  if (!existsSync(expected)) {
    if (process.env.CI) return { ok: false, message: `${name} saknas i tests/output (snapshots skrivs aldrig på CI)` };
    writeFileSync(expected, actual);
    return { ok: true, message: `skrev ${name}` };
  }
  if (readFileSync(expected, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return { ok: true, message: 'lika' };
  }
  writeFileSync(changed, actual);
  return { ok: false, message: `${name} har ändrats; jämför med ${changed}. Är ändringen avsiktlig: ersätt filen.` };
}
