/**
 * /data/datapackage.json against the Data Package 2.0 rules (ajv with the
 * transcribed profile, plus the rules JSON Schema cannot state), against the
 * build (every path exists, bytes and hash match, the CSV header is the
 * schema's field names) and against the data (every value valid for its type).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import AjvModule from 'ajv';
import { parse } from 'csv-parse/sync';
import { listDatasets } from '../../src/data/index.ts';
import { DATA_PACKAGE_PROFILE } from './datapackage-profile.ts';
import { exists, readBytes, readText } from './helpers.ts';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as typeof AjvModule;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(DATA_PACKAGE_PROFILE);
}

interface Field { name: string; type?: string; description?: string; categories?: { value: string; label: string }[]; constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[] } }
interface Resource { name: string; path: string; description?: string; bytes?: number; hash?: string; encoding?: string; sources?: { title: string; path?: string }[]; schema: { fields: Field[]; primaryKey?: string[]; missingValues?: { value: string; label?: string }[] } }

const pkg = JSON.parse(readText('/data/datapackage.json')) as { $schema: string; resources: Resource[] };
const datasets = listDatasets();

/** Is `raw` a valid value of a Table Schema type (default formats)? */
function validValue(type: string | undefined, raw: string): boolean {
  switch (type ?? 'string') {
    case 'string':
      return true;
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/i.test(raw);
    case 'integer':
      return /^[+-]?\d+$/.test(raw);
    case 'year':
      return /^-?\d{4}$/.test(raw);
    default:
      return false;
  }
}

describe('datapackage.json', () => {
  const validate = validator();

  it('follows the Data Package 2.0 profile', () => {
    validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('is refused by the profile when it breaks a rule (the check can fail)', () => {
    const broken = structuredClone(pkg);
    broken.resources[0]!.schema.fields[0]!.type = 'tal';
    (broken.resources[1] as Partial<Resource>).path = '../utanfor.csv';
    delete (broken.resources[2] as Partial<Resource>).name;
    expect(validate(broken)).toBe(false);
    expect(validate(structuredClone({ ...pkg, resources: [] }))).toBe(false);
  });

  it('has one resource per dataset, named by its id, with unique names', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(datasets.map((ds) => ds.id));
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s: path exists, bytes and hash match, header equals the fields, primary key exists', (_, r) => {
    const site = `/data/${r.path}`;
    expect(exists(site)).toBe(true);
    const bytes = readBytes(site);
    expect(r.bytes).toBe(bytes.byteLength);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(r.encoding).toBe('utf-8');
    const names = r.schema.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const [header] = parse(new TextDecoder().decode(bytes), { to_line: 1 }) as string[][];
    expect(header).toEqual(names);
    for (const k of r.schema.primaryKey ?? []) expect(names).toContain(k);
    expect(r.schema.missingValues!.map((m) => m.value)).toContain('');
  });

  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s: every value is valid for its field (type, required, range, unique key)', (_, r) => {
    const records = parse(readText(`/data/${r.path}`), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const missing = new Set((r.schema.missingValues ?? [{ value: '' }]).map((m) => m.value));
    const bad: string[] = [];
    const keys = new Set<string>();
    records.forEach((rec, i) => {
      for (const f of r.schema.fields) {
        const raw = rec[f.name]!;
        if (missing.has(raw)) {
          if (f.constraints?.required) bad.push(`rad ${i + 2} ${f.name}: saknas men är obligatorisk`);
          continue;
        }
        if (!validValue(f.type, raw)) bad.push(`rad ${i + 2} ${f.name}: "${raw}" är inte ${f.type}`);
        const c = f.constraints ?? {};
        if (c.enum && !c.enum.includes(raw)) bad.push(`rad ${i + 2} ${f.name}: "${raw}" finns inte bland de tillåtna koderna`);
        if (c.minimum !== undefined && Number(raw) < c.minimum) bad.push(`rad ${i + 2} ${f.name}: ${raw} < ${c.minimum}`);
        if (c.maximum !== undefined && Number(raw) > c.maximum) bad.push(`rad ${i + 2} ${f.name}: ${raw} > ${c.maximum}`);
      }
      const key = (r.schema.primaryKey ?? []).map((k) => rec[k]).join('\u0000');
      if (keys.has(key)) bad.push(`rad ${i + 2}: nyckeln finns redan`);
      keys.add(key);
    });
    expect(bad).toEqual([]);
  });

  it('states every column’s unit in its description', () => {
    for (const ds of datasets) {
      const r = pkg.resources.find((x) => x.name === ds.id)!;
      for (const c of ds.meta.columns.filter((col) => col.unit)) {
        expect(r.schema.fields.find((f) => f.name === c.name)!.description).toContain(`Enhet: ${c.unit}.`);
      }
    }
  });

  it('labels every missing-value code with its meaning, and every coded column’s codes with their labels', () => {
    for (const ds of datasets) {
      const r = pkg.resources.find((x) => x.name === ds.id)!;
      for (const [code, why] of Object.entries(ds.meta.missing)) expect(r.schema.missingValues).toContainEqual({ value: code, label: why });
      for (const c of ds.meta.columns.filter((col) => col.values)) {
        const f = r.schema.fields.find((x) => x.name === c.name)!;
        expect(f.constraints?.enum).toEqual(Object.keys(c.values!));
        expect(f.categories).toEqual(Object.entries(c.values!).map(([value, label]) => ({ value, label })));
      }
    }
  });

  it('names each resource’s original document with a path, and carries its caveats in the description', () => {
    for (const ds of datasets) {
      const r = pkg.resources.find((x) => x.name === ds.id)!;
      expect(r.sources?.[0]?.title).toContain(ds.meta.source.document);
      expect(r.sources?.[0]?.path).toMatch(/^https?:\/\//);
      for (const n of ds.meta.notes) expect(r.description).toContain(n.replace(/\s+/g, ' ').trim().slice(0, 40));
    }
  });
});
