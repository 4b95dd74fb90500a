/** `npm run new-dataset -- <id>`: creates a template the check holds back until the source is filled in. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/check/index.ts';
import { removeTempDirs, runScript, tempDir } from './helpers.ts';

describe('new-dataset', () => {
  afterAll(removeTempDirs);
  const dir = tempDir('ny-data');
  const runScriptWith = (d: string, id: string) => runScript('scripts/new-dataset.ts', { DATA_DIR: d }, [id]);

  it('creates both files, which the check stops until the source is filled in', () => {
    const r = runScriptWith(dir, 'vantetider-2024');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'vantetider-2024.csv')) && existsSync(join(dir, 'vantetider-2024.meta.yaml'))).toBe(true);
    const problems = checkContent({ dataDir: dir, pagesDir: tempDir('inga-sidor') }).problems.map((p) => p.replace(/^.*vantetider-2024\.meta\.yaml, /, ''));
    expect(problems).toEqual([
      'rad 7, fält "source.document": fältet är tomt eller för kort',
      'rad 11, fält "source.section": fältet är tomt eller för kort',
      'rad 12, fält "source.file": felaktigt format: ska vara ett filnamn som 000_74511e486157992c.txt',
    ]);
  });

  it('refuses an existing dataset and an invalid id', () => {
    expect(runScriptWith(dir, 'vantetider-2024').output).toMatch(/vantetider-2024\.csv finns redan/);
    const bad = runScriptWith(dir, 'Väntetider 2024');
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/^Namnet "Väntetider 2024" går inte att använda/);
  });
});
