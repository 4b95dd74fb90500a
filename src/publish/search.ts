/**
 * Publishing step: the site search index, built by Pagefind from the finished
 * HTML into <out>/pagefind/. Pagefind takes the language from <html lang="sv">
 * and stems Swedish words, so "väntetider" finds "väntetid". Only the main text
 * of reading pages is indexed (Base.astro marks it data-pagefind-body); inside
 * it, the repeated parts below are left out.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';
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

export const searchStep: Step = {
  name: 'Sökindex (Pagefind)',
  async run(outDir) {
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
  },
};
