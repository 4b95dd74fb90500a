/**
 * Debian's Chromium as this machine allows it: never a downloaded browser
 * (CI installs the \`chromium\` package), and no network of its own, since
 * background services would try hosts this machine cannot reach.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline apart from the pages we load. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
