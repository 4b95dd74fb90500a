/**
 * Reading a dataset's CSV text into records that remember their line number.
 * Parsing is csv-parse's; what we add is the checks editors trip over (BOM,
 * semicolons and decimal commas from Swedish Excel, mixed line endings) with
 * messages that say how to fix them.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from './errors.ts';
import { decomposedMessage, findDecomposed, findInvisible, invisibleMessage } from './characters.ts';
import { MAX_ROWS } from './files.ts';

/** A record with the editor's line number of its first line. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Signs of text broken by a bad PDF extraction, e.g. `vaå rd` for `vård`. */
const MOJIBAKE = /[aoAO][åäöÅÄÖ]|\uFFFD/;

/** The line where the quote that is never closed opens (csv-parse reports the end of the file). */
function openQuoteLine(text: string): number | undefined {
  let open = -1;
  for (let i = 0; i < text.length; i++) if (text[i] === '"') open = open < 0 ? i : -1;
  return open < 0 ? undefined : text.slice(0, open).split('\n').length;
}

/**
 * Parse CSV text. Returns the table, or the problems that stop it being read.
 * `file` is only used to label problems.
 */
export function readCsv(text: string, file: string): { table?: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ file, line: 1, message: 'filen börjar med ett osynligt BOM-tecken (Excel lägger till det i "CSV UTF-8"). Spara om den som UTF-8 utan BOM, t.ex. i VS Code: klicka på "UTF-8 with BOM" längst ned och välj "Save with Encoding" → "UTF-8".' });
    return { problems };
  }
  if (text.trim() === '') {
    problems.push({ file, message: 'filen är tom. Första raden ska vara kolumnnamnen, sedan en rad per värde.' });
    return { problems };
  }
  const crlf = /\r\n/.test(text);
  const lf = /(^|[^\r])\n/.test(text);
  if (crlf && lf) {
    // Name the first line that ends differently from the first line, so the editor sees where the paste came in.
    const ends = text.split('\n').slice(0, -1).map((l) => l.endsWith('\r'));
    const line = ends.findIndex((e) => e !== ends[0]) + 1;
    problems.push({ file, line, message: 'filen blandar radslut (CRLF och LF) från och med den här raden. Spara den med LF-radslut (i VS Code: klicka på "CRLF" längst ned och välj "LF").' });
    return { problems };
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(';') && !firstLine.includes(',')) {
    problems.push({
      file,
      line: 1,
      message:
        'filen är semikolonseparerad (som Excel sparar på svenska). Fälten ska skiljas med kommatecken och decimaler skrivas med punkt (450.6); se "Spara en CSV-fil rätt" i docs/redaktorsguide.md.',
    });
    return { problems };
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (err) {
    const e = err as { code?: string; lines?: number; message: string };
    const what =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'ett citattecken (") öppnas men stängs aldrig'
        : e.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'ett citattecken (") står mitt i ett fält; skriv "" för ett citattecken inuti text'
          : 'filen går inte att läsa som CSV';
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) ?? e.lines : e.lines;
    problems.push({ file, line, message: `${what}.` });
    return { problems };
  }
  const [head, ...body] = rows;
  const header = (head?.record ?? []).map((h) => h.trim());
  if (body.length === 0) {
    problems.push({ file, message: 'filen har bara en rubrikrad och inga värden.' });
    return { problems };
  }
  if (body.length > MAX_ROWS) {
    problems.push({ file, message: `filen har ${body.length.toLocaleString('sv-SE')} rader; ett dataset får ha högst ${MAX_ROWS.toLocaleString('sv-SE')}. Dela upp det i flera dataset, t.ex. ett per år.` });
    return { problems };
  }
  // A header with spaces around a name would be read as the name without them, and the two CSV files would disagree.
  (head?.record ?? []).forEach((h, i) => {
    if (h !== header[i]) problems.push({ file, line: 1, column: header[i], message: `kolumnnamnet "${h}" har mellanslag före eller efter. Ta bort dem.` });
  });
  // Two columns with one name: the second would silently replace the first everywhere but in the CSV.
  header.forEach((h, i) => {
    if (header.indexOf(h) !== i) problems.push({ file, line: 1, column: h, message: `kolumnnamnet "${h}" står två gånger i rubrikraden (kolumn ${header.indexOf(h) + 1} och ${i + 1}). Ge varje kolumn ett eget namn.` });
  });
  if (problems.length) return { problems };
  const records: CsvRecord[] = [];
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a person looks for the line it starts on.
    const line = info.lines - (record.join(',').split('\n').length - 1);
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        message: `raden har ${record.length} fält men rubrikraden har ${header.length}. Kontrollera kommatecken; text med komma ska stå inom citattecken.`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => {
      const value = record[i] ?? '';
      const hidden = findInvisible(value);
      const decomposed = hidden ? undefined : findDecomposed(value);
      if (hidden) {
        problems.push({ file, line, column: h, message: invisibleMessage(value, hidden, 'cellen') });
      } else if (decomposed) {
        problems.push({ file, line, column: h, message: decomposedMessage(value, decomposed, 'cellen') });
      } else if (value !== value.trim()) {
        // Trimmed, it would read differently in the CSV (exact) than on the page, in JSON and in Excel.
        problems.push({ file, line, column: h, message: `"${value}" har mellanslag före eller efter texten. Ta bort dem, så att cellen är likadan i alla format.` });
      } else if (MOJIBAKE.test(value)) {
        problems.push({ file, line, column: h, message: `"${value}" ser ut som text som gått sönder vid utdrag ur PDF (t.ex. "vaå rd" i stället för "vård"). Skriv av ordet rätt.` });
      }
      cells[h] = value;
    });
    records.push({ line, cells });
  }
  return { table: { header, records }, problems };
}
