/**
 * Nothing is dropped silently. Keystatic turns what it has no form for into
 * something else (an image it is not set up for becomes the text `![…](…)`), so
 * the editor opens a chapter only if saving it straight away would keep its
 * meaning: the chapter and its re-saved text are parsed as the build parses them
 * (@mdx-js/mdx with GFM) and compared node by node, ignoring positions, the order
 * of a component's props and runs of whitespace. The first difference is refused
 * with its line, so the communicator changes that line in the file instead.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { attributeValue } from '../mdx/safe-mdx.ts';

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  lang?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** What a node means, without where it stands or how it is spelt. */
function key(n: MdNode): string {
  const attrs = n.attributes
    ?.map((a) => (a.type === 'mdxJsxAttribute' ? `${a.name}=${JSON.stringify(attributeValue(a.value))}` : `{…}`))
    .sort()
    .join(' ');
  return JSON.stringify([n.type, n.value?.replace(/\s+/g, ' '), n.name, n.url, n.alt, n.depth, n.ordered, n.start, n.lang, attrs]);
}

/** Children with adjacent text joined, so a text split in two by the serializer compares equal. */
function children(n: MdNode): MdNode[] {
  const out: MdNode[] = [];
  for (const c of n.children ?? []) {
    const last = out[out.length - 1];
    if (c.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: `${last.value}${c.value}` };
    else out.push(c);
  }
  return out;
}

function firstDifference(a: MdNode, b: MdNode): MdNode | undefined {
  if (key(a) !== key(b)) return a;
  const ca = children(a);
  const cb = children(b);
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    if (!ca[i] || !cb[i]) return ca[i] ?? a;
    const d = firstDifference(ca[i]!, cb[i]!);
    if (d) return d;
  }
  return undefined;
}

/**
 * The line of the first construct `saved` does not keep from `original`
 * (both MDX bodies), or undefined when they mean the same.
 */
export function changedLine(original: string, saved: string): number | undefined {
  const d = firstDifference(processor.parse(original) as MdNode, processor.parse(saved) as MdNode);
  return d ? (d.position?.start.line ?? 1) : undefined;
}
