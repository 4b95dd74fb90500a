/**
 * The Excel workbooks opened with exceljs and checked cell by cell against
 * the CSV: readable headers with units, numbers as number cells with a
 * number format, missing values as their code (so `..` and `-` stay apart),
 * text as text (never a formula), and an "Om data" sheet with title, source
 * and original document, licence, citation, notes and missing-value codes.
 * The workbooks are the same bytes when made again.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { listDatasets, type Dataset } from '../../src/data/index.ts';
import { buildDate } from '../../src/site/build-date.ts';
import { allDataXlsx, datasetXlsx, sheetName } from '../../src/publish/xlsx.ts';
import { columnHeading as headerText } from '../../src/data/index.ts';
import { unitInfo } from '../../src/format/index.ts';
import { citation, documentRef } from '../../src/site/text.ts';
import { readBytes } from './helpers.ts';

const datasets = listDatasets();

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Differences between a data sheet and the dataset's CSV, as readable lines (empty when they agree). */
export function compareSheet(ws: ExcelJS.Worksheet, ds: Dataset): string[] {
  const bad: string[] = [];
  const records = parse(ds.csv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const cols = ds.meta.columns;
  cols.forEach((c, i) => {
    const head = ws.getRow(1).getCell(i + 1).value;
    if (head !== headerText(c)) bad.push(`rubrik ${i + 1}: ${String(head)} ≠ ${headerText(c)}`);
    // A count (unit "antal") needs no unit after it: "Antal (antal)" said nothing more.
    if (c.unit && !unitInfo(c.unit).bare && !String(head).includes(c.unit) && !String(head).includes('%')) bad.push(`rubrik ${c.name} saknar enheten ${c.unit}`);
  });
  if (ws.actualRowCount !== records.length + 1) bad.push(`${ws.actualRowCount - 1} rader, CSV-filen har ${records.length}`);
  const codes = Object.keys(ds.meta.missing);
  records.forEach((rec, r) => {
    cols.forEach((c, i) => {
      const cell = ws.getRow(r + 2).getCell(i + 1);
      const raw = rec[c.name]!.trim();
      const where = `rad ${r + 2}, ${c.name}`;
      if (cell.formula || (typeof cell.value === 'object' && cell.value !== null)) bad.push(`${where}: inte ett enkelt värde`);
      else if (c.type === 'text' || (c.nullable && codes.includes(raw))) {
        if (cell.value !== raw) bad.push(`${where}: ${JSON.stringify(cell.value)} ≠ ${JSON.stringify(raw)}`);
      } else {
        if (typeof cell.value !== 'number' || cell.value !== Number(raw)) bad.push(`${where}: ${JSON.stringify(cell.value)} är inte talet ${raw}`);
        if (!cell.numFmt || !/^(0|#,##0(\.0+)?)$/.test(cell.numFmt)) bad.push(`${where}: talformatet ${cell.numFmt}`);
        else if (c.type !== 'year' && c.decimals > 0 && !cell.numFmt.endsWith(`.${'0'.repeat(c.decimals)}`)) bad.push(`${where}: ${c.decimals} decimaler men formatet ${cell.numFmt}`);
      }
    });
  });
  return bad;
}

/** All text of a sheet, one cell per line. */
function sheetText(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(typeof cell.value === 'object' && cell.value && 'text' in cell.value ? `${cell.value.text} ${cell.value.hyperlink}` : String(cell.value))));
  return out.join('\n');
}

describe('Excel workbooks', () => {
  it.each(datasets.map((ds) => [ds.id, ds] as const))('%s.xlsx: the data sheet holds the CSV’s cells, and "Om data" says what it is', async (id, ds) => {
    const wb = await open(readBytes(`/data/${id}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Om data']);
    expect(compareSheet(wb.getWorksheet('Data')!, ds)).toEqual([]);
    const about = sheetText(wb.getWorksheet('Om data')!);
    expect(about).toContain(ds.meta.title);
    expect(about).toContain(documentRef(ds).text);
    expect(about).toContain('CC BY 4.0');
    expect(about).toContain(citation(ds));
    for (const n of ds.meta.notes) expect(about).toContain(n.replace(/\s+/g, ' ').trim());
    for (const [code, why] of Object.entries(ds.meta.missing)) expect(about).toContain(`Kod ${code}\n${why}`);
    expect(about).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(wb.creator).toBe('Region Halland');
  });

  it('alla-data.xlsx has "Om data" and one sheet per dataset with its cells', async () => {
    const wb = await open(readBytes('/data/alla-data.xlsx'));
    const taken = new Set(['Om data']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om data', ...datasets.map((ds) => sheetName(ds.id, taken))]);
    const bad = datasets.flatMap((ds, i) => compareSheet(wb.worksheets[i + 1]!, ds).map((b) => `${ds.id}: ${b}`));
    expect(bad).toEqual([]);
  });

  it('keeps `..` and `-` apart: a missing value is its code, not an empty cell', async () => {
    const ds = datasets.find((d) => Object.keys(d.meta.missing).length > 0 && d.rows.some((r) => Object.values(r).includes(null)))!;
    const wb = await open(readBytes(`/data/${ds.id}.xlsx`));
    const cells: unknown[] = [];
    wb.getWorksheet('Data')!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells.some((v) => typeof v === 'string' && v in ds.meta.missing)).toBe(true);
    expect(cells).not.toContain(null);
  });

  it('is a check that can fail: a changed number, a formula or a lost code is found', async () => {
    const ds = datasets.find((d) => d.rows.some((r) => Object.values(r).includes(null)))!;
    const wb = await open(readBytes(`/data/${ds.id}.xlsx`));
    const ws = wb.getWorksheet('Data')!;
    const numCol = ds.meta.columns.findIndex((c) => c.type !== 'text') + 1;
    ws.getRow(2).getCell(numCol).value = 123456.5;
    ws.getRow(3).getCell(1).value = { formula: 'HYPERLINK("x")' } as ExcelJS.CellFormulaValue;
    expect(compareSheet(ws, ds).length).toBeGreaterThanOrEqual(2);
  });

  it('is the same bytes when made again (fixed dates in the workbook and the archive)', async () => {
    const ds = datasets[0]!;
    expect(await datasetXlsx(ds)).toEqual(readBytes(`/data/${ds.id}.xlsx`));
    expect(await allDataXlsx(datasets, buildDate())).toEqual(readBytes('/data/alla-data.xlsx'));
  });
});
