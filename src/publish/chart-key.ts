/**
 * Cache keys for the per-chart files (Astro's experimental incremental build,
 * `cacheKey` in getStaticPaths): a chart's SVG and PNG are copied from the
 * previous build when the key and the route's code are unchanged. Astro
 * tracks the code itself (a hash of the route's module graph: renderer,
 * palette, texts, site address); the key covers what the code reads at build
 * time from files: the chart's props as written on the page and its dataset
 * (CSV text and all metadata). Nothing else goes into a chart image (no build
 * date), so the same key gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { getDataset } from '../props/index.ts';
import type { ChartEntry } from '../site/registry.ts';

/** Bump to throw away every cached chart file after a change the key does not see. */
const KEY_FORMAT = '1';

/**
 * The key of one chart: sha256 of its props and its dataset. Undefined (never
 * cached) when the dataset cannot be read: rendering then reports the error.
 */
export function chartKey(entry: ChartEntry): string | undefined {
  let ds;
  try {
    ds = getDataset(entry.data);
  } catch {
    return undefined;
  }
  return createHash('sha256')
    .update(KEY_FORMAT)
    .update('\0')
    .update(JSON.stringify([entry.page, entry.id, entry.props]))
    .update('\0')
    .update(ds.csv)
    .update('\0')
    .update(JSON.stringify(ds.meta))
    .digest('hex');
}
