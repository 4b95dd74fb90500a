/**
 * The embed page repeats site.css's two palettes (light by default, dark on
 * the `mork` address, whatever the reader's system says). This keeps the
 * copies equal to site.css, so a colour changed there changes in embeds too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const css = readFileSync(join(root, 'src/styles/site.css'), 'utf8');
const embed = readFileSync(join(root, 'src/pages/embed/_EmbedFigure.astro'), 'utf8');

/** The custom properties set in the first block after `start`, name → value. */
export function vars(text: string, start: string): Record<string, string> {
  const i = text.indexOf(start);
  if (i < 0) return {};
  const open = text.indexOf('{', i + start.length - 1);
  const close = text.indexOf('}', open);
  return Object.fromEntries([...text.slice(open + 1, close).matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('embed palettes', () => {
  const siteLight = vars(css, ':root {');
  const siteDark = vars(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')), ':root {');
  const colours = (v: Record<string, string>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x.startsWith('#')));

  it('repeat site.css’s light palette for the default embed', () => {
    expect(Object.keys(colours(siteLight)).length).toBeGreaterThan(10);
    expect(vars(embed, ':root:has(.embed-ljus) {')).toEqual(colours(siteLight));
  });

  it('repeat site.css’s dark palette for the mork embed', () => {
    expect(Object.keys(siteDark).length).toBeGreaterThan(10);
    expect(vars(embed, ':root:has(.embed-mork) {')).toEqual(colours(siteDark));
  });

  it('notice a colour that differs (the check can fail)', () => {
    const changed = embed.replace('--serie-1: #005a9c', '--serie-1: #005a9d');
    expect(vars(changed, ':root:has(.embed-ljus) {')).not.toEqual(colours(siteLight));
  });
});
