/**
 * Schema for a dataset's metadata file, `content/data/<id>.meta.yaml`.
 *
 * The metadata sits beside the CSV (OWID style): it says what each column
 * means, which unit it has, where every figure was transcribed from, and how
 * the dataset has changed since it was first published. The row schema of a
 * dataset is derived from the `columns` declared here (see ./rows.ts), so this
 * file is also the dataset's schema.
 */
import { z } from 'astro/zod';

/** Column types. Each carries its own range check (see ./rows.ts). */
export const COLUMN_TYPES = [
  'text', // free text, a label or a category
  'number', // any number (may be negative, e.g. a budget deviation)
  'integer', // a whole number (counts)
  'percent', // a share in per cent, 0–100
  'rank', // a placing among Sweden's 21 regions, 1–21
  'year', // a calendar year, 2000–2035
] as const;

export type ColumnType = (typeof COLUMN_TYPES)[number];

/**
 * The EU's data themes (http://publications.europa.eu/resource/authority/data-theme),
 * which DCAT-AP-SE uses for dcat:theme, with the Swedish names dataportal.se shows.
 */
export const DATA_THEMES = {
  AGRI: 'Jordbruk, fiske, skogsbruk och livsmedel',
  ECON: 'Ekonomi och finans',
  EDUC: 'Utbildning, kultur och sport',
  ENER: 'Energi',
  ENVI: 'Miljö',
  GOVE: 'Regeringen och den offentliga sektorn',
  HEAL: 'Hälsa',
  INTR: 'Internationella frågor',
  JUST: 'Rättvisa, rättsliga system och allmän säkerhet',
  REGI: 'Regioner och städer',
  SOCI: 'Befolkning och samhälle',
  TECH: 'Vetenskap och teknik',
  TRAN: 'Transport',
} as const;
export type DataTheme = keyof typeof DATA_THEMES;

/** Licences we publish under. Anything else is refused. */
export const LICENCES = ['CC-BY-4.0'] as const;

const dateString = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ska skrivas ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD');

export const columnSchema = z.strictObject({
  /** Column name in the CSV header: lower case a–z, digits and _. */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'får bara innehålla a–z, 0–9 och _ och börja med en bokstav'),
  /** Heading shown to readers, in Swedish. */
  title: z.string().min(1),
  type: z.enum(COLUMN_TYPES),
  /** Unit in Swedish as readers see it: "procent", "mnkr", "antal", "placering av 21", "dagar". */
  unit: z.string().min(1).optional(),
  /** When the unit differs per row: the name of the text column that holds each row's unit. */
  unitColumn: z.string().optional(),
  /** Number of decimals as published in the source; a value with more decimals is refused. */
  decimals: z.number().int().min(0).max(4).default(0),
  /** What the column means: a definition a journalist can quote. */
  description: z.string().min(1),
  /** May this column hold missing-value codes (see `missing`)? */
  nullable: z.boolean().default(false),
  /**
   * Chart and story-table labels for a text column's values: the value as in
   * the source → a short label readers see in charts and in tables on the story
   * pages, e.g. `"Faktiska kostnader FVIS centralt - konsulter": Konsulter`.
   * The data files and dataset pages keep the source text.
   */
  categoryLabels: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** The text column's values have a meaningful order (years, short–middle–long): bar charts keep the row order instead of sorting by value. */
  ordered: z.boolean().optional(),
  /**
   * For a coded text column (short keys such as `delpost`, `helt`): every
   * allowed code and the label readers see instead of it, e.g.
   * `{ delpost: "Delpost", summa: "Summa" }`. A code not listed is refused.
   */
  values: z.record(z.string().min(1), z.string().min(1)).optional(),
});

export type Column = z.infer<typeof columnSchema>;

