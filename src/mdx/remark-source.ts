/**
 * Remark plugin: tells each of our components where it stands in the MDX
 * source (`_kalla="content/pages/x.mdx:12"`), so a prop error can name the
 * file and line an editor should open; and lists the datasets the page's
 * components name (`remarkPluginFrontmatter.datasets`, for its source list),
 * so a component shown as an example in a code block is not counted as used.
 */
import { relative } from 'node:path';
import { COMPONENT_NAMES } from '../schemas/components.ts';

interface Node {
  type: string;
  name?: string;
  attributes?: { type: string; name: string; value: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

function walk(node: Node, fn: (n: Node) => void): void {
  fn(node);
  for (const child of node.children ?? []) walk(child, fn);
}

export function remarkSource() {
  // `unknown`: mdast's Root is a richer type than the few fields we touch.
  return (tree: unknown, file: { path?: string; cwd?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const path = file.path ? relative(file.cwd ?? process.cwd(), file.path).split('\\').join('/') : 'okänd fil';
    const datasets: string[] = [];
    walk(tree as Node, (n) => {
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (COMPONENT_NAMES as readonly string[]).includes(n.name ?? '')) {
        const data = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data')?.value;
        if (typeof data === 'string' && !datasets.includes(data)) datasets.push(data);
        n.attributes ??= [];
        n.attributes.push({ type: 'mdxJsxAttribute', name: '_kalla', value: `${path}:${n.position?.start.line ?? 0}` });
      }
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, datasets };
  };
}
