/**
 * `node scripts/update-hashes.ts`: save the content hash of every published
 * dataset in tests/fixtures/dataset-hashes.json.
 *
 * Run it only together with a changelog entry. The order when figures or
 * metadata change:
 *   1. change the CSV or .meta.yaml;
 *   2. raise `version` and add a changelog line (kind: revision for new or
 *      updated figures from the source, correction for a mistake of ours);
 *   3. run this script, and commit all three together.
 * The script refuses to save a new hash for a dataset whose content changed
 * while its version did not (that is the change the test exists to catch).
 * A new dataset is added with its first version.
 *
 * `--remove <id>` drops a dataset that is no longer published (rare: a
 * published dataset normally stays, with a correction if it was wrong).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listDatasets } from '../src/data/index.ts';
import { HASH_FILE, hashesOf, type HashFile } from '../src/publish/content-hash.ts';

let remove: Set<string>;
try {
  remove = new Set(parseArgs({ options: { remove: { type: 'string', multiple: true, default: [] } } }).values.remove);
} catch {
  console.error('Skriptet tar bara --remove <id> (ett publicerat dataset som inte längre ska publiceras).');
  process.exit(1);
}

const stored: HashFile = existsSync(HASH_FILE) ? JSON.parse(readFileSync(HASH_FILE, 'utf8')) : {};
const current = hashesOf(listDatasets());
const refused: string[] = [];
const out: HashFile = {};
const changes: string[] = [];

for (const [id, now] of Object.entries(current)) {
  const was = stored[id];
  if (was && was.hash !== now.hash && was.version === now.version) {
    refused.push(`  ${id}: innehållet har ändrats men versionen är fortfarande ${now.version}. Höj version och skriv en rad i changelog först.`);
    out[id] = was;
    continue;
  }
  if (!was) changes.push(`  ${id}: nytt (version ${now.version})`);
  else if (was.hash !== now.hash || was.version !== now.version) changes.push(`  ${id}: ${was.version} → ${now.version}`);
  out[id] = now;
}
for (const [id, was] of Object.entries(stored)) {
  if (current[id]) continue;
  if (remove.has(id)) changes.push(`  ${id}: borttaget`);
  else {
    refused.push(`  ${id}: finns inte längre. Ett publicerat dataset tas normalt inte bort; kör med --remove ${id} om det ändå ska bort.`);
    out[id] = was;
  }
}

const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(HASH_FILE, JSON.stringify(sorted, null, 2) + '\n');
console.log(changes.length ? `Sparade hashar i ${HASH_FILE}:\n${changes.join('\n')}` : `Inga ändringar i ${HASH_FILE}.`);
if (refused.length) {
  console.error(`\nSparades inte:\n${refused.join('\n')}`);
  process.exitCode = 1;
}
