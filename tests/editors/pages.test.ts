/**
 * Reading pages the way the build does: the real content passes, components
 * get the same message from `npm run check` as from the build, and an MDX
 * syntax error the build meets is explained in the same plain words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/check/index.ts';
import { explainBuildError } from '../../src/check/build-error.ts';
import { parsePage } from '../../src/mdx/pages.ts';
import { resolveChart } from '../../src/props/index.ts';
import { ContentError, loadAll } from '../../src/data/index.ts';
import { checkCase, removeTempDirs, GOOD_DATA } from './helpers.ts';

afterAll(removeTempDirs);

describe('the real content', () => {
  it('passes every check but the hand-typed numbers (those are tested per page)', () => {
    expect(checkContent().problems).toEqual([]);
  });
});

describe('components', () => {
  it('reads literal props: strings, numbers, booleans, arrays and objects', () => {
    const page = parsePage(
      '---\ntitle: T\n---\n\n<Chart data="x" typ=\'staplar\' mal={-80} varden={["a", "b"]} filter={{ ar: [2023, 2024], omrade: "Halland" }} forandring />\n\n<Value data={"x" + "y"} rad="a" kolumn="b" />',
      'p.mdx',
    );
    expect(page.components.map((c) => [c.name, c.line, c.props])).toEqual([
      ['Chart', 5, { data: 'x', typ: 'staplar', mal: -80, varden: ['a', 'b'], filter: { ar: [2023, 2024], omrade: 'Halland' }, forandring: true }],
      ['Value', 7, undefined], // an expression: not a value, and refused as code
    ]);
    expect(page.problems.filter((p) => p.message.includes('är kod')).map((p) => p.line)).toEqual([7]);
  });

  it('gives the message the build gives, naming the MDX file and line', () => {
    // What a component throws at build time, with _kalla as the remark plugin sets it.
    let thrown = '';
    try {
      resolveChart({ data: 'npe-primarvard-2022', typ: 'jamforelse', kategori: 'dimension', varden: ['riket', 'halland'], slutsats: 'Halland har fler positiva svar än riket.', _kalla: 'tests/editors/fixtures/okant-dataset/pages/index.mdx:8' }, loadAll(GOOD_DATA));
    } catch (err) {
      thrown = (err as ContentError).problems.map((p) => `${p.file}, rad ${p.line}: ${p.message}`).join('\n');
    }
    expect(thrown).toBe(checkCase('okant-dataset'));
  });
});

describe('the build error explainer', () => {
  it('says an MDX syntax error exactly as npm run check does', () => {
    const file = resolve('tests/editors/fixtures/mdx-fel-sluttagg/pages/index.mdx');
    const err = Object.assign(new Error('12:1-12:9: Unexpected closing tag `</Notes>`'), { name: 'MDXError', loc: { file, line: 12, column: 1 } });
    expect(explainBuildError(err)).toEqual([`Fel i en sida: ${checkCase('mdx-fel-sluttagg')}`]);
  });

  it('passes a content error from inside the build on whole', () => {
    const inner = new ContentError([{ file: 'content/pages/x.mdx (<Value>)', line: 3, message: 'Raden "a" finns inte.' }]);
    // Astro wraps errors from components; Vite's copy of src/data is another module instance.
    const wrapped = Object.assign(new Error('render failed'), { cause: { name: 'ContentError', message: inner.message } });
    expect(explainBuildError(wrapped)).toEqual(['Ett fel i innehållet:\n  content/pages/x.mdx (<Value>), rad 3: Raden "a" finns inte.']);
  });
});

describe('dataset topics', () => {
  it('names the page a dataset belongs to; "start" is refused with the page ids (the start page is index)', async () => {
    const { copySite } = await import('./helpers.ts');
    const { readFileSync, writeFileSync, readdirSync } = await import('node:fs');
    const site = copySite('site-ok');
    const meta = readdirSync(site.dataDir).find((f) => f.endsWith('.meta.yaml'))!;
    const file = resolve(site.dataDir, meta);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^topic: .*$/m, 'topic: start'));
    const problems = checkContent({ root: site.root, dataDir: site.dataDir, pagesDir: site.pagesDir }).problems;
    expect(problems.join('\n')).toMatch(/topic "start" finns inte\. Giltiga val: .*index/);
  });
});
