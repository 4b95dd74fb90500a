/**
 * The chapter text field: Keystatic's MDX field with the registry's components,
 * and its output written the way the chapters are written. Keystatic's serializer
 * writes `*` list markers, blank lines between the key figures of a row, and
 * splits a bold sentence around a value inside it (`**a** <Value /> **b**`);
 * `tidy` puts these back, so opening and saving a chapter leaves it as it was
 * (tests/editors/roundtrip.test.ts, for every chapter).
 */
import { contentComponents, type KeystaticApi } from './fields.ts';
import type { EditorData } from './data.ts';
import { changedLine } from './guard.ts';

/** A literal as the chapters write it: `["a", "b"]`, `{ typ: "skal" }`. */
function literal(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(x)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(v);
}

/** Undo the serializer's changes of form (not of meaning) described above. */
export function tidy(mdx: string): string {
  return (
    '\n' +
    mdx
      .replace(/^(\s*)\* /gm, '$1- ')
      // Lists and filters as JSON (`{["a","b"]}`, `{{"typ":"skal"}}`) → as the chapters write them.
      .replace(/=\{(\[[^\n]*?\]|\{[^\n]*?\})\}(?=[ />])/g, (m, json: string) => {
        try {
          return `={${literal(JSON.parse(json))}}`;
        } catch {
          return m;
        }
      })
      // A bold run split around an inline component: join it again.
      .replace(/\*\* (<[A-Z][A-Za-z]*(?: [^<>]*)? \/>)([.,;:!?]?) \*\*/g, ' $1$2 ')
      .replace(/\*\* (<[A-Z][A-Za-z]*(?: [^<>]*)? \/>)\*\*([^*\n]*?)\*\*/g, ' $1$2**')
      // No blank lines between the children of a layout element.
      .replace(/(<div [^\n]*>\n)([\s\S]*?)(\n<\/div>)/g, (_m, open: string, body: string, close: string) => open + body.replace(/\n\n+/g, '\n') + close)
      .replace(/^\n+/, '')
  );
}

/** The MDX field for a chapter's text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function chapterField(k: KeystaticApi, data: EditorData): any {
  const field = k.fields.mdx({ label: 'Text', extension: 'mdx', components: contentComponents(k, data) });
  const serialize = (value: unknown, extra: unknown) => {
    const out = field.serialize(value, extra);
    return { ...out, content: new TextEncoder().encode(tidy(new TextDecoder().decode(out.content))) };
  };
  return {
    ...field,
    // Opened only if saving it unchanged keeps its meaning (./guard.ts): refused, never dropped.
    parse(value: unknown, args: { content: Uint8Array | undefined; slug: string | undefined }) {
      const parsed = field.parse(value, args);
      if (args.content === undefined) return parsed;
      const original = new TextDecoder().decode(args.content);
      const line = changedLine(original, new TextDecoder().decode(serialize(parsed, { slug: args.slug }).content));
      if (line !== undefined) {
        const text = original.split('\n')[line - 1]?.trim().slice(0, 80) ?? '';
        throw new Error(`Redigeraren kan inte visa den här raden i texten utan att ändra den: ”${text}”. Ändra raden i filen (npm run check säger hur), så går kapitlet att öppna här.`);
      }
      return parsed;
    },
    serialize,
  };
}
