/**
 * Loaded with `node --import` into a build the benchmark measures: writes each
 * figure the renderer draws (src/render/figure.ts publishes it on a
 * diagnostics channel, with its render time and inputs) to the file CHART_LOG
 * names, one JSON line each. Production code writes no benchmark files.
 */
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

const out = process.env.CHART_LOG;
if (out) subscribe('halland:figure', (m) => appendFileSync(out, JSON.stringify(m) + '\n'));
