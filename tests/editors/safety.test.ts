/**
 * The corpus of attacks from issue 19, as the checker meets them: each case
 * is a fixture under tests/editors/fixtures/<case>/ that `npm run check` (and
 * so the build, which runs the same check first) must refuse with exactly
 * these words. MDX is a safe subset: no code, no unsafe HTML, no link that
 * runs script or leaves for an unencrypted or foreign address unasked.
 *
 * The remark plugin (src/mdx/remark-safe.ts) is tested here too: it refuses
 * the same pages inside the MDX compiler, so `astro build` alone cannot run
 * a chapter's code.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { caseGroup, checkCase, FIXTURES, removeTempDirs } from './helpers.ts';
import { remarkSafe } from '../../src/mdx/remark-safe.ts';
import { splitFrontmatter } from '../../src/mdx/pages.ts';
import { ContentError, formatProblem } from '../../src/data/index.ts';
import { explainBuildError } from '../../src/check/build-error.ts';

afterAll(removeTempDirs);

caseGroup('MDX: code is refused before it is compiled', {
  'mdx-import': 'an import line reading /etc/passwd',
  'mdx-export': 'an export with process.env',
  'mdx-uttryck': '{process.env…}, require() and import() in text; comments pass',
  'egenskap-uttryck': 'a component prop or HTML attribute that is code, a spread, a __proto__ key, a fragment',
});

caseGroup('MDX: HTML outside the allow-list is refused', {
  'meta-omdirigering': '<meta http-equiv="refresh"> (an open redirect)',
  'set-html': 'set:html and set:text on HTML and on a component',
  'farliga-element': 'base, link, iframe, object, embed, form, style, svg and an unknown element',
  'handelseattribut': 'onclick, onMouseOver, style and attributes outside the allow-list',
});

caseGroup('MDX: links and images', {
  'farliga-lankar': 'javascript:, data:, hidden tab, http:, //host, page-relative and a bare www. (https, mailto, /… and # pass)',
  'externa-bilder': 'images from another site, in Markdown, HTML and a reference (a site image passes)',
});

describe('the remark plugin refuses the same pages inside the MDX compiler', () => {
  const cases = ['mdx-import', 'mdx-uttryck', 'meta-omdirigering', 'set-html', 'farliga-lankar', 'handelseattribut'];
  for (const name of cases) {
    it(`${name}: compile() throws the check's own lines`, async () => {
      const path = `${FIXTURES}/${name}/pages/index.mdx`;
      const value = splitFrontmatter(readFileSync(path, 'utf8')).body;
      let thrown: unknown;
      try {
        await compile({ value, path }, { remarkPlugins: [remarkGfm, remarkSafe] });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ContentError);
      const lines = (thrown as ContentError).problems.map(formatProblem);
      // The check may add component and number problems of its own; every safety line is among them.
      const checked = checkCase(name).split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(checked).toContain(l);
    });
  }

  it('lets a safe page through', async () => {
    const value = splitFrontmatter(readFileSync(`${FIXTURES}/site-ok/pages/index.mdx`, 'utf8')).body;
    await expect(compile({ value }, { remarkPlugins: [remarkGfm, remarkSafe] })).resolves.toBeTruthy();
  });
});

describe('the build error explainer', () => {
  it('reads the remark plugin\'s refusal even after @astrojs/mdx renamed it MDXError', async () => {
    const path = `${FIXTURES}/meta-omdirigering/pages/index.mdx`;
    let thrown: unknown;
    try {
      await compile({ value: splitFrontmatter(readFileSync(path, 'utf8')).body, path }, { remarkPlugins: [remarkSafe] });
    } catch (err) {
      thrown = err;
    }
    // What vite-plugin-mdx does to an error from a remark plugin, and how Astro then wraps it.
    Object.assign(thrown as Error, { name: 'MDXError', loc: { file: path, line: 0, column: 0 } });
    const wrapped = Object.assign(new Error('Build failed'), { cause: thrown });
    expect(explainBuildError(wrapped)).toEqual([`Ett fel i innehållet:\n  ${checkCase('meta-omdirigering')}`]);
  });

  it('says any problem the check finds in the .mdx file the build stopped at in the check\'s words', () => {
    const file = `${process.cwd()}/${FIXTURES}/set-html/pages/index.mdx`;
    const err = Object.assign(new Error('Something deep inside Astro'), { loc: { file } });
    expect(explainBuildError(err)).toEqual(['Fel i en sida:', ...checkCase('set-html').split('\n').map((l) => '  ' + l)]);
  });

  it('puts a Swedish line before any other failure, without the stack', () => {
    const lines = explainBuildError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(lines[0]).toMatch(/^Fel vid bygget: bygget stannade utan att ange någon fil\. Kör npm run check/);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });
});
