/**
 * Debian's Chromium driven by playwright-core, for the browser tests. Never a
 * downloaded browser: CI installs the `chromium` package (see .ci/run).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS };

/** Start one headless Chromium; close it when done. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The WCAG levels we are held to (lag 2018:1937 → EN 301 549 → WCAG 2.1 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
