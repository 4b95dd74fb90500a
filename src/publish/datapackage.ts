/**
 * `datapackage.json`: every dataset described by the Frictionless Data
 * Package standard, version 2.0 (https://datapackage.org/standard/), so that
 * tools (frictionless-py, the R package frictionless, Open Refine …) read the
 * CSV files with the right types and missing values without guessing.
 *
 * One tabular resource per dataset: `path` is the CSV beside this file (on
 * the site under /data/, and in alla-data.zip), the Table Schema comes from
 * the metadata's columns: units in the field descriptions (the standard has
 * no unit property; `unit` beside them is ours), allowed codes of coded columns
 * as `constraints.enum` with their labels as v2 `categories`, and the
 * missing-value codes with what each means (plus "", an empty cell).
 * `sources` name the original document, with its address as `path` where
 * known and otherwise the dataset page that gives its title, date and
 * diarienummer. The caveats are in each resource's description.
 *
 * Missing values, valid in both versions of the standard: v1 allows only
 * strings in the schema's `missingValues`, v2 also `{value, label}` objects,
 * and v2 lets a field have its own `missingValues`. So the schema lists the
 * codes as strings (what a v1 tool reads), and every column that may be
 * missing repeats them with their labels as its own `missingValues` (what a
 * v2 tool reads, and for that column it replaces the schema's list; a v1 tool
 * ignores a property it does not know). tests/data-service/datapackage.site.test.ts
 * validates the file against both profiles.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/index.ts';
import type { Column, ColumnType } from '../schemas/metadata.ts';
import { documentRef, publishedDate } from '../site/text.ts';
import { PUBLISHER, SITE, publisherContact, siteUrl } from '../site/config.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** Table Schema field type per column type. */
const FIELD_TYPE: Record<ColumnType, 'string' | 'number' | 'integer' | 'year'> = {
  text: 'string',
  number: 'number',
  integer: 'integer',
  percent: 'number',
  rank: 'integer',
  year: 'year',
};

/** Range constraints the data layer enforces, said again for other tools. */
const RANGE: Partial<Record<ColumnType, { minimum: number; maximum: number }>> = {
  percent: { minimum: 0, maximum: 100 },
  rank: { minimum: 1, maximum: 21 },
};

const LICENCE = { name: SITE.licence.id, path: SITE.licence.url, title: 'Creative Commons Attribution 4.0 International' };

/** The missing-value codes of a dataset with what each means, and the empty cell. */
function labelledMissing(ds: Dataset): { value: string; label: string }[] {
  return [...Object.entries(ds.meta.missing).map(([value, label]) => ({ value, label })), { value: '', label: 'Tom cell: inget värde' }];
}

function field(c: Column, missing: { value: string; label: string }[]) {
  const unit = c.unit ? ` Enhet: ${c.unit}.` : c.unitColumn ? ` Enheten står i kolumnen ${c.unitColumn}.` : '';
  const codes = c.values ? Object.keys(c.values) : undefined;
  return {
    name: c.name,
    title: c.title,
    type: FIELD_TYPE[c.type],
    description: `${c.description.replace(/\s+/g, ' ').trim()}${unit}`,
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.values ? { categories: Object.entries(c.values).map(([value, label]) => ({ value, label })) } : {}),
    // v2: this column's own list, with labels (replaces the schema's strings for it); v1 ignores it.
    ...(c.nullable ? { missingValues: missing } : {}),
    constraints: { required: !c.nullable, ...RANGE[c.type], ...(codes ? { enum: codes } : {}) },
  };
}

/** The caveats as one paragraph for a resource's description. */
function caveats(ds: Dataset): string {
  return ds.meta.notes.length ? ` Förbehåll: ${ds.meta.notes.map((n, i) => `(${i + 1}) ${n.replace(/\s+/g, ' ').trim()}`).join(' ')}` : '';
}

/** The resource describing one dataset's CSV file. */
export function dataResource(ds: Dataset) {
  const m = ds.meta;
  return {
    name: ds.id,
    type: 'table',
    path: `${ds.id}.csv`,
    title: m.title,
    description: `${m.description.replace(/\s+/g, ' ').trim()} Period: ${m.period}. Version ${m.version}, publicerad ${publishedDate(ds)}.${caveats(ds)}`,
    homepage: siteUrl(`/data/${ds.id}/`),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(ds.csv, 'utf8'),
    hash: `sha256:${createHash('sha256').update(ds.csv).digest('hex')}`,
    licenses: [LICENCE],
    sources: [{ title: `${documentRef(ds).text}, avsnittet ”${m.source.section}”`, path: m.source.url ?? siteUrl(`/data/${ds.id}/#kalla`), ...(m.source.date ? { version: m.source.date } : {}) }],
    schema: {
      fields: m.columns.map((c) => field(c, labelledMissing(ds))),
      primaryKey: m.key,
      // Strings only: the form both v1 and v2 accept here.
      missingValues: labelledMissing(ds).map((mv) => mv.value),
    },
  };
}

/** The publisher as a Data Package contributor: name, website, and e-mail once it is filled in (src/site/config.ts). */
function publisherContributor(): { title: string; path: string; email?: string; roles: string[] } {
  const reach = publisherContact();
  return { title: PUBLISHER.name, path: PUBLISHER.website.url, ...(reach.kind === 'email' ? { email: reach.label } : {}), roles: ['publisher'] };
}

/** Names the site uses for its own files in /data/; a dataset may not take them. */
const RESERVED = ['alla-data', 'datapackage', 'katalog'];

/** The whole package, as an object. */
export function dataPackage(datasets: Dataset[], today: string) {
  const clash = datasets.find((ds) => RESERVED.includes(ds.id));
  if (clash) throw new Error(`Datasetet "${clash.id}" har ett namn som webbplatsen använder för en egen fil i /data/. Byt namn på det.`);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'halland-halso-och-sjukvardsstrategi-2017-2025',
    title: SITE.name,
    description: 'Siffrorna bakom webbplatsen om hur Region Hallands hälso- och sjukvårdsstrategi 2017–2025 föll ut, transkriberade ur Region Hallands offentliga dokument. Varje resurs anger dokument och avsnitt.',
    homepage: siteUrl('/data/'),
    version: today,
    created: `${today}T00:00:00Z`,
    keywords: ['Region Halland', 'hälso- och sjukvård', 'uppföljning', 'öppna data'],
    licenses: [LICENCE],
    contributors: [publisherContributor()],
    resources: datasets.map(dataResource),
  };
}

/** The package as the file's text. */
export function dataPackageJson(datasets: Dataset[], today: string): string {
  return JSON.stringify(dataPackage(datasets, today), null, 2) + '\n';
}
