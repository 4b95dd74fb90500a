/**
 * Downloads that spreadsheets open as data (issue 19): a text cell that
 * Excel or LibreOffice would read as a formula gets an apostrophe first in
 * the Excel-oriented file; numbers stay numbers; the CSV for programs keeps
 * every cell exact; the README says how the two differ.
 * Fixture: tests/editors/fixtures/formel-etiketter.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadAll } from '../src/data/index.ts';
import { excelCsv, neutraliseFormula, startsFormula } from '../src/publish/excel-csv.ts';
import { datasetReadme } from '../src/publish/readme.ts';
import { fileContent } from '../src/publish/files.ts';

const ds = loadAll('tests/editors/fixtures/formel-etiketter/data').get('etiketter')!;
const excelRows = () => parse(excelCsv(ds).slice(1), { delimiter: ';' }) as string[][];

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+46 35 13 48 00', "'+46 35 13 48 00"],
    ['-18 år', "'-18 år"],
    ['@region', "'@region"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['Vanlig text', 'Vanlig text'],
    ['18 år och äldre', '18 år och äldre'],
    ['e-post', 'e-post'],
    ['', ''],
  ])('%j → %j', (text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
    expect(startsFormula(text)).toBe(text !== safe);
  });
});

describe('the Excel CSV', () => {
  it('opens every label as text: an apostrophe before each that would start a formula', () => {
    expect(excelRows().map((r) => r[0])).toEqual(['grupp', "'=1+1", "'+46 35 13 48 00", "'-18 år", "'@region", `'=HYPERLINK("https://angripare.example/","Klicka")`, 'Version 2.345 av 10.0.0.123']);
  });

  it('leaves numbers as numbers, negative ones too, with a decimal comma', () => {
    expect(excelRows().map((r) => r[1])).toEqual(['forandring', '-5,2', '3,0', '-0,4', '12,5', '0,0', '-1']);
  });

  it('is the file the zip and the download serve', async () => {
    expect(await fileContent(ds, 'excel', '2026-11-23')).toBe(excelCsv(ds));
  });
});

describe('the CSV for programs', () => {
  it('is the stored file, byte for byte, formula-like labels included', async () => {
    expect(await fileContent(ds, 'csv', '2026-11-23')).toBe(ds.csv);
    expect(ds.csv).toContain('\n=1+1,-5.2\n');
    expect(ds.csv).toContain('\n-18 år,-0.4\n');
  });
});

describe('the README', () => {
  const readme = datasetReadme(ds, '2026-11-23', [{ name: 'etiketter.csv', description: 'CSV' }]);
  it('says how the two CSV files differ and which cells got an apostrophe', () => {
    expect(readme).toContain('CSV för program och CSV för Excel');
    expect(readme).toContain("I Excel-filen står därför en apostrof (') först i en sådan cell");
    expect(readme).toContain('I det här datasetet gäller det 5 celler: "=1+1", "+46 35 13 48 00", "-18 år", "@region", "=HYPERLINK(');
  });
  it('says so when no cell is affected', () => {
    const plain = loadAll('tests/editors/fixtures/site-ok/data').get('npe-primarvard-2023')!;
    expect(datasetReadme(plain, '2026-11-23', [{ name: 'x.csv', description: 'CSV' }])).toContain('I det här datasetet finns ingen sådan cell.');
  });
});
