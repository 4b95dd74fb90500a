/**
 * Real Excel workbooks (.xlsx), made with exceljs: one per dataset and one
 * with every dataset, as Kolada, SCB and ESV offer them.
 *
 * - Headers say the column and its unit ("Riket (procent)").
 * - Numbers are number cells with a number format; Swedish Excel shows
 *   `#,##0.0` as 1 287,5 (space between thousands, decimal comma).
 * - A missing value keeps its code as text (`..` or `-`), so the two kinds of
 *   missing stay apart, and "Om data" says what each code means.
 * - Text is always a text cell, never a formula: exceljs writes a string as a
 *   string even when it starts with "=".
 * - "Om data": title, source and original document (with link where known),
 *   licence, citation, version, notes and caveats, missing-value codes,
 *   column definitions and the labels of coded columns.
 * - The bytes are the same from build to build: fixed workbook dates (the
 *   dataset's publication date) and the archive re-packed with fixed times.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { columnHeading, type Dataset } from '../data/index.ts';
import type { Column } from '../schemas/metadata.ts';
import { citation, documentLine, documentRef, licenceLine, publishedDate, sourceLine } from '../site/text.ts';
import { SITE, siteUrl } from '../site/config.ts';

/** Number format of a column: thousands grouped, the source's decimals; years without grouping. */
export function numberFormat(c: Column): string {
  if (c.type === 'year') return '0';
  return c.decimals > 0 ? `#,##0.${'0'.repeat(c.decimals)}` : '#,##0';
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
export function sheetName(id: string, taken: Set<string>): string {
  let base = id.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let n = 2;
  while (taken.has(base)) base = `${id.slice(0, 28)}-${n++}`;
  taken.add(base);
  return base;
}

const BOLD = { bold: true } as const;
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F7' } } as const;

/** Write the dataset's rows to `ws`: header, then one row per CSV row. */
function dataSheet(ws: ExcelJS.Worksheet, ds: Dataset): void {
  const cols = ds.meta.columns;
  ws.columns = cols.map((c) => ({ key: c.name, width: Math.min(60, Math.max(10, columnHeading(c).length + 2, ...ds.cells.map((r) => (r[c.name] ?? '').length + 2))) }));
  const head = ws.addRow(cols.map(columnHeading));
  head.font = BOLD;
  head.eachCell((cell) => {
    cell.fill = HEAD_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  const codes = new Set(Object.keys(ds.meta.missing));
  for (const raw of ds.cells) {
    const row = ws.addRow(
      cols.map((c) => {
        const text = (raw[c.name] ?? '').trim();
        if (c.type === 'text' || (c.nullable && codes.has(text))) return text;
        return Number(text);
      }),
    );
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (typeof cell.value === 'number') cell.numFmt = numberFormat(c);
      else if (c.type !== 'text') cell.alignment = { horizontal: 'right' };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
}

/** Lines of the "Om data" sheet for one dataset: [label, text, link?]. */
export function aboutLines(ds: Dataset): [string, string, string?][] {
  const m = ds.meta;
  const doc = documentRef(ds);
  const lines: [string, string, string?][] = [
    ['Titel', m.title],
    ['Beskrivning', m.description.replace(/\s+/g, ' ').trim()],
    ['Period', m.period],
    ['Källa', sourceLine(ds)],
    ['Originaldokument', documentLine(ds), doc.url],
    ['Utgivare', SITE.publisher],
    ['Licens', licenceLine(), SITE.licence.url],
    ['Citera så här', citation(ds)],
    ['Version', `${m.version}, publicerad ${publishedDate(ds)}`],
    ['Webbsida', siteUrl(`/data/${ds.id}/`), siteUrl(`/data/${ds.id}/`)],
  ];
  const missing = Object.entries(m.missing);
  if (missing.length) {
    lines.push(['Saknade värden', 'En cell med en kod i stället för ett tal saknar värde av skälet nedan. Ett saknat värde är aldrig 0.']);
    for (const [code, why] of missing) lines.push([`Kod ${code}`, why]);
  }
  lines.push(['Kolumner', 'Rubrik, enhet och definition; kolumnnamnet inom parentes är rubriken i CSV-filen.']);
  for (const c of m.columns) {
    const unit = c.unit ? ` Enhet: ${c.unit}.` : c.unitColumn ? ` Enheten står i kolumnen ${c.unitColumn}.` : '';
    lines.push([`${c.title} (${c.name})`, `${c.description.replace(/\s+/g, ' ').trim()}${unit}`]);
    if (c.values) for (const [code, label] of Object.entries(c.values)) lines.push([`  ${c.name} = ${code}`, label]);
  }
  if (m.notes.length) {
    lines.push(['Förbehåll och noter', '']);
    m.notes.forEach((n, i) => lines.push([`Not ${i + 1}`, n.replace(/\s+/g, ' ').trim()]));
  }
  return lines;
}

/** Write "Om data" lines to `ws`, from row `start`; returns the next free row. */
function writeAbout(ws: ExcelJS.Worksheet, lines: [string, string, string?][], start = 1): number {
  let r = start;
  for (const [label, text, link] of lines) {
    const row = ws.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(1).font = BOLD;
    row.getCell(2).value = link ? { text, hyperlink: link } : text;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  }
  return r;
}

function workbook(title: string, published: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const at = new Date(`${published}T12:00:00Z`);
  wb.creator = SITE.publisher;
  wb.lastModifiedBy = SITE.publisher;
  wb.company = SITE.publisher;
  wb.title = title;
  wb.created = at;
  wb.modified = at;
  wb.lastPrinted = at;
  return wb;
}

/** Re-pack the archive with every entry's time fixed, so the same workbook gives the same bytes. */
async function fixedBytes(wb: ExcelJS.Workbook, date: string): Promise<Uint8Array<ArrayBuffer>> {
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  const [y, m, d] = date.split('-').map(Number);
  const mtime = new Date(y!, m! - 1, d!, 12, 0, 0);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(buf))) entries[name] = [data, { mtime }];
  return zipSync(entries, { level: 9, mtime }) as Uint8Array<ArrayBuffer>;
}

/** Workbooks already made in this build (the page, the zips and the catalogue's sizes all ask for them). */
const made = new WeakMap<Dataset, Promise<Uint8Array<ArrayBuffer>>>();

/** The workbook of one dataset: "Data" and "Om data". */
export function datasetXlsx(ds: Dataset): Promise<Uint8Array<ArrayBuffer>> {
  if (!made.has(ds)) made.set(ds, makeDatasetXlsx(ds));
  return made.get(ds)!;
}

async function makeDatasetXlsx(ds: Dataset): Promise<Uint8Array<ArrayBuffer>> {
  const published = publishedDate(ds);
  const wb = workbook(ds.meta.title, published);
  wb.subject = documentRef(ds).text;
  wb.description = citation(ds);
  dataSheet(wb.addWorksheet('Data'), ds);
  const about = wb.addWorksheet('Om data');
  about.columns = [{ width: 28 }, { width: 100 }];
  writeAbout(about, aboutLines(ds));
  return fixedBytes(wb, published);
}

/** The workbook with every dataset: "Om data" first, then one sheet per dataset named by its id. */
export async function allDataXlsx(datasets: Dataset[], today: string): Promise<Uint8Array<ArrayBuffer>> {
  const wb = workbook(`${SITE.name}: alla data`, today);
  const about = wb.addWorksheet('Om data');
  about.columns = [{ width: 28 }, { width: 100 }];
  const taken = new Set(['Om data']);
  const names = datasets.map((ds) => sheetName(ds.id, taken));
  let r = writeAbout(about, [
    ['Innehåll', `Alla ${datasets.length} dataset bakom ${siteUrl('/')}, ett blad per dataset (bladets namn är datasetets id). Under varje dataset nedan: källa, licens, citering, saknade värden och förbehåll.`],
    ['Licens', licenceLine(), SITE.licence.url],
  ]);
  datasets.forEach((ds, i) => {
    r++;
    about.getRow(r).getCell(1).value = `Blad ${names[i]}`;
    about.getRow(r).getCell(1).font = { bold: true, size: 13 };
    r = writeAbout(about, aboutLines(ds), r + 1);
    dataSheet(wb.addWorksheet(names[i]!), ds);
  });
  return fixedBytes(wb, today);
}
