/**
 * Every component in every page checked against the data, through the same
 * functions the components call when the site is built (src/props), with
 * `_kalla` set to "file:line" as our remark plugin sets it. So `npm run check`
 * and the build say the same thing about the same mistake.
 */
import { ContentError, type Dataset, type Problem } from '../data/index.ts';
import { RESOLVERS, SOURCE_PROP } from '../props/index.ts';
import type { ComponentName } from '../schemas/components.ts';
import type { Page } from '../mdx/pages.ts';

/**
 * Problems in the components of one page. `datasets` are the valid datasets;
 * `broken` the ids whose files exist but fail validation (already reported,
 * so a component naming one is not reported again).
 */
export function checkComponents(page: Page, datasets: Map<string, Dataset>, broken: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const c of page.components) {
    if (!c.props) continue; // an expression only the build can evaluate; the build checks it
    if (typeof c.props.data === 'string' && broken.has(c.props.data)) continue;
    const resolve = RESOLVERS[c.name as ComponentName];
    if (!resolve) continue; // not a registered component: the safety check has said so
    try {
      resolve({ ...c.props, [SOURCE_PROP]: `${page.file}:${c.line}` }, datasets);
    } catch (err) {
      if (err instanceof ContentError) problems.push(...err.problems);
      else throw err;
    }
  }
  return problems;
}
