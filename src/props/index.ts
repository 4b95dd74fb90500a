/**
 * Component props checked against the data: the dataset exists, the columns
 * exist and have the right type, the row a key figure points at exists. Used
 * by the components at build time and by `npm run check` on the MDX source,
 * so both give the same message, naming the MDX file and line.
 */
import type { z } from 'astro/zod';
import type { Column } from '../schemas/metadata.ts';
import { ContentError, getDataset, loadAll, rowKey, unknownChoice, type Dataset, type Row } from '../data/index.ts';
import {
  chartPropsSchema,
  CHART_TYPES,
  GOAL_STATUSES,
  goalStatusPropsSchema,
  keyFigurePropsSchema,
  tablePropsSchema,
  valuePropsSchema,
  type ChartProps,
  type TableProps,
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

/** Validate raw props with a zod schema; unknown props and wrong values get Swedish messages. */
function parse<S extends z.ZodType>(schema: S, raw: Raw, component: string): z.output<S> {
  const { [SOURCE_PROP]: _ignored, ...props } = raw;
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const msgs = result.error.issues.map((i) => {
    const name = i.path.join('.');
    if (i.code === 'unrecognized_keys') return `okänd egenskap ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    if (i.code === 'invalid_value' && name === 'typ') return unknownChoice('Diagramtypen', String((props as Raw).typ), Object.keys(CHART_TYPES));
    if (i.code === 'invalid_type' && (props as Raw)[name] === undefined) return `egenskapen ${name}="…" saknas men måste anges`;
    return `${name}: ${i.message}`;
  });
  fail(raw, component, msgs.join('; '));
}

function dataset(raw: Raw, component: string, id: string): Dataset {
  const all = loadAll();
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

export interface ResolvedChart {
  props: ChartProps;
  ds: Dataset;
  rows: Row[];
  /** The dataset's columns, plus one per series when long-form data was pivoted. */
  columns: Column[];
  /** The dataset rows behind the chart (before any pivot), for its table. */
  sourceRows: Row[];
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
    out[`serie_${names.indexOf(String(r[serie]))}`] = r[value.name] ?? null;
    byCat.set(cat, out);
  }
  const wide = [...byCat.values()].map((r) => Object.fromEntries([...Object.entries(r), ...columns.filter((c) => !(c.name in r)).map((c) => [c.name, null])]) as Row);
  return { props: { ...props, varden: columns.map((c) => c.name) }, rows: wide, columns: [...ds.meta.columns, ...columns] };
}

/** Check `<Chart …>` props against the data. */
export function resolveChart(raw: Raw): ResolvedChart {
  const props = parse(chartPropsSchema, raw, 'Chart');
  const ds = dataset(raw, 'Chart', props.data);
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
): ResolvedValue & { props: ValueProps & { etikett?: string; jamfort?: string; jamfor?: string; placering?: string } } {
  const props: ValueProps & { jamfor?: string; placering?: string } = parse(component === 'Value' ? valuePropsSchema : keyFigurePropsSchema, raw, component);
  const ds = dataset(raw, component, props.data);
  checkColumn(raw, component, ds, props.kolumn, true);
  if (props.jamfor) checkColumn(raw, component, ds, props.jamfor, true);
  if (props.placering) checkColumn(raw, component, ds, props.placering, true);
  const keys = ds.rows.map((r) => rowKey(ds.meta, r));
  const i = keys.indexOf(props.rad);
  if (i < 0) fail(raw, component, unknownChoice(`Raden`, props.rad, keys) + ` (nyckel: ${ds.meta.key.join(' | ')} i ${ds.id})`);
  const row = ds.rows[i]!;
  if (row[props.kolumn] === null) fail(raw, component, `värdet i ${ds.id}, rad "${props.rad}", kolumn "${props.kolumn}" saknas i källan och kan inte visas som ett tal.`);
  return { props, ds, row };
}

/** Check `<DataTable …>` props. */
export function resolveTable(raw: Raw): { props: TableProps; ds: Dataset; rows: Row[] } {
  const props = parse(tablePropsSchema, raw, 'DataTable');
  const ds = dataset(raw, 'DataTable', props.data);
  for (const c of props.kolumner ?? []) checkColumn(raw, 'DataTable', ds, c);
  return { props, ds, rows: filterRows(raw, 'DataTable', ds, props.filter) };
}

/** Check `<GoalStatus …>`: a status typed in, or read from a dataset row. */
export function resolveGoal(raw: Raw): { status: (typeof GOAL_STATUSES)[number]; mal?: string } {
  const props = parse(goalStatusPropsSchema, raw, 'GoalStatus');
  if (!props.data) {
    if (!props.status) fail(raw, 'GoalStatus', 'ange antingen status="uppnatt|delvis|ej-uppnatt" eller data="…" och rad="…".');
    return { status: props.status, mal: props.mal };
  }
  const ds = dataset(raw, 'GoalStatus', props.data);
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

export { getDataset };
