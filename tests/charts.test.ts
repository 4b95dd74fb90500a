/**
 * SVG snapshots of every chart type, drawn from frozen fixtures (not the live
 * data, so a data correction does not churn the snapshots). The expected
 * files are tests/output/<name>.svg; see tests/helpers/snapshot.ts.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../src/charts/index.ts';
import { chartPropsSchema } from '../src/schemas/components.ts';
import { loadAll } from '../src/data/index.ts';
import { renderSvg } from '../src/render/index.ts';
import { WIDTHS } from '../src/render/figure.ts';
import { matchFile } from './helpers/snapshot.ts';

const data = loadAll('tests/fixtures/data');

const cases = {
  'npe-jamforelse': { data: 'npe-primarvard-2023', typ: 'jamforelse', kategori: 'dimension', varden: ['riket', 'halland'], placering: 'placering' },
  'vis-linje': { data: 'vis-andel-battre-an-riket', typ: 'linje', kategori: 'ar', varden: 'andel', mal: 60 },
  'tillganglighet-staplar': { data: 'tillganglighet-indikatorer-2024', typ: 'staplar', kategori: 'delindikator', varden: 'halland_2023', mal: 80 },
  'budget-avvikelse': { data: 'hos-budgetavvikelse', typ: 'avvikelse', kategori: 'post', varden: 'varde' },
} as const;

function draw(name: keyof typeof cases, width: number): string {
  const props = chartPropsSchema.parse({ ...cases[name], slutsats: 'En mening om vad diagrammet visar.' });
  const ds = data.get(props.data)!;
  const input = { rows: ds.rows, columns: ds.meta.columns, props, width };
  const type = CHARTS[props.typ];
  return renderSvg(type.plot(input), { id: name, title: ds.meta.title, description: type.describe(input) }) + '\n';
}

describe('chart snapshots', () => {
  for (const name of Object.keys(cases) as (keyof typeof cases)[]) {
    for (const [variant, width] of Object.entries(WIDTHS)) {
      it(`${name} (${variant})`, () => {
        const svg = draw(name, width);
        const result = matchFile(`${name}-${variant}.svg`, svg);
        expect(result.ok, result.message).toBe(true);
      });
    }
  }
});

describe('rendered SVG', () => {
  const svg = draw('npe-jamforelse', WIDTHS.wide);
  it('is an image with a title and a description that screen readers get', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="npe-jamforelse-titel npe-jamforelse-beskr"/);
    expect(svg).toContain('<desc id="npe-jamforelse-beskr">Jämförelse av Riket och Halland per dimension. Helhetsintryck: Riket 80&#160;% och Halland 85&#160;%');
  });
  it('has no inline style and no aria-label on groups', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/aria-label=/);
  });
  it('writes axis ticks the Swedish way', () => {
    // linkedom writes the no-break space as &#160;, which is the same character in HTML.
    expect(svg).toContain('>80&#160;%</text>');
    expect(draw('budget-avvikelse', WIDTHS.wide)).toContain('>\u2212166&#160;mnkr</text>');
  });
  it('keeps a missing value out of the bars and says so', () => {
    expect(draw('tillganglighet-staplar', WIDTHS.wide)).toContain('>uppgift saknas</text>');
  });
  it('is the same every time (deterministic)', () => {
    expect(draw('vis-linje', WIDTHS.narrow)).toBe(draw('vis-linje', WIDTHS.narrow));
  });
});
