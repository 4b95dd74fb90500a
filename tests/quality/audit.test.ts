/**
 * Known vulnerabilities in what the site ships: `npm audit --omit=dev
 * --audit-level=high`. The project has only devDependencies today, so
 * nothing runtime is sent to the registry; once it has runtime dependencies,
 * npm must reach the registry's audit service, and if it cannot, the test
 * fails and says so rather than passing on no answer.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

describe('dependencies', () => {
  it('npm audit --omit=dev --audit-level=high finds nothing', { timeout: 120_000 }, () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    if (run.error) throw new Error(`npm audit kunde inte startas: ${run.error.message}`);
    let report: { error?: { summary?: string }; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
    try {
      report = JSON.parse(run.stdout);
    } catch {
      throw new Error(`npm audit gav inget svar att läsa (kod ${run.status}):\n${run.stderr.trim()}`);
    }
    if (report.error || report.message || !report.metadata?.vulnerabilities) {
      throw new Error(`npm audit nådde inte registrets granskningstjänst, så inget är kontrollerat: ${report.message ?? report.error?.summary ?? run.stderr.trim()}`);
    }
    const v = report.metadata.vulnerabilities;
    expect({ high: v.high, critical: v.critical }).toEqual({ high: 0, critical: 0 });
    expect(run.status, run.stderr).toBe(0);
  });
});
