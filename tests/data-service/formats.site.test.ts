/**
 * The download formats read back to the data layer's values: CSV and the
 * Swedish-Excel CSV parse to the same rows, JSON holds the same rows, each zip
 * holds exactly what its README lists, and the zips are deterministic.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { listDatasets, type Dataset, type Row } from '../../src/data/index.ts';
import { buildDate } from '../../src/site/build-date.ts';
import { FILES_HEADING } from '../../src/publish/readme.ts';
import { allDataZip, datasetZip } from '../../src/publish/zip.ts';
import { SITE } from '../../src/site/config.ts';
import { readBytes, readText, readmeFiles, unzipText, zipDirectory } from './helpers.ts';

const datasets = listDatasets();
const ids = datasets.map((ds) => ds.id);
const today = buildDate();

/** A parsed CSV record typed by the dataset's columns: numbers as numbers, missing as null. */
function typed(ds: Dataset, rec: Record<string, string>, decimal: '.' | ',', missing: (s: string) => boolean): Row {
  const row: Row = {};
  for (const c of ds.meta.columns) {
    const raw = rec[c.name]!;
    if (c.nullable && missing(raw)) row[c.name] = null;
    else if (c.type === 'text') row[c.name] = raw.trim();
    else {
      if (decimal === ',') expect(raw, `${ds.id}.${c.name}`).not.toContain('.');
      row[c.name] = Number(raw.trim().replace(decimal, '.'));
    }
  }
  return row;
}

describe('CSV and Excel CSV', () => {
  it.each(ids)('%s: the CSV parses back to the data layer’s rows', (id) => {
    const ds = datasets.find((d) => d.id === id)!;
    const text = readText(`/data/${id}.csv`);
    expect(text).toBe(ds.csv);
    const codes = Object.keys(ds.meta.missing);
    const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(records.map((r) => typed(ds, r, '.', (s) => codes.includes(s.trim())))).toEqual(ds.rows);
  });

  it.each(ids)('%s: the Excel CSV (BOM, semicolon, decimal comma, CRLF) parses back to the same rows', (id) => {
    const ds = datasets.find((d) => d.id === id)!;
    const bytes = readBytes(`/data/${id}-excel.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(ds.meta.columns.map((c) => c.name).join(';'));
    const records = parse(text, { columns: true, delimiter: ';', bom: true, skip_empty_lines: true }) as Record<string, string>[];
    // Excel reads an empty cell as missing; no missing-value code may be left in the file.
    for (const code of Object.keys(ds.meta.missing)) {
      for (const r of records) for (const c of ds.meta.columns) if (c.nullable && c.type !== 'text') expect(r[c.name]).not.toBe(code);
    }
    expect(records.map((r) => typed(ds, r, ',', (s) => s === ''))).toEqual(ds.rows);
  });

  it('writes the Excel CSV’s numbers with a decimal comma, as the source printed them', () => {
    const withDecimals = datasets.find((ds) => ds.meta.columns.some((c) => c.decimals > 0 && c.type !== 'text'));
    expect(withDecimals).toBeDefined();
    expect(readText(`/data/${withDecimals!.id}-excel.csv`)).toMatch(/;-?\d+,\d+(;|\r\n)/);
  });

  it.each(ids)('%s: the JSON holds the same rows, the licence and the changelog', (id) => {
    const ds = datasets.find((d) => d.id === id)!;
    const doc = JSON.parse(readText(`/data/${id}.json`));
    expect(doc.rows).toEqual(ds.rows);
    expect(doc.licence.url).toBe('http://creativecommons.org/licenses/by/4.0/');
    expect(doc.changelog).toEqual(ds.meta.changelog);
    expect(doc.source.file).toBeUndefined();
    expect(doc.source.originalDocument.title).toBe(ds.meta.source.document);
    // Which missing-value code stood where: `..` and `-` stay apart.
    for (const m of doc.missingCodes) {
      expect(doc.rows[m.row][m.column]).toBeNull();
      expect(ds.meta.missing[m.code]).toBe(m.meaning);
    }
    expect(doc.missingCodes.length).toBe(ds.rows.reduce((n: number, r: Row) => n + Object.values(r).filter((v) => v === null).length, 0));
  });
});

describe('zip files', () => {
  it.each(ids)('%s.zip holds exactly the files its README lists, with licence, citation and columns', (id) => {
    const ds = datasets.find((d) => d.id === id)!;
    const bytes = readBytes(`/data/${id}.zip`);
    const files = unzipText(bytes);
    const readme = files.get('README.txt')!;
    expect(readme).toBeDefined();
    const listed = readmeFiles(readme, FILES_HEADING);
    expect(listed.sort()).toEqual([...files.keys()].sort());
    expect(listed).toEqual(expect.arrayContaining([`${id}.csv`, `${id}.xlsx`, `${id}-excel.csv`, `${id}.json`]));
    expect(files.get(`${id}.csv`)).toBe(ds.csv);
    expect(files.get(`${id}-excel.csv`)).toBe(readText(`/data/${id}-excel.csv`));
    expect(files.get(`${id}.json`)).toBe(readText(`/data/${id}.json`));
    expect(unzipSync(bytes)[`${id}.xlsx`]).toEqual(readBytes(`/data/${id}.xlsx`));
    expect(readme).toContain(ds.meta.title);
    expect(readme).toContain('CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain('Siffrorna kommer från Region Hallands offentliga dokument');
    expect(readme).toContain(ds.meta.source.document);
    expect(readme).toContain('Originaldokument: ');
    expect(readme).toContain(`@misc{regionhalland-${id},`);
    expect(readme).not.toMatch(/\(hämtad \d/);
    expect(readme).toContain(`${SITE.url}/data/${id}/`);
    for (const c of ds.meta.columns) expect(readme).toContain(`${c.name} – ${c.title}`);
    for (const code of Object.keys(ds.meta.missing)) expect(readme).toContain(`"${code}"`);
    for (const n of ds.meta.notes) expect(readme).toContain(n.replace(/\s+/g, ' ').trim().slice(0, 40));
  });

  it('the all-data zip holds every dataset, datapackage.json and exactly what its README lists', () => {
    const bytes = readBytes('/data/alla-data.zip');
    const files = unzipText(bytes);
    const listed = readmeFiles(files.get('README.txt')!, FILES_HEADING);
    expect(listed.sort()).toEqual([...files.keys()].sort());
    expect(files.get('datapackage.json')).toBe(readText('/data/datapackage.json'));
    for (const ds of datasets) {
      expect(files.get(`${ds.id}.csv`)).toBe(ds.csv);
      expect(files.has(`${ds.id}-excel.csv`)).toBe(true);
      expect(files.has(`${ds.id}.json`)).toBe(true);
      expect(files.has(`${ds.id}.xlsx`)).toBe(true);
    }
    expect(files.has('alla-data.xlsx')).toBe(true);
  });

  it('zips are byte-identical when made again, and every entry carries the content’s date, not the clock', async () => {
    const ds = datasets[0]!;
    expect(await datasetZip(ds, today)).toEqual(readBytes(`/data/${ds.id}.zip`));
    expect(await allDataZip(datasets, today)).toEqual(readBytes('/data/alla-data.zip'));
    const dir = zipDirectory(readBytes('/data/alla-data.zip'));
    expect(dir.length).toBe(datasets.length * 4 + 3);
    expect(new Set(dir.map((e) => e.date))).toEqual(new Set([today]));
  });
});
