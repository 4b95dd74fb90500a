/**
 * The editor's form for a dataset's metadata (content/data/<id>.meta.yaml):
 * title, description, notes and source, generated from the metadata schema
 * (src/schemas/metadata.ts). Every other key (columns, key, changelog …) is kept
 * as it is on save (Keystatic's `ignored` field) and edited in the file, as the
 * figures are edited in the CSV, in a spreadsheet. Keystatic writes the whole
 * file again with js-yaml, so a saved file keeps its meaning but not its line
 * breaks (tests/editors/datasets.test.ts).
 */
import type { z } from 'astro/zod';
import { metadataSchema, sourceSchema } from '../schemas/metadata.ts';
import { propShape, type KeystaticApi } from './fields.ts';

/** Swedish labels of the fields the form shows; the rest of the file is kept as written. */
const LABELS: Record<string, string> = {
  title: 'Titel',
  description: 'Beskrivning',
  notes: 'Förbehåll och anmärkningar',
  source: 'Källa',
  document: 'Dokumentets titel',
  publisher: 'Utgivare',
  date: 'Dokumentets datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)',
  dnr: 'Diarienummer',
  section: 'Avsnitt, bild eller tabell',
  url: 'Webbadress till dokumentet (https://…)',
  file: 'Textfilens namn (internt)',
};

const shapeOf = (s: z.ZodType): Record<string, z.ZodType> => {
  const d = (s as unknown as { _zod: { def: { type: string; schema?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  if (d.shape) return d.shape;
  return shapeOf((d.in ?? d.schema)!);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function textField(k: KeystaticApi, name: string, schema: z.ZodType, multiline = false): any {
  const p = propShape(schema);
  const f = k.fields.text({ label: LABELS[name] ?? name, multiline, ...(p.optional ? {} : { validation: { length: { min: 1 } } }) });
  // An optional field left empty is left out of the file, as it was.
  return p.optional ? { ...f, parse: (v: unknown) => f.parse(v ?? ''), serialize: (v: string) => (v === '' ? { value: undefined } : f.serialize(v)) } : f;
}

/** A date js-yaml read as a Date, back to the text it was (`2026-11-23`), as the project's YAML reader reads it. */
function undate(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(undate);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, undate(x)]));
  return v;
}

/**
 * A key the form does not show, kept as it is. Keystatic reads YAML with js-yaml, which turns an unquoted
 * date into a Date that would be written back as 2026-11-23T00:00:00.000Z; it is kept as the date text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function kept(k: KeystaticApi): any {
  const f = k.fields.ignored();
  return { ...f, parse: (v: unknown) => f.parse(undate(v)) };
}

/** The metadata file's fields, in the schema's (and the files') order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function datasetFields(k: KeystaticApi): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const out: Record<string, any> = {};
  for (const [name, schema] of Object.entries(shapeOf(metadataSchema))) {
    if (name === 'title') out[name] = k.fields.slug({ name: { label: LABELS.title, validation: { length: { min: 1 } } }, slug: { label: 'Filnamn (datasetets id + .meta)' } });
    else if (name === 'description') out[name] = textField(k, name, schema, true);
    else if (name === 'notes') out[name] = k.fields.array(k.fields.text({ label: 'Anmärkning', multiline: true }), { label: LABELS.notes, itemLabel: (p: { value: string }) => p.value.slice(0, 80) });
    else if (name === 'source') out[name] = k.fields.object(Object.fromEntries(Object.entries(sourceSchema.shape).map(([n, s]) => [n, textField(k, n, s as z.ZodType)])), { label: LABELS.source });
    else out[name] = kept(k);
  }
  return out;
}
