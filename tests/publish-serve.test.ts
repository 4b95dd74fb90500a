/**
 * The nginx configuration and the precompressed copies, without a build or a
 * server (tests/quality/nginx.site.test.ts runs the real nginx).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { nginxServer, nginxStandalone } from '../src/publish/nginx.ts';
import { precompress, MIN_BYTES } from '../src/publish/precompress.ts';
import { entries } from './helpers/headers.ts';

const ENTRIES = entries('index.html', 'index.html.br', '404.html', 'embed/', 'data/', '_astro/', '_headers');
const OPTS = { root: '/srv/site', listen: '127.0.0.1:8080', brotli: true };

/** The add_header lines of one location block. */
function block(conf: string, location: string): string {
  const start = conf.indexOf(`location ${location} {`);
  expect(start, `location ${location}`).toBeGreaterThan(-1);
  return conf.slice(start, conf.indexOf('}', start));
}

describe('nginx configuration', () => {
  const conf = nginxServer(ENTRIES, OPTS);

  it('has a location for every rule; / also covers the index file nginx redirects to', () => {
    for (const loc of ['/', '= /', '= /index.html', '= /404.html', '^~ /embed/', '^~ /data/', '^~ /_astro/']) block(conf, loc);
    expect(conf).not.toContain('index.html.br');
    expect(conf).toContain('location = /_headers { return 404; }');
  });

  it('repeats the headers every file gets in each location (add_header replaces inherited ones)', () => {
    for (const loc of ['/', '= /index.html', '^~ /embed/', '^~ /data/']) expect(block(conf, loc)).toContain('add_header Strict-Transport-Security');
    expect(block(conf, '^~ /embed/')).toContain('frame-ancestors *');
    expect(block(conf, '^~ /embed/')).not.toContain('X-Frame-Options');
    expect(block(conf, '= /index.html')).toContain('add_header X-Frame-Options "DENY" always;');
    expect(block(conf, '^~ /data/')).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(block(conf, '^~ /_astro/')).toContain('immutable');
    // An address outside every folder the build made (a chapter added since the configuration was made) gets a page's policy.
    expect(block(conf, '/')).toContain("frame-ancestors 'none'");
    expect(block(conf, '/')).toContain('add_header X-Frame-Options "DENY" always;');
  });

  it('sends only precompressed files, and types with charset', () => {
    expect(conf).toMatch(/gzip off;[\s\S]*gzip_static on;[\s\S]*brotli_static on;/);
    expect(nginxServer(ENTRIES, { ...OPTS, brotli: false })).not.toContain('brotli');
    expect(conf).toContain('"text/csv; charset=utf-8" csv;');
    expect(conf).toContain('"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" xlsx;');
  });

  it('leaves the Content-Type of the open data to the types block: no location per extension, the same value', () => {
    const typed = nginxServer([...ENTRIES.filter((e) => e.name !== 'data'), { name: 'data', folder: true, extensions: ['csv', 'xlsx'] }], OPTS);
    expect(typed).not.toContain('*.csv');
    expect(typed).not.toMatch(/add_header Content-Type/i);
    expect(typed).toContain('"text/csv; charset=utf-8" csv;');
    expect(typed).toContain('location ^~ /data/ {');
  });

  it('runs in the foreground with its files under its own prefix', () => {
    const full = nginxStandalone(ENTRIES, { ...OPTS, prefix: '/tmp/x', root_user: false });
    expect(full).toContain('daemon off;');
    expect(full).toContain('pid "/tmp/x/nginx.pid";');
    expect(full).not.toContain('user ');
    expect(full).not.toMatch(/\/etc\/nginx|\/var\/(log|lib)/);
  });

  it('refuses a root it cannot quote', () => {
    expect(() => nginxServer(ENTRIES, { ...OPTS, root: '/srv/$site' })).toThrow(/escape/);
  });
});

describe('precompressed copies', () => {
  it('are written beside text files, decompress to the file, and are the same bytes every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      const text = 'Region Halland; 1 287 279; 450,6\n'.repeat(200);
      writeFileSync(join(dir, 'a.csv'), text);
      writeFileSync(join(dir, 'small.html'), 'x'.repeat(MIN_BYTES - 1));
      writeFileSync(join(dir, 'b.png'), text);
      await precompress(dir);
      const br = readFileSync(join(dir, 'a.csv.br'));
      const gz = readFileSync(join(dir, 'a.csv.gz'));
      expect(brotliDecompressSync(br).toString()).toBe(text);
      expect(gunzipSync(gz).toString()).toBe(text);
      expect(existsSync(join(dir, 'small.html.gz'))).toBe(false);
      expect(existsSync(join(dir, 'b.png.gz'))).toBe(false);
      rmSync(join(dir, 'a.csv.br'));
      rmSync(join(dir, 'a.csv.gz'));
      await precompress(dir);
      expect(readFileSync(join(dir, 'a.csv.br')).equals(br)).toBe(true);
      expect(readFileSync(join(dir, 'a.csv.gz')).equals(gz)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
