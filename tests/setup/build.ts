/**
 * Build the site once before the tests that read its output. SKIP_BUILD=1
 * reuses an existing dist/ (handy while writing tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(`${process.env.OUT_DIR ?? 'dist'}/index.html`)) return;
  execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, DATA_DIR: '' } });
}
