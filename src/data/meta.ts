/**
 * Reading a dataset's `.meta.yaml`: YAML syntax, then the zod metadata schema,
 * with each problem tied to the field and the line it stands on.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { metadataSchema, type Metadata } from '../schemas/metadata.ts';
import type { Problem } from './errors.ts';

/** Zod's names for kinds of value, as an editor says them. */
const KINDS: Record<string, string> = { number: 'ett tal', string: 'en text', boolean: 'true eller false', array: 'en lista', object: 'en grupp av fält' };

/** Swedish wording for zod's own issue codes (the custom ones are Swedish already); also used for page frontmatter. */
export function issueMessage(issue: { code: string; message: string; expected?: unknown; values?: unknown[]; keys?: string[]; input?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'fältet saknas men måste finnas' : `fel sorts värde: väntade ${KINDS[String(issue.expected)] ?? issue.expected}`;
    case 'invalid_value':
      return `ogiltigt värde ${JSON.stringify(issue.input)}. Tillåtna: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `okänt fält ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}. Kontrollera stavningen (se docs/dataformat.md)`;
    case 'too_small':
      return 'fältet är tomt eller för kort';
    case 'invalid_format':
      return `felaktigt format: ${issue.message}`;
    default:
      return issue.message;
  }
}

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
  const result = metadataSchema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { meta: result.data, problems: [] };
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
      message: issueMessage(issue as never),
    };
  });
  return { problems };
}
