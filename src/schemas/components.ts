/**
 * Props of the components editors place in MDX. Validated at build time so a
 * misspelt dataset, column or chart type stops the build with a message that
 * names the choices (see src/components/props.ts for the cross-checks against
 * the data).
 */
import { z } from 'astro/zod';

/** Chart types editors can ask for, with what each is for. */
export const CHART_TYPES = {
  jamforelse: 'Halland mot riket (eller flera serier) per kategori: punkter med en linje emellan.',
  linje: 'Utveckling över tid: en linje per värdekolumn, med valfritt mål.',
  staplar: 'Ett värde per kategori som liggande staplar, med valfritt mål.',
  avvikelse: 'Positiva och negativa värden (t.ex. budgetavvikelse) kring noll.',
} as const;

export type ChartType = keyof typeof CHART_TYPES;

/**
 * What list a prop's value comes from, for the visual editor (src/editor): a dataset id,
 * a column of the chosen dataset, or a row key of it. Attached as zod metadata so the
 * editor's forms are derived from these schemas, not from a second list.
 */
export type ListKind = 'dataset' | 'kolumn' | 'rad';
const from = (lista: ListKind) => ({ lista });
const datasetId = () => z.string().min(1).meta(from('dataset'));
const columnName = () => z.string().min(1).meta(from('kolumn'));
const rowKeyValue = () => z.union([z.string(), z.number()]).meta(from('rad')).transform(String);

/** Row filter: column name → the value (or values) to keep. */
const filterSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]));

