/**
 * `npm run redigera`: the visual editor. Starts the dev server with the editor
 * (Keystatic, src/editor) on this machine only, at http://127.0.0.1:4321/keystatic/;
 * the chapters are previewed at the same address without /keystatic. Edits are
 * saved as the files in content/ that the build reads; `npm run check` checks them.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const port = process.env.PORT ?? '4321';
console.log(`Redigeraren startar. Öppna http://127.0.0.1:${port}/keystatic/ i webbläsaren. Avsluta med Ctrl+C.`);
const child = spawn(process.execPath, [astro, 'dev', '--port', port, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, REDIGERA: '1', ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
