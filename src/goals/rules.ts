/**
 * The rules of the goal ledger: for each condition of the strategy's goals
 * (one row of strategi-malvillkor), which table figures it is judged on, and
 * how to say what they show. The target and the way of comparing come from
 * the dataset; the judging itself is in evaluate.ts, the same for every rule.
 *
 * A rule reads the tables of the follow-up document, never its summary slide:
 * the summary's figures are shown beside the verdict (see `summary`), because
 * on two areas they are not the tables' figures for 2024.
 */
import { ContentError, decimalsIn, rowKey, type Dataset, type Row } from '../data/index.ts';
import { formatValue } from '../format/index.ts';
import type { AreaId, Observation } from './types.ts';

/** Datasets by id: all of them (loadAll) or a test's fixtures. */
export type DataSource = Map<string, Dataset>;

export interface ConditionRule {
  area: AreaId;
  /** Key of the condition in strategi-malvillkor (column `villkor`). */
  id: string;
  /** Datasets the rule reads. */
  datasets: string[];
  /** Every table figure the condition is judged on, all years; given the rule's `datasets`, in that order. */
  observe(datasets: [Dataset, ...Dataset[]]): Observation[];
  /** What the latest figures show, in one or two sentences; `worst` is the one the verdict turns on. */
  shows(worst: Observation, latest: Observation[]): string;
  /** Why no table can answer, when `observe` finds nothing. */
  absent?: string;
  /** Caveats shown with the verdict. */
  notes?: string[];
  /** Rows of maluppfyllelse-sammanfattning-2024 giving this condition's figure on the summary slide; `series` pairs it with a line. */
  summary?: { row: string; series?: string }[];
  /** Drawn in the overview chart: the panel's title, and how a sentence names the measure. */
  chart?: { title: string; short: string };
}

/** The dataset, or an error naming it (a rule that names a missing dataset is a code or content error). */
export function need(src: DataSource, id: string): Dataset {
  const ds = src.get(id);
  if (!ds) throw new ContentError([{ file: `content/data/${id}.csv`, message: 'datasetet saknas, men målens regler (src/goals/rules.ts) läser det.' }]);
  return ds;
}

/** The row with this key, or an error naming dataset and key. */
export function rowOf(ds: Dataset, key: string): Row {
  const row = ds.rows.find((r) => rowKey(ds.meta, r) === key);
  if (!row) throw new ContentError([{ file: ds.files.csv, message: `raden "${key}" saknas, men målens regler (src/goals/rules.ts) läser den.` }]);
  return row;
}

/** The year of a dataset whose period is one year ("2023"). */
function yearOf(ds: Dataset): number {
  if (!/^\d{4}$/.test(ds.meta.period)) throw new ContentError([{ file: ds.files.meta, field: 'period', message: `perioden "${ds.meta.period}" är inte ett enda år, men målens regler behöver ett.` }]);
  return Number(ds.meta.period);
}

/** One figure of a row as an observation. */
function observation(ds: Dataset, row: Row, column: string, year: number, label: string, series: string): Observation {
  const col = ds.meta.columns.find((c) => c.name === column);
  if (!col) throw new ContentError([{ file: ds.files.meta, message: `kolumnen "${column}" saknas, men målens regler (src/goals/rules.ts) läser den.` }]);
  const v = row[column];
  return {
    label,
    series,
    year,
    value: typeof v === 'number' ? v : null,
    unit: col.unit ?? (col.unitColumn ? String(row[col.unitColumn]) : ''),
    decimals: decimalsIn(row, column, col.decimals),
    ref: { dataset: ds.id, row: rowKey(ds.meta, row), column },
  };
}

/** A figure formatted the Swedish way with its unit. */
export function show(o: Observation): string {
  return o.value === null ? 'uppgift saknas' : formatValue(o.value, o.unit, o.decimals);
}

/** "a, b och c" */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** The three surveys of Nationell patientenkät, with how the text names each care form. */
const NPE = [
  { id: 'npe-primarvard-2023', name: 'primärvården' },
  { id: 'npe-oppenvard-2023', name: 'den specialiserade somatiska öppenvården' },
  { id: 'npe-slutenvard-2023', name: 'den specialiserade somatiska slutenvården' },
] as const;
const NPE_MEAN = 'Medel samtliga dimensioner';
// 003 (Uppföljningsrapport Vårdval Halland närsjukvård 2024): "Nationell patientenkät – Ingen mätning 2024, nästa mätning hösten 2025."
const NPE_YEAR_NOTE = 'Uppföljningen 2024 redovisar Nationell patientenkät från 2023. Enligt uppföljningsrapporten för Vårdval Halland gjordes ingen mätning i primärvården 2024; nästa mätning där görs hösten 2025.';

/** The two waiting-time rows of "Tillgänglighet övergripande", by the name of their line. */
const WAITS = [
  { row: 'Andel patienter som har väntat 60 dagar eller kortare på ett första besök till specialiserad vård', series: 'Första besök', name: 'ett första besök' },
  { row: 'Andel patienter som efter beslut om behandling väntat 60 dagar eller kortare till specialiserad vård', series: 'Behandling', name: 'behandling' },
] as const;
const WAIT_YEARS = [
  { column: 'halland_2023', year: 2023 },
  { column: 'halland_2024', year: 2024 },
] as const;

/** Budget rows of hos-budgetavvikelse, one per year (the change row is not a year). */
const BUDGET = [
  { row: 'Budgetavvikelse 2023', year: 2023 },
  { row: 'Budgetavvikelse 2024', year: 2024 },
] as const;

