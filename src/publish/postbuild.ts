/**
 * Publishing steps that run on the built site before it replaces the old
 * one. Each step is a function of the output folder; add new ones to STEPS.
 */
import { ogStep } from './og.ts';
import { searchStep } from './search.ts';
import { headersStep } from './headers.ts';
import { precompressStep } from './precompress.ts';

export type Step = { name: string; run: (outDir: string) => Promise<void> };

export const STEPS: Step[] = [
  ogStep,
  searchStep, // indexes the finished HTML
  headersStep, // after search: covers every top-level folder, pagefind/ included
  precompressStep, // last: compresses every text file the steps before wrote
];

/** Run every step on `outDir`; `done` is told each step's name as it finishes (the build times them). */
export async function postbuild(outDir: string, done: (name: string) => void = () => {}): Promise<void> {
  for (const step of STEPS) {
    await step.run(outDir);
    done(step.name);
  }
}
