/**
 * Reading a dataset's `.meta.yaml`: YAML syntax, then the zod metadata schema,
 * with each problem tied to the field and the line it stands on.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { metadataSchema, type Metadata } from '../schemas/metadata.ts';
import type { Problem } from './errors.ts';
import { fieldIssue } from './issues.ts';
import { decomposedMessage, findDecomposed, findInvisible, invisibleMessage } from './characters.ts';

/** Parse and validate metadata text. */
export function readMeta(text: string, file: string): { meta?: Metadata; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: `YAML-filen går inte att läsa (${e.code}). Kontrollera indrag (mellanslag, inte tabb) och kolon på raden.`,
      })),
    };
  }
  const js = yamlToJs(doc, file);
  if ('problem' in js) return { problems: [js.problem] };
  const at = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const hidden = invisibleStrings(js.value, (path) => path.at(-1) === 'description' || path[0] === 'notes' || path[0] === 'missing').map(
    ({ path, message }): Problem => ({ file, line: at(path), field: path.join('.'), message }),
  );
  if (hidden.length) return { problems: hidden };
  const result = metadataSchema.safeParse(js.value, { reportInput: true });
  if (result.success) {
    const dates: [(string | number)[], string | undefined][] = [[['source', 'date'], result.data.source.date], ...result.data.changelog.map((c, i): [(string | number)[], string] => [['changelog', i, 'date'], c.date])];
    const wrong = dates.flatMap(([path, v]) => {
      const message = v === undefined ? undefined : dateProblem(v);
      return message ? [{ file, line: at(path), field: path.join('.'), message }] : [];
    });
    if (wrong.length) return { problems: wrong };
    return { meta: result.data, problems: [] };
  }
  const problems = result.error.issues.map((issue): Problem => {
    // Point at the deepest node that exists, so a missing field points at its parent.
    let path = [...issue.path];
    let node: unknown = undefined;
    while (path.length > 0 && !isNode((node = doc.getIn(path as (string | number)[], true)))) path = path.slice(0, -1);
    const range = isNode(node) ? node.range : undefined;
    return {
      file,
      line: range ? lineCounter.linePos(range[0]).line : undefined,
      field: issue.path.length ? issue.path.join('.') : undefined,
      message: fieldIssue(issue),
    };
  });
  return { problems };
}

/**
 * The document as plain values, or a problem when it cannot become one: the
 * yaml library stops an "alias bomb" (a few lines of &a and *a that expand to
 * millions of values) with an English error naming nothing.
 */
export function yamlToJs(doc: { toJS: (opts?: { maxAliasCount?: number }) => unknown }, file: string, line?: number): { value: unknown } | { problem: Problem } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return {
      problem: {
        file,
        line,
        message: 'YAML-texten använder alias (&namn och *namn) så att den blir orimligt stor när den läses. Skriv ut värdena i stället för att hänvisa till dem med *.',
      },
    };
  }
}

/**
 * Every string in a parsed YAML value that holds a character nobody can see,
 * with its path. `multiline(path)` says where a line break may stand (a
 * description or a note written as a block).
 */
export function invisibleStrings(value: unknown, multiline: (path: (string | number)[]) => boolean, path: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  if (typeof value === 'string') {
    const found = findInvisible(value, multiline(path) ? '\n' : '');
    if (found) return [{ path, message: invisibleMessage(value, found, 'texten') }];
    const decomposed = findDecomposed(value);
    return decomposed ? [{ path, message: decomposedMessage(value, decomposed, 'texten') }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => invisibleStrings(v, multiline, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const key = findInvisible(k);
      const own = key ? [{ path: [...path, k], message: invisibleMessage(k, key, 'fältnamnet') }] : [];
      return [...own, ...invisibleStrings(v, multiline, [...path, k])];
    });
  }
  return [];
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * Why a date written ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD is not one every output can
 * show as written, or undefined. "2024-02-30" would otherwise be shown as
 * 1 mars 2024, and a year outside 1980–2099 cannot be stamped in a zip file.
 */
export function dateProblem(text: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined; // the schema says how to write it
  const [y, mo, d] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (y < 1980 || y > 2099) return `årtalet i "${text}" ligger utanför 1980–2099, de år som nedladdningarna kan datera. Kontrollera årtalet.`;
  if (mo !== undefined && (mo < 1 || mo > 12)) return `"${text}" har månad ${m[2]}; ett år har månaderna 01–12. Rätta månaden.`;
  if (mo !== undefined && d !== undefined) {
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > last) return `"${text}" finns inte: ${MONTHS[mo - 1]} ${y} har ${last} dagar. Skriv ett datum som finns.`;
  }
  return undefined;
}
