/**
 * Publishing steps that run on the built site before it replaces the old
 * one. Each step is a function of the output folder; add new ones to STEPS.
 */
export type Step = { name: string; run: (outDir: string) => Promise<void> };

export const STEPS: Step[] = [];

export async function postbuild(outDir: string): Promise<void> {
  for (const step of STEPS) await step.run(outDir);
}
