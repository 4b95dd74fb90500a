/**
 * Content checks shared by `npm run check`, the build and the tests: datasets
 * (schema, keys, missing values) and pages (components, numbers typed by hand).
 */
import { formatProblem, readCatalog } from '../data/index.ts';

export interface CheckResult {
  /** One formatted Swedish line per problem. */
  problems: string[];
  summary: string;
}

/** Run every content check; never throws for content problems. */
export function checkContent(root: string = process.cwd()): CheckResult {
  const catalog = readCatalog(undefined, root);
  const problems = catalog.problems.map(formatProblem);
  return { problems, summary: `${catalog.datasets.size} dataset` };
}
