/**
 * Swedish typography lint for numbers in text readers see: page text, SVG
 * <text>, and the names screen readers read (alt, aria-label, title). Used by
 * the quality tests on the built site, and usable by `npm run check` on any
 * text.
 *
 * What it flags (the house style is in src/format):
 * - tusental: a comma or dot between digit groups, "1,287,279" or "1.287".
 *   A single comma group such as "1,287" is a Swedish decimal and allowed.
 * - procent-utan-mellanslag: "85%" (write "85 %" with a no-break space).
 * - vanligt-mellanslag: an ordinary space between digit groups ("1 287") or
 *   before a unit (%, ‰, kr, tkr, mnkr, mdkr): it must be a no-break space,
 *   or the line may break inside the number.
 * - bindestreck-som-minus: a hyphen-minus before a number that is a negative
 *   number ("-118", "(-2,5"), not a range: "2022-2024" has a digit before the
 *   hyphen and is left alone (source labels keep their own ranges).
 * - forkortning: "mkr" or "kkr" (write mnkr, or tkr).
 * Contents of <code>, <pre>, <script>, <style> and URLs and e-mail addresses
 * are not prose and are skipped.
 */
import { parseHTML } from 'linkedom';

export interface TypographyProblem {
  rule: 'tusental' | 'procent-utan-mellanslag' | 'vanligt-mellanslag' | 'bindestreck-som-minus' | 'forkortning';
  /** The offending characters. */
  found: string;
  /** A little text around it, for finding it. */
  context: string;
  /** What to write instead, in Swedish. */
  message: string;
}

const RULES: { rule: TypographyProblem['rule']; re: RegExp; message: string }[] = [
  {
    rule: 'tusental',
    re: /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])/gu,
    message: 'Skilj tusental med hårt mellanslag (1 287 279), inte med komma eller punkt.',
  },
  { rule: 'procent-utan-mellanslag', re: /\d%/gu, message: 'Skriv hårt mellanslag mellan tal och procenttecken: 85 %.' },
  {
    rule: 'vanligt-mellanslag',
    re: /(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)|\d (?:%|‰|(?:kr|tkr|mnkr|mdkr)(?![\p{L}\d]))/gu,
    message: 'Använd hårt mellanslag (U+00A0) i tal och före enheten, så att talet inte bryts.',
  },
  {
    rule: 'bindestreck-som-minus',
    re: /(?<=^|[\s(\[=:;/])-\d/gu,
    message: 'Skriv minustecken (−, U+2212), inte bindestreck, före negativa tal.',
  },
  { rule: 'forkortning', re: /(?<![\p{L}\d])(?:mkr|kkr)(?!\p{L})/giu, message: 'Skriv mnkr (miljoner kronor) eller tkr (tusen kronor).' },
];

/** URLs and e-mail addresses are not prose. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** Problems in a piece of plain text. */
export function lintText(text: string): TypographyProblem[] {
  const clean = text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  const out: TypographyProblem[] = [];
  for (const { rule, re, message } of RULES) {
    for (const m of clean.matchAll(re)) {
      const at = m.index;
      const context = text.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ').trim();
      out.push({ rule, found: m[0], context, message });
    }
  }
  return out;
}

const SKIP = new Set(['code', 'pre', 'script', 'style', 'template', 'kbd', 'samp']);
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'tspan', 'textpath',
]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** Text of a subtree, with a line break between block elements so table cells and labels never run together. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  const name = node.nodeName.toLowerCase();
  if (SKIP.has(name)) return ' ';
  let s = '';
  for (const c of Array.from(node.childNodes)) s += textOf(c);
  return INLINE.has(name) ? s : `\n${s}\n`;
}

/**
 * What readers see and hear of a built HTML page, as lines of text: the
 * title, the body (SVG <text> included, <code> left out) and the alt,
 * aria-label and title attributes. Entities are decoded (&#160; is U+00A0).
 */
export function readableText(html: string): string[] {
  const { document } = parseHTML(html);
  const parts = [document.querySelector('title')?.textContent ?? '', textOf(document.body as unknown as Node)];
  for (const el of document.querySelectorAll('[alt], [aria-label], [title]')) {
    if (el.closest('code, pre')) continue;
    for (const a of ['alt', 'aria-label', 'title']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  return parts.join('\n').split(/\n+/).map((l) => l.trim()).filter(Boolean);
}

/** Problems in a built HTML page. */
export function lintHtml(html: string): TypographyProblem[] {
  return readableText(html).flatMap(lintText);
}
