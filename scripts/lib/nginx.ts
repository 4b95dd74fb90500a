/**
 * Start Debian's nginx on a built site, in the foreground as a child process,
 * with its configuration, pid and temporary files in a folder of its own
 * under the system's temp folder: no system configuration is read or written.
 * Used by `npm run serve:nginx` and by the tests that check the headers as
 * nginx sends them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { topLevel } from '../../src/publish/headers.ts';
import { BROTLI_MODULE, nginxStandalone } from '../../src/publish/nginx.ts';

/** The nginx binary: $NGINX, else Debian's. */
export function nginxBinary(): string | undefined {
  for (const c of [process.env.NGINX, '/usr/sbin/nginx', '/usr/bin/nginx']) if (c && existsSync(c)) return c;
  return undefined;
}

/** Is the brotli_static module installed? */
export const hasBrotli = (): boolean => existsSync(BROTLI_MODULE);

export interface NginxServer {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  /** The configuration nginx runs with. */
  conf: string;
  /** The child process (for its exit code). */
  child: ChildProcess;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The built site (default dist/). */
  root?: string;
  /** Port on 127.0.0.1; a free one when left out. */
  port?: number;
  /** Change the configuration before nginx reads it (self-tests of the header tests). */
  edit?: (conf: string) => string;
  /** Print nginx's own messages (default: kept and shown only if it fails to start). */
  inherit?: boolean;
}

/** A port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

const listening = (port: number) =>
  new Promise<boolean>((ok) => {
    const c = connect(port, '127.0.0.1');
    c.once('connect', () => (c.destroy(), ok(true)));
    c.once('error', () => ok(false));
  });

/** Write the configuration for `root` and check it with `nginx -t`; throws with nginx's message if it is wrong. */
export function writeConfig(root: string, port: number, edit: (c: string) => string = (c) => c): { prefix: string; file: string; conf: string } {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx saknas. Installera det med: apt-get install -y nginx libnginx-mod-http-brotli-static');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} innehåller ingen byggd webbplats. Kör npm run build först.`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const conf = edit(
    nginxStandalone(topLevel(root), {
      root,
      listen: `127.0.0.1:${port}`,
      brotli: hasBrotli(),
      prefix,
      root_user: process.getuid?.() === 0,
    }),
  );
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, conf);
  const t = spawnSync(bin, ['-t', '-q', '-e', 'stderr', '-p', prefix, '-c', file], { encoding: 'utf8' });
  if (t.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx godtar inte konfigurationen:\n${t.stderr}`);
  }
  return { prefix, file, conf };
}

/** Start nginx on the built site and wait until it answers. */
export async function startNginx(o: StartOptions = {}): Promise<NginxServer> {
  const root = resolve(o.root ?? 'dist');
  const port = o.port ?? (await freePort());
  const { prefix, file, conf } = writeConfig(root, port, o.edit);
  const child = spawn(nginxBinary()!, ['-e', 'stderr', '-p', prefix, '-c', file], { stdio: ['ignore', o.inherit ? 'inherit' : 'pipe', o.inherit ? 'inherit' : 'pipe'] });
  let said = '';
  child.stderr?.on('data', (d) => (said += d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT'); // graceful: finishes requests under way
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (await listening(port)) return { origin: `http://127.0.0.1:${port}`, conf, child, close };
    await new Promise((ok) => setTimeout(ok, 50));
  }
  await close();
  throw new Error(`nginx startade inte på port ${port}:\n${said}`);
}
