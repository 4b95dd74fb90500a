/**
 * The one way in to the data. Pages, components, scripts and tests import
 * from here; no other module opens a data file.
 *
 * Datasets are read once per process and re-read when a file changes (the
 * dev server shows edits to CSV and metadata without a restart).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset, type Dataset } from './dataset.ts';
import { ContentError, unknownChoice, type Problem } from './errors.ts';
import { notRegular, readText } from './files.ts';
import { FROZEN } from '../frozen.ts';

export { column, unitOf, type Dataset } from './dataset.ts';
export { ContentError, formatProblem, suggest, unknownChoice, type Problem } from './errors.ts';
export { rowKey, type Row, type Cell } from '../schemas/rows.ts';
export { decimalsIn, copyPrecision } from './precision.ts';
export { cellText, columnHeading, type CellOptions } from './cell.ts';
export { MAX_FILE_BYTES, MAX_ROWS, notRegular, readText } from './files.ts';
export { decomposedMessage, findAllInvisible, findDecomposed, findInvisible, invisibleMessage, charName } from './characters.ts';
export { GLOSSARY_FILE, loadGlossary, parseGlossary, readGlossary, swedishOrder, type Glossary, type GlossaryTerm } from './glossary.ts';

/** Where datasets live, relative to the project root (DATA_DIR overrides it, for tests and fixtures). */
// `||`, not `??`: an empty DATA_DIR (as the test setup passes) means the default.
export const DATA_DIR = process.env.DATA_DIR || 'content/data';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Catalog {
  datasets: Map<string, Dataset>;
  problems: Problem[];
}

const cache = new Map<string, { stamp: string; catalog: Catalog }>();

/** Modification stamp of every file in the folder: a cheap way to notice edits. lstat, so a dangling link is a stamp, not a crash. */
function stampOf(dir: string, names: string[]): string {
  return names.map((n) => {
    try {
      const s = lstatSync(join(dir, n));
      return `${n}:${s.size}:${s.mtimeMs}:${s.mode}`;
    } catch {
      return `${n}:borta`;
    }
  }).join('|');
}

/**
 * Read and validate every dataset in `dir`. Never throws for content
 * problems: it collects them (see `loadAll` for the throwing variant).
 */
export function readCatalog(dir: string = DATA_DIR, root: string = process.cwd()): Catalog {
  const abs = resolve(root, dir);
  const hit = cache.get(abs);
  if (hit && FROZEN) return hit.catalog;
  const all = readdirSync(abs).sort();
  const names = all.filter((n) => !n.startsWith('.'));
  const stamp = stampOf(abs, names);
  if (hit && hit.stamp === stamp) return hit.catalog;

  const problems: Problem[] = [];
  const datasets = new Map<string, Dataset>();
  const rel = (n: string) => relative(root, join(abs, n)).split('\\').join('/');
  if (lstatSync(abs).isSymbolicLink()) {
    problems.push({ file: dir, message: 'mappen är en symbolisk länk. Datasetfilerna ska ligga i mappen själv, inte länkas in från någon annanstans.' });
    const catalog = { datasets, problems };
    cache.set(abs, { stamp, catalog });
    return catalog;
  }
  // A hidden file that looks like a dataset would be left out without a word (other dot files, like .DS_Store, are not content).
  for (const n of all) if (n.startsWith('.') && /\.(csv|meta\.yaml)$/i.test(n)) problems.push({ file: rel(n), message: `filen börjar med en punkt och är därför dold: den kommer inte med på webbplatsen. Ta bort punkten i början av namnet, eller ta bort filen om den inte behövs.` });
  const ids = new Set<string>();
  // Files that are links, folders, too large and so on: reported once here, and their dataset is not read.
  const refused = new Set<string>();
  for (const n of names) {
    const p = notRegular(join(abs, n), rel(n), 'datasetfiler (<namn>.csv och <namn>.meta.yaml)');
    if (p) {
      problems.push(p);
      refused.add(n);
    }
    const m = /^(.*?)(\.csv|\.meta\.yaml)$/.exec(n);
    if (!m) {
      if (!p) problems.push({ file: rel(n), message: 'filen hör inte hemma här: ett dataset är <namn>.csv och <namn>.meta.yaml.' });
      continue;
    }
    ids.add(m[1]!);
  }
  for (const id of ids) {
    const files = { csv: rel(`${id}.csv`), meta: rel(`${id}.meta.yaml`) };
    if (!ID.test(id)) {
      problems.push({ file: files.csv, message: `namnet "${id}" får bara innehålla a–z, 0–9 och bindestreck (inga å, ä, ö eller mellanslag).` });
      continue;
    }
    const hasCsv = names.includes(`${id}.csv`);
    const hasMeta = names.includes(`${id}.meta.yaml`);
    if (!hasCsv || !hasMeta) {
      problems.push({ file: hasCsv ? files.meta : files.csv, message: 'filen saknas. Varje dataset behöver både en .csv och en .meta.yaml med samma namn.' });
      continue;
    }
    if (refused.has(`${id}.csv`) || refused.has(`${id}.meta.yaml`)) continue;
    const csv = readText(resolve(root, files.csv), files.csv);
    const meta = readText(resolve(root, files.meta), files.meta);
    if (csv.problem || meta.problem) {
      problems.push(...[meta.problem, csv.problem].filter((p): p is Problem => !!p));
      continue;
    }
    const result = buildDataset(id, csv.text!, meta.text!, files);
    problems.push(...result.problems);
    if (result.dataset) datasets.set(id, result.dataset);
  }
  const catalog = { datasets, problems };
  cache.set(abs, { stamp, catalog });
  return catalog;
}

/** All datasets, validated; throws a ContentError listing every problem. */
export function loadAll(dir?: string, root?: string): Map<string, Dataset> {
  const { datasets, problems } = readCatalog(dir, root);
  if (problems.length) throw new ContentError(problems);
  return datasets;
}

/** One dataset by id; a wrong id gets a "menade du …?" error. */
export function getDataset(id: string, dir?: string, root?: string): Dataset {
  const all = loadAll(dir, root);
  const ds = all.get(id);
  if (!ds) throw new ContentError([{ file: DATA_DIR, message: unknownChoice('Datasetet', id, [...all.keys()]) }]);
  return ds;
}

/** All datasets sorted by id, the order every listing and download uses. */
export function listDatasets(dir?: string, root?: string): Dataset[] {
  return [...loadAll(dir, root).values()].sort((a, b) => a.id.localeCompare(b.id));
}
