/**
 * Who publishes is said once, in src/site/config.ts (PUBLISHER), and every place
 * that says it takes it from there: citations, chart images, README files,
 * the DCAT catalogue and datapackage.json. The test changes the publisher
 * and checks that every one of them follows; a module that typed the name
 * or an address itself would keep the old one and fail. The Astro pages
 * (footer, embeds, accessibility statement) are checked in the built site
 * (publisher.site.test.ts) and, here, for addresses typed by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHER, publisherContact, publisherLine } from '../../src/site/config.ts';
import { listDatasets } from '../../src/data/index.ts';
import { chartCitation, citation } from '../../src/site/text.ts';
import { dcatRdf } from '../../src/publish/dcat.ts';
import { dataPackage } from '../../src/publish/datapackage.ts';
import { allDataReadme, datasetReadme } from '../../src/publish/readme.ts';
import { allCharts } from '../../src/site/registry.ts';
import { chartImageSvg } from '../../src/publish/chart-image.ts';
import { chartFigure } from '../../src/site/figures.ts';

const TODAY = '2026-12-01';
const datasets = listDatasets();
const ds = datasets[0]!;

/** Every place that names the publisher, as plain text. */
function everyPlace() {
  const entry = allCharts()[0]!;
  const { fig, ds: chartDs } = chartFigure(entry);
  return {
    citation: citation(ds),
    chartCitation: chartCitation({ title: 'T', pageTitle: 'P', year: '2026', url: 'https://x', document: 'D', today: TODAY }),
    chartImage: chartImageSvg(fig, chartDs, entry),
    datasetReadme: datasetReadme(ds, TODAY, []),
    allDataReadme: allDataReadme(datasets.slice(0, 1), TODAY, []),
    dcat: dcatRdf(datasets.slice(0, 1), TODAY, () => 0),
    datapackage: JSON.stringify(dataPackage(datasets.slice(0, 1), TODAY).contributors),
  };
}

describe('the publisher and its contact', () => {
  it('is Region Halland, with its organisation number and the website the sources name', () => {
    expect(PUBLISHER.name).toBe('Region Halland');
    expect(PUBLISHER.organisationNumber).toMatch(/^\d{6}-\d{4}$/);
    expect(PUBLISHER.website.url).toBe(`https://${PUBLISHER.website.label}/`);
  });

  it('is reached by e-mail once the address is filled in, and through the website until then', () => {
    const site = { url: 'https://regionhalland.se/', label: 'regionhalland.se' };
    expect(publisherContact({ email: '', website: site })).toEqual({ href: site.url, label: site.label, kind: 'web' });
    expect(publisherContact({ email: ' kontakt@example.se ', website: site })).toEqual({ href: 'mailto:kontakt@example.se', label: 'kontakt@example.se', kind: 'email' });
  });

  it('is said in one line with name, organisation number and contact', () => {
    expect(publisherLine()).toBe(`Ges ut av ${PUBLISHER.name}, organisationsnummer ${PUBLISHER.organisationNumber}. Kontakt: ${publisherContact().label}${publisherContact().kind === 'web' ? ` (${publisherContact().href})` : ''}.`);
  });

  it('is named the same way in citations, chart images, READMEs, DCAT and datapackage.json', () => {
    const places = everyPlace();
    for (const [where, text] of Object.entries(places)) expect(text, where).toContain(PUBLISHER.name);
    expect(places.datasetReadme).toContain(publisherLine());
    expect(places.allDataReadme).toContain(publisherLine());
    expect(places.dcat).toContain(`<foaf:name xml:lang="sv">${PUBLISHER.name}</foaf:name>`);
    expect(places.dcat).toContain(`rdf:resource="${publisherContact().href}"`);
    expect(JSON.parse(places.datapackage)).toEqual([{ title: PUBLISHER.name, path: PUBLISHER.website.url, roles: ['publisher'] }]);
  });

  describe('when the publisher changes in src/site/config.ts', () => {
    const saved = { ...PUBLISHER };
    const mutable = PUBLISHER as { -readonly [K in keyof typeof PUBLISHER]: (typeof PUBLISHER)[K] };
    beforeEach(() => {
      mutable.name = 'Testregionen' as never;
      mutable.organisationNumber = '000000-0000' as never;
      mutable.email = 'test@example.se';
    });
    afterEach(() => Object.assign(mutable, saved));

    it('every place follows, and none still says the old name or address', () => {
      const places = everyPlace();
      for (const [where, text] of Object.entries(places)) expect(text, where).toContain('Testregionen');
      // Where each one names its publisher ("Region Halland" may still stand as the source documents' author).
      expect(places.citation).toMatch(/^Testregionen \(/);
      expect(places.chartCitation).toMatch(/^Testregionen \(/);
      expect(places.chartImage).toContain('Ges ut av Testregionen,');
      expect(places.datasetReadme).toContain('Ges ut av Testregionen, organisationsnummer 000000-0000.');
      expect(places.allDataReadme).toContain('Ges ut av Testregionen, organisationsnummer 000000-0000.');
      expect(places.dcat).toContain('<foaf:name xml:lang="sv">Testregionen</foaf:name>');
      expect(places.dcat).toContain('<vcard:fn>Testregionen</vcard:fn>');
      expect(places.dcat).not.toMatch(/<(foaf:name|vcard:fn)( xml:lang="sv")?>Region Halland</);
      expect(places.dcat).toContain('rdf:resource="mailto:test@example.se"');
      expect(places.datasetReadme).toContain('Kontakt: test@example.se.');
      expect(JSON.parse(places.datapackage)[0].email).toBe('test@example.se');
    });
  });
});

describe('no address or publisher typed by hand', () => {
  // Files that show the publisher or a contact; all of them must take it from src/site/config.ts.
  const files = [
    'src/layouts/Base.astro',
    'src/pages/tillganglighetsredogorelse.astro',
    ...readdirSync('src/pages/embed', { recursive: true }).map(String).filter((f) => f.endsWith('.astro')).map((f) => join('src/pages/embed', f)),
    ...readdirSync('src/components').filter((f) => f.endsWith('.astro')).map((f) => join('src/components', f)),
    ...['dcat', 'datapackage', 'readme', 'chart-image'].map((f) => `src/publish/${f}.ts`),
    'src/site/text.ts',
    'content/pages/om-uppgifterna.mdx',
    'content/lattlast.mdx',
  ];
  it.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text, 'en e-postadress').not.toMatch(/mailto:|[\w.-]+@[\w-]+\.[a-z]{2,}/);
    expect(text, 'organisationsnumret').not.toContain(PUBLISHER.organisationNumber);
    // The publisher's name as a value (a quoted string), not the source documents' "Region Hallands …".
    // (datapackage.json's keywords name the region as the subject, which is not who publishes.)
    if (!file.endsWith('datapackage.ts')) expect(text, 'utgivarens namn').not.toMatch(/['"`]Region Halland['"`]/);
  });
});
