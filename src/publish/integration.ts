/**
 * The publishing steps (src/publish/postbuild.ts: share images, search
 * index, headers) as an Astro integration, run when `astro build` finishes.
 * So a plain `astro build` gives the whole site; scripts/build.ts adds only
 * the content check before and the atomic swap into dist/ after.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { postbuild } from './postbuild.ts';

/** OUT_DIR of src/publish/cache-key.ts, not imported: that module reads the content, which the config must not load. */
const OUT_DIR = Symbol.for('halland.publish.outDir');

/**
 * Where a caller in the same process may listen for each finished step (the
 * build script times them for the benchmark). A registered symbol, because
 * Astro loads this module apart from the caller's own copy.
 */
export const STEP_LISTENER = Symbol.for('halland.publish.step');

export function publishSteps(): AstroIntegration {
  return {
    name: 'halland:publish',
    hooks: {
      // The cache keys of HTML pages name the built stylesheets, found in the output folder (src/publish/cache-key.ts).
      'astro:config:done': ({ config }) => {
        (globalThis as Record<symbol, string | undefined>)[OUT_DIR] = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir }) => {
        const listener = (globalThis as Record<symbol, ((name: string) => void) | undefined>)[STEP_LISTENER];
        listener?.('astro'); // the pages are written; what follows is ours
        await postbuild(fileURLToPath(dir), (name) => listener?.(name));
      },
    },
  };
}
