/**
 * The one place zod's issues become Swedish (like Starlight's error map).
 * The issue codes are zod's; the words depend on how an editor writes the
 * value in the file at hand: a field in YAML or frontmatter, or a prop in
 * MDX. Each way of writing is a `Wording`; `issueText` picks the sentence.
 * Our own refinements write Swedish already and pass through.
 */
import type { z } from 'astro/zod';

/** The sentences for one way of writing values. `name` is the issue's path joined with dots. */
export interface Wording {
  missing(name: string): string;
  wrongKind(name: string, expected: string, message: string): string;
  notAllowed(name: string, value: unknown, allowed: string[]): string;
  unknownKeys(keys: string[]): string;
  empty(name: string, message: string): string;
  /** Too long a text, too many items, too large a number: `maximum` is the limit, `origin` what it limits. */
  tooBig?(name: string, maximum: number | bigint, origin: string, value: unknown): string;
  badFormat(name: string, message: string): string;
  /** Anything else (our own Swedish messages, unions). */
  other(name: string, message: string, code: string): string;
}

/** Zod's names for kinds of value, as an editor says them. */
const KINDS: Record<string, string> = { number: 'ett tal', string: 'en text', boolean: 'true eller false', array: 'en lista', object: 'en grupp av fält' };

/** A field in a dataset's .meta.yaml, the glossary or a page's frontmatter. */
export const FIELD_WORDING: Wording = {
  missing: () => 'fältet saknas men måste finnas',
  wrongKind: (_name, expected) => `fel sorts värde: väntade ${KINDS[expected] ?? expected}`,
  notAllowed: (_name, value, allowed) => `ogiltigt värde ${JSON.stringify(value)}. Tillåtna: ${allowed.join(', ')}`,
  unknownKeys: (keys) => `okänt fält ${keys.map((k) => `"${k}"`).join(', ')}. Kontrollera stavningen (se docs/dataformat.md)`,
  empty: () => 'fältet är tomt eller för kort',
  tooBig: (_name, maximum, origin, value) =>
    origin === 'string'
      ? `texten är för lång${typeof value === 'string' ? ` (${value.length} tecken)` : ''}: högst ${maximum} tecken får plats. Korta den`
      : origin === 'array'
        ? `listan är för lång: högst ${maximum}`
        : `talet är för stort: högst ${maximum}`,
  badFormat: (_name, message) => `felaktigt format: ${message}`,
  other: (_name, message) => message,
};

/**
 * The sentence for one issue. `value` is what the editor wrote at the issue's
 * place (undefined when nothing was written there).
 */
export function issueText(issue: z.core.$ZodIssue, wording: Wording, value: unknown = (issue as { input?: unknown }).input): string {
  const name = issue.path.join('.');
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? wording.missing(name) : wording.wrongKind(name, String(issue.expected), issue.message);
    case 'invalid_value':
      return wording.notAllowed(name, value, issue.values.map(String));
    case 'unrecognized_keys':
      return wording.unknownKeys(issue.keys);
    case 'too_small':
      return wording.empty(name, issue.message);
    case 'too_big':
      return wording.tooBig ? wording.tooBig(name, issue.maximum, issue.origin, value) : wording.other(name, issue.message, issue.code);
    case 'invalid_format':
      return wording.badFormat(name, issue.message);
    default:
      return wording.other(name, issue.message, issue.code);
  }
}

/** The sentence for an issue in a field (the common case). */
export function fieldIssue(issue: z.core.$ZodIssue): string {
  return issueText(issue, FIELD_WORDING);
}
