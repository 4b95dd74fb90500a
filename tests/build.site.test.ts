/**
 * The built site, checked as files: language, accessible charts, no scripts
 * on reading pages, Swedish numbers. (Links: tests/quality/links.site.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from './helpers/site.ts';

const pages = htmlPages();
const storyPages = ['/', '/patientupplevelser/'];

describe('built site', () => {
  it('has the story pages and a page per dataset', () => {
    for (const p of storyPages) expect(pages).toContain(p);
    expect(pages).toContain('/data/npe-primarvard-2023/');
  });

  it.each(pages)('%s is Swedish and has a title', (p) => {
    const html = readPage(p);
    expect(html).toMatch(/<html lang="sv"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
  });

  it.each(pages.filter((p) => !p.startsWith('/sok')))('%s runs no JavaScript', (p) => {
    expect(readPage(p)).not.toMatch(/<script/i);
  });

  it('draws every chart as an SVG image with a name and a description', () => {
    const html = readPage('/patientupplevelser/');
    const svgs = html.match(/<svg [^>]*class="plot"[^>]*>/g) ?? [];
    expect(svgs.length).toBe(6); // three charts, each narrow and wide
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const [, ids] = /aria-labelledby="([^"]+)"/.exec(svg)!;
      for (const id of ids!.split(' ')) expect(html).toContain(`id="${id}"`);
    }
  });

  it('gives every chart a table with a caption and header cells', () => {
    const html = readPage('/patientupplevelser/');
    expect(html.match(/<figure class="chart"/g)?.length).toBe(3);
    expect(html.match(/<details>\s*<summary>/g)?.length).toBe(3);
    expect(html).toMatch(/<caption>Nationell patientenkät 2023: primärvård<\/caption>/);
    expect(html).toContain('<th scope="col"');
  });

  it('publishes CSV and JSON for every dataset a chart uses', () => {
    const html = readPage('/patientupplevelser/');
    for (const id of ['npe-primarvard-2023', 'npe-oppenvard-2023', 'npe-slutenvard-2023']) {
      expect(html).toContain(`href="/data/${id}.csv"`);
      expect(existsSync(join(DIST, `data/${id}.csv`))).toBe(true);
      expect(existsSync(join(DIST, `data/${id}.json`))).toBe(true);
    }
  });

  it('writes numbers the Swedish way in text', () => {
    // The page as read: code samples (the embed code's width="100%") are code, not text.
    const { document } = parseHTML(readPage('/patientupplevelser/'));
    for (const el of document.querySelectorAll('pre, code, script, style')) el.remove();
    const text = document.body.textContent ?? '';
    // 85 % with a no-break space, never "85%" or "85 %" with an ordinary space.
    expect(text).toMatch(/85\u00a0%/);
    expect(text).not.toMatch(/\d%/);
    expect(text).not.toMatch(/\d %/);
  });
});
