/**
 * How much room text takes, estimated without a browser, in one place: the
 * charts (labels that must fit beside bars), the embed layout (how tall an
 * embed is, so its iframe code is right) and the images we compose by hand
 * (SVG has no line breaking). Two estimates, for two needs: a per-glyph table
 * where a height must come out close (embeds), and a generous uniform width
 * where text must never overflow whatever the reader's font (charts, images).
 */

/** Advance widths as a share of the font size, close to DejaVu Sans (rounded up). */
function glyph(ch: string): number {
  if (ch === ' ') return 0.32;
  if ('iljtf.,:;\'|!()[]ı'.includes(ch)) return 0.36;
  if ('rI-”"'.includes(ch)) return 0.45;
  if ('mwMWÅÄÖ%–—'.includes(ch)) return 0.95;
  if (/[A-ZÆØ]/.test(ch)) return 0.72;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.63;
}

/** Width of a text in px, glyph by glyph. */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += glyph(ch);
  return w * size * (bold ? 1.1 : 1);
}

/** Width of a text in px at a uniform `em` per character: generous, so text measured to fit does fit. */
export function uniformWidth(text: string, size: number, em = 0.6): number {
  return text.length * size * em;
}

/** Characters of uniform width `em` that fit in `width` px at `size` px. */
export function charsIn(width: number, size: number, em = 0.6): number {
  return Math.floor(width / (size * em));
}

/** Number of lines a paragraph takes at `width` px, wrapped at spaces as a browser does. */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidth(word, size, bold);
    if (used > 0 && used + space + w > width) {
      lines++;
      used = 0;
    }
    if (used === 0 && w > width) {
      // A word wider than the line breaks anywhere (overflow-wrap: break-word).
      lines += Math.ceil(w / width) - 1;
      used = w % width;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/**
 * Break text into lines of at most `max` characters (an estimate of width),
 * at word boundaries. With `lines`, at most that many; the last then ends in " …".
 */
export function wrapWords(text: string, max: number, lines = Infinity): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) {
    out.length = lines;
    out[lines - 1] = out[lines - 1]!.replace(/\s*\S*$/, '') + ' …';
  }
  return out;
}
