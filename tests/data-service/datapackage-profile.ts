/**
 * The rules of Frictionless Data Package 2.0 that apply to our package, as a
 * JSON Schema for ajv. Transcribed (trimmed) from the standard's profiles
 * https://datapackage.org/profiles/2.0/datapackage.json and
 * .../tableschema.json: package, tabular data resource, licence, source,
 * Table Schema with the field types we use (string, number, integer, year)
 * plus the other types' names, constraints, primary key and missing values.
 * Like the standard, it allows extra properties; rules JSON Schema cannot
 * say (unique names, primary key fields exist) are checked in the test.
 */

/** "A fully qualified URL, or a POSIX file path" (the standard's pattern). */
const path = { type: 'string', pattern: '^((?=[^./~])(?!file:)((?!\\/\\.\\.\\/)(?!\\\\)(?!:\\/\\/).)*|(http|ftp)s?:\\/\\/.*)$' };

const license = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: {
    name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' },
    path,
    title: { type: 'string' },
  },
};

const licenses = { type: 'array', minItems: 1, items: license };

const missingValues = {
  anyOf: [
    { type: 'array', items: { type: 'string' } },
    { type: 'array', items: { type: 'object', required: ['value'], properties: { value: { type: 'string' }, label: { type: 'string' } } } },
  ],
};

const common = {
  name: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  example: {},
  missingValues,
  rdfType: { type: 'string' },
};

const bound = (t: string) => ({ oneOf: [{ type: 'string' }, { type: t }] });

/** A field of one type: `type` must be that name; constraints (and extra options) as the standard lists them for it. */
function fieldOf(type: string, constraints: Record<string, unknown>, requireType = true, options: Record<string, unknown> = {}) {
  return {
    type: 'object',
    required: requireType ? ['name', 'type'] : ['name'],
    properties: {
      ...common,
      ...options,
      type: { enum: [type] },
      format: { type: 'string' },
      constraints: { type: 'object', properties: { required: { type: 'boolean' }, unique: { type: 'boolean' }, ...constraints } },
    },
  };
}

const OTHER_TYPES = ['date', 'time', 'datetime', 'yearmonth', 'boolean', 'object', 'geopoint', 'geojson', 'array', 'list', 'duration', 'any'];
const range = (t: string) => ({ enum: { type: 'array', minItems: 1, uniqueItems: true }, minimum: bound(t), maximum: bound(t), exclusiveMinimum: bound(t), exclusiveMaximum: bound(t) });

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
    fieldsMatch: { enum: ['exact', 'equal', 'subset', 'superset', 'partial'] },
    primaryKey: { oneOf: [{ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, { type: 'string' }] },
    uniqueKeys: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } } },
    missingValues,
  },
};

const resource = {
  type: 'object',
  oneOf: [{ required: ['name', 'data'] }, { required: ['name', 'path'] }],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    path: { oneOf: [path, { type: 'array', minItems: 1, items: path }] },
    data: {},
    type: { type: 'string', enum: ['table'] },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    sources: { type: 'array', minItems: 0, items: { type: 'object', minProperties: 1, properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' }, version: { type: 'string' } } } },
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

/** The Data Package 2.0 profile, trimmed. */
export const DATA_PACKAGE_PROFILE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Data Package 2.0 (trimmed)',
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    contributors: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', minProperties: 1, properties: { title: { type: 'string' }, path, email: { type: 'string', format: 'email' }, givenName: { type: 'string' }, familyName: { type: 'string' }, organization: { type: 'string' }, roles: { type: 'array', minItems: 1, items: { type: 'string' } } } },
    },
    keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
    image: { type: 'string' },
    licenses,
    resources: { type: 'array', minItems: 1, items: resource },
    sources: { type: 'array' },
  },
};
