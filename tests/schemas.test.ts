import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { metadataSchema } from '../src/schemas/metadata.ts';
import { rowSchema } from '../src/schemas/rows.ts';
import { chartPropsSchema, pageSchema } from '../src/schemas/components.ts';

const valid = parse(readFileSync('tests/fixtures/data/npe-primarvard-2023.meta.yaml', 'utf8'));
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('metadata schema', () => {
  it('accepts a complete metadata file', () => {
    expect(metadataSchema.safeParse(valid).success).toBe(true);
  });
  it('refuses a metadata file without a source', () => {
    const { source: _s, ...rest } = valid;
    const r = metadataSchema.safeParse(rest);
    expect(r.success).toBe(false);
    expect(messages(r)[0]).toMatch(/^source:/);
  });
  it('refuses an unknown licence', () => {
    expect(metadataSchema.safeParse({ ...valid, licence: 'MIT' }).success).toBe(false);
  });
  it('refuses a key column that is not declared', () => {
    const r = metadataSchema.safeParse({ ...valid, key: ['region'] });
    expect(messages(r)).toEqual(['key: nyckelkolumnen "region" finns inte bland columns']);
  });
  it('refuses a version without a changelog entry', () => {
    const r = metadataSchema.safeParse({ ...valid, version: '1.1.0' });
    expect(messages(r)).toEqual(['version: version 1.1.0 saknar en rad i changelog (senaste är 1.0.0)']);
  });
});

describe('row schema', () => {
  const meta = metadataSchema.parse(valid);
  const schema = rowSchema(meta);
  const row = { dimension: 'Helhetsintryck', riket: '80', halland: '85', placering: '2' };
  it('turns valid text cells into typed values', () => {
    expect(schema.parse(row)).toEqual({ dimension: 'Helhetsintryck', riket: 80, halland: 85, placering: 2 });
  });
  it.each([
    [{ halland: '8O' }, 'halland: "8O" är inget tal'],
    [{ halland: '101' }, 'halland: "101" är inte en andel i procent mellan 0 och 100'],
    [{ placering: '0' }, 'placering: "0" är inte en placering bland 21 regioner, ett heltal från 1 till 21'],
    [{ placering: '22' }, 'placering: "22" är inte en placering bland 21 regioner, ett heltal från 1 till 21'],
    [{ riket: '80,5' }, 'riket: "80,5" är inget tal (skriv decimaler med punkt i CSV-filen)'],
    [{ riket: '80.5' }, 'riket: "80.5" har 1 decimaler, kolumnen tillåter 0 (ändra decimals i metadata om källan har fler)'],
    [{ riket: '' }, 'riket: cellen är tom, väntade en andel i procent mellan 0 och 100'],
  ])('refuses %o', (patch, message) => {
    expect(messages(schema.safeParse({ ...row, ...patch }))).toEqual([message]);
  });
});

describe('component and page schemas', () => {
  it('accepts a chart with one value column as a string', () => {
    const r = chartPropsSchema.parse({ data: 'x', typ: 'staplar', kategori: 'a', varden: 'b', slutsats: 'En mening om diagrammet.' });
    expect(r.varden).toEqual(['b']);
  });
  it('refuses an unknown chart type and a missing finding', () => {
    const r = chartPropsSchema.safeParse({ data: 'x', typ: 'paj', kategori: 'a', varden: 'b' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(['typ', 'slutsats']);
  });
  it('reads an unquoted YAML date in frontmatter as text', () => {
    const r = pageSchema.parse({ title: 'T', description: 'En beskrivning som är lång nog.', order: 1, updated: new Date('2026-11-23') });
    expect(r.updated).toBe('2026-11-23');
  });
});
