/**
 * The goal ledger: each of the strategy's four goals split into the
 * conditions the follow-up document words (dataset strategi-malvillkor),
 * judged at build time from the document's tables by the rules in rules.ts
 * and evaluate.ts, beside the document's own verdict. Read through src/data
 * only; components format and place what this gives.
 */
export { AREA_IDS, AREAS, VERDICTS, type AreaId, type AreaResult, type ConditionResult, type Observation, type Verdict } from './types.ts';
export { RULES, type ConditionRule, type DataSource } from './rules.ts';
export { combine, evaluateArea, evaluateCondition, evaluateLedger, ledgerSentence, meets, tally } from './evaluate.ts';
export { overviewOf, type Overview } from './overview.ts';
