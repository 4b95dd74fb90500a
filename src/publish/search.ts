/**
 * Publishing step: the site search index, built by Pagefind from the finished
 * HTML into <out>/pagefind/. Pagefind takes the language from <html lang="sv">
 * and stems Swedish words, so "väntetider" finds "väntetid". Only the main text
 * of reading pages is indexed (Base.astro marks it data-pagefind-body); inside
 * it, the repeated parts below are left out.
 */
import * as pagefind from 'pagefind';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cachePath, codeKey, contentKey, linkTree } from './file-cache.ts';
import type { Step } from './postbuild.ts';

/** Parts of a page that would only repeat or clutter search results. */
export const EXCLUDED = [
  '.chart-smal', // each chart is drawn twice; the wide drawing stays
  '.plot', // tick labels and axis text; the title, finding and table say it in words
  '.downloads',
  '.permalink',
  '.toc',
  '.pager',
  '.skip-link',
  '.updated', // "Senast uppdaterad" on every page
  'thead', // column names, the same in every table
  '.reuse', // "Citera och bädda in" under every chart: the citation and the embed code
];

/**
 * The index of this HTML, kept between builds: named by the hash of every
 * built HTML file (path and bytes) and all code (codeKey: the selectors above,
 * Pagefind's version in the lockfile). Pagefind reads every page, so an
 * unchanged site's index is copied instead (3 s at 1 000 charts); any changed
 * page makes the whole index again, as Pagefind cannot update one page.
 * The copy is made of hard links to the cached files (linkTree).
 */
function indexKey(outDir: string): string {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return contentKey(codeKey(), ...pages.flatMap((f) => [relative(outDir, f), readFileSync(f)]));
}

/** Build the index of `outDir` into `<outDir>/pagefind`. */
async function writeIndex(outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
  try {
    if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind hittade inga sidor att indexera.');
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

export const searchStep: Step = {
  name: 'Sökindex (Pagefind)',
  async run(outDir) {
    const cached = cachePath('pagefind', indexKey(outDir));
    const out = join(outDir, 'pagefind');
    if (existsSync(cached)) {
      linkTree(cached, out);
      return;
    }
    await writeIndex(outDir);
    // Copied whole under a temporary name and renamed: a build stopped halfway leaves no half index to reuse.
    const kept = dirname(dirname(cached));
    const tmp = `${kept}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(out, tmp, { recursive: true });
    // Only this index is kept: an older one would serve only a return to exactly the same pages, and each is a whole index.
    rmSync(kept, { recursive: true, force: true });
    mkdirSync(dirname(cached), { recursive: true });
    renameSync(tmp, cached);
  },
};
