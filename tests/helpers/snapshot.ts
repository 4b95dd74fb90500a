/**
 * Golden-file snapshots in the manner of Observable Plot: the expected output
 * is a file under tests/output; a mismatch writes `<name>-changed.<ext>`
 * beside it for a person to compare, and fails. A missing file is written
 * locally, but never on CI (CI=true), where it fails instead. SVG is
 * pretty-printed first, one element a line, as Plot's own golden files are,
 * so a diff of a changed chart says which mark and attribute moved.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import beautify from 'js-beautify';

/** SVG markup one element a line (Plot's settings: text runs stay on their line). */
export function prettySvg(svg: string): string {
  return beautify.html(svg, { indent_size: 2, inline: ['title', 'tspan', 'span', 'svg', 'a', 'i'], indent_inner_html: false }) + '\n';
}

export const OUTPUT = join(import.meta.dirname, '..', 'output');

export function matchFile(name: string, output: string): { ok: boolean; message: string } {
  const actual = name.endsWith('.svg') ? prettySvg(output.trim()) : output;
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
