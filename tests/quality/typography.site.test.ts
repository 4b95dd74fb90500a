/**
 * Swedish typography of numbers on every built page (text, SVG <text>, alt
 * and aria-label), with the lint in tests/helpers/typography.ts. The rules and
 * their exceptions (year ranges such as 2022-2024, a single decimal comma
 * group such as 1,287, <code>, URLs) are documented there.
 */
import { describe, expect, it } from 'vitest';
import { lintHtml, lintText, readableText } from '../helpers/typography.ts';
import { htmlPages, readPage } from '../helpers/site.ts';

const NBSP = '\u00a0';
const rules = (s: string) => lintText(s).map((p) => `${p.rule} ${p.found}`);

describe('the lint', () => {
  it('flags commas and dots between thousands', () => {
    expect(rules('Besöken var 1,287,279 och 1.287 stycken.')).toEqual(['tusental 1,287,279', 'tusental 1.287']);
  });
  it('flags a percent sign right after a digit', () => {
    expect(rules('Andelen är 85%.')).toEqual(['procent-utan-mellanslag 5%']);
  });
  it('flags ordinary spaces inside numbers and before %, mnkr and kr', () => {
    expect(rules('Totalt 1 287 279 besök, 85 % och −118 mnkr, 500 kr.')).toEqual([
      'vanligt-mellanslag 1 287 279',
      'vanligt-mellanslag 5 %',
      'vanligt-mellanslag 8 mnkr',
      'vanligt-mellanslag 0 kr',
    ]);
  });
  it('flags a hyphen-minus used as a minus sign', () => {
    expect(rules('Avvikelsen var -118 mnkr (-2,5 %).')).toEqual(
      expect.arrayContaining(['bindestreck-som-minus -1', 'bindestreck-som-minus -2']),
    );
  });
  it('flags mkr and kkr', () => {
    expect(rules('Det kostade 5 mkr, eller 5000 kkr.')).toEqual(
      expect.arrayContaining(['forkortning mkr', 'forkortning kkr']),
    );
  });
  it('accepts the house style', () => {
    const ok = `Totalt 1${NBSP}287${NBSP}279 besök, 85${NBSP}% och −118${NBSP}mnkr, 450,6 och 1,287. Plats 2 av 21.`;
    expect(rules(ok)).toEqual([]);
  });
  it('leaves year ranges, dates, compounds, URLs and e-mail alone', () => {
    const ok = 'Strategin 2017-2025, beslut 2024-05-01, covid-19, https://example.se/a-1,000,000, namn-5@region.se, 4.1.2.';
    expect(rules(ok)).toEqual([]);
  });
  it('reads SVG <text>, alt and aria-label, decodes entities and skips <code>', () => {
    const html =
      '<html><head><title>T</title></head><body><p>85&#160;%</p><svg><text>1 287</text></svg>' +
      '<img alt="5%" src="x.png"><code>-1,000,000</code></body></html>';
    expect(readableText(html)).toEqual(['T', `85${NBSP}%`, '1 287', '5%']);
    expect(lintHtml(html).map((p) => p.rule)).toEqual(['vanligt-mellanslag', 'procent-utan-mellanslag']);
  });
  it('does not run table cells together', () => {
    expect(lintHtml('<html><body><table><tr><td>85</td><td>%</td></tr></table></body></html>')).toEqual([]);
  });
});

describe('every built page', () => {
  it.each(htmlPages())('%s', (path) => {
    const problems = lintHtml(readPage(path)).map((p) => `${p.rule}: "${p.found}" i "${p.context}"`);
    expect(problems).toEqual([]);
  });
});
