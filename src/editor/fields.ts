/**
 * The visual editor's component forms, derived from the one component registry
 * (src/schemas/components.ts): each component's zod schema becomes a Keystatic
 * content component, each prop a form field. A prop marked as coming from a list
 * (`.meta({ lista })`) becomes a list drawn from the data, so an unknown dataset,
 * column or row cannot be chosen; an enum becomes a list of its values. A new
 * component or prop in the registry appears in the editor without a second list.
 *
 * Keystatic's lists are fixed when the editor starts, so a column list offers
 * every dataset's columns, each named with the datasets that have it; `npm run
 * check` refuses a column that the chosen dataset lacks.
 *
 * Runs in the browser (keystatic.config.ts) and in Node (the round-trip test), so
 * Keystatic's API is passed in rather than imported: Node's build of Keystatic
 * cannot parse MDX, and the test loads its browser build.
 */
import { z } from 'astro/zod';
import { COMPONENTS, CHART_TYPES, type ListKind } from '../schemas/components.ts';
import type { EditorData } from './data.ts';

/** The parts of Keystatic this module uses (`@keystatic/core` and `@keystatic/core/content-components`). */
export interface KeystaticApi {
  // Keystatic's field types are deeply generic; the generator builds them from runtime schemas.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  fields: any;
  block: any;
  inline: any;
  wrapper: any;
  mark: any;
  repeating: any;
  /** A React element for a mark's toolbar button. */
  icon: any;
  /** React's createElement, for the previews of components in the text. */
  h: (...args: any[]) => any;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** What the editor needs to know of one prop's schema, with optional/default/transform unwrapped. */
interface PropShape {
  optional: boolean;
  defaultValue?: unknown;
  /** 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'record' | 'list' */
  kind: string;
  list?: ListKind;
  values?: string[];
}

function listOf(s: z.ZodType): ListKind | undefined {
  return (z.globalRegistry.get(s) as { lista?: ListKind } | undefined)?.lista;
}

/** Read a prop's schema: how it is optional, what kind of value, which list it comes from. */
export function propShape(schema: z.ZodType): PropShape {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  let list: ListKind | undefined;
  for (;;) {
    list ??= listOf(s);
    const d = defOf(s);
    if (d.type === 'optional') (optional = true), (s = d.innerType!);
    else if (d.type === 'default') (optional = true), (defaultValue = d.defaultValue), (s = d.innerType!);
    else if (d.type === 'pipe') s = d.in!;
    else break;
  }
  const d = defOf(s);
  if (d.type === 'union') {
    // A column or a list of columns (`varden`): the editor always writes a list.
    const arr = d.options!.find((o) => defOf(o).type === 'array');
    if (arr) return { optional, defaultValue, kind: 'array', list: list ?? listOf(defOf(arr).element!) ?? listOf(d.options![0]!) };
    return { optional, defaultValue, kind: list ? 'list' : 'string', list };
  }
  if (d.type === 'array') return { optional, defaultValue, kind: 'array', list: listOf(d.element!) };
  if (d.type === 'enum') return { optional, defaultValue, kind: 'enum', values: Object.values(d.entries!) };
  if (list) return { optional, defaultValue, kind: 'list', list };
  return { optional, defaultValue, kind: d.type };
}

type Option = { label: string; value: string };

/** The lists the data offers: datasets, columns (with their datasets), row keys (with theirs). */
export function dataOptions(data: EditorData): Record<ListKind, Option[]> {
  const byValue = (pairs: [string, string][]): Option[] => {
    const m = new Map<string, string[]>();
    for (const [v, id] of pairs) m.set(v, [...(m.get(v) ?? []), id]);
    return [...m].sort(([a], [b]) => a.localeCompare(b, 'sv')).map(([value, ids]) => ({
      value,
      label: `${value} (${ids.length > 3 ? `${ids.slice(0, 3).join(', ')} och ${ids.length - 3} till` : ids.join(', ')})`,
    }));
  };
  return {
    dataset: data.datasets.map((d) => ({ value: d.id, label: `${d.id}: ${d.title}` })),
    kolumn: byValue(data.datasets.flatMap((d) => d.columns.map((c): [string, string] => [c.name, d.id]))),
    rad: byValue(data.datasets.flatMap((d) => d.rows.map((r): [string, string] => [r, d.id]))),
  };
}

/** Labels for enum values the registry describes (chart types). */
const ENUM_LABELS: Record<string, Record<string, string>> = { typ: CHART_TYPES };

/**
 * An optional field that writes nothing when left empty, so `titel` left blank
 * or `ord` left unticked does not appear in the chapter as `titel=""` or `ord={false}`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function omitWhenEmpty(field: any, empty: unknown): any {
  return {
    ...field,
    parse: (value: unknown) => field.parse(value === undefined ? (empty === '' ? '' : value) : value),
    serialize: (value: unknown) =>
      value === empty || value === '' || value === null || value === false || (Array.isArray(value) && value.length === 0) ? { value: undefined } : field.serialize(value),
  };
}

/** One prop's form field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function propField(k: KeystaticApi, name: string, schema: z.ZodType, options: Record<ListKind, Option[]>): any {
  const p = propShape(schema);
  const label = name;
  if (p.kind === 'record') return k.fields.ignored(); // a filter: kept as written, edited in the MDX (the guide says how)
  if (p.kind === 'boolean') return omitWhenEmpty(k.fields.checkbox({ label, defaultValue: false }), false);
  if (p.kind === 'number') return k.fields.number({ label, validation: { isRequired: !p.optional } });
  if (p.kind === 'array') return omitWhenEmpty(k.fields.multiselect({ label, options: p.list ? options[p.list] : [] }), undefined);
  if (p.kind === 'enum' || p.kind === 'list') {
    const opts: Option[] = p.kind === 'enum' ? p.values!.map((v) => ({ value: v, label: ENUM_LABELS[name]?.[v] ? `${v}: ${ENUM_LABELS[name]![v]}` : v })) : options[p.list!];
    if (p.optional && p.defaultValue === undefined) return omitWhenEmpty(k.fields.select({ label, options: [{ value: '', label: '(inget)' }, ...opts], defaultValue: '' }), '');
    const defaultValue = typeof p.defaultValue === 'string' ? p.defaultValue : opts[0]?.value ?? '';
    const field = k.fields.select({ label, options: opts, defaultValue });
    // A prop with a default (`kolumn` of <GoalStatus>) is left out of the chapter when it has the default.
    return p.defaultValue === undefined ? field : omitWhenEmpty(field, p.defaultValue);
  }
  return omitWhenEmpty(k.fields.text({ label, validation: p.optional ? undefined : { length: { min: 1 } } }), '');
}

/** A component's props in one line for its preview in the text: `linje · vis-andel-battre-an-riket · ar · andel · Andelen …`. */
export function summary(value: Record<string, unknown>): string {
  return Object.values(value)
    .filter((v) => v !== '' && v !== null && v !== undefined && v !== false && typeof v !== 'object')
    .concat(Object.values(value).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0).map((v) => v.join(', ')))
    .map((v) => (v === true ? '✓' : String(v)))
    .join(' · ');
}

