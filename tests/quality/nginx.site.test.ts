/**
 * The built site served by the real nginx (Debian's, with the brotli module)
 * and the configuration made by src/publish/nginx.ts, checked as a browser or
 * a CDN receives it: for a page and a file of each kind, every header that
 * `_headers` gives the path arrives with the same value and no other
 * (frame-ancestors for embeds included), the content type with its charset,
 * Cache-Control (immutable for hashed assets, short for the rest), CORS on
 * /data/*, the 404 page with status 404, and the build's .br/.gz copies sent
 * as they are. Self-tests start nginx with a header removed, with a text type
 * that lost its charset, with a binary type that got one, and with
 * brotli_static off, and the same checks must then fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST } from '../helpers/site.ts';
import { headersFor, parseCsp, parseHeaders } from '../helpers/headers.ts';
import { nginxBinary, startNginx, type NginxServer } from '../../scripts/lib/nginx.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as sent, body as received (no decompression). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
/**
 * Every header name that `_headers` sets somewhere: a response may carry one only where `_headers` gives it.
 * Content-Type is the exception: every response has one (checked against TYPE below), `_headers` sets it only for the open data.
 */
const managed = new Set(rules.flatMap((r) => [...r.headers.keys()]).filter((h) => h !== 'content-type'));

/** Content types as a reader's program needs them (independent of the table in headers.ts). */
const TYPE: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  svg: 'image/svg+xml',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const first = (dir: string, re: RegExp) => readdirSync(join(DIST, dir)).filter((f) => re.test(f)).sort()[0];
const dataset = first('data', /\.csv$/)!.replace(/(-excel)?\.csv$/, '');
const embedPage = first('embed', /^[^.]+$/)!;
const embedChart = first(`embed/${embedPage}`, /^[^.]+$/)!;
const chartFile = first(`diagram/${embedPage}`, /\.svg$/)!.replace(/\.svg$/, '');
const story = ['kvalitet', 'ekonomi', 'framat'].find((s) => existsSync(join(DIST, s, 'index.html')))!;

/** A page or file of each kind, and the content type it must have (by extension; pages are html). */
const SAMPLE: string[] = [
  '/',
  `/${story}/`,
  '/data/',
  `/data/${dataset}/`,
  `/embed/${embedPage}/${embedChart}/`,
  '/sok/',
  '/tillganglighetsredogorelse/',
  '/404.html',
  `/_astro/${first('_astro', /\.css$/)}`,
  `/data/${dataset}.csv`,
  `/data/${dataset}-excel.csv`,
  `/data/${dataset}.json`,
  `/data/${dataset}.zip`,
  `/data/${dataset}.xlsx`,
  '/data/alla-data.xlsx',
  '/data/alla-data.zip',
  '/data/katalog.rdf',
  '/data/datapackage.json',
  `/diagram/${embedPage}/${chartFile}.svg`,
  `/diagram/${embedPage}/${chartFile}.png`,
  `/og/${first('og', /\.png$/)}`,
  '/favicon.svg',
  '/robots.txt',
  '/sitemap-index.xml',
  '/sok.js',
];

const extOf = (path: string) => (path.endsWith('/') ? 'html' : path.split('.').pop()!);

/**
 * What is wrong with the answer for `path` (empty when nothing is). `as` is the
 * path whose `_headers` rules apply (the 404 page for an unknown address).
 */
function problems(path: string, a: Answer, as = path, status = 200): string[] {
  const out: string[] = [];
  const h = (n: string) => (Array.isArray(a.headers[n]) ? (a.headers[n] as string[]).join(', ') : (a.headers[n] as string | undefined));
  if (a.status !== status) out.push(`status ${a.status}, väntat ${status}`);
  const { headers: expected } = headersFor(rules, as);
  for (const [name, value] of expected) if (h(name) !== value) out.push(`${name}: ${h(name) ?? '(saknas)'}, _headers säger ${value}`);
  for (const name of managed) if (!expected.has(name) && h(name) !== undefined) out.push(`${name}: ${h(name)}, som _headers inte ger ${as}`);
  const type = TYPE[extOf(as)];
  if (type && h('content-type') !== type) out.push(`Content-Type: ${h('content-type')}, väntat ${type}`);
  const csp = parseCsp(h('content-security-policy') ?? '');
  if (as.startsWith('/embed/')) {
    if (csp['frame-ancestors'] !== '*') out.push(`inbäddningen får inte ramas in: frame-ancestors ${csp['frame-ancestors']}`);
    if (h('x-frame-options')) out.push('inbäddningen har X-Frame-Options');
  } else {
    if (csp['frame-ancestors'] !== "'none'") out.push(`frame-ancestors ${csp['frame-ancestors']}, väntat 'none'`);
    if (h('x-frame-options') !== 'DENY') out.push(`X-Frame-Options: ${h('x-frame-options')}`);
  }
  if (!h('strict-transport-security') || h('x-content-type-options') !== 'nosniff') out.push('HSTS eller nosniff saknas');
  const cc = h('cache-control') ?? '';
  if (as.startsWith('/_astro/')) {
    if (!/immutable/.test(cc) || Number(/max-age=(\d+)/.exec(cc)?.[1]) < 31_536_000) out.push(`hashad fil utan immutable: ${cc}`);
  } else if (!/must-revalidate|no-cache/.test(cc) || Number(/max-age=(\d+)/.exec(cc)?.[1] ?? 0) > 600) out.push(`Cache-Control ${cc}: ska vara kort med omvalidering`);
  if (as.startsWith('/data/') && h('access-control-allow-origin') !== '*') out.push('CORS saknas på /data/');
  return out;
}

