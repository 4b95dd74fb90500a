/**
 * The goal ledger over time: for each goal, the measure a condition is judged
 * on (the share, the amount; ranks exist for one year only), year by year,
 * against its target. Feeds the overview graphic on the start page: one panel
 * per goal, its data table and a finding said in words from the same figures.
 */
import type { GoalPanel, PanelPoint } from '../charts/malpanel.ts';
import { formatValue } from '../format/index.ts';
import { t } from '../strings.ts';
import { inWords, meets } from './evaluate.ts';
import type { AreaResult, ConditionResult, Observation } from './types.ts';

/** A row of the overview's data table. */
export interface OverviewRow {
  measure: string;
  year: number;
  value: string;
  target: string;
}

export interface Overview {
  panels: (GoalPanel & { condition: ConditionResult })[];
  rows: OverviewRow[];
  /** One or two sentences saying what the panels show. */
  finding: string;
  /** Datasets behind the panels. */
  datasets: string[];
}

/** Each line's figure per year: the worst when a condition has several (the lowest dimension of the survey). */
function lines(c: ConditionResult): { name: string; points: (PanelPoint & { o: Observation })[] }[] {
  const names = [...new Set(c.observations.map((o) => o.series))];
  const sign = c.target.comparison === 'högst' ? 1 : -1;
  return names.map((name) => {
    const byYear = new Map<number, Observation>();
    for (const o of c.observations) {
      if (o.series !== name || o.value === null) continue;
      const w = byYear.get(o.year);
      if (!w || sign * (o.value - w.value!) > 0) byYear.set(o.year, o);
    }
    const points = [...byYear.values()].sort((a, b) => a.year - b.year).map((o) => ({ year: o.year, value: o.value!, decimals: o.decimals, o }));
    return { name, points };
  });
}

/** "Mål: minst 80 %" / "Mål: budget i balans" */
function targetLabel(c: ConditionResult): string {
  const tg = c.target;
  if (tg.comparison === 'i balans') return `${t.ledger.overview.target}: ${t.ledger.overview.balance}`;
  return `${t.ledger.overview.target}: ${tg.comparison} ${formatValue(tg.value!, tg.unit)}`;
}

/** "a, b och c" */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** The overview of a ledger. */
export function overviewOf(ledger: AreaResult[]): Overview {
  const conditions = ledger.flatMap((a) => a.conditions).filter((c) => c.chart && c.observations.length > 0);
  const all = conditions.flatMap((c) => c.observations.map((o) => o.year));
  const years: [number, number] = [Math.min(...all), Math.max(...all)];
  const panels = conditions.map((c) => ({
    id: `mal-${c.area}`,
    title: c.chart!.title,
    unit: c.observations[0]!.unit,
    target: { value: c.target.value ?? 0, label: targetLabel(c) },
    series: lines(c).map(({ name, points }) => ({ name, points: points.map(({ o: _o, ...p }) => p) })),
    years,
    condition: c,
  }));
  const rows = conditions.flatMap((c) =>
    lines(c).flatMap((l, _i, ls) =>
      l.points.map((p) => ({
        measure: ls.length === 1 ? c.chart!.title : `${c.chart!.title}, ${l.name.toLowerCase()}`,
        year: p.year,
        value: formatValue(p.value, p.o.unit, p.decimals),
        target: targetLabel(c).replace(`${t.ledger.overview.target}: `, ''),
      })),
    ),
  );
  // The finding: which measures met their target in their latest year, and how few years most have.
  const latestMet = (c: ConditionResult) => lines(c).every((l) => l.points.length > 0 && meets(l.points.at(-1)!.value, c.target));
  const met = conditions.filter(latestMet).map((c) => c.chart!.short);
  const notMet = conditions.filter((c) => !latestMet(c)).map((c) => c.chart!.short);
  const first = met.length === 0
    ? `Det senaste redovisade året låg ${list(notMet)} under målet.`
    : notMet.length === 0
      ? `Det senaste redovisade året låg ${list(met)} på eller över målet.`
      : `Det senaste redovisade året låg bara ${list(met)} på eller över målet, medan ${list(notMet)} låg under det.`;
  const long = conditions.filter((c) => new Set(c.observations.map((o) => o.year)).size > 2).map((c) => c.chart!.short);
  const second = long.length === 0
    ? 'Inget av måtten finns för fler än två år.'
    : long.length === 1
      ? `Bara ${long[0]} finns för fler än två år.`
      : `${inWords(long.length)[0]!.toUpperCase()}${inWords(long.length).slice(1)} av måtten finns för fler än två år.`;
  return {
    panels,
    rows,
    finding: `${first[0]!.toUpperCase()}${first.slice(1)} ${second}`,
    datasets: [...new Set(conditions.flatMap((c) => c.datasets))],
  };
}
