/**
 * The revision log is kept: a published dataset's content (CSV and metadata
 * minus version and changelog) may change only with a new version and a
 * changelog entry, and then the stored hash in tests/fixtures/dataset-hashes.json
 * is updated with `node scripts/update-hashes.ts` (see that script).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listDatasets } from '../../src/data/index.ts';
import { compareHashes, contentHash, HASH_FILE, hashesOf, type HashFile } from '../../src/publish/content-hash.ts';

const datasets = listDatasets();
const stored = JSON.parse(readFileSync(HASH_FILE, 'utf8')) as HashFile;

describe('revision log', () => {
  it('no published dataset has changed without a changelog entry (and the stored hashes are current)', () => {
    expect(compareHashes(hashesOf(datasets), stored)).toEqual([]);
  });

  it('catches a changed figure with the same version, and asks for the hash after a version bump', () => {
    const ds = datasets[0]!;
    const edited = { ...ds, csv: ds.csv.replace(/\d/, (d) => String((Number(d) + 1) % 10)) };
    const now = hashesOf([edited]);
    const was = { [ds.id]: { version: ds.meta.version, hash: contentHash(ds) } };
    expect(compareHashes(now, was)).toEqual([expect.stringContaining('versionen är fortfarande')]);
    const bumped = hashesOf([{ ...edited, meta: { ...edited.meta, version: '9.9.9' } }]);
    expect(compareHashes(bumped, was)).toEqual([expect.stringContaining('ny version 9.9.9')]);
    // Writing the changelog entry alone is not a content change.
    const logged = { ...ds, meta: { ...ds.meta, changelog: [...ds.meta.changelog, { version: '1.0.1', date: '2027-01-01', kind: 'correction' as const, description: 'x' }] } };
    expect(contentHash(logged)).toBe(contentHash(ds));
    // A metadata change counts.
    expect(contentHash({ ...ds, meta: { ...ds.meta, notes: [...ds.meta.notes, 'Ny not.'] } })).not.toBe(contentHash(ds));
  });

  it.each(datasets.map((ds) => ds.id))('%s: the changelog starts with the first publication and only then revisions or corrections, in order', (id) => {
    const log = datasets.find((ds) => ds.id === id)!.meta.changelog;
    expect(log[0]!.kind).toBe('first');
    for (const c of log.slice(1)) expect(['revision', 'correction']).toContain(c.kind);
    const num = (v: string) => v.split('.').map((n) => n.padStart(6, '0')).join('.');
    for (let i = 1; i < log.length; i++) {
      expect(num(log[i]!.version) > num(log[i - 1]!.version)).toBe(true);
      expect(log[i]!.date >= log[i - 1]!.date).toBe(true);
    }
  });
});
