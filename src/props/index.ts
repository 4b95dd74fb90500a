/**
 * Component props checked against the data: the dataset exists, the columns
 * exist and have the right type, the row a key figure points at exists. Used
 * by the components at build time and by `npm run check` on the MDX source,
 * so both give the same message, naming the MDX file and line.
 */
import type { z } from 'astro/zod';
import type { Column } from '../schemas/metadata.ts';
import type { ResolvedChart } from '../charts/types.ts';

export type { ResolvedChart };
import { evaluateArea, evaluateLedger, overviewOf, type AreaResult, type Overview } from '../goals/index.ts';
import { ContentError, copyPrecision, getDataset, loadAll, rowKey, suggest, unitOf, unknownChoice, type Dataset, type Row } from '../data/index.ts';
import { issueText, type Wording } from '../data/issues.ts';
import { baseUnit, formatCountInWords } from '../format/index.ts';
import {
  COMPONENTS,
  chartPropsSchema,
  CHART_TYPES,
  GOAL_STATUSES,
  goalLedgerPropsSchema,
  goalOverviewPropsSchema,
  goalStatusPropsSchema,
  keyFigurePropsSchema,
  tablePropsSchema,
  valuePropsSchema,
  type ChartProps,
  type GoalLedgerProps,
  type TableProps,
  type ComponentName,
  type ValueProps,
} from '../schemas/components.ts';

/** Where a component stands: `content/pages/x.mdx:12`, injected by our remark plugin. */
export const SOURCE_PROP = '_kalla';

type Raw = Record<string, unknown>;

function where(raw: Raw, component: string): { file: string; line?: number } {
  const src = typeof raw[SOURCE_PROP] === 'string' ? (raw[SOURCE_PROP] as string) : '';
  const m = /^(.*):(\d+)$/.exec(src);
  return m ? { file: `${m[1]} (<${component}>)`, line: Number(m[2]) } : { file: `<${component}>` };
}

function fail(raw: Raw, component: string, message: string): never {
  throw new ContentError([{ ...where(raw, component), message }]);
}

/** How to write a value of each kind, for "wrong kind of value" messages. */
const EXAMPLE: Record<string, string> = {
  number: 'ett tal skrivs inom klammerparenteser, t.ex. mal={80}',
  string: 'en text skrivs inom citattecken, t.ex. titel="…"',
  boolean: 'skriv bara namnet (t.ex. forandring) för att slå på',
  array: 'en lista skrivs {["a", "b"]}',
  record: 'ett filter skrivs {{ kolumn: "värde" }}',
  object: 'ett filter skrivs {{ kolumn: "värde" }}',
};

/** Validate raw props with a zod schema; unknown props and wrong values get Swedish messages. */
function parse<S extends z.ZodType>(schema: S, raw: Raw, component: string): z.output<S> {
  const { [SOURCE_PROP]: _ignored, ...props } = raw;
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const known = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
  // A misspelt prop ("kolum") is said once, as a misspelling, not also as "kolumn is missing"; and first.
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const misspelt = new Set(issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => suggest(k, known)) : [])));
  const wording: Wording = {
    missing: (name) => `egenskapen ${name}="…" saknas men måste anges`,
    wrongKind: (name, expected, message) => `${name} har fel sorts värde: ${EXAMPLE[expected] ?? message}`,
    notAllowed: (name, value, allowed) => (name === 'typ' ? unknownChoice('Diagramtypen', String(value), Object.keys(CHART_TYPES)) : unknownChoice(name, String(value), allowed)),
    unknownKeys: (keys) =>
      known.length === 0 ? `<${component}> tar inga egenskaper; ta bort ${keys.map((k) => `${k}="…"`).join(', ')}.` : keys.map((k) => unknownChoice('Egenskapen', k, known)).join('; '),
    empty: (name, message) => (message.startsWith('Too small') ? `${name} får inte vara tom` : `${name}: ${message}`),
    badFormat: (name, message) => `${name}: ${message}`,
    other: (name, message, code) => (code === 'invalid_union' ? `${name} ska vara en kolumn, ${name}="a", eller en lista med kolumner, ${name}={["a", "b"]}` : `${name}: ${message}`),
  };
  const msgs = issues.filter((i) => !(i.code === 'invalid_type' && misspelt.has(String(i.path[0])))).map((i) => issueText(i, wording, (props as Raw)[String(i.path[0])]));
  fail(raw, component, msgs.join('; '));
}

/**
 * Datasets to check against: normally all of them (throws if any is invalid);
 * `npm run check` passes the valid ones so one broken dataset is reported once.
 */
export type DataSource = Map<string, Dataset>;

function dataset(raw: Raw, component: string, id: string, source?: DataSource): Dataset {
  const all = source ?? loadAll();
  const ds = all.get(id);
  if (!ds) fail(raw, component, unknownChoice('Datasetet', id, [...all.keys()].sort()));
  return ds;
}

