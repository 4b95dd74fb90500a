/**
 * `npm run serve:nginx [-- --port 8080] [--root dist]`: serve the built site
 * with Debian's nginx and the configuration made from the site's header rules,
 * as the region's own server would. Stops on Ctrl-C.
 *
 * `npm run serve:nginx -- --print [--server-root /var/www/halland] [--listen "443 ssl"]`
 * only prints the `server { … }` block to put in the server's own nginx
 * (docs/publicera.md): the rules are read from the built site in --root, the
 * block points at --server-root, where the site will lie on the server.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { hasBrotli, startNginx } from './lib/nginx.ts';
import { topLevel } from '../src/publish/headers.ts';
import { nginxServer } from '../src/publish/nginx.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    root: { type: 'string', default: 'dist' },
    print: { type: 'boolean', default: false },
    listen: { type: 'string' },
    'server-root': { type: 'string' },
  },
});

const site = resolve(values.root);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port ${values.port}: ange ett portnummer mellan 1 och 65535.`);
  process.exit(1);
}

if (values.print) {
  const root = values['server-root'] ?? site;
  process.stdout.write(nginxServer(topLevel(site), { root, listen: values.listen ?? '80', brotli: true }));
  process.exit(0);
}

try {
  const server = await startNginx({ root: site, port, inherit: true });
  console.log(`nginx serverar ${site} på ${server.origin}/ (Ctrl-C stoppar).`);
  if (!hasBrotli()) console.warn('Varning: brotli-modulen saknas (apt-get install libnginx-mod-http-brotli-static); bara gzip skickas.');
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`nginx avslutades (kod ${code}).`);
    process.exit(code ?? 1);
  });
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
