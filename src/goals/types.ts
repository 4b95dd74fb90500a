/**
 * The words of the goal ledger: areas, verdicts, the figures a rule reads and
 * what an evaluated condition gives the page. No logic here.
 */

import { GOAL_AREAS, type GoalArea } from '../schemas/components.ts';

/** The four follow-up areas, by the id editors write in `<GoalLedger omrade="…" />`, and their names in the data. */
export const AREAS: Record<GoalArea, string> = {
  patientupplevelser: 'Patientupplevelser',
  kvalitet: 'Kvalitet',
  tillganglighet: 'Tillgänglighet',
  ekonomi: 'Ekonomi',
};

export type AreaId = GoalArea;
export const AREA_IDS = GOAL_AREAS;

/** What the ledger can say about a condition, or about a whole goal. */
export const VERDICTS = ['uppfyllt', 'inte-uppfyllt', 'gar-inte-att-avgora'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The follow-up document's own verdict, as strategi-uppfoljningsomraden codes it. */
export type DocumentVerdict = 'uppnatt' | 'delvis' | 'ej-uppnatt';

/** Where a figure stands: dataset id, row key (key columns joined with " | ") and column. */
export interface Ref {
  dataset: string;
  row: string;
  column: string;
}

/** One figure a rule reads from a table. */
export interface Observation {
  /** What the figure is, in words: "Kontinuitet och koordinering i primärvården". */
  label: string;
  /** The line it belongs to in the overview chart ("Första besök"); one name for a single line. */
  series: string;
  year: number;
  /** null: the table has no value here (its reason is in the dataset's `missing`). */
  value: number | null;
  /** Unit as the dataset gives it ("procent", "placering av 21", "mnkr"). */
  unit: string;
  /** Decimals as published. */
  decimals?: number;
  ref: Ref;
}

/** How a figure is held against the target (column `jamforelse` of strategi-malvillkor). */
export type Comparison = 'högst' | 'minst' | 'i balans';

/** A condition's target, read from strategi-malvillkor. */
export interface Target {
  /** The condition in the source's own words. */
  text: string;
  comparison: Comparison;
  /** null for "i balans", which names no figure. */
  value: number | null;
  unit: string;
  ref: Ref;
}

/** A figure from the document's summary slide, beside the tables' figure. */
export interface SummaryFigure {
  /** The summary's figure, formatted: "plats 4 av 21". */
  text: string;
  /** Whether it is the same as the tables' latest figure it stands for. */
  same: boolean;
  /** One sentence for the reader when it differs (or when it is the only figure). */
  note?: string;
  ref: Ref;
}

/** One condition, evaluated. */
export interface ConditionResult {
  area: AreaId;
  /** Key of the condition in strategi-malvillkor. */
  id: string;
  target: Target;
  verdict: Verdict;
  /** The figure the verdict turns on, formatted ("plats 8 av 21"); undefined when there is none. */
  figure?: string;
  /** Year of that figure. */
  year?: number;
  /** What the tables show, then the target: sentences for the reader. */
  reason: string;
  /** Caveats the reader needs (the year of the survey, how the rule reads the wording). */
  notes: string[];
  summary: SummaryFigure[];
  /** Every figure read, all years. */
  observations: Observation[];
  /** Datasets the rule reads, for the source links. */
  datasets: string[];
  /** Set when the condition is drawn in the overview chart. */
  chart?: { title: string; short: string };
}

/** One area: its conditions, the combined verdict and the document's own. */
export interface AreaResult {
  id: AreaId;
  name: string;
  verdict: Verdict;
  conditions: ConditionResult[];
  document: {
    verdict: DocumentVerdict;
    /** The year of the follow-up, from the dataset's period. */
    year: string;
    /** The document's words, e.g. "Regionen når måluppfyllelse". */
    quote: string;
    ref: Ref;
  };
  /** Whether the ledger and the document say the same. */
  agrees: boolean;
  /** One plain sentence when they differ. */
  difference?: string;
}
