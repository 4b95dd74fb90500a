/**
 * SVG snapshots of the goal overview's panels (src/charts/malpanel.ts through
 * src/render), drawn from the frozen goal fixtures. Expected files:
 * tests/output/mal-<område>.svg (see tests/helpers/snapshot.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadAll } from '../src/data/index.ts';
import { evaluateLedger, overviewOf } from '../src/goals/index.ts';
import { drawPanels } from '../src/render/overview.ts';
import { matchFile } from './helpers/snapshot.ts';

const panels = drawPanels(overviewOf(evaluateLedger(loadAll('tests/fixtures/goals'))).panels);

describe('goal overview panels', () => {
  for (const p of panels) {
    it(`${p.id} matches its snapshot`, () => {
      const result = matchFile(`${p.id}.svg`, p.svg + '\n');
      expect(result.ok, result.message).toBe(true);
    });
  }

  it('each panel is an image with its title and its figures in words', () => {
    const ekonomi = panels.find((p) => p.id === 'mal-ekonomi')!.svg;
    expect(ekonomi).toMatch(/^<svg [^>]*role="img"/);
    expect(ekonomi).toMatch(/aria-labelledby="mal-ekonomi-titel mal-ekonomi-beskr"/);
    expect(ekonomi).toContain('<title id="mal-ekonomi-titel">Ekonomi: budgetavvikelse (mnkr)</title>');
    expect(ekonomi).toContain('Budgetavvikelse: 2023 \u2212166&#160;mnkr och 2024 \u2212118&#160;mnkr. Mål: budget i balans.');
  });

  it('writes values and the target the Swedish way, and has a legend where there are two lines', () => {
    const wait = panels.find((p) => p.id === 'mal-tillganglighet')!.svg;
    expect(wait).toContain('>Mål: minst 80&#160;%</text>');
    expect(wait).toContain('>75&#160;%</text>');
    expect(panels.find((p) => p.id === 'mal-tillganglighet')!.legend.map((l) => l.name)).toEqual(['Första besök', 'Behandling']);
    expect(panels.find((p) => p.id === 'mal-kvalitet')!.legend).toEqual([]);
  });
});
