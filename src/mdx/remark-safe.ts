/**
 * Remark plugin, the second line of defence: the safe-subset check of
 * src/mdx/safe-mdx.ts run inside the MDX pipeline itself, before the page
 * is compiled to JavaScript. `npm run check` and `npm run build` refuse an
 * unsafe chapter before Astro starts; this plugin makes `astro build` and
 * `astro dev` run on their own refuse it too, with the same words, so no path
 * through the tooling runs a chapter's code.
 */
import { relative } from 'node:path';
import { ContentError } from '../data/errors.ts';
import { unsafeConstructs } from './safe-mdx.ts';

export function remarkSafe() {
  return (tree: unknown, file: { path?: string; cwd?: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const problems = unsafeConstructs(tree);
    // @astrojs/mdx imports the module a frontmatter `layout` names: code chosen by the page. The page schema refuses the field too.
    if (file.data?.astro?.frontmatter?.layout !== undefined) problems.unshift({ line: 1, message: 'fältet layout får inte stå i frontmatter: det läser in kod. Ta bort raden; alla sidor får webbplatsens utseende ändå.' });
    if (problems.length === 0) return;
    const path = file.path ? relative(file.cwd ?? process.cwd(), file.path).split('\\').join('/') : 'okänd fil';
    throw new ContentError(problems.map((p) => ({ file: path, ...p })));
  };
}