let nginx: NginxServer;

beforeAll(async () => {
  expect(nginxBinary(), 'nginx saknas: apt-get install -y nginx libnginx-mod-http-brotli-static').toBeDefined();
  nginx = await startNginx({ root: DIST });
});
afterAll(async () => nginx?.close());

describe('nginx serves the built site with the headers of _headers', () => {
  it.each(SAMPLE)('%s', async (path) => {
    expect(problems(path, await get(nginx.origin, path))).toEqual([]);
  });

  it('an unknown address gets the 404 page with status 404 and its headers', async () => {
    const a = await get(nginx.origin, '/finns-inte/alls/');
    expect(problems('/finns-inte/alls/', a, '/404.html', 404)).toEqual([]);
    expect(a.body.equals(readFileSync(join(DIST, '404.html')))).toBe(true);
    // Under a folder that has a rule, too.
    expect(problems('/data/finns-inte.csv', await get(nginx.origin, '/data/finns-inte.csv'), '/404.html', 404)).toEqual([]);
  });

  it('a folder without its slash is redirected on the same host; _headers itself is not served', async () => {
    const a = await get(nginx.origin, `/${story}`);
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe(`/${story}/`);
    expect((await get(nginx.origin, '/_headers')).status).toBe(404);
  });

  it.each([
    [`/${story}/`, `${story}/index.html`],
    [`/data/${dataset}.csv`, `data/${dataset}.csv`],
    ['/data/katalog.rdf', 'data/katalog.rdf'],
  ])('%s: the build\'s .br and .gz are sent as they are, with Vary', async (path, file) => {
    const raw = readFileSync(join(DIST, file));
    const br = await get(nginx.origin, path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(readFileSync(join(DIST, `${file}.br`)))).toBe(true);
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    const gz = await get(nginx.origin, path, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(readFileSync(join(DIST, `${file}.gz`)))).toBe(true);
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    const plain = await get(nginx.origin, path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
    for (const a of [br, gz, plain]) expect(a.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('sends xlsx with its own content type', async () => {
    // The site may not publish xlsx yet: a small site with one tells what nginx would send.
    const site = mkdtempSync(join(tmpdir(), 'nginx-site-'));
    try {
      mkdirSync(join(site, 'data'));
      for (const f of ['index.html', '404.html']) writeFileSync(join(site, f), readFileSync(join(DIST, f)));
      writeFileSync(join(site, 'data', 't.xlsx'), Buffer.from('PK\x03\x04'));
      const small = await startNginx({ root: site });
      try {
        const a = await get(small.origin, '/data/t.xlsx');
        expect(a.status).toBe(200);
        expect(a.headers['content-type']).toBe(TYPE.xlsx);
        expect(a.headers['access-control-allow-origin']).toBe('*');
      } finally {
        await small.close();
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('self-test: the checks fail on a wrong configuration', () => {
  it('a page whose location lost X-Frame-Options, or whose embed lost frame-ancestors *, is caught', async () => {
    const broken = await startNginx({
      root: DIST,
      edit: (conf) =>
        conf
          .replace(/(location = \/index\.html \{[^}]*?)\n\s*add_header X-Frame-Options "DENY" always;/, '$1')
          .replace(/(location \^~ \/embed\/ \{[^}]*?)frame-ancestors \*/, "$1frame-ancestors 'none'"),
    });
    try {
      expect(problems('/', await get(broken.origin, '/')).join('\n')).toMatch(/x-frame-options/i);
      const embed = `/embed/${embedPage}/${embedChart}/`;
      expect(problems(embed, await get(broken.origin, embed)).join('\n')).toMatch(/frame-ancestors/);
    } finally {
      await broken.close();
    }
  });

  it('a text type that lost its charset, or a binary type that got one, is caught', async () => {
    const broken = await startNginx({
      root: DIST,
      edit: (conf) =>
        conf
          .replace('"text/csv; charset=utf-8" csv;', '"text/csv" csv;')
          .replace('"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" xlsx;', '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=utf-8" xlsx;'),
    });
    try {
      for (const path of [`/data/${dataset}.csv`, `/data/${dataset}.xlsx`]) expect(problems(path, await get(broken.origin, path)).join('\n'), path).toMatch(/Content-Type/);
    } finally {
      await broken.close();
    }
  });

  it('without brotli_static the .br copy is not sent', async () => {
    const broken = await startNginx({ root: DIST, edit: (conf) => conf.replace('brotli_static on;', 'brotli_static off;') });
    try {
      const a = await get(broken.origin, `/${story}/`, { 'Accept-Encoding': 'br' });
      expect(a.headers['content-encoding']).not.toBe('br');
    } finally {
      await broken.close();
    }
  });
});
