/**
 * Reading the glossary, `content/ordlista.yaml`: YAML syntax, the zod schema,
 * then what a schema cannot see (two entries with the same anchor or the
 * same form, a "se_ocksa" that names no entry). Every problem names the file,
 * the line and what to do, like the dataset checks.
 *
 * Read through here by the /ordlista/ page, the remark plugin that links
 * terms at their first use, `npm run check` and the tests.
 */
import { existsSync, lstatSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { glossaryId, glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { ContentError, unknownChoice, type Problem } from './errors.ts';
import { fieldIssue } from './issues.ts';
import { FROZEN } from '../frozen.ts';
import { notRegular, readText } from './files.ts';

export type { GlossaryTerm } from '../schemas/glossary.ts';

/** Where the glossary lives, relative to the project root (GLOSSARY_FILE overrides it, for tests). */
export const GLOSSARY_FILE = process.env.GLOSSARY_FILE || 'content/ordlista.yaml';

export interface Glossary {
  /** Sorted as a Swedish reader expects (å, ä, ö last). */
  terms: GlossaryTerm[];
  problems: Problem[];
}

/** Swedish alphabetical order, case-insensitive: "BUP" before "CO₂e", "öppenvård" last. */
export const swedishOrder = new Intl.Collator('sv', { sensitivity: 'base' });

/** Parse and validate glossary text; never throws for content problems. */
export function parseGlossary(text: string, file: string): Glossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      terms: [],
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: `YAML-filen går inte att läsa (${e.code}). Kontrollera indrag (mellanslag, inte tabb), att varje ord börjar med "- ord:" och att en text med kolon står inom citattecken.`,
      })),
    };
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    let p = [...path];
    let node: unknown;
    while (p.length > 0 && !isNode((node = doc.getIn(p, true)))) p = p.slice(0, -1);
    if (p.length === 0) node = doc.contents;
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const result = glossarySchema.safeParse(doc.toJS(), { reportInput: true });
  if (!result.success) {
    return {
      terms: [],
      problems: result.error.issues.map((issue): Problem => ({
        file,
        line: lineOf(issue.path as (string | number)[]),
        field: issue.path.length > 1 ? issue.path.slice(1).join('.') : undefined,
        message:
          issue.path.length === 0 && !isSeq(doc.contents)
            ? 'ordlistan ska vara en lista där varje ord börjar med "- ord:".'
            : issue.code === 'too_small' && /^[a-zåäö]/.test(issue.message)
              ? issue.message // our own Swedish wording from the schema ("förklaringen är för kort …")
              : fieldIssue(issue),
      })),
    };
  }

  const problems: Problem[] = [];
  const terms: GlossaryTerm[] = result.data.map((e, i) => ({
    ...e,
    id: glossaryId(e.ord),
    forms: [...new Set([e.ord, ...e.former])],
    line: lineOf([i]) ?? 1,
  }));
  const byId = new Map<string, GlossaryTerm>();
  const byForm = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    if (!term.id) {
      problems.push({ file, line: term.line, field: 'ord', message: `"${term.ord}" innehåller inga bokstäver a–z eller siffror, så ordet får ingen adress i ordlistan. Skriv ordet med bokstäver.` });
      continue;
    }
    const same = byId.get(term.id);
    if (same) problems.push({ file, line: term.line, field: 'ord', message: `"${term.ord}" står redan i ordlistan (rad ${same.line}, "${same.ord}"). Slå ihop de två förklaringarna till en.` });
    else byId.set(term.id, term);
    for (const form of term.forms) {
      const key = form.toLocaleLowerCase('sv');
      const other = byForm.get(key);
      if (other && other !== term) {
        problems.push({ file, line: term.line, field: 'former', message: `formen "${form}" hör redan till "${other.ord}" (rad ${other.line}). En form kan bara länka till ett ord: ta bort den från ett av dem.` });
      } else byForm.set(key, term);
    }
  }
  const names = terms.map((t) => t.ord);
  for (const term of terms) {
    for (const ref of term.se_ocksa) {
      if (!names.includes(ref)) problems.push({ file, line: term.line, field: 'se_ocksa', message: `${unknownChoice('Ordet', ref, names)}. Skriv ordet exakt som det står efter "ord:".` });
    }
  }
  return { terms: terms.sort((a, b) => swedishOrder.compare(a.ord, b.ord)), problems };
}

const cache = new Map<string, { stamp: string; glossary: Glossary }>();

/** Read and validate the glossary file; never throws for content problems. Re-read when the file changes (dev server). */
export function readGlossary(file: string = GLOSSARY_FILE, root: string = process.cwd()): Glossary {
  const abs = resolve(root, file);
  const rel = relative(root, abs).split('\\').join('/');
  if (!existsSync(abs)) return { terms: [], problems: [{ file: rel, message: 'ordlistan saknas. Den behövs för sidan /ordlista/ och länkarna i kapitlen: skapa filen med minst ett ord.' }] };
  const hit = cache.get(abs);
  if (hit && FROZEN) return hit.glossary;
  const s = lstatSync(abs);
  const stamp = `${s.size}:${s.mtimeMs}`;
  if (hit && hit.stamp === stamp) return hit.glossary;
  // The same refusals as every content file: no symbolic link, not too large, UTF-8.
  const refused = notRegular(abs, rel, 'ordlistan (ordlista.yaml)');
  const read = refused ? { problem: refused } : readText(abs, rel);
  const glossary = read.text !== undefined ? parseGlossary(read.text, rel) : { terms: [], problems: [read.problem!] };
  cache.set(abs, { stamp, glossary });
  return glossary;
}

/** The glossary's terms, validated; throws a ContentError listing every problem. */
export function loadGlossary(file?: string, root?: string): GlossaryTerm[] {
  const { terms, problems } = readGlossary(file, root);
  if (problems.length) throw new ContentError(problems);
  return terms;
}
