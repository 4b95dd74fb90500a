/**
 * Content checks shared by `npm run check`, the build and the tests: datasets
 * (schema, keys, missing values), pages (frontmatter, MDX syntax, every
 * component against the data), the glossary and numbers typed by hand in
 * the text.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, readCatalog, readGlossary, unknownChoice, DATA_DIR, type Problem } from '../data/index.ts';
import { checkComponents } from './components.ts';
import { handTypedNumbers } from './numbers.ts';
import { PAGES_DIR, pageDirProblems, readPages, type Page } from '../mdx/pages.ts';

export interface CheckResult {
  /** One formatted Swedish line per problem. */
  problems: string[];
  /** Numbers typed by hand in prose (formatted lines); errors in `npm run check`. */
  numbers: string[];
  summary: string;
}

export interface CheckOptions {
  root?: string;
  dataDir?: string;
  pagesDir?: string;
}

/** Ids of datasets whose files exist but did not pass validation. */
function brokenIds(problems: Problem[]): Set<string> {
  return new Set(problems.map((p) => /([^/]+?)(?:\.csv|\.meta\.yaml)$/.exec(p.file)?.[1]).filter((x): x is string => !!x));
}

/** Two pages with the same `order`: their place in the chapter list would be left to chance. */
function sameOrder(pages: Page[]): Problem[] {
  const first = new Map<number, Page>();
  const problems: Problem[] = [];
  for (const p of pages) {
    const order = p.frontmatter?.order;
    if (order === undefined) continue;
    const other = first.get(order);
    if (other) problems.push({ file: p.file, field: 'order', message: `order: ${order} är samma som i ${other.file}, så ordningen mellan sidorna blir slumpmässig. Ge varje sida ett eget nummer.` });
    else first.set(order, p);
  }
  return problems;
}

/**
 * A dataset's `topic` is the id of the page it belongs to (the start page is
 * `index`, as its file is named): one name for one thing, from metadata to
 * the catalogue's headings.
 */
function unknownTopics(datasets: Map<string, { id: string; meta: { topic: string } }>, pages: Page[], dataDir: string): Problem[] {
  const ids = pages.map((p) => p.id);
  if (ids.length === 0) return [];
  return [...datasets.values()]
    .filter((ds) => !ids.includes(ds.meta.topic))
    .map((ds) => ({ file: `${dataDir}/${ds.id}.meta.yaml`, field: 'topic', message: unknownChoice('topic', ds.meta.topic, ids) + ' (topic är id för sidan som datasetet hör till; startsidan heter index)' }));
}

/** Run every content check; never throws for content problems. */
export function checkContent(opts: CheckOptions | string = {}): CheckResult {
  const { root = process.cwd(), dataDir = DATA_DIR, pagesDir = PAGES_DIR } = typeof opts === 'string' ? { root: opts } : opts;
  for (const [dir, what] of [[dataDir, 'data'], [pagesDir, 'sidor']] as const) {
    if (!existsSync(resolve(root, dir))) return { problems: [`${dir}: mappen med ${what} finns inte.`], numbers: [], summary: '' };
  }
  const catalog = readCatalog(dataDir, root);
  const problems: Problem[] = [...catalog.problems];
  const numbers: Problem[] = [];
  problems.push(...pageDirProblems(pagesDir, root));
  const pages = readPages(pagesDir, root);
  // The glossary (content/ordlista.yaml): /ordlista/ and the links at each term's first use are built from it.
  problems.push(...readGlossary(undefined, root).problems);
  const broken = brokenIds(catalog.problems);
  for (const page of pages) {
    problems.push(...page.problems, ...checkComponents(page, catalog.datasets, broken));
    numbers.push(...handTypedNumbers(page));
  }
  problems.push(...sameOrder(pages), ...unknownTopics(catalog.datasets, pages, dataDir));
  return {
    problems: problems.map(formatProblem),
    numbers: numbers.map(formatProblem),
    summary: `${catalog.datasets.size} dataset, ${pages.length} sidor`,
  };
}
