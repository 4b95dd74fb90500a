import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDataset } from '../src/data/dataset.ts';
import { formatProblem, loadAll, listDatasets } from '../src/data/index.ts';

const META = readFileSync('tests/fixtures/data/npe-primarvard-2023.meta.yaml', 'utf8');
const CSV = readFileSync('tests/fixtures/data/npe-primarvard-2023.csv', 'utf8');
const files = { csv: 'content/data/x.csv', meta: 'content/data/x.meta.yaml' };
const problemsOf = (csv: string, meta = META) => buildDataset('x', csv, meta, files).problems.map(formatProblem);

describe('data layer', () => {
  it('reads the fixture datasets', () => {
    const all = loadAll('tests/fixtures/data');
    expect([...all.keys()].sort()).toEqual(['hos-budgetavvikelse', 'npe-primarvard-2023', 'tillganglighet-indikatorer-2024', 'vis-andel-battre-an-riket']);
    expect(all.get('npe-primarvard-2023')!.rows[0]).toEqual({ dimension: 'Helhetsintryck', riket: 80, halland: 85, placering: 2 });
  });
  it('keeps a missing value as null, never 0', () => {
    const ds = loadAll('tests/fixtures/data').get('tillganglighet-indikatorer-2024')!;
    expect(ds.rows[0]!.halland_2023).toBeNull();
  });
  it('names file, line as in an editor, column and value', () => {
    const csv = CSV.replace('Tillgänglighet,82,86,2', 'Tillgänglighet,82,8O,2');
    expect(problemsOf(csv)).toEqual(['content/data/x.csv, rad 8, kolumn "halland": "8O" är inget tal']);
  });
  it('reports a missing column once, not once per row', () => {
    const csv = CSV.split('\n').map((l) => l.split(',').slice(0, 3).join(',')).join('\n');
    expect(problemsOf(csv)).toEqual(['content/data/x.csv, rad 1, kolumn "placering": kolumnen saknas i rubrikraden men finns i metadatafilen.']);
  });
  it('reports duplicate keys with both lines', () => {
    const csv = CSV + 'Helhetsintryck,80,85,2\n';
    expect(problemsOf(csv)).toEqual([
      'content/data/x.csv, rad 10: raden har samma nyckel (dimension = Helhetsintryck) som rad 2. Varje rad ska vara unik.',
    ]);
  });
  it('points a metadata error at its field and line', () => {
    const meta = META.replace('licence: CC-BY-4.0', 'licence: MIT');
    expect(problemsOf(CSV, meta)).toEqual(['content/data/x.meta.yaml, rad 12, fält "licence": ogiltigt värde "MIT". Tillåtna: CC-BY-4.0']);
  });
  it('reads every published dataset without problems', () => {
    expect(listDatasets().length).toBeGreaterThan(40);
  });
});

describe('published precision', () => {
  it('keeps each value\'s own decimals: 306 stays 306, 80.0 stays 80,0', async () => {
    const { decimalsIn } = await import('../src/data/index.ts');
    const { formatValue } = await import('../src/format/index.ts');
    const meta = META.replace("    type: percent\n    unit: procent\n    description: Andel positiva svar i hela landet.", "    type: number\n    unit: procent\n    decimals: 1\n    description: Andel positiva svar i hela landet.");
    const csv = CSV.replace('Helhetsintryck,80,85,2', 'Helhetsintryck,80.0,85,2').replace('Emotionellt stöd,77,81,2', 'Emotionellt stöd,306,81,2');
    const { dataset, problems } = buildDataset('x', csv, meta, files);
    expect(problems).toEqual([]);
    const [a, b] = dataset!.rows;
    expect(formatValue(a!.riket as number, 'procent', decimalsIn(a, 'riket', 1))).toBe('80,0\u00a0%');
    expect(formatValue(b!.riket as number, 'procent', decimalsIn(b, 'riket', 1))).toBe('306\u00a0%');
  });
});
