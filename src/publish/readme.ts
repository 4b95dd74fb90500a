/**
 * README.txt for the zip downloads: everything a journalist needs to reuse a
 * dataset without the website: title, source, citation, licence, caveats,
 * missing-value codes, column definitions and changelog, and the list of
 * files in the archive (the tests check the archive against that list).
 */
import type { Dataset } from '../data/index.ts';
import { citation, documentLine, licenceLine, sourceLine } from '../site/text.ts';
import { bibtex, datasetItem } from '../site/cite.ts';
import { SITE, publisherLine, siteUrl } from '../site/config.ts';
import { FORMULA_GUARD, startsFormula } from './excel-csv.ts';

/** A file in an archive, with the line that describes it in the README. */
export interface ArchiveFile {
  name: string;
  description: string;
  data: string | Uint8Array;
}

/** Heading line to mark the list of files; the tests read the list after it. */
export const FILES_HEADING = 'Filer i arkivet';

const KINDS = { first: 'första publicering', revision: 'revidering', correction: 'rättelse' } as const;
const TYPES = { text: 'text', number: 'tal', integer: 'heltal', percent: 'andel i procent', rank: 'placering (1–21)', year: 'årtal' } as const;

function heading(text: string, mark = '-'): string[] {
  return [text, mark.repeat(text.length)];
}

/** The list of files, one per line: name, padding, description. */
function fileList(files: Pick<ArchiveFile, 'name' | 'description'>[]): string[] {
  const width = Math.max(...files.map((f) => f.name.length)) + 2;
  return [...heading(FILES_HEADING), ...files.map((f) => f.name.padEnd(width) + f.description), ''];
}

/** What one dataset is: source, citation, columns, missing values, caveats, changelog. */
export function datasetSection(ds: Dataset): string[] {
  const m = ds.meta;
  const lines: string[] = [
    `Id:        ${ds.id}, version ${m.version}`,
    `Webbsida:  ${siteUrl(`/data/${ds.id}/`)}`,
    `Period:    ${m.period}`,
    `Rader:     ${ds.rows.length}`,
    `Källa:     ${sourceLine(ds)}`,
    documentLine(ds),
    '',
    m.description,
    '',
    'Citera så här:',
    `  ${citation(ds)}`,
    '',
    'BibTeX:',
    ...bibtex(datasetItem(ds)).split('\n').map((l) => `  ${l}`),
    '',
    ...heading('Kolumner'),
  ];
  for (const c of m.columns) {
    const unit = c.unit ? `, enhet: ${c.unit}` : c.unitColumn ? `, enheten står i kolumnen ${c.unitColumn}` : '';
    const key = m.key.includes(c.name) ? ', nyckel' : '';
    lines.push(`${c.name} – ${c.title} (${TYPES[c.type]}${unit}${key}${c.nullable ? ', kan sakna värde' : ''})`, `    ${c.description.replace(/\s+/g, ' ').trim()}`);
    if (c.values) lines.push(`    Koder: ${Object.entries(c.values).map(([code, label]) => `${code} = ${label}`).join('; ')}`);
  }
  lines.push('');
  const missing = Object.entries(m.missing);
  if (missing.length) {
    lines.push(...heading('Saknade värden'));
    for (const [code, why] of missing) lines.push(`"${code}": ${why}`);
    lines.push('I CSV-filen och Excelfilen (.xlsx) står koden, i CSV-filen för Excel är cellen tom, och i JSON-filen är värdet null med koden i missingCodes. Ett saknat värde är aldrig 0.', '');
  }
  lines.push(...formatsSection(ds));
  if (m.notes.length) {
    lines.push(...heading('Förbehåll'));
    for (const n of m.notes) lines.push(`- ${n.replace(/\s+/g, ' ').trim()}`);
    lines.push('');
  }
  lines.push(...heading('Ändringslogg'));
  for (const c of m.changelog) lines.push(`${c.date}  version ${c.version} (${KINDS[c.kind]}): ${c.description}`);
  lines.push('');
  return lines;
}

/** How the CSV for programs and the CSV for Excel differ, with the cells this dataset has that a spreadsheet would take for a formula. */
function formatsSection(ds: Dataset): string[] {
  const text = ds.meta.columns.filter((c) => c.type === 'text').map((c) => c.name);
  const guarded = ds.rows.flatMap((r) => text.map((c) => r[c]).filter((v): v is string => typeof v === 'string' && startsFormula(v)));
  return [
    ...heading('CSV för program och CSV för Excel'),
    `${ds.id}.csv är för program: varje cell exakt som i källan, punkt som decimaltecken, kommatecken mellan fälten, UTF-8 utan BOM.`,
    `${ds.id}-excel.csv är för svenska Excel och LibreOffice: semikolon mellan fälten, decimalkomma, UTF-8 med BOM och tomma celler där värden saknas.`,
    `En textcell som börjar med =, +, -, @, tabb eller radbrytning skulle ett kalkylprogram läsa som en formel. I Excel-filen står därför en apostrof (${FORMULA_GUARD}) först i en sådan cell, så att den öppnas som text och aldrig räknas ut; apostrofen hör inte till värdet. Tal i talkolumner ändras aldrig.`,
    guarded.length
      ? `I det här datasetet gäller det ${guarded.length === 1 ? 'en cell' : `${guarded.length} celler`}: ${[...new Set(guarded)].slice(0, 5).map((v) => `"${v.replace(/[\t\r\n]/g, (c) => (c === "\t" ? "\\t" : c === "\r" ? "\\r" : "\\n"))}"`).join(', ')}${new Set(guarded).size > 5 ? ' …' : ''}.`
      : 'I det här datasetet finns ingen sådan cell.',
    '',
  ];
}

/** Windows line ends: the file is read in Notepad as often as anywhere. */
function text(lines: string[]): string {
  return lines.join('\r\n').replace(/(\r\n)+$/, '') + '\r\n';
}

/** README.txt for one dataset's zip. */
export function datasetReadme(ds: Dataset, today: string, files: Pick<ArchiveFile, 'name' | 'description'>[]): string {
  return text([
    ...heading(ds.meta.title, '='),
    '',
    publisherLine(),
    licenceLine(),
    '',
    ...fileList(files),
    ...datasetSection(ds),
  ]);
}

/** README.txt for the archive with every dataset. */
export function allDataReadme(datasets: Dataset[], today: string, files: Pick<ArchiveFile, 'name' | 'description'>[]): string {
  return text([
    ...heading(`${SITE.name}: alla data`, '='),
    '',
    `Alla ${datasets.length} dataset bakom webbplatsen ${siteUrl('/')}, version ${today}.`,
    'Varje siffra är transkriberad ur ett av Region Hallands offentliga dokument; varje dataset anger dokument och avsnitt.',
    publisherLine(),
    `datapackage.json beskriver alla CSV-filer enligt Frictionless Data Package 2.0 (kolumner, typer, enheter, saknade värden).`,
    '',
    licenceLine(),
    '',
    ...fileList(files),
    ...datasets.flatMap((ds) => [...heading(`${ds.meta.title} (${ds.id})`, '='), '', ...datasetSection(ds)]),
  ]);
}
