/**
 * Every number in the text comes from the data: the hand-typed-number check,
 * its exceptions, and the real pages in content/pages held to it.
 */
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { findNumbers, handTypedNumbers } from '../../src/check/numbers.ts';
import { pageFiles, parsePage, readPage } from '../../src/mdx/pages.ts';
import { formatProblem } from '../../src/data/index.ts';

const numbers = (text: string) => findNumbers(text).map((n) => n.number);
const NBSP = '\u00a0';

describe('findNumbers', () => {
  it.each([
    ['Strategin gällde 2017–2025 och följdes upp 2024.', []],
    ['Under 2023/24, den 23 augusti 2024 och 2024-08-23.', []],
    ['Enligt lag 2018:1937, § 146, 3 kap. 1 §, dnr RS231576 och SFS 2017:30.', []],
    ['HVO100, CO2e, covid-19, 1177 Vårdguiden och Del 1.', []],
    ['85 procent', ['85']],
    [`1${NBSP}287${NBSP}279 invånare`, [`1${NBSP}287${NBSP}279`]],
    ['450,6 mnkr och −118 mnkr', ['450,6', '−118']],
    ['mellan 80–90 procent', ['80', '90']],
    ['år 1999 och år 2040', ['1999', '2040']],
    ['plats 4 av 21', ['4', '21']],
    ['18-åringar', []],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});

describe('handTypedNumbers in a page', () => {
  const page = parsePage(
    [
      '---',
      'title: T',
      'description: En beskrivning av sidan som är lång nog.',
      'order: 1',
      'updated: 2026-11-23',
      '---',
      '',
      '1. Första punkten i en numrerad lista',
      '2. Andra punkten',
      '',
      'Sverige har <Fast>21</Fast> regioner. Läs [rapporten](/data/x-2024-99/).',
      '',
      '<Note titel="Rutan">',
      '',
      'Här står',
      '42 för hand.',
      '',
      '</Note>',
      '',
      '<Chart data="x" typ="staplar" kategori="a" varden="b"',
      '  slutsats="Halland ligger på plats 3." />',
    ].join('\n'),
    'sida.mdx',
  );
  it('flags prose and text props, not list numbers, <Fast>, links or the frontmatter', () => {
    expect(handTypedNumbers(page).map(formatProblem).map((l) => l.replace(/ är inskrivet.*/, ''))).toEqual([
      'sida.mdx, rad 16: talet "42"',
      'sida.mdx (<Chart>), rad 21: talet "3" i slutsats',
    ]);
  });
});

describe('the pages in content/pages', () => {
  it.each(pageFiles().map((f) => [basename(f), f]))('%s has no number typed by hand', (_name, file) => {
    expect(handTypedNumbers(readPage(file)).map(formatProblem)).toEqual([]);
  });
});
