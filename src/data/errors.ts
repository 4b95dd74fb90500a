/**
 * Friendly errors for editors: every problem names the file, the line or
 * field, what was found and what to do. Never a stack trace.
 */

/** One problem in one content file. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/data/x.csv`. */
  file: string;
  /** Line as an editor counts it (1 = first line). */
  line?: number;
  /** CSV column or metadata field. */
  column?: string;
  field?: string;
  message: string;
}

/** Format one problem as a single Swedish line. */
export function formatProblem(p: Problem): string {
  const where = [p.file];
  if (p.line !== undefined) where.push(`rad ${p.line}`);
  if (p.column !== undefined) where.push(`kolumn "${p.column}"`);
  if (p.field !== undefined) where.push(`fält "${p.field}"`);
  return `${where.join(', ')}: ${p.message}`;
}

/** Thrown when content does not pass validation; carries every problem found. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length === 1 ? 'Ett fel' : `${problems.length} fel`} i innehållet:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story; a stack trace only frightens editors.
    this.stack = this.message;
  }
}

/** Levenshtein distance, for "menade du …?" suggestions. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The closest valid choice, if it is close enough to be a likely typo. */
export function suggest(wrong: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of choices) {
    const d = distance(wrong.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined && bestD <= Math.max(2, Math.floor(wrong.length / 3))) return best;
  // A shortened or inflected word ("stapel" for "staplar"): the one choice sharing a long enough beginning.
  const prefix = (c: string) => {
    let i = 0;
    while (i < c.length && i < wrong.length && c[i]!.toLowerCase() === wrong[i]!.toLowerCase()) i++;
    return i;
  };
  const need = Math.max(4, Math.ceil(wrong.length / 2));
  const close = choices.filter((c) => prefix(c) >= need);
  return close.length === 1 ? close[0] : undefined;
}

/** "finns inte. Menade du "x"? Giltiga val: a, b, c" */
export function unknownChoice(what: string, wrong: string, choices: readonly string[]): string {
  const near = suggest(wrong, choices);
  const list = choices.length > 12 ? choices.slice(0, 12).join(', ') + ' …' : choices.join(', ');
  return `${what} "${wrong}" finns inte.${near ? ` Menade du "${near}"?` : ''} Giltiga val: ${list}`;
}
