/**
 * Judging the conditions: one explicit rule for all of them.
 *
 * - The figures judged are those of the latest year the tables give.
 * - "högst": every figure must be the target rank or better (1 is best).
 *   "minst": every figure must be the target or higher. "i balans": no figure
 *   may be negative.
 * - One figure on the wrong side: inte uppfyllt. Otherwise a missing figure,
 *   or no table figure at all: går inte att avgöra, with the reason.
 * - A goal is uppfyllt when all its conditions are, inte uppfyllt when any is
 *   not, and otherwise går inte att avgöra.
 *
 * The document's own verdict (strategi-uppfoljningsomraden) is read beside
 * it, and where the two differ one plain sentence says so.
 */
import { formatNumber, formatValue } from '../format/index.ts';
import { ContentError, loadAll, rowKey, type Dataset, type Row } from '../data/index.ts';
import { t } from '../strings.ts';
import { need, rowOf, RULES, show, type ConditionRule, type DataSource } from './rules.ts';
import {
  AREA_IDS,
  AREAS,
  type AreaId,
  type AreaResult,
  type Comparison,
  type ConditionResult,
  type DocumentVerdict,
  type Observation,
  type SummaryFigure,
  type Target,
  type Verdict,
} from './types.ts';

export const CONDITIONS = 'strategi-malvillkor';
export const SUMMARY = 'maluppfyllelse-sammanfattning-2024';
export const DOCUMENT = 'strategi-uppfoljningsomraden';
const COMPARISONS: Comparison[] = ['högst', 'minst', 'i balans'];

/** The target of a condition, from strategi-malvillkor. */
export function targetOf(src: DataSource, rule: Pick<ConditionRule, 'area' | 'id'>): Target {
  const ds = need(src, CONDITIONS);
  const row = rowOf(ds, `${AREAS[rule.area]} | ${rule.id}`);
  const comparison = String(row.jamforelse) as Comparison;
  if (!COMPARISONS.includes(comparison)) {
    throw new ContentError([{ file: ds.files.csv, column: 'jamforelse', message: `jämförelsen "${comparison}" för ${rule.id} ska vara ${COMPARISONS.join(', ')}.` }]);
  }
  const value = typeof row.malvarde === 'number' ? row.malvarde : null;
  if (value === null && comparison !== 'i balans') throw new ContentError([{ file: ds.files.csv, column: 'malvarde', message: `villkoret ${rule.id} saknar målvärde; bara jämförelsen "i balans" klarar sig utan.` }]);
  return { text: String(row.villkor_text), comparison, value, unit: String(row.enhet), ref: { dataset: ds.id, row: rowKey(ds.meta, row), column: 'malvarde' } };
}

/** Whether one figure meets the target. */
export function meets(value: number, target: Target): boolean {
  if (target.comparison === 'högst') return value <= target.value!;
  if (target.comparison === 'minst') return value >= target.value!;
  return value >= 0;
}

/** The figure furthest on the wrong side (or closest to the line): the one a verdict turns on. */
function worstOf(obs: Observation[], target: Target): Observation | undefined {
  const present = obs.filter((o) => o.value !== null);
  const sign = target.comparison === 'högst' ? 1 : -1;
  return present.reduce<Observation | undefined>((w, o) => (!w || sign * (o.value! - w.value!) > 0 ? o : w), undefined);
}

/** "Målet är plats 5 eller bättre." */
export function targetSentence(target: Target): string {
  if (target.comparison === 'högst') return `Målet är plats ${formatNumber(target.value!, 0)} eller bättre.`;
  if (target.comparison === 'minst') return `Målet är minst ${formatValue(target.value!, target.unit)}.`;
  return 'Målet är en budget i balans, alltså ingen negativ avvikelse.';
}

/** The latest year's figures (all figures of that year, missing ones included). */
export function latestOf(obs: Observation[]): Observation[] {
  if (obs.length === 0) return [];
  const year = Math.max(...obs.map((o) => o.year));
  return obs.filter((o) => o.year === year);
}

