/**
 * The benchmark's report: Markdown tables with every measurement and the
 * budgets, pass or fail, written under docs/bench/ with the date and machine.
 */
import { cpus, totalmem, platform, release } from 'node:os';

export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean;
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'okänd processor';
  return `${cpus().length} kärnor (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB minne, ${platform()} ${release()}, Node ${process.version}`;
}

/** A Markdown table from rows of cells. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kb = (n: number) => (n / 1024).toFixed(1);
export const ms = (n: number) => n.toFixed(1);
/** A share as a percentage with one decimal (0.0734 → "7.3"). */
export const pct = (share: number) => (share * 100).toFixed(1);