/** Every registered component as a Keystatic content component, plus the key-figure row (`<div class="key-figures">`). */
export function contentComponents(k: KeystaticApi, data: EditorData): Record<string, unknown> {
  const options = dataOptions(data);
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(COMPONENTS)) {
    const shape = (entry.schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    const schema = Object.fromEntries(Object.entries(shape).map(([prop, s]) => [prop, propField(k, prop, s, options)]));
    const config = { label: name, description: entry.doc, schema };
    // What a placed component shows in the text: its props, so a chart is recognisable without opening its form.
    const ContentView = ({ value }: { value: Record<string, unknown> }) =>
      entry.plats === 'inline' ? k.h('span', null, `${name}: ${summary(value)}`) : k.h('div', { style: { fontSize: '0.875em', padding: '0 0.75em 0.5em' } }, summary(value));
    if (entry.plats === 'mark') out[name] = k.mark({ ...config, icon: k.icon, tag: 'span', className: 'fast' });
    else if (entry.plats === 'wrapper') out[name] = k.wrapper(config);
    else out[name] = k[entry.plats]({ ...config, ContentView });
  }
  // Not a component but the one HTML layout the chapters use: key figures side by side.
  out.div = k.repeating({
    label: 'Nyckeltal i rad',
    description: 'Flera nyckeltal (KeyFigure) bredvid varandra.',
    children: ['KeyFigure'],
    schema: { class: k.fields.select({ label: 'class', options: [{ value: 'key-figures', label: 'key-figures' }], defaultValue: 'key-figures' }) },
  });
  return out;
}
