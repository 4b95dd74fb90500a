/**
 * Dev server: reload the page when a dataset (CSV or metadata) changes.
 * Datasets are read by src/data, not imported, so Vite would not notice.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';

export function watchContent(): AstroIntegration {
  return {
    name: 'halland:watch-content',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = resolve(process.env.DATA_DIR || 'content/data');
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(dir)) server.ws.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