function checkColumn(raw: Raw, component: string, ds: Dataset, name: string, numeric = false): void {
  const col = ds.meta.columns.find((c) => c.name === name);
  if (!col) fail(raw, component, unknownChoice(`Kolumnen`, name, ds.meta.columns.map((c) => c.name)) + ` (i ${ds.id})`);
  if (numeric && col.type === 'text') fail(raw, component, `kolumnen "${name}" i ${ds.id} är text, inte tal, och kan inte ritas som värde.`);
}

/** Rows matching a filter, in file order. */
function filterRows(raw: Raw, component: string, ds: Dataset, filter: Record<string, unknown> | undefined): Row[] {
  if (!filter) return ds.rows;
  for (const k of Object.keys(filter)) checkColumn(raw, component, ds, k);
  const rows = ds.rows.filter((r) =>
    Object.entries(filter).every(([k, v]) => (Array.isArray(v) ? v.map(String).includes(String(r[k])) : String(r[k]) === String(v))),
  );
  if (rows.length === 0) fail(raw, component, `filtret ${JSON.stringify(filter)} ger inga rader i ${ds.id}.`);
  return rows;
}


/**
 * Long form to wide: one row per category, one column per series value, so
 * every chart type draws long-form data without knowing about it.
 */
function pivot(props: ChartProps, ds: Dataset, rows: Row[]): { props: ChartProps; rows: Row[]; columns: Column[] } {
  const serie = props.serie!;
  const value = ds.meta.columns.find((c) => c.name === props.varden[0])!;
  const names = [...new Set(rows.map((r) => String(r[serie])))];
  const unit = value.unitColumn ? String(rows[0]?.[value.unitColumn] ?? '') || undefined : value.unit;
  const columns = names.map((title, i): Column => ({ ...value, name: `serie_${i}`, title, unit, unitColumn: undefined }));
  const byCat = new Map<string, Row>();
  for (const r of rows) {
    const cat = String(r[props.kategori]);
    const out = byCat.get(cat) ?? { [props.kategori]: r[props.kategori]!, ...(props.placering ? { [props.placering]: r[props.placering]! } : {}) };
    const name = `serie_${names.indexOf(String(r[serie]))}`;
    out[name] = r[value.name] ?? null;
    copyPrecision(out, name, r, value.name);
    byCat.set(cat, out);
  }
  // Fill absent series with null in place (the rows carry their precision, see copyPrecision).
  const wide = [...byCat.values()];
  for (const r of wide) for (const c of columns) if (!(c.name in r)) r[c.name] = null;
  return { props: { ...props, varden: columns.map((c) => c.name) }, rows: wide, columns: [...ds.meta.columns, ...columns] };
}

/** Check `<Chart …>` props against the data. */
export function resolveChart(raw: Raw, source?: DataSource): ResolvedChart {
  const props = parse(chartPropsSchema, raw, 'Chart');
  const ds = dataset(raw, 'Chart', props.data, source);
  checkColumn(raw, 'Chart', ds, props.kategori);
  for (const v of props.varden) checkColumn(raw, 'Chart', ds, v, true);
  if (props.placering) checkColumn(raw, 'Chart', ds, props.placering);
  if (props.typ === 'linje' && ds.meta.columns.find((c) => c.name === props.kategori)?.type !== 'year') {
    fail(raw, 'Chart', `typ="linje" behöver en årtalskolumn som kategori; "${props.kategori}" är inte av typen year.`);
  }
  const rows = filterRows(raw, 'Chart', ds, props.filter);
  if (!props.serie) return { props, ds, rows, columns: ds.meta.columns, sourceRows: rows };
  checkColumn(raw, 'Chart', ds, props.serie);
  if (props.varden.length !== 1) fail(raw, 'Chart', 'med serie="…" anger varden en enda värdekolumn.');
  return { ds, sourceRows: rows, ...pivot(props, ds, rows) };
}

export interface ResolvedValue {
  props: ValueProps;
  ds: Dataset;
  row: Row;
}

/** Check `<Value …>` / `<KeyFigure …>` props and find the row. */
export function resolveValue(
  raw: Raw,
  component: 'Value' | 'KeyFigure' = 'Value',
  source?: DataSource,
): ResolvedValue & { props: ValueProps & { etikett?: string; jamfort?: string; jamfor?: string; placering?: string } } {
  const props: ValueProps & { jamfor?: string; placering?: string } = parse(component === 'Value' ? valuePropsSchema : keyFigurePropsSchema, raw, component);
  const ds = dataset(raw, component, props.data, source);
  checkColumn(raw, component, ds, props.kolumn, true);
  if (props.jamfor) checkColumn(raw, component, ds, props.jamfor, true);
  if (props.placering) checkColumn(raw, component, ds, props.placering, true);
  const keys = ds.rows.map((r) => rowKey(ds.meta, r));
  const i = keys.indexOf(props.rad);
  if (i < 0) fail(raw, component, unknownChoice(`Raden`, props.rad, keys) + ` (nyckel: ${ds.meta.key.join(' | ')} i ${ds.id})`);
  const row = ds.rows[i]!;
  if (row[props.kolumn] === null) fail(raw, component, `värdet i ${ds.id}, rad "${props.rad}", kolumn "${props.kolumn}" saknas i källan och kan inte visas som ett tal.`);
  if (props.ord) {
    const col = ds.meta.columns.find((c) => c.name === props.kolumn)!;
    const unit = baseUnit(unitOf(ds, col, row));
    if (formatCountInWords(row[props.kolumn] as number, unit) === undefined) {
      fail(raw, component, `ord skriver bara antal från två till tolv med bokstäver, men värdet är ${String(row[props.kolumn])}${unit ? ` ${unit}` : ''} (i ${ds.id}, rad "${props.rad}"). Ta bort ord.`);
    }
  }
  return { props, ds, row };
}

