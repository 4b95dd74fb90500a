/**
 * The visual editor as an Astro integration: React and Keystatic (local mode),
 * and the data's lists as the module `virtual:redigera-data`. astro.config.mjs
 * imports this file only when `npm run redigera` sets REDIGERA=1, so the public
 * build never loads Keystatic or React (tests/editors/editor-absent.site.test.ts).
 */
import type { AstroIntegration } from 'astro';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { editorData } from './data.ts';

const ID = 'virtual:redigera-data';

/**
 * The editor's pages may talk only to this machine. Keystatic's interface links a font from
 * fonts.googleapis.com; this policy stops that request (and any other to another origin) in the browser.
 */
export const EDITOR_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
].join('; ');

/** React, Keystatic and the data module, in the order Keystatic needs. */
export function editor(): AstroIntegration[] {
  return [
    react(),
    keystatic(),
    {
      name: 'redigera-data',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'redigera-csp',
                  configureServer(server: { middlewares: { use(fn: (req: { url?: string }, res: { setHeader(k: string, v: string): void }, next: () => void) => void): void } }) {
                    server.middlewares.use((req, res, next) => {
                      if (req.url?.startsWith('/keystatic')) res.setHeader('Content-Security-Policy', EDITOR_CSP);
                      next();
                    });
                  },
                },
                {
                  name: 'redigera-data',
                  resolveId: (id: string) => (id === ID ? `\0${ID}` : null),
                  // Read when the editor page loads, so a dataset added while it runs is offered after a reload.
                  load: (id: string) => (id === `\0${ID}` ? `export default ${JSON.stringify(editorData())};` : null),
                },
              ],
            },
          });
        },
      },
    },
  ];
}
