import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatTick, formatValue, MINUS, NBSP } from '../src/format/index.ts';

describe('formatNumber', () => {
  it('groups thousands with no-break spaces', () => {
    expect(formatNumber(1287279)).toBe(`1${NBSP}287${NBSP}279`);
  });
  it('uses a decimal comma and keeps published decimals', () => {
    expect(formatNumber(450.6)).toBe('450,6');
    expect(formatNumber(7, 1)).toBe('7,0');
  });
  it('uses the minus sign U+2212, never a hyphen', () => {
    expect(formatNumber(-118)).toBe(`${MINUS}118`);
    expect(formatNumber(-118)).not.toContain('-');
  });
});

describe('formatValue', () => {
  it('writes per cent as "85 %" with a no-break space', () => {
    expect(formatValue(85, 'procent')).toBe(`85${NBSP}%`);
  });
  it('writes money in mnkr', () => {
    expect(formatValue(-17.8, 'mnkr', 1)).toBe(`${MINUS}17,8${NBSP}mnkr`);
  });
  it('writes ranks in words', () => {
    expect(formatValue(2, 'placering av 21')).toBe('plats 2 av 21');
  });
  it('prints counts bare and missing values as a dash', () => {
    expect(formatValue(26400, 'antal')).toBe(`26${NBSP}400`);
    expect(formatValue(null, 'procent')).toBe('–');
  });
});

describe('formatChange', () => {
  it('signs changes and says procentenheter', () => {
    expect(formatChange(48, 'mnkr')).toBe(`+48${NBSP}mnkr`);
    expect(formatChange(-2, 'procentenheter')).toBe(`${MINUS}2${NBSP}procentenheter`);
    expect(formatChange(1, 'procentenheter')).toBe(`+1${NBSP}procentenhet`);
  });
});

describe('axes and dates', () => {
  it('formats ticks the Swedish way, with a symbol unit but never a word', () => {
    expect(formatTick(1000, 'procent')).toBe(`1${NBSP}000${NBSP}%`);
    expect(formatTick(-0.5, 'mnkr')).toBe(`${MINUS}0,5`);
  });
  it('writes dates in Swedish', () => {
    expect(formatDate('2024-08-23')).toBe('23 augusti 2024');
    expect(formatDate('2025')).toBe('2025');
  });
});

describe('baseUnit', () => {
  it('drops a bracketed qualifier for running text', async () => {
    const { baseUnit } = await import('../src/format/index.ts');
    expect(baseUnit('procent (förändring)')).toBe('procent');
    expect(baseUnit('mnkr')).toBe('mnkr');
    expect(baseUnit(undefined)).toBeUndefined();
  });
});

describe('counts in words (Value ord)', () => {
  it('writes two to twelve in words with their noun', async () => {
    const { formatCountInWords } = await import('../src/format/index.ts');
    expect(formatCountInWords(6, 'områden')).toBe('sex områden');
    expect(formatCountInWords(2, 'kommuner')).toBe('två kommuner');
    expect(formatCountInWords(12)).toBe('tolv');
  });
  it('keeps digits for one (en/ett), above twelve, for decimals and with units of measure', async () => {
    const { formatCountInWords } = await import('../src/format/index.ts');
    for (const [v, u] of [[1, 'område'], [13, 'områden'], [2.5, 'områden'], [6, 'procent'], [5, 'mnkr'], [6, 'placering av 21'], [9, 'dagar']] as const) {
      expect(formatCountInWords(v, u)).toBeUndefined();
    }
  });
});