/** The summary slide's figures for a condition, beside the tables'. */
function summaryFigures(src: DataSource, rule: ConditionRule, obs: Observation[], worst: Observation | undefined): SummaryFigure[] {
  if (!rule.summary) return [];
  const ds = need(src, SUMMARY);
  const value = ds.meta.columns.find((c) => c.name === 'varde')!;
  return rule.summary.map(({ row: key, series }) => {
    const row: Row = rowOf(ds, key);
    const v = row.varde as number;
    const text = formatValue(v, String(row[value.unitColumn ?? 'enhet']));
    const ref = { dataset: ds.id, row: key, column: 'varde' };
    const mine = series ? latestOf(obs).find((o) => o.series === series) : worst;
    if (!mine) return { text, same: false, note: `Bara sammanfattningsbilden anger en siffra: ${text}. Den går inte att kontrollera mot någon tabell.`, ref };
    if (mine.value === v) return { text, same: true, ref };
    // A summary figure that is an earlier year's table figure: say which year.
    const earlier = obs.find((o) => o.series === mine.series && o.label === mine.label && o.year !== mine.year && o.value === v);
    const which = series ? ` för ${mine.label}` : '';
    const tables = rule.datasets.length > 1 ? 'i någon av tabellerna' : 'i tabellen';
    // "not in the tables" is said only when no cell of the rule's tables holds the figure.
    const anywhere = rule.datasets.some((id) => need(src, id).rows.some((r) => Object.values(r).includes(v)));
    const where = earlier ? `, som är tabellens värde för ${earlier.year}` : anywhere ? '' : `, en siffra som inte står ${tables}`;
    return { text, same: false, note: `Sammanfattningsbilden anger i stället ${text}${which}${where}.`, ref };
  });
}

/** Evaluate one rule. */
export function evaluateCondition(rule: ConditionRule, src: DataSource): ConditionResult {
  const target = targetOf(src, rule);
  const observations = rule.observe(rule.datasets.map((id) => need(src, id)) as [Dataset, ...Dataset[]]);
  const latest = latestOf(observations);
  const worst = worstOf(latest, target);
  const missing = latest.filter((o) => o.value === null);
  let verdict: Verdict;
  let reason: string;
  if (latest.length === 0 || !worst) {
    verdict = 'gar-inte-att-avgora';
    reason = `${rule.absent ?? 'Tabellerna har ingen siffra för villkoret.'} ${targetSentence(target)}`;
  } else if (!meets(worst.value!, target)) {
    verdict = 'inte-uppfyllt';
    reason = `${rule.shows(worst, latest)} ${targetSentence(target)}`;
  } else if (missing.length) {
    verdict = 'gar-inte-att-avgora';
    reason = `${rule.shows(worst, latest)} Uppgift saknas för ${missing.map((o) => o.label).join(', ')} (${missing[0]!.year}). ${targetSentence(target)}`;
  } else {
    verdict = 'uppfyllt';
    const exactly = target.comparison !== 'i balans' && worst.value === target.value ? ' Resultatet är precis målvärdet.' : '';
    reason = `${rule.shows(worst, latest)} ${targetSentence(target)}${exactly}`;
  }
  return {
    area: rule.area,
    id: rule.id,
    target,
    verdict,
    figure: worst ? show(worst) : undefined,
    year: worst?.year,
    reason,
    notes: rule.notes ?? [],
    summary: summaryFigures(src, rule, observations, worst),
    observations,
    datasets: rule.datasets,
    chart: rule.chart,
  };
}

/** A goal's verdict from its conditions'. */
export function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('inte-uppfyllt')) return 'inte-uppfyllt';
  if (verdicts.length > 0 && verdicts.every((v) => v === 'uppfyllt')) return 'uppfyllt';
  return 'gar-inte-att-avgora';
}

/** Numbers one to twelve in words, as running text wants them. */
export function inWords(n: number): string {
  return t.ledger.numbers[n] ?? formatNumber(n);
}

