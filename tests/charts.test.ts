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
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { listDatasets } from '../src/data/index.ts';
import { buildFigure } from '../src/render/figure.ts';
import { resolveChart } from '../src/props/index.ts';
import { metadataSchema, type Column } from '../src/schemas/metadata.ts';
import type { Row } from '../src/schemas/rows.ts';

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
});

/** A chart drawn from rows typed in here, for the behaviours the snapshots only show. */
function drawRows(props: Record<string, unknown>, columns: Column[], rows: Row[], width: number = WIDTHS.narrow): string {
  const p = chartPropsSchema.parse({ data: 'x', slutsats: 'En mening om vad diagrammet visar.', ...props });
  const input = { rows, columns, props: p, width };
  return renderSvg(CHARTS[p.typ].plot(input), { id: 't', title: 't', description: CHARTS[p.typ].describe(input) });
}
const column = (name: string, type: Column['type'], extra: Partial<Column> = {}): Column => ({ name, title: name[0]!.toUpperCase() + name.slice(1), type, decimals: 0, description: 'd', nullable: true, ...extra });
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&#160;/g, '\u00a0'));

describe('chart design', () => {
  const pct = [column('dimension', 'text'), column('halland', 'percent', { unit: 'procent' }), column('riket', 'percent', { unit: 'procent' })];

  it('equal values: both symbols drawn apart and one label naming both', () => {
    const rows = [{ dimension: 'Lika', halland: 88, riket: 88 }, { dimension: 'Olika', halland: 90, riket: 87 }];
    for (const width of Object.values(WIDTHS)) {
      const svg = drawRows({ typ: 'jamforelse', kategori: 'dimension', varden: ['halland', 'riket'] }, pct, rows, width);
      expect(texts(svg).filter((t) => t.includes('88'))).toEqual([expect.stringMatching(/^(Halland och Riket|båda): 88\u00a0%$/)]);
      // Two symbols for the tied row, each in its mark's group, shifted apart vertically.
      const tied = [...svg.matchAll(/<g[^>]*transform="translate\(0,(-?[\d.]+)\)"[^>]*>(?:(?!<\/g>)[\s\S])*?<title>Lika: (\w+)/g)];
      expect(tied.map((m) => m[2])).toEqual(['Halland', 'Riket']);
      expect(Number(tied[1]![1]) - Number(tied[0]![1])).toBeGreaterThanOrEqual(8);
    }
  });

  it('every mark has a <title> with its label and exact Swedish value', () => {
    const svg = drawRows({ typ: 'staplar', kategori: 'dimension', varden: 'halland' }, pct, [{ dimension: 'Besök', halland: 74, riket: 1 }]);
    expect(svg).toContain('<title>Besök: 74&#160;%</title>');
  });

  it('a time series with unmeasured years is dashed across the gap and says so; a regular one is solid', () => {
    const cols = [column('ar', 'year'), column('varde', 'number', { unit: 'antal', decimals: 1 })];
    const gappy = drawRows({ typ: 'linje', kategori: 'ar', varden: 'varde', mal: 55 }, cols, [{ ar: 2017, varde: 29.4 }, { ar: 2022, varde: 20.3 }, { ar: 2023, varde: 21.9 }, { ar: 2024, varde: 21.4 }]);
    expect(gappy).toMatch(/stroke-dasharray="3,5"[^>]*>\s*<path/);
    expect(texts(gappy)).toContain('2018–2021 redovisas inte');
    const regular = drawRows({ typ: 'linje', kategori: 'ar', varden: 'varde' }, cols, [{ ar: 2016, varde: 1 }, { ar: 2018, varde: 2 }, { ar: 2020, varde: 3 }]);
    expect(regular).not.toContain('3,5');
  });

  it('the value axis reaches the target: its top tick is at or above the goal', () => {
    const cols = [column('ar', 'year'), column('andel', 'percent', { unit: 'procent' })];
    const svg = drawRows({ typ: 'linje', kategori: 'ar', varden: 'andel', mal: 55 }, cols, [{ ar: 2017, andel: 29 }, { ar: 2022, andel: 20 }]);
    const ticks = texts(svg).filter((t) => /^\d+\u00a0%$/.test(t)).map((t) => parseInt(t, 10));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(55);
  });

  it('year labels that would touch on a phone are left out, first and last kept', () => {
    const cols = [column('ar', 'year'), column('varde', 'number')];
    const rows = [2017, 2022, 2023, 2024].map((ar, i) => ({ ar, varde: 300 - i }));
    const years = texts(drawRows({ typ: 'linje', kategori: 'ar', varden: 'varde' }, cols, rows)).filter((t) => /^20\d\d$/.test(t));
    expect(years[0]).toBe('2017');
    expect(years[years.length - 1]).toBe('2024');
    expect(years.length).toBeLessThan(4);
  });

  it('nominal bars are sorted by value; an ordered category column keeps its order', () => {
    const cols = [column('post', 'text'), column('v', 'number', { unit: 'mnkr' })];
    const rows = [{ post: 'A', v: 70 }, { post: 'B', v: 51 }, { post: 'C', v: 137 }];
    const order = (svg: string) => texts(svg).filter((t) => /^[ABC]$/.test(t));
    expect(order(drawRows({ typ: 'staplar', kategori: 'post', varden: 'v' }, cols, rows))).toEqual(['C', 'A', 'B']);
    const ordered = [{ ...cols[0]!, ordered: true }, cols[1]!];
    expect(order(drawRows({ typ: 'avvikelse', kategori: 'post', varden: 'v' }, ordered, rows))).toEqual(['A', 'B', 'C']);
  });

  it('a value label the target line would cross goes inside its bar', () => {
    const svg = drawRows({ typ: 'staplar', kategori: 'dimension', varden: 'halland', mal: 80 }, pct, [{ dimension: 'Besök', halland: 75, riket: 1 }], WIDTHS.narrow);
    expect(svg).toMatch(/text-anchor="end" fill="var\(--bakgrund\)"[^>]*>\s*<text[^>]*>75&#160;%/);
  });
});

describe('categoryLabels in the metadata', () => {
  it('name values that exist in their column (a misspelt source text would silently show the long label)', () => {
    const problems: string[] = [];
    for (const ds of listDatasets()) {
      for (const c of ds.meta.columns) {
        for (const from of Object.keys(c.categoryLabels ?? {})) {
          if (!ds.rows.some((r) => r[c.name] === from)) problems.push(`${ds.id}.${c.name}: "${from}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('are used by the chart instead of the source text', () => {
    const ds = listDatasets().find((d) => d.id === 'fvis-kostnader-programkostnader')!;
    const resolved = resolveChart({ data: ds.id, typ: 'staplar', kategori: 'specifikation', varden: 'kostnad', filter: { radtyp: 'delpost' }, slutsats: 'En mening om vad diagrammet visar.' });
    const fig = buildFigure(resolved, 'fvis');
    expect(texts(fig.narrow)).toContain('Konsulter');
    expect(fig.narrow).not.toContain('Faktiska kostnader FVIS centralt');
    // The decimals as published survive the relabelling.
    expect(texts(fig.narrow)).toContain('52,0\u00a0mnkr');
  });

  it('are refused on a column that is not text', () => {
    const meta = parse(readFileSync('tests/fixtures/data/npe-primarvard-2023.meta.yaml', 'utf8'));
    meta.columns[1].categoryLabels = { a: 'b' };
    const r = metadataSchema.safeParse(meta);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/gäller bara textkolumner/);
  });
});