/** Check `<DataTable …>` props. */
export function resolveTable(raw: Raw, source?: DataSource): { props: TableProps; ds: Dataset; rows: Row[] } {
  const props = parse(tablePropsSchema, raw, 'DataTable');
  const ds = dataset(raw, 'DataTable', props.data, source);
  for (const c of props.kolumner ?? []) checkColumn(raw, 'DataTable', ds, c);
  return { props, ds, rows: filterRows(raw, 'DataTable', ds, props.filter) };
}

/** Check `<GoalStatus …>`: a status typed in, or read from a dataset row. */
export function resolveGoal(raw: Raw, source?: DataSource): { status: (typeof GOAL_STATUSES)[number]; mal?: string } {
  const props = parse(goalStatusPropsSchema, raw, 'GoalStatus');
  if (!props.data) {
    if (!props.status) fail(raw, 'GoalStatus', 'ange antingen status="uppnatt|delvis|ej-uppnatt" eller data="…" och rad="…".');
    return { status: props.status, mal: props.mal };
  }
  const ds = dataset(raw, 'GoalStatus', props.data, source);
  checkColumn(raw, 'GoalStatus', ds, props.kolumn);
  const keys = ds.rows.map((r) => rowKey(ds.meta, r));
  const row = ds.rows[keys.indexOf(props.rad ?? '')];
  if (!row) fail(raw, 'GoalStatus', unknownChoice('Raden', props.rad ?? '', keys) + ` (i ${ds.id})`);
  const status = String(row[props.kolumn]);
  if (!(GOAL_STATUSES as readonly string[]).includes(status)) {
    fail(raw, 'GoalStatus', `värdet "${status}" i ${ds.id}, kolumn "${props.kolumn}" ska vara ${GOAL_STATUSES.join(', ')}.`);
  }
  const target = ds.meta.columns.some((c) => c.name === props.malkolumn) ? String(row[props.malkolumn]) : undefined;
  return { status: status as (typeof GOAL_STATUSES)[number], mal: props.mal ?? target };
}

/**
 * Check `<GoalLedger …>` and evaluate the ledger. A dataset the rules need
 * that is missing or broken stops the build with a message naming it and
 * the page line.
 */
export function resolveLedger(raw: Raw, source?: DataSource): { props: GoalLedgerProps; areas: AreaResult[]; all: AreaResult[] } {
  const props = parse(goalLedgerPropsSchema, raw, 'GoalLedger');
  const src = source ?? loadAll();
  try {
    const all = evaluateLedger(src);
    return { props, all, areas: props.omrade ? [evaluateArea(props.omrade, src)] : all };
  } catch (err) {
    if (err instanceof ContentError) fail(raw, 'GoalLedger', err.problems.map((p) => `${p.file}: ${p.message}`).join('; '));
    throw err;
  }
}

/** Check `<GoalOverview />` and build the overview of every goal over the years. */
export function resolveOverview(raw: Raw, source?: DataSource): Overview {
  parse(goalOverviewPropsSchema, raw, 'GoalOverview');
  try {
    return overviewOf(evaluateLedger(source ?? loadAll()));
  } catch (err) {
    if (err instanceof ContentError) fail(raw, 'GoalOverview', err.problems.map((p) => `${p.file}: ${p.message}`).join('; '));
    throw err;
  }
}

/**
 * Each registered component's props checked against the data, by name. The
 * type keeps it complete: a component added to the registry
 * (src/schemas/components.ts) without a resolver does not compile.
 */
export const RESOLVERS: { [K in ComponentName]: (raw: Raw, source?: DataSource) => unknown } = {
  Chart: resolveChart,
  KeyFigure: (raw, source) => resolveValue(raw, 'KeyFigure', source),
  Value: (raw, source) => resolveValue(raw, 'Value', source),
  GoalStatus: resolveGoal,
  DataTable: resolveTable,
  Note: (raw) => parse(COMPONENTS.Note.schema, raw, 'Note'),
  GoalLedger: resolveLedger,
  GoalOverview: resolveOverview,
  Fast: (raw) => parse(COMPONENTS.Fast.schema, raw, 'Fast'),
};

export { getDataset };