/** The one sentence said where the ledger and the document differ. */
export function differenceSentence(doc: DocumentVerdict, verdict: Verdict, conditions: ConditionResult[]): string | undefined {
  const agrees = (doc === 'uppnatt' && verdict === 'uppfyllt') || (doc === 'ej-uppnatt' && verdict === 'inte-uppfyllt');
  if (agrees) return undefined;
  const d = t.ledger.difference;
  const says = d.documentSays[doc];
  if (verdict === 'gar-inte-att-avgora') return `${says}, ${d.undecided}`;
  if (verdict === 'uppfyllt') return `${says}, ${d.allMet}`;
  const failed = conditions.filter((c) => c.verdict === 'inte-uppfyllt').length;
  const n = conditions.length;
  const tail =
    failed === n ? (n === 1 ? d.oneNotMet : d.noneMet) : failed === 1 ? d.oneOfNotMet.replace('{av}', inWords(n)) : d.someNotMet.replace('{antal}', inWords(failed)).replace('{av}', inWords(n));
  return `${says}, ${tail}`;
}

/** Evaluate one area: its conditions, combined, and the document's verdict beside. */
export function evaluateArea(area: AreaId, src: DataSource = loadAll(), rules: ConditionRule[] = RULES): AreaResult {
  const conditions = rules.filter((r) => r.area === area).map((r) => evaluateCondition(r, src));
  const verdict = combine(conditions.map((c) => c.verdict));
  const ds = need(src, DOCUMENT);
  const row = rowOf(ds, AREAS[area]);
  const docVerdict = String(row.maluppfyllelse) as DocumentVerdict;
  if (!['uppnatt', 'delvis', 'ej-uppnatt'].includes(docVerdict)) {
    throw new ContentError([{ file: ds.files.csv, column: 'maluppfyllelse', message: `måluppfyllelsen "${docVerdict}" för ${AREAS[area]} ska vara uppnatt, delvis eller ej-uppnatt.` }]);
  }
  const difference = differenceSentence(docVerdict, verdict, conditions);
  return {
    id: area,
    name: AREAS[area],
    verdict,
    conditions,
    document: { verdict: docVerdict, year: ds.meta.period, quote: String(row.maluppfyllelse_kalla), ref: { dataset: ds.id, row: AREAS[area], column: 'maluppfyllelse' } },
    agrees: difference === undefined,
    difference,
  };
}

/** The whole ledger, area by area in the document's order. */
export function evaluateLedger(src: DataSource = loadAll(), rules: ConditionRule[] = RULES): AreaResult[] {
  return AREA_IDS.map((a) => evaluateArea(a, src, rules));
}

/** How many goals have each verdict, and how many the document counts as met. */
export function tally(ledger: AreaResult[]): Record<Verdict, number> & { total: number; documentMet: number } {
  const count = (v: Verdict) => ledger.filter((a) => a.verdict === v).length;
  return {
    uppfyllt: count('uppfyllt'),
    'inte-uppfyllt': count('inte-uppfyllt'),
    'gar-inte-att-avgora': count('gar-inte-att-avgora'),
    total: ledger.length,
    documentMet: ledger.filter((a) => a.document.verdict === 'uppnatt').length,
  };
}

/**
 * The ledger in one sentence, for a lede: "Enligt tabellerna i uppföljningen
 * 2024 nåddes tre av de fyra målen inte, och ett går inte att avgöra.
 * Uppföljningen själv säger att två av dem nåddes." Built from the counts,
 * so the text follows the data.
 */
export function ledgerSentence(ledger: AreaResult[]): string {
  const c = tally(ledger);
  const s = t.ledger.sentence;
  const parts: string[] = [];
  const w = (n: number) => inWords(n);
  if (c.uppfyllt) parts.push(s.met.replace('{antal}', w(c.uppfyllt)));
  if (c['inte-uppfyllt']) parts.push(s.notMet.replace('{antal}', w(c['inte-uppfyllt'])));
  if (c['gar-inte-att-avgora']) parts.push(s.undecided.replace('{antal}', w(c['gar-inte-att-avgora'])));
  const year = ledger[0]?.document.year ?? '';
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  const first = s.lead.replace('{ar}', year).replace('{av}', w(c.total)).replace('{lista}', list);
  const doc = c.documentMet === 0 ? s.documentNone : s.documentMet.replace('{antal}', w(c.documentMet));
  return `${first} ${doc}`;
}
