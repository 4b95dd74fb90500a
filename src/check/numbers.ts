/**
 * Every number in the text comes from the data. A figure typed by hand in
 * prose drifts from its dataset the day the data is corrected, so this check
 * flags numbers in MDX prose and in the text props of components.
 *
 * Not flagged: years 2000–2035 and year ranges (2017–2025, 2023/24), dates
 * (2024-08-23, 23 augusti), numbers that are part of a name (§ 146,
 * lag 2018:1937, SFS 2017:30, dnr RS231576, Del 1, HVO100, covid-19, 1177), the
 * numbers of a markdown list (they are not text), and anything inside
 * <Fast>…</Fast>, the editor's mark for a number deliberately typed by hand.
 */
import type { Problem } from '../data/index.ts';
import { walk, type JsxNode, type Page } from '../mdx/pages.ts';

/** Text props readers see, where a hand-typed figure would drift just the same. */
export const TEXT_PROPS = ['slutsats', 'etikett', 'jamfort', 'titel', 'malText'] as const;

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';

/** Spans that hold digits but are not figures; masked before numbers are looked for. */
const EXEMPT: RegExp[] = [
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g, // ISO date 2024-08-23 or month 2024-08
  new RegExp(`\\b\\d{1,2}(?=\\s+(?:${MONTHS})\\b)`, 'giu'), // the day in "23 augusti"
  /\b\d{4}:\d+\b/g, // SFS number: lag 2018:1937
  /§\s*\d+(?:\s*[a-z]\b)?/g, // § 146, §146 a
  /\b\d+\s*(?:§|kap\.)/g, // 3 kap. 1 §
  /\b(?:SFS|dnr|diarienummer|nr|lag|kap\.?|kapitel|bilaga|paragraf|punkt|avsnitt)\s+[^\s,;()]*\d[^\s,;()]*/giu, // a numbered name
  /\bDel\s+\d+\b/g, // Del 1: a part of an agreement or report, by its name
  /\b20[0-3]\d\/\d{2}\b/g, // 2023/24
  /\b1177\b/g, // 1177 Vårdguiden: a name, not a figure
];

/** A number as written in Swedish text: −1 287 279, 450,6, 85. Not glued to letters (HVO100, covid-19). */
const NUMBER = /(?<![\p{L}\p{N}])(?<!\p{L}[-‑])[−-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?![\p{L}\p{N}])(?![-‑]\p{L})/gu;

/** Numbers in a text that count as typed by hand, with their offsets. */
export function findNumbers(text: string): { number: string; index: number }[] {
  let masked = text;
  for (const re of EXEMPT) masked = masked.replace(re, (m) => ' '.repeat(m.length));
  const out: { number: string; index: number }[] = [];
  for (const m of masked.matchAll(NUMBER)) {
    const n = m[0];
    if (/^\d{4}$/.test(n) && Number(n) >= 2000 && Number(n) <= 2035) continue; // a year
    out.push({ number: n, index: m.index! });
  }
  return out;
}

const lineIn = (text: string, index: number, first: number) => first + (text.slice(0, index).match(/\n/g)?.length ?? 0);

/** Hand-typed numbers in one page: prose outside <Fast>, and the text props of components. */
export function handTypedNumbers(page: Page): Problem[] {
  if (!page.tree) return [];
  const problems: Problem[] = [];
  walk(page.tree, (n, inside) => {
    if (n.type === 'text' && !inside.some((j) => j.name === 'Fast')) {
      const value = String(n.value);
      const start = (n.position as { start: { line: number } } | undefined)?.start.line ?? 0;
      for (const { number, index } of findNumbers(value)) {
        problems.push({
          file: page.file,
          line: lineIn(value, index, start),
          message: `talet "${number}" är inskrivet för hand. Använd <Value data="…" rad="…" kolumn="…" /> så att siffran kommer ur data, eller markera med <Fast>${number}</Fast> om den avsiktligt skrivs för hand.`,
        });
      }
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && /^[A-Z]/.test(String(n.name ?? ''))) {
      const node = n as unknown as JsxNode;
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute' || !(TEXT_PROPS as readonly string[]).includes(a.name ?? '') || typeof a.value !== 'string') continue;
        for (const { number } of findNumbers(a.value)) {
          problems.push({
            file: `${page.file} (<${node.name}>)`,
            line: a.position?.start.line ?? node.position?.start.line,
            message: `talet "${number}" i ${a.name} är inskrivet för hand. Skriv texten utan siffran (diagrammet och nyckeltalet visar värdena; i <KeyFigure> ger jamfor="…" och placering="…" jämförelsen ur data), eller skriv talet med bokstäver om det inte är en siffra ur data.`,
          });
        }
      }
    }
  });
  return problems;
}
