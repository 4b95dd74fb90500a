/**
 * The rules of Frictionless Data Package 1.0 and 2.0 that apply to our
 * package, as JSON Schemas for ajv. Transcribed (trimmed) from the
 * standard's profiles https://datapackage.org/profiles/2.0/datapackage.json,
 * .../2.0/tableschema.json, and their 1.0 counterparts
 * (https://datapackage.org/profiles/1.0/datapackage.json, .../tableschema.json):
 * package, tabular data resource, licence, source, contributor, Table Schema
 * with the field types we use (string, number, integer, year) plus the other
 * types' names, constraints, primary key and missing values.
 *
 * Where the versions differ for us:
 * - missing values: v1 allows only strings in the schema's `missingValues`;
 *   v2 also `{value, label}` objects, and a field's own `missingValues`;
 * - v1 names are lower case (`^([-a-z0-9._/])+$`), paths may not contain "..",
 *   sources and contributors need a `title`;
 * - v2 knows a resource's `type` and a field's `categories`.
 * Like the standard, both allow extra properties (which is how a field's
 * labelled `missingValues` stays valid under v1); rules JSON Schema cannot
 * say (unique names, primary key fields exist) are checked in the test.
 */

type Version = 1 | 2;

/** "A fully qualified URL, or a POSIX file path" (each version's pattern). */
const PATHS: Record<Version, { type: string; pattern: string }> = {
  1: { type: 'string', pattern: '^(?=^[^./~])(^((?!\\.{2}).)*$).*$' },
  2: { type: 'string', pattern: '^((?=[^./~])(?!file:)((?!\\/\\.\\.\\/)(?!\\\\)(?!:\\/\\/).)*|(http|ftp)s?:\\/\\/.*)$' },
};
/** v1's names: lower case, digits and . _ - / (v2 drops the rule). */
const NAME: Record<Version, object> = { 1: { type: 'string', pattern: '^([-a-z0-9._/])+$' }, 2: { type: 'string' } };

const OTHER_TYPES = ['date', 'time', 'datetime', 'yearmonth', 'boolean', 'object', 'geopoint', 'geojson', 'array', 'list', 'duration', 'any'];
const bound = (t: string) => ({ oneOf: [{ type: 'string' }, { type: t }] });
const range = (t: string) => ({ enum: { type: 'array', minItems: 1, uniqueItems: true }, minimum: bound(t), maximum: bound(t), exclusiveMinimum: bound(t), exclusiveMaximum: bound(t) });
const strings = { type: 'array', items: { type: 'string' } };
const labelled = { type: 'array', items: { type: 'object', required: ['value'], properties: { value: { type: 'string' }, label: { type: 'string' } } } };

/** The Data Package profile of version `v`, trimmed to what our package uses. */
export function dataPackageProfile(v: Version) {
  const path = PATHS[v];
  const license = {
    type: 'object',
    anyOf: [{ required: ['name'] }, { required: ['path'] }],
    properties: { name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' }, path, title: { type: 'string' } },
  };
  const licenses = { type: 'array', minItems: 1, items: license };
  // v1: strings only; v2: strings or labelled objects.
  const missingValues = v === 1 ? strings : { anyOf: [strings, labelled] };
  // v2 defines a field's own missing values and categories; v1 does not (and, allowing extra properties, ignores them).
  const v2Field = v === 2 ? { missingValues, categories: { anyOf: [strings, labelled] }, categoriesOrdered: { type: 'boolean' } } : {};
  const common = { name: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' }, example: {}, rdfType: { type: 'string' }, ...v2Field };

  /** A field of one type: `type` must be that name; constraints (and extra options) as the standard lists them for it. */
  const fieldOf = (type: string, constraints: Record<string, unknown>, requireType = true, options: Record<string, unknown> = {}) => ({
    type: 'object',
    required: requireType ? ['name', 'type'] : ['name'],
    properties: {
      ...common,
      ...options,
      type: { enum: [type] },
      format: { type: 'string' },
      constraints: { type: 'object', properties: { required: { type: 'boolean' }, unique: { type: 'boolean' }, ...constraints } },
    },
  });

  const field = {
    oneOf: [
      // A field without a type is a string field.
      fieldOf('string', { pattern: { type: 'string' }, enum: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, minLength: { type: 'integer' }, maxLength: { type: 'integer' } }, false),
      fieldOf('number', range('number'), true, { decimalChar: { type: 'string' }, groupChar: { type: 'string' }, bareNumber: { type: 'boolean' } }),
      fieldOf('integer', range('integer'), true, { groupChar: { type: 'string' }, bareNumber: { type: 'boolean' } }),
      fieldOf('year', range('integer')),
      ...OTHER_TYPES.map((t) => fieldOf(t, {})),
    ],
  };

  const tableSchema = {
    type: 'object',
    required: ['fields'],
    properties: {
      $schema: { type: 'string' },
      fields: { type: 'array', minItems: 1, items: field },
      ...(v === 2 ? { fieldsMatch: { enum: ['exact', 'equal', 'subset', 'superset', 'partial'] } } : {}),
      primaryKey: { oneOf: [{ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, { type: 'string' }] },
      uniqueKeys: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } } },
      missingValues,
    },
  };

  const source =
    v === 1
      ? { type: 'object', required: ['title'], properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' } } }
      : { type: 'object', minProperties: 1, properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' }, version: { type: 'string' } } };

  const resource = {
    type: 'object',
    oneOf: [{ required: ['name', 'data'] }, { required: ['name', 'path'] }],
    properties: {
      $schema: { type: 'string' },
      profile: { type: 'string' },
      name: NAME[v],
      path: { oneOf: [path, { type: 'array', minItems: 1, items: path }] },
      data: {},
      ...(v === 2 ? { type: { type: 'string', enum: ['table'] } } : {}),
      title: { type: 'string' },
      description: { type: 'string' },
      homepage: { type: 'string', format: 'uri' },
      sources: { type: 'array', minItems: 0, items: source },
      licenses,
      format: { type: 'string' },
      mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
      encoding: { type: 'string' },
      bytes: { type: 'integer' },
      hash: { type: 'string', pattern: '^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$' },
      dialect: { type: ['string', 'object'] },
      schema: { oneOf: [{ type: 'string' }, tableSchema] },
    },
  };

  const contributor =
    v === 1
      ? { type: 'object', required: ['title'], properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' }, organization: { type: 'string' }, role: { type: 'string' } } }
      : { type: 'object', minProperties: 1, properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' }, givenName: { type: 'string' }, familyName: { type: 'string' }, organization: { type: 'string' }, roles: { type: 'array', minItems: 1, items: { type: 'string' } } } };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Data Package ${v}.0 (trimmed)`,
    type: 'object',
    required: ['resources'],
    properties: {
      $schema: { type: 'string' },
      profile: { type: 'string' },
      name: NAME[v],
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      homepage: { type: 'string', format: 'uri' },
      version: { type: 'string' },
      created: { type: 'string', format: 'date-time' },
      contributors: { type: 'array', minItems: 1, items: contributor },
      keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
      image: { type: 'string' },
      licenses,
      resources: { type: 'array', minItems: 1, items: resource },
      sources: { type: 'array', items: source },
    },
  };
}
