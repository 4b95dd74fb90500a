/**
 * Content hashes of the published datasets, kept in
 * tests/fixtures/dataset-hashes.json. A test compares them with the datasets
 * as they are now: a dataset whose figures or metadata changed without a new
 * version (and so without a new changelog entry) fails the build's tests.
 *
 * The hash covers the CSV text and the metadata except `version`,
 * `changelog` (writing the changelog entry itself is not a change) and
 * `topic` (which page lists it).
 * Fields that only say how the dataset is found and shown, not what its figures
 * are (catalogue themes and keywords, the labels of coded values, the link to
 * the original document), are left out too: filling them in is not a revision.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/index.ts';

export const HASH_FILE = 'tests/fixtures/dataset-hashes.json';

export interface StoredHash {
  version: string;
  hash: string;
}

export type HashFile = Record<string, StoredHash>;

/** JSON with object keys sorted, so the hash does not depend on key order in the YAML. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * sha256 of the CSV and the metadata minus version, changelog and topic
 * (the page the site lists it under: where it is shown, not what it says).
 */
export function contentHash(ds: Pick<Dataset, 'csv' | 'meta'>): string {
  const { version: _v, changelog: _c, topic: _t, themes: _th, keywords: _k, ...rest } = ds.meta;
  const meta = {
    ...rest,
    source: { ...rest.source, url: undefined },
    columns: rest.columns.map((c) => ({ ...c, values: undefined })),
  };
  return createHash('sha256').update(ds.csv).update('\n').update(stable(meta)).digest('hex');
}

/** The hash file's content for these datasets, sorted by id. */
export function hashesOf(datasets: Pick<Dataset, 'id' | 'csv' | 'meta'>[]): HashFile {
  const out: HashFile = {};
  for (const ds of [...datasets].sort((a, b) => a.id.localeCompare(b.id))) out[ds.id] = { version: ds.meta.version, hash: contentHash(ds) };
  return out;
}

const HOW = 'Skriv en rad i changelog (ny version, kind: revision eller correction) och kör sedan `node scripts/update-hashes.ts`.';

/**
 * Differences between the datasets now and the stored hashes, as Swedish
 * messages; empty when they agree.
 */
export function compareHashes(current: HashFile, stored: HashFile): string[] {
  const problems: string[] = [];
  for (const [id, now] of Object.entries(current)) {
    const was = stored[id];
    if (!was) {
      problems.push(`${id}: nytt dataset utan sparad hash. Kör \`node scripts/update-hashes.ts\` när det publiceras första gången.`);
    } else if (was.hash !== now.hash && was.version === now.version) {
      problems.push(`${id}: siffrorna eller metadata har ändrats men versionen är fortfarande ${now.version}. ${HOW}`);
    } else if (was.hash !== now.hash) {
      problems.push(`${id}: ny version ${now.version} (var ${was.version}) men hashen är inte sparad. Kör \`node scripts/update-hashes.ts\`.`);
    } else if (was.version !== now.version) {
      problems.push(`${id}: versionen är ${now.version} men sparad är ${was.version}, och innehållet är oförändrat. Kör \`node scripts/update-hashes.ts\` om ändringen var avsiktlig.`);
    }
  }
  for (const id of Object.keys(stored)) {
    if (!current[id]) problems.push(`${id}: datasetet är publicerat men finns inte längre. Ett publicerat dataset tas inte bort; om det ändå ska bort, kör \`node scripts/update-hashes.ts --remove ${id}\`.`);
  }
  return problems;
}