export const sourceSchema = z.strictObject({
  /** The document's title as printed on it. */
  document: z.string().min(1),
  publisher: z.string().min(1).default('Region Halland'),
  /** Date of the document (or year when no date is printed). */
  date: dateString.optional(),
  /** Diarienummer, where the document has one. */
  dnr: z.string().optional(),
  /** The section, slide or table heading the figures come from, as printed. */
  section: z.string().min(1),
  /**
   * Address of the original document (a PDF or a page on regionhalland.se),
   * where it is known; shown as a link everywhere the source is named. Leave
   * it out rather than guess: the title, date and dnr then identify it.
   */
  url: z.string().regex(/^https:\/\/[^\s]+$/, 'ska vara en webbadress som börjar med https://').optional(),
  /** Name of the extracted-text file in the shared sources folder: internal, never published. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}(\.fixed)?\.txt$/, 'ska vara ett filnamn som 000_74511e486157992c.txt'),
});

export const changeSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'ska skrivas som 1.0.0'),
  date: dateString,
  /** first = first publication; revision = new or updated figures; correction = a mistake of ours put right. */
  kind: z.enum(['first', 'revision', 'correction']),
  description: z.string().min(1),
});

export const metadataSchema = z
  .strictObject({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Chapter (page slug) the dataset belongs to. */
    topic: z.string().regex(/^[a-z0-9-]+$/),
    /** EU data themes (DATA_THEMES) that fit the content, for the DCAT catalogue. */
    themes: z.array(z.enum(Object.keys(DATA_THEMES) as [DataTheme, ...DataTheme[]])).default([]),
    /** Swedish search words for the catalogue: words, not slugs ("väntetider", "vårdgaranti"). */
    keywords: z.array(z.string().min(2).regex(/^(?![a-z0-9]+(-[a-z0-9]+)+$)/, 'ska vara ett ord eller några ord, inte en kod med bindestreck')).default([]),
    /** Period the figures cover, as readers say it: "2023", "2016–2024". */
    period: z.string().min(4),
    source: sourceSchema,
    licence: z.enum(LICENCES),
    /** Key column(s): together unique for every row. */
    key: z.array(z.string()).min(1),
    columns: z.array(columnSchema).min(1),
    /** Missing-value codes used in the CSV and what each means, e.g. `"..": "Inget värde redovisat i källan (---)"`. */
    missing: z.record(z.string().min(1), z.string().min(1)).default({}),
    /** Caveats and how labels were read from the extracted layout. */
    notes: z.array(z.string().min(1)).default([]),
    /** Current version; must equal the newest changelog entry. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    changelog: z.array(changeSchema).min(1),
  })
  .superRefine((meta, ctx) => {
    const names = meta.columns.map((c) => c.name);
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `kolumnen "${n}" finns två gånger` });
      seen.add(n);
    }
    for (const k of meta.key) {
      if (!seen.has(k)) ctx.addIssue({ code: 'custom', path: ['key'], message: `nyckelkolumnen "${k}" finns inte bland columns` });
    }
    meta.columns.forEach((c, i) => {
      if (c.unitColumn && !meta.columns.some((o) => o.name === c.unitColumn && o.type === 'text')) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'unitColumn'], message: `"${c.unitColumn}" är ingen textkolumn i datasetet` });
      }
      if ((c.categoryLabels || c.ordered) && c.type !== 'text') {
        ctx.addIssue({ code: 'custom', path: ['columns', i, c.categoryLabels ? 'categoryLabels' : 'ordered'], message: `gäller bara textkolumner, och "${c.name}" är av typen ${c.type}` });
      }
      if (c.values && c.type !== 'text') {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'values'], message: 'values (koder med etiketter) passar bara en textkolumn' });
      }
      if (c.nullable && Object.keys(meta.missing).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'nullable'], message: 'kolumnen får sakna värden, men missing anger inga koder' });
      }
    });
    const newest = meta.changelog[meta.changelog.length - 1];
    if (newest && newest.version !== meta.version) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: `version ${meta.version} saknar en rad i changelog (senaste är ${newest.version})` });
    }
  });

export type Metadata = z.infer<typeof metadataSchema>;
