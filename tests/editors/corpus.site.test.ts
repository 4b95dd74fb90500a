/**
 * The corpus of bad inputs: each case is a small fixture under
 * tests/editors/fixtures/<case>/ (a data folder and/or a pages folder) that
 * the checker must reject with exactly the message in its golden file
 * fel.txt (caseGroup in helpers.ts). The build runs the same
 * check first (scripts/build.ts), so it rejects them with the same words;
 * tests/editors/build.site.test.ts builds a few fixture sites for real.
 */
import { afterAll } from 'vitest';
import { caseGroup, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

caseGroup('Trasiga dataset (CSV)', {
  'tom-fil': 'an empty file',
  'bara-rubrik': 'a header and no rows',
  'bom': 'a byte-order mark (rejected: the repository keeps UTF-8 without BOM)',
  'semikolon': 'semicolons and decimal commas from Swedish Excel (rejected, with how to save)',
  'dubblett-nyckel': 'two rows with the same key, naming both lines',
  'saknad-kolumn': 'a column the metadata declares but the header lacks',
  'okand-kolumn-i-csv': 'a column in the header the metadata does not declare',
  'inte-ett-tal': 'a value that is not a number (8O)',
  'procent-over-100': 'a percentage over 100',
  'placering-0': 'rank 0',
  'placering-22': 'rank 22',
  'enhet-per-rad': 'a rank of 22, a half rank and 101.5 procent in a column whose unit each row names',
  'ar-utanfor-period': 'a year outside the period in the metadata',
  'oavslutat-citattecken': 'a quote that is never closed, at the line it opens',
  'blandade-radslut': 'mixed line endings',
  'trasig-text': 'text broken by a bad PDF extraction (vaå rd)',
  'ogiltigt-namn': 'a file name with å/ä/ö',
});

caseGroup('Trasig metadata', {
  'metadata-utan-kalla': 'metadata without a source, naming the field',
  'okand-licens': 'an unknown licence, naming the field and line',
  'saknad-metadatafil': 'a CSV without its metadata file',
  'metadata-yaml-fel': 'YAML that cannot be read, with its line',
  'for-stort': 'a description over 300 characters and decimals over 4, said in Swedish with the limit (zod would say "Too big")',
});

caseGroup('Sidor: komponenter', {
  'okant-dataset': 'a dataset that does not exist, with "Menade du"',
  'okand-kolumn': 'a column that does not exist, with "Menade du"',
  'okand-diagramtyp': 'an unknown chart type, with "Menade du"',
  'saknad-egenskap': 'a missing required prop',
  'saknad-rad': 'a key figure pointing at a row that does not exist',
  'okand-egenskap': 'a misspelt prop, said once, as a misspelling',
  'fel-sorts-varde': 'a number written as text (mal="80")',
  'okand-komponent': 'a component that does not exist',
});

caseGroup('Sidor: MDX och frontmatter', {
  'mdx-oavslutad-tagg': 'a tag that is never closed, at the line it starts',
  'mdx-fel-sluttagg': 'a closing tag that does not match',
  'mdx-html-kommentar': 'an HTML comment, which MDX cannot read',
  'mdx-oavslutad-klammer': 'a { that is never closed',
  'frontmatter-fel': 'frontmatter with a missing field, a wrong kind of value and a bad date',
  'script-i-sida': 'a <script> element in a page',
  'handskrivet-tal': 'numbers typed by hand in prose and in a text prop',
});

caseGroup('what should pass passes', {
  'site-ok': 'a small valid site has no problems and no hand-typed numbers',
});
