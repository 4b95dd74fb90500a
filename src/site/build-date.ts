/**
 * The date stamped into citations. Builds must be deterministic, so it is not
 * the clock: it is the newest date in the content (a changelog entry or a
 * page's `updated`), which changes only when the content does.
 */
import { listDatasets } from '../data/index.ts';

let cached: string | undefined;

export function buildDate(): string {
  if (!cached) {
    const dates = listDatasets().flatMap((ds) => ds.meta.changelog.map((c) => c.date));
    cached = dates.filter((d) => d.length === 10).sort().at(-1) ?? '2026-01-01';
  }
  return cached;
}
