/**
 * Schema for the glossary, `content/ordlista.yaml` (webbriktlinje 10: explain
 * words and abbreviations). One entry per term: the word as the site writes
 * it, what an abbreviation stands for, a plain definition, and the other
 * forms the word takes in running text ("vårdgarantin", "procentenheter"),
 * so that its first use in every chapter can be linked to /ordlista/.
 */
import { z } from 'astro/zod';

/** Text shown to readers: no line breaks left over from YAML, no empty string. */
const text = z.string().trim().min(1);

export const glossaryEntrySchema = z.strictObject({
  /** The term as the site writes it: "NPE", "vårdgaranti", "CO₂e". */
  ord: text,
  /** What an abbreviation stands for: "Nationell patientenkät". Shown on /ordlista/; add it to `former` to link it too. */
  utskrivet: text.optional(),
  /** What the term means, in one to three plain sentences. */
  betydelse: text.min(20, 'förklaringen är för kort: skriv en eller några hela meningar'),
  /** Other forms of the word in running text, each linked like the word itself: "vårdgarantin", "vårdgarantins". */
  former: z.array(text).default([]),
  /** Other terms in the list to read about, by their `ord`. */
  se_ocksa: z.array(text).default([]),
});

export const glossarySchema = z.array(glossaryEntrySchema).min(1, 'ordlistan är tom');

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

/** A glossary entry with its anchor on /ordlista/ and every form that links to it. */
export interface GlossaryTerm extends GlossaryEntry {
  /** Anchor on /ordlista/: "npe", "vardgaranti", "co2e". */
  id: string;
  /** `ord` and `former`: every spelling the remark plugin links. */
  forms: string[];
  /** Line of the entry in the YAML file, for error messages. */
  line: number;
}

/** The anchor for a term: lower case a–z and 0–9 joined by hyphens ("FVIS/Cosmic" → "fvis-cosmic"). */
export function glossaryId(ord: string): string {
  return ord
    .normalize('NFKD') // "CO₂e" → "CO2e", "å" → "a" + ring
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
