/**
 * Every chart has its SVG, PNG, embed page and citation; every dataset page
 * states the licence and offers every format. (That every link resolves is
 * tests/quality/links.site.test.ts's, the one link checker.)
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { listDatasets } from '../../src/data/index.ts';
import { allCharts, chartFileHrefs, readPages } from '../../src/site/registry.ts';
import { CATALOGUE_FILES, datasetFiles } from '../../src/site/text.ts';
import { htmlPages, readPage } from '../helpers/site.ts';
import { SITE } from '../../src/site/config.ts';
import { exists } from './helpers.ts';

const pages = htmlPages();
const datasets = listDatasets();

describe('downloads', () => {
  it('the catalogue lists every dataset with every file and the files for all data', () => {
    const html = readPage('/data/');
    for (const f of CATALOGUE_FILES) expect(html).toContain(`href="${f.href}"`);
    for (const ds of datasets) {
      expect(html).toContain(`href="/data/${ds.id}/"`);
      for (const f of datasetFiles(ds)) expect(html).toContain(`href="${f.href}"`);
      expect(html).toContain(`href="/data/${ds.id}/#kolumner"`);
    }
  });

  it.each(datasets.map((ds) => ds.id))('dataset page %s states the licence, offers every format and separates corrections', (id) => {
    const html = readPage(`/data/${id}/`);
    expect(html).toContain('href="http://creativecommons.org/licenses/by/4.0/"');
    expect(html).toContain('Siffrorna kommer från Region Hallands offentliga dokument');
    for (const f of datasetFiles(datasets.find((d) => d.id === id)!)) expect(html).toContain(`href="${f.href}"`);
    expect(html).toContain('id="rattelser"');
    expect(html).toContain('id="revideringar"');
  });

  it('a dataset page names the pages and charts that use it', () => {
    const chart = allCharts()[0]!;
    const page = readPages().find((p) => p.id === chart.page)!;
    const html = readPage(`/data/${chart.data}/`);
    expect(html).toContain(`href="${page.path}"`);
    expect(html).toContain(`href="${page.path}#${chart.id}"`);
  });
});

describe('per-chart files', () => {
  const charts = allCharts();

  it('the registry finds every chart the pages show', () => {
    for (const page of readPages()) {
      const html = readPage(page.path);
      const figures = [...html.matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1]);
      expect(figures, page.file).toEqual(page.charts.map((c) => c.id));
    }
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts.map((c) => [`${c.page}#${c.id}`, c] as const))('%s has SVG, PNG, embed page, citation and iframe code', (_, c) => {
    const hrefs = chartFileHrefs(c);
    for (const h of [hrefs.svg, hrefs.png, hrefs.embed]) expect(exists(h), h).toBe(true);
    const page = readPages().find((p) => p.id === c.page)!;
    const html = readPage(page.path);
    const start = html.indexOf(`<figure class="chart" id="${c.id}"`);
    const figure = html.slice(start, html.indexOf('</figure>', start));
    expect(figure).toContain(`href="${hrefs.svg}"`);
    expect(figure).toContain(`href="${hrefs.png}"`);
    expect(figure).toContain(`href="#${c.id}"`);
    expect(figure).toMatch(/<p class="citation">Region Halland \(\d{4}\)\. [^<]+\[diagram, publicerat \d+ [a-z]+ \d{4}\][^<]+https:\/\/[^<]+<\/p>/);
    expect(figure).not.toContain('hämtad');
    expect(figure).toContain(`@misc{regionhalland-${c.page}-${c.id},`);
    expect(figure).toContain('&quot;type&quot;: &quot;figure&quot;');
    // The zip, with its README of caveats, is in the chart's own download row.
    expect(figure).toContain(`href="/data/${c.data}.zip"`);
    // The embed code is shown as text: the reader copies `<iframe src="…"`.
    const code = [...parseHTML(figure).document.querySelectorAll('pre code')].map((e) => e.textContent).join('\n');
    expect(code).toContain(`<iframe src="${SITE.url}${hrefs.embed}"`);
    expect(figure).toMatch(/<details class="reuse">\s*<summary>/);
  });

  it.each(charts.map((c) => [`${c.page}#${c.id}`, c] as const))('embed page for %s is minimal, static and links back', (_, c) => {
    const html = readPage(chartFileHrefs(c).embed);
    expect(html).toContain('<body class="embed"');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('class="site-header"');
    expect(html).toMatch(/<svg [^>]*class="plot"/);
    expect(html).toContain(`${SITE.url}${chartFileHrefs(c).anchor}`);
  });
});
