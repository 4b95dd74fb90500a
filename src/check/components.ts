/**
 * Every component in every page checked against the data, through the same
 * functions the components call when the site is built (src/props), with
 * `_kalla` set to "file:line" as our remark plugin sets it. So `npm run check`
 * and the build say the same thing about the same mistake.
 */
import { ContentError, type Dataset, type Problem } from '../data/index.ts';
import { resolveChart, resolveGoal, resolveLedger, resolveOverview, resolveTable, resolveValue, SOURCE_PROP } from '../props/index.ts';
import { unknownChoice } from '../data/index.ts';
import type { ComponentUse, Page } from './pages.ts';

/** Components that take no data props, and the props they do take. */
const PLAIN_PROPS: Record<string, string[]> = { Note: ['titel'], Fast: [] };

/**
 * Problems in the components of one page. `datasets` are the valid datasets;
 * `broken` the ids whose files exist but fail validation (already reported,
 * so a component naming one is not reported again).
 */
export function checkComponents(page: Page, datasets: Map<string, Dataset>, broken: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const c of page.components) {
    if (!c.props) continue; // an expression only the build can evaluate; the build checks it
    const plain = PLAIN_PROPS[c.name];
    if (plain) {
      for (const k of Object.keys(c.props)) {
        if (!plain.includes(k)) problems.push({ file: `${page.file} (<${c.name}>)`, line: c.line, message: plain.length ? unknownChoice('Egenskapen', k, plain) : `<${c.name}> tar inga egenskaper; ta bort ${k}="…".` });
      }
      continue;
    }
    if (typeof c.props.data === 'string' && broken.has(c.props.data)) continue;
    try {
      resolve(c, `${page.file}:${c.line}`, datasets);
    } catch (err) {
      if (err instanceof ContentError) problems.push(...err.problems);
      else throw err;
    }
  }
  return problems;
}

function resolve(c: ComponentUse, where: string, datasets: Map<string, Dataset>): void {
  const raw = { ...c.props, [SOURCE_PROP]: where };
  switch (c.name) {
    case 'Chart':
      resolveChart(raw, datasets);
      return;
    case 'KeyFigure':
    case 'Value':
      resolveValue(raw, c.name, datasets);
      return;
    case 'GoalStatus':
      resolveGoal(raw, datasets);
      return;
    case 'DataTable':
      resolveTable(raw, datasets);
      return;
    case 'GoalLedger':
      resolveLedger(raw, datasets);
      return;
    case 'GoalOverview':
      resolveOverview(raw, datasets);
      return;
  }
}
