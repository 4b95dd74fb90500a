/**
 * /data/datapackage.json against the Data Package 1.0 and 2.0 rules (ajv with
 * the transcribed profiles, plus the rules JSON Schema cannot state), against
 * the build (every path exists, bytes and hash match, the CSV header is the
 * schema's field names) and against the data (every value valid for its type,
 * the missing-value codes read the way a v2 tool reads them). Labelled
 * missing values live on the fields (v2), the schema's own list is strings
 * (v1 and v2): a self-test shows v1 refusing labels in the schema's list.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import AjvModule from 'ajv';
import { parse } from 'csv-parse/sync';
import { listDatasets } from '../../src/data/index.ts';
import { dataPackageProfile } from './datapackage-profile.ts';
import { exists, readBytes, readText } from './helpers.ts';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as typeof AjvModule;

function validator(version: 1 | 2) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(dataPackageProfile(version));
}

interface Labelled { value: string; label?: string }
interface Field { name: string; type?: string; description?: string; categories?: Labelled[]; missingValues?: Labelled[]; constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[] } }
interface Resource { name: string; path: string; description?: string; bytes?: number; hash?: string; encoding?: string; sources?: { title: string; path?: string }[]; schema: { fields: Field[]; primaryKey?: string[]; missingValues?: (string | Labelled)[] } }

/** The codes that mean "missing" in a field, as a v2 tool reads them: the field's own list, else the schema's (strings or labelled). */
function missingIn(r: Resource, f: Field): string[] {
  return (f.missingValues ?? r.schema.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
}

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
  const validate = validator(2);
  const validateV1 = validator(1);

  it('follows the Data Package 2.0 profile', () => {
    validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('follows the Data Package 1.0 profile too', () => {
    validateV1(pkg);
    expect(validateV1.errors ?? []).toEqual([]);
  });

  it('is refused by the profiles when it breaks a rule (the check can fail)', () => {
    for (const check of [validate, validateV1]) {
      const broken = structuredClone(pkg);
      broken.resources[0]!.schema.fields[0]!.type = 'tal';
      (broken.resources[1] as Partial<Resource>).path = '../utanfor.csv';
      delete (broken.resources[2] as Partial<Resource>).name;
      expect(check(broken)).toBe(false);
      expect(check(structuredClone({ ...pkg, resources: [] }))).toBe(false);
    }
  });

  it('would lose v1 validity with labels in the schema’s own missingValues (v2 allows them there, v1 does not)', () => {
    const labelled = structuredClone(pkg);
    for (const r of labelled.resources) r.schema.missingValues = (r.schema.missingValues ?? []).map((m) => (typeof m === 'string' ? { value: m, label: 'förklaring' } : m));
    expect(validate(labelled)).toBe(true);
    expect(validateV1(labelled)).toBe(false);
    expect(JSON.stringify(validateV1.errors)).toContain('missingValues');
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
    expect(r.schema.missingValues).toContain('');
    for (const m of r.schema.missingValues ?? []) expect(typeof m, 'schemats missingValues ska vara strängar (v1)').toBe('string');
  });

  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s: every value is valid for its field (type, required, range, unique key)', (_, r) => {
    const records = parse(readText(`/data/${r.path}`), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const bad: string[] = [];
    const keys = new Set<string>();
    records.forEach((rec, i) => {
      for (const f of r.schema.fields) {
        const raw = rec[f.name]!;
        if (missingIn(r, f).includes(raw)) {
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

  it('labels every missing-value code with its meaning on every column that may be missing, and every coded column’s codes with their labels', () => {
    expect(pkg.resources.some((r) => r.schema.fields.some((f) => f.missingValues?.some((m) => m.label)))).toBe(true);
    for (const ds of datasets) {
      const r = pkg.resources.find((x) => x.name === ds.id)!;
      for (const code of Object.keys(ds.meta.missing)) expect(r.schema.missingValues).toContain(code);
      for (const c of ds.meta.columns.filter((col) => col.nullable)) {
        const f = r.schema.fields.find((x) => x.name === c.name)!;
        for (const [code, why] of Object.entries(ds.meta.missing)) expect(f.missingValues, `${ds.id}.${c.name}`).toContainEqual({ value: code, label: why });
        expect(f.missingValues!.map((m) => m.value)).toContain('');
      }
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