export const chartPropsSchema = z.strictObject({
  /** Dataset id, e.g. "npe-primarvard-2023". */
  data: datasetId(),
  typ: z.enum(Object.keys(CHART_TYPES) as [ChartType, ...ChartType[]]),
  /** Column with the categories (or years, for `linje`). */
  kategori: columnName(),
  /** Value column(s) to draw. */
  varden: z.union([columnName(), z.array(columnName()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
  /** One sentence with the main finding: shown as the caption and read by screen readers. */
  slutsats: z.string().min(10, 'skriv en hel mening om vad diagrammet visar'),
  /** Heading; the dataset title if left out. */
  titel: z.string().optional(),
  /** Target value drawn as a line, in the values' unit. */
  mal: z.number().optional(),
  /** Label for the target line; "Mål" if left out. */
  malText: z.string().optional(),
  /**
   * Long-form data: the column whose values are the series (e.g. "omrade" with
   * "Region Halland" and "Snitt regioner"). `varden` then names the one value column.
   */
  serie: columnName().optional(),
  /** Optional text column shown at the right of each row (e.g. a rank). */
  placering: columnName().optional(),
  /** Keep only rows matching these columns' values. */
  filter: filterSchema.optional(),
  /** Anchor id of the figure; from the dataset id if left out. */
  id: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

export type ChartProps = z.output<typeof chartPropsSchema>;

/** One value from a dataset, picked by row key and column. */
export const valuePropsSchema = z.strictObject({
  data: datasetId(),
  /** The row's key, as in the key column(s); several key columns joined with " | ". */
  rad: rowKeyValue(),
  kolumn: columnName(),
  /** Show as a change with sign (+48 mnkr). */
  forandring: z.boolean().optional(),
  /** Write a count from two to twelve in words, as running text does: "sex områden" (only for counts, not with units such as % or mnkr). */
  ord: z.boolean().optional(),
});

export type ValueProps = z.output<typeof valuePropsSchema>;

export const keyFigurePropsSchema = valuePropsSchema.extend({
  /** The label under the figure. */
  etikett: z.string().min(1),
  /** Optional small print in words (no figures: use `jamfor`/`placering` for those). */
  jamfort: z.string().optional(),
  /** Column of the same row to show as a comparison, e.g. "riket" → "Riket: 80 %". */
  jamfor: columnName().optional(),
  /** Rank column of the same row → "plats 2 av 21". */
  placering: columnName().optional(),
});

export type KeyFigureProps = z.output<typeof keyFigurePropsSchema>;

export const GOAL_STATUSES = ['uppnatt', 'delvis', 'ej-uppnatt'] as const;

/** Either a status typed in, or (better) read from a dataset row. */
export const goalStatusPropsSchema = z.strictObject({
  status: z.enum(GOAL_STATUSES).optional(),
  /** What the target was, in words. */
  mal: z.string().optional(),
  data: datasetId().optional(),
  rad: rowKeyValue().optional(),
  /** Column holding uppnatt/delvis/ej-uppnatt. */
  kolumn: columnName().default('maluppfyllelse'),
  /** Column holding the target in words. */
  malkolumn: columnName().default('malsattning'),
});

/** The strategy's four follow-up areas, by the id `<GoalLedger omrade="…" />` takes (also the chapters' slugs). */
export const GOAL_AREAS = ['patientupplevelser', 'kvalitet', 'tillganglighet', 'ekonomi'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

/** `<GoalLedger />`: the goal ledger, all four areas or one; as cards, or as one sentence for a lede. */
export const goalLedgerPropsSchema = z.strictObject({
  omrade: z.enum(GOAL_AREAS).optional(),
  /** "kort" (default): one card per area with its conditions. "mening": the verdicts in one sentence, for running text. */
  visa: z.enum(['kort', 'mening']).default('kort'),
});

export type GoalLedgerProps = z.output<typeof goalLedgerPropsSchema>;

/** `<GoalOverview />`: the overview graphic of every goal's measure against its target over the years; no props. */
export const goalOverviewPropsSchema = z.strictObject({});

export const tablePropsSchema = z.strictObject({
  data: datasetId(),
  /** Columns to show, in order; all if left out. */
  kolumner: z.array(columnName()).optional(),
  filter: filterSchema.optional(),
  titel: z.string().optional(),
});

export type TableProps = z.output<typeof tablePropsSchema>;

/** `<Note titel="…">…</Note>`: a box for caveats. */
export const notePropsSchema = z.strictObject({
  /** The box's heading; "Observera" if left out. */
  titel: z.string().optional(),
});

/** `<Fast>21</Fast>`: a number deliberately typed by hand; no props. */
export const fastPropsSchema = z.strictObject({});

/** What the registry knows of one component. */
export interface ComponentEntry {
  /** Its props, checked when the page is checked and built. */
  schema: z.ZodType;
  /** What it is for, in Swedish, for editors (the guide and any editor tooling). */
  doc: string;
  /**
   * How it sits in a chapter, for the visual editor: `block` on a line of its own, `inline` inside a
   * sentence, `wrapper` around paragraphs (`<Note>…</Note>`), `mark` around a few words (`<Fast>21</Fast>`).
   */
  plats: 'block' | 'inline' | 'wrapper' | 'mark';
}

/**
 * Every component editors may place in a chapter: the one list. The MDX
 * safety check (src/mdx/safe-mdx.ts), the source-line plugin
 * (src/mdx/remark-source.ts), the resolvers (src/props: one per name, kept
 * complete by its type), the page renderer (src/pages/[...slug].astro) and
 * the editors' guide (tested) are all derived from it. A new component is a
 * line here, its .astro file of the same name and its resolver.
 */
export const COMPONENTS = {
  Chart: { schema: chartPropsSchema, doc: 'Ett diagram ur ett dataset, med slutsats, tabell och nedladdningar.', plats: 'block' },
  KeyFigure: { schema: keyFigurePropsSchema, doc: 'Ett nyckeltal i en ruta: ett värde ur en rad, med etikett och jämförelse.', plats: 'block' },
  Value: { schema: valuePropsSchema, doc: 'Ett värde ur en rad, i löptexten.', plats: 'inline' },
  GoalStatus: { schema: goalStatusPropsSchema, doc: 'Om ett mål nåddes, i ord och med symbol, ur en rad i ett dataset.', plats: 'inline' },
  DataTable: { schema: tablePropsSchema, doc: 'En tabell med ett datasets rader.', plats: 'block' },
  Note: { schema: notePropsSchema, doc: 'En ruta för förbehåll, t.ex. när två källor ger olika siffror.', plats: 'wrapper' },
  GoalLedger: { schema: goalLedgerPropsSchema, doc: 'Målens villkor bedömda ur tabellerna, bredvid uppföljningens egen bedömning.', plats: 'inline' },
  GoalOverview: { schema: goalOverviewPropsSchema, doc: 'Översiktsbilden: varje måls mått mot målet, år för år.', plats: 'block' },
  Fast: { schema: fastPropsSchema, doc: 'Markerar ett tal som medvetet skrivs för hand i texten (t.ex. ”21 regioner”).', plats: 'mark' },
} as const satisfies Record<string, ComponentEntry>;

export type ComponentName = keyof typeof COMPONENTS;

/** The registered components' names, in the registry's order. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/** Frontmatter of a story page in content/pages. */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(20).max(300),
  /** Position in the chapter list (start page = 0). */
  order: z.number().int().min(0),
  /** Short name in the navigation; the title if left out. */
  nav: z.string().optional(),
  /** When the page's content was last checked or changed (ÅÅÅÅ-MM-DD). */
  // YAML reads an unquoted 2026-11-23 as a date; accept both and keep the text.
  updated: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'skriv datumet som ÅÅÅÅ-MM-DD')),
});

export type PageFrontmatter = z.output<typeof pageSchema>;
