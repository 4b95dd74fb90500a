/**
 * The UI strings (src/strings.sv.json) are all in use: a key no code reads is
 * wording a communicator could change in vain. A key counts as read when the
 * code names its last part as a property (`t.ledger.sources`,
 * `L.verdict[c.verdict]` reads every key under verdict through its parent).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'src', 'strings.sv.json'), 'utf8')) as Record<string, unknown>;
const files = execFileSync('git', ['ls-files', 'src', 'scripts'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|astro)$/.test(f));
const CODE = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');

/** Keys of the dictionary that no code reads, dotted. A key whose parent is indexed (`x[k]`) counts as read. */
export function unusedKeys(dict: Record<string, unknown>, code: string, path: string[] = []): string[] {
  return Object.entries(dict).flatMap(([k, v]) => {
    const named = new RegExp(`\\.${k}\\b|\\[['"]${k}['"]\\]`).test(code);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // A parent read by index (`L.verdict[c.verdict]`) reads all its keys.
      if (new RegExp(`\\.${k}\\[`).test(code)) return [];
      return unusedKeys(v as Record<string, unknown>, code, [...path, k]);
    }
    return named ? [] : [[...path, k].join('.')];
  });
}

describe('UI strings', () => {
  it('are all read by the code', () => {
    expect(unusedKeys(STRINGS, CODE)).toEqual([]);
  });

  it('self-test: an unread key is reported, a read one and one read through its indexed parent are not', () => {
    const code = 'const a = t.kept; const b = L.verdict[c.verdict];';
    expect(unusedKeys({ kept: 'x', gone: 'y', verdict: { met: 'm' }, group: { inner: 'z' } }, code)).toEqual(['gone', 'group.inner']);
  });
});
