/**
 * Escaping for the SVG and XML files we write by hand (chart images, share
 * images, the DCAT catalogue). Line breaking is src/format/text.ts's.
 */

/** Escape text for an XML element or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
