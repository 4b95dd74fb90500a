/**
 * The principle of issue 19, case by case: whatever an editor types (any
 * character, number, date, file or page name) is published exactly as
 * written in every output, or refused with a message that names it and the
 * fix. Each case is a fixture under tests/editors/fixtures/<case>/, or, for
 * what git cannot hold well (links, huge files), made in a temporary copy.
 * The build runs the same check first (scripts/build.ts), so it refuses the
 * same inputs with the same words.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { MAX_FILE_BYTES } from '../../src/data/index.ts';
import { caseGroup, checkCase, copySite, removeTempDirs, tempDir, writeBigDataset } from './helpers.ts';

afterAll(removeTempDirs);

/** Every line `npm run check` prints for a site in a temporary folder, with the folder shown as <tmp>. */
function checkSite(site: { root: string; dataDir: string; pagesDir: string }): string {
  const { problems, numbers } = checkContent({ dataDir: relative(process.cwd(), site.dataDir), pagesDir: relative(process.cwd(), site.pagesDir) });
  return [...problems, ...numbers].join('\n').replaceAll(relative(process.cwd(), site.root), '<tmp>');
}

caseGroup('characters nobody can see', {
  'osynliga-tecken': 'a control character, a zero-width space and a tab before =1+1 in labels; control and direction characters in metadata',
  'osynligt-i-text': 'a zero-width space and a direction override in a page',
  'frontmatter-tecken': 'a control character in a page title',
  'mellanslag-i-cell': 'spaces around a label, which every output but the CSV would drop',
  'mellanslag-i-rubrik': 'spaces around a column name',
  'sammansatta-tecken': 'an ö and an ä written as letter + combining mark, in a label and in a page',
  'inte-utf8': 'a CSV saved as Windows-1252, whose å, ä, ö would become "�"',
});

caseGroup('numbers that would be published as another number', {
  'tal-som-andras': 'leading zeros (085 would be shown as 85)',
  'tal-som-andras-stora': '17 digits (rounded by JSON) and minus zero (lost by JSON and charts)',
});

caseGroup('props written one way and shown another', {
  'egenskap-skrivs-om': 'mal={80.0} and mal={8e1} (shown as 80), an escaped zero-width space in a text prop',
});

caseGroup('dates that would be published as another date, or break the build', {
  'datum-finns-inte': '29 February in a common year, month 13',
  'datum-utanfor': 'a changelog year a zip file cannot hold (the build failed on it after the check passed)',
  'frontmatter-datum': 'a page "updated" 30 February (shown as 2 March)',
});

caseGroup('YAML alias bombs end in a Swedish message with the file', {
  'yaml-aliasbomb': 'in a metadata file',
  'frontmatter-aliasbomb': 'in a page',
});

caseGroup('page names and fields that would route a page elsewhere', {
  'sidnamn': 'embed, data, standard, a name with a space or å, a .md file and a folder',
  'frontmatter-omdirigering': 'slug and layout in frontmatter',
  'dolda-filer': 'a dataset and a page whose names start with a dot (.DS_Store is left alone)',
  'dubbel-kolumn': 'a column name twice in the header (the second would replace the first)',
  'samma-order': 'two pages with the same order',
});

caseGroup('what is shown as text passes', {
  'kodblock-med-chart': 'a component shown in a code block is text, not a use of a dataset',
  'formel-etiketter': 'labels that start like a formula are data, not an error',
});

describe('content files are regular files inside the content folder', () => {
  it('refuses a CSV linked in from outside, and a dataset whose link points nowhere', () => {
    const site = copySite('site-ok');
    const outside = tempDir('utanfor');
    writeFileSync(join(outside, 'hemlig.csv'), 'dimension,riket,halland,placering\nHemlig,1,2,3\n');
    rmSync(join(site.dataDir, 'npe-primarvard-2023.csv'));
    symlinkSync(join(outside, 'hemlig.csv'), join(site.dataDir, 'npe-primarvard-2023.csv'));
    symlinkSync(join(outside, 'finns-inte.csv'), join(site.dataDir, 'borta.csv'));
    writeFileSync(join(site.dataDir, 'borta.meta.yaml'), 'title: x\n');
    expect(checkSite(site).replaceAll(outside, '<utanför>')).toMatchInlineSnapshot(`
      "<tmp>/data/borta.csv: det här är en symbolisk länk till <utanför>/finns-inte.csv, och det den pekar på finns inte. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen.
      <tmp>/data/npe-primarvard-2023.csv: det här är en symbolisk länk till <utanför>/hemlig.csv. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen."
    `);
  });

  it('refuses a linked page and a linked folder of pages', () => {
    const site = copySite('site-ok');
    const outside = tempDir('utanfor');
    writeFileSync(join(outside, 'sida.mdx'), '---\ntitle: T\n---\n');
    symlinkSync(join(outside, 'sida.mdx'), join(site.pagesDir, 'lankad.mdx'));
    symlinkSync(outside, join(site.pagesDir, 'mapp'));
    expect(checkSite(site).replaceAll(outside, '<utanför>')).toMatchInlineSnapshot(`
      "<tmp>/pages/lankad.mdx: det här är en symbolisk länk till <utanför>/sida.mdx. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen.
      <tmp>/pages/mapp: det här är en symbolisk länk till <utanför>. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen."
    `);
  });

  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB and a dataset over 50 000 rows`, () => {
    const site = copySite('site-ok');
    writeBigDataset(site.dataDir, 50_001);
    writeFileSync(join(site.dataDir, 'enorm.csv'), 'a,b\n' + '1,2\n'.repeat(MAX_FILE_BYTES / 4 + 1));
    writeFileSync(join(site.dataDir, 'enorm.meta.yaml'), 'title: x\n');
    expect(checkSite(site)).toMatchInlineSnapshot(`
      "<tmp>/data/enorm.csv: filen är 5,1 MB; en fil får vara högst 5 MB. Dela upp innehållet i flera mindre filer.
      <tmp>/data/stort.csv: filen har 50 001 rader; ett dataset får ha högst 50 000. Dela upp det i flera dataset, t.ex. ett per år."
    `);
  });

  it('accepts a dataset of exactly 50 000 rows', () => {
    const site = copySite('site-ok');
    writeBigDataset(site.dataDir, 50_000);
    expect(checkSite(site)).toBe('');
  });

  it('says a missing folder of pages or data in Swedish', () => {
    const root = tempDir('tom');
    mkdirSync(join(root, 'data'));
    expect(checkContent({ dataDir: relative(process.cwd(), join(root, 'data')), pagesDir: relative(process.cwd(), join(root, 'sidor')) }).problems[0]).toMatch(/sidor: mappen med sidor finns inte\.$/);
  });
});
