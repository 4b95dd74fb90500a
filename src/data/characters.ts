/**
 * Characters an editor cannot see: control characters, zero-width and
 * direction marks, private-use glyphs. Each one would be published as it
 * stands (or broken: an XML file with a control character is not XML), and
 * nobody reading the file in an editor would know it is there. So content
 * with one is refused, naming the character, where it is and how to remove it.
 */

/** Names editors can search for, for the characters met most often. */
const NAMES: Record<number, string> = {
  0x09: 'tabb',
  0x0a: 'radbrytning',
  0x0d: 'vagnretur',
  0x00ad: 'mjukt bindestreck',
  0x200b: 'nollbreddsmellanslag',
  0x200c: 'nollbredds icke-sammanfogare',
  0x200d: 'nollbredds sammanfogare',
  0x200e: 'vänster-till-höger-markering',
  0x200f: 'höger-till-vänster-markering',
  0x2028: 'radavgränsare',
  0x2029: 'styckeavgränsare',
  0x2060: 'ordsammanfogare',
  0xfeff: 'BOM, nollbredds hårt mellanslag',
};

/** Control (Cc), format (Cf), private-use (Co), surrogate (Cs), line/paragraph separators and noncharacters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\ufffe\uffff]/u;

/** "U+200B (nollbreddsmellanslag)" */
export function charName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? (/\p{Co}/u.test(ch) ? 'tecken för privat bruk, ofta en ikon från ett typsnitt' : /[\u202a-\u202e\u2066-\u2069]/.test(ch) ? 'styrning av skrivriktning' : 'osynligt styrtecken');
  return `${hex} (${name})`;
}

/** Every invisible character in a text (at most `max`), except those in `allow`. */
export function findAllInvisible(text: string, allow = '', max = 20): { index: number; char: string }[] {
  const re = new RegExp(INVISIBLE.source, 'gu');
  const out: { index: number; char: string }[] = [];
  for (const m of text.matchAll(re)) {
    if (allow.includes(m[0])) continue;
    out.push({ index: m.index!, char: m[0] });
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The first invisible character in a text, with its index; `allow` lists
 * characters that may stand (e.g. line breaks in a page).
 */
export function findInvisible(text: string, allow = ''): { index: number; char: string } | undefined {
  const re = new RegExp(INVISIBLE.source, 'gu');
  for (const m of text.matchAll(re)) if (!allow.includes(m[0])) return { index: m.index!, char: m[0] };
  return undefined;
}

/** A short quote around an index, with the invisible character shown as ⟨U+XXXX⟩, so the editor can find the place. */
export function around(text: string, index: number, width = 20): string {
  // Within the character's own line, unless the character is itself a line break.
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const nl = text.indexOf('\n', index + 1);
  const lineEnd = nl < 0 ? text.length : nl;
  const start = Math.max(lineStart, index - width);
  const end = Math.min(lineEnd, index + width + 1);
  const show = (s: string) => s.replace(new RegExp(INVISIBLE.source, 'gu'), (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  return `${start > lineStart ? '…' : ''}${show(text.slice(start, end))}${end < lineEnd ? '…' : ''}`;
}

/** The message for an invisible character in a text: what, where, how to remove it. */
export function invisibleMessage(text: string, found: { index: number; char: string }, where: string): string {
  return `${where} innehåller tecknet ${charName(found.char)}, som inte syns: "${around(text, found.index)}". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u${found.char.codePointAt(0)!.toString(16).padStart(4, '0')} och ersätt med ingenting), och skriv om texten vid behov.`;
}

/**
 * The first letter written in decomposed form ("a" + combining ring rather
 * than "å"), which looks the same but is another text: a label typed one way
 * does not match a row typed the other, and search finds one but not both.
 */
export function findDecomposed(text: string): { index: number; char: string } | undefined {
  if (text.normalize('NFC') === text) return undefined;
  for (const m of text.matchAll(/\P{M}\p{M}+/gu)) {
    if (m[0].normalize('NFC') !== m[0]) return { index: m.index!, char: m[0] };
  }
  return undefined;
}

/** The message for a decomposed letter: what it is, where, and how to write it. */
export function decomposedMessage(text: string, found: { index: number; char: string }, where: string): string {
  const composed = found.char.normalize('NFC');
  return `${where} innehåller "${composed}" skrivet som ${[...found.char].length} tecken (bokstav + ${[...found.char].slice(1).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' + ')}), vid "${around(text, found.index)}". Det ser likadant ut men är en annan text. Skriv om bokstaven med tangentbordet (${composed}).`;
}
