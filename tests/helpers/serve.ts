/** The static server (scripts/lib/serve.ts) serving the built site by default. */
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { DIST } from './site.ts';

export type { StaticServer };

/** Serve `root` (default: the built site) until close() is called. */
export function serve(root: string = DIST): Promise<StaticServer> {
  return serveStatic(root);
}