export const RULES: ConditionRule[] = [
  {
    area: 'patientupplevelser',
    id: 'bland-fem-hogst-placerade',
    datasets: NPE.map((s) => s.id),
    observe: (sets) => sets.map((ds, i) => observation(ds, rowOf(ds, NPE_MEAN), 'placering', yearOf(ds), NPE[i]!.name, 'Placering')),
    shows: (_worst, latest) =>
      `Halland har ${list(latest.map((o) => `${show(o).replace(/ av 21$/, '')} i ${o.label}`))} (medel samtliga dimensioner, ${latest[0]!.year}).`,
    notes: [
      'Dokumentet anger ingen samlad placering för patientnöjdhet i någon tabell. Regeln kräver därför att Halland är bland de fem högst placerade i alla tre enkäterna.',
      NPE_YEAR_NOTE,
    ],
    summary: [{ row: 'Patientupplevelser | placering' }],
  },
  {
    area: 'patientupplevelser',
    id: 'minst-80-procent-samtliga-dimensioner',
    datasets: NPE.map((s) => s.id),
    observe: (sets) =>
      sets.flatMap((ds, i) =>
        ds.rows
          .filter((r) => r.dimension !== NPE_MEAN)
          .map((r) => observation(ds, r, 'halland', yearOf(ds), `${String(r.dimension)} i ${NPE[i]!.name}`, 'Lägsta andel positiva svar')),
      ),
    shows: (worst, latest) => {
      const below = latest.filter((o) => o.value !== null && o.value < (worst.value ?? 0) + 1e-9);
      const rest = below.length > 1 ? ` (lika lågt: ${list(below.filter((o) => o !== worst).map((o) => o.label))})` : '';
      return `Lägst andel positiva svar har ${worst.label}: ${show(worst)} (${worst.year})${rest}.`;
    },
    notes: [NPE_YEAR_NOTE],
    summary: [{ row: 'Patientupplevelser | npe-positiva-svar' }],
    chart: { title: 'Patientupplevelser: lägsta andel positiva svar', short: 'den lägsta andelen positiva svar i patientenkäten' },
  },
  {
    area: 'kvalitet',
    id: 'bland-tre-hogst-placerade',
    datasets: ['vis-andel-battre-an-riket'],
    // The rank exists only on the summary slide; the chart it came from was lost in the text extraction.
    observe: () => [],
    shows: () => '',
    absent: 'Ingen tabell i dokumentet anger Hallands placering för vårdkvalitet.',
    summary: [{ row: 'Kvalitet | placering' }],
  },
  {
    area: 'kvalitet',
    id: '60-procent-indikatorer-battre',
    datasets: ['vis-andel-battre-an-riket'],
    observe: ([ds]) => ds.rows.map((r) => observation(ds, r, 'andel', r.ar as number, 'indikatorerna i Vården i siffror', 'Andel indikatorer')),
    shows: (worst) => `Halland var bättre än rikssnittet i ${show(worst)} av indikatorerna i Vården i siffror (${worst.year}).`,
    notes: ['Villkoret säger inte ”minst”. Regeln läser det som minst 60 procent, som villkoren med ”minst” i samma dokument.'],
    summary: [{ row: 'Kvalitet | vis-indikatorer-battre-an-rikssnitt' }],
    chart: { title: 'Kvalitet: andel indikatorer bättre än riket', short: 'andelen indikatorer bättre än riket' },
  },
  {
    area: 'tillganglighet',
    id: 'bland-tre-hogst-placerade',
    datasets: ['tillganglighet-totalplacering-2024'],
    observe: ([ds]) => [observation(ds, rowOf(ds, 'TOTALT'), 'placering', yearOf(ds), 'den sammanlagda placeringen', 'Placering')],
    shows: (worst) => `Halland har ${show(worst).replace(/ av 21$/, '')} i tabellens sammanlagda placering (raden ”TOTALT”).`,
    notes: ['Tabellen anger inte vilket år placeringen gäller. Den står bredvid värdena för 2024.'],
    summary: [{ row: 'Tillgänglighet | placering' }],
  },
  {
    area: 'tillganglighet',
    id: 'minst-80-procent-inom-60-dagar',
    datasets: ['tillganglighet-indikatorer-2024'],
    observe: ([ds]) => WAITS.flatMap((w) => WAIT_YEARS.map((y) => observation(ds, rowOf(ds, w.row), y.column, y.year, w.name, w.series))),
    shows: (_worst, latest) => {
      const [visit, treatment] = WAITS.map((w) => latest.find((o) => o.series === w.series)!);
      return `Av patienterna som väntade på ett första besök hade ${show(visit!)} väntat 60 dagar eller kortare, av dem som väntade på behandling ${show(treatment!)} (${visit!.year}).`;
    },
    notes: ['Måttet är andelen av de patienter som väntar, inte andelen genomförda besök eller behandlingar.'],
    summary: [
      { row: 'Tillgänglighet | vantat-60-dagar-forsta-besok', series: 'Första besök' },
      { row: 'Tillgänglighet | vantat-60-dagar-behandling', series: 'Behandling' },
    ],
    chart: { title: 'Tillgänglighet: väntat 60 dagar eller kortare', short: 'andelen som väntat 60 dagar eller kortare' },
  },
  {
    area: 'ekonomi',
    id: 'budget-i-balans',
    datasets: ['hos-budgetavvikelse'],
    observe: ([ds]) => BUDGET.map((b) => observation(ds, rowOf(ds, b.row), 'varde', b.year, 'hälso- och sjukvårdens budgetavvikelse', 'Budgetavvikelse')),
    shows: (worst) => `Budgetavvikelsen för hälso- och sjukvården var ${show(worst)} (${worst.year}).`,
    summary: [{ row: 'Ekonomi | budgetavvikelse-hos' }],
    chart: { title: 'Ekonomi: budgetavvikelse (mnkr)', short: 'budgetavvikelsen' },
  },
];
