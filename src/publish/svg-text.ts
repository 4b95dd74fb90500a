/**
 * Text in the SVG and XML files we write by hand (chart images, share
 * images, the DCAT catalogue): escaping, and line breaking, which SVG lacks.
 */

/** Escape text for an XML element or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
