/**
 * A line is only as solid as the measurements: between observations further
 * apart than the series' usual step (2017 → 2022 when the others are a year
 * apart), or across a missing value, the line chart draws a dashed, lighter
 * segment. Here the points of a series are split into runs and gaps.
 */
import { num } from './common.ts';
import type { Row } from '../schemas/rows.ts';

/** Years as a readable span: "2018–2021", or one year. */
export const span = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

/** Observed points of one series, split into runs: within a run the line is solid; between runs it is dashed. */
export function runs(rows: Row[], x: string, v: string): { points: Row[]; gaps: [Row, Row][] } {
  const sorted = [...rows].sort((a, b) => (a[x] as number) - (b[x] as number));
  const points = sorted.filter((r) => num(r, v) !== null);
  const years = points.map((r) => r[x] as number);
  const steps = years.slice(1).map((y, i) => y - years[i]!);
  const usual = steps.length ? Math.min(...steps) : 1;
  const gaps: [Row, Row][] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const missingBetween = sorted.some((r) => (r[x] as number) > (a[x] as number) && (r[x] as number) < (b[x] as number));
    if (steps[i - 1]! > usual || missingBetween) gaps.push([a, b]);
  }
  return { points, gaps };
}

export type Series = ReturnType<typeof runs>;

/** The dashed segments across gaps: each gap's two ends, numbered so Plot draws one line per gap. */
export const dashed = (s: Series) => s.gaps.flatMap(([a, b], k) => [{ ...a, _gap: k }, { ...b, _gap: k }]);

/** The observed points, numbered by run so Plot breaks the solid line at every gap. */
export function solid(s: Series) {
  let run = 0;
  return s.points.map((r, k) => {
    if (k > 0 && s.gaps.some(([, b]) => b === r)) run++;
    return { ...r, _run: run };
  });
}
