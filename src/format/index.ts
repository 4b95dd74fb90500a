/**
 * Swedish number formatting, in one place: no-break space between thousands
 * (1 287 279), decimal comma (450,6), a real minus sign (−118), and a no-break
 * space before units (85 %, −118 mnkr). Everything readers see goes through
 * here, chart axes included.
 */

import { unitInfo } from './units.ts';

export { isPercent, unitInfo, UNITS, type Unit } from './units.ts';

/** No-break space, U+00A0. */
export const NBSP = '\u00A0';
/** Minus sign, U+2212. */
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function nf(decimals: number, signed: boolean): Intl.NumberFormat {
  const k = `${decimals}:${signed}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(k, f);
  }
  return f;
}

/** Decimals a number needs to be shown without loss (at most 4). */
export function decimalsOf(value: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
  return 4;
}

/**
 * A number the Swedish way. `decimals` defaults to what the value needs, so
 * figures keep the precision they were published with.
 */
export function formatNumber(value: number, decimals: number = decimalsOf(value)): string {
  // Intl already uses U+2212 and U+00A0 for sv-SE; normalise anyway, as ICU data varies between Node builds.
  return nf(decimals, false).format(value).replace(/[\u0020\u202F]/g, NBSP).replace(/-/g, MINUS);
}

/** A change with its sign: +48, −2,5, 0. */
export function formatSigned(value: number, decimals: number = decimalsOf(value)): string {
  return nf(decimals, true).format(value).replace(/[\u0020\u202F]/g, NBSP).replace(/-/g, MINUS);
}

/**
 * A unit without its bracketed qualifier: "procent (förändring)" → "procent".
 * In prose the sentence says it is a change; tables keep the whole unit.
 */
export function baseUnit(unit: string | undefined): string | undefined {
  return unit?.replace(/\s*\([^)]*\)\s*$/, '') || undefined;
}

/**
 * A value with its unit as readers should see it: `85 %`, `−118 mnkr`,
 * `plats 2 av 21`, `60 dagar`. Units "antal" and "år" print the bare number.
 */
export function formatValue(value: number | null, unit?: string, decimals?: number): string {
  if (value === null) return '–';
  const u = unitInfo(unit);
  if (u.phrase) return u.phrase(formatNumber(value, u.decimals ?? decimals));
  if (u.plain) return String(value);
  const n = formatNumber(value, decimals);
  return u.bare ? n : `${n}${NBSP}${u.symbol ?? unit}`;
}

/** Two to twelve in words, as running text writes them (one needs en/ett, which depends on the noun). */
export const NUMBER_WORDS: Record<number, string> = { 2: 'två', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex', 7: 'sju', 8: 'åtta', 9: 'nio', 10: 'tio', 11: 'elva', 12: 'tolv' };

/**
 * A count in running text with the number in words: `sex områden`. Undefined
 * when the value is not a whole number from two to twelve (the caller says why).
 */
export function formatCountInWords(value: number | null, unit?: string): string | undefined {
  const word = value === null ? undefined : NUMBER_WORDS[value];
  const u = unitInfo(unit);
  if (!word || u.measure) return undefined;
  return u.bare ? word : `${word} ${unit}`;
}

/** A change with sign and unit: `+48 mnkr`, `−1 procentenhet`. */
export function formatChange(value: number, unit?: string, decimals?: number): string {
  const n = formatSigned(value, decimals);
  const u = unitInfo(unit);
  if (u.bare) return n;
  return `${n}${NBSP}${(Math.abs(value) === 1 && u.singular) || u.symbol || unit}`;
}

/** An axis tick: the number, with the unit only where it is a symbol (`80 %`); words are said once in the title. */
export function formatTick(value: number, unit?: string): string {
  const symbol = unitInfo(unit).symbol;
  return symbol ? `${formatNumber(value)}${NBSP}${symbol}` : formatNumber(value);
}

/** A date as `23 november 2026`. Input `ÅÅÅÅ-MM-DD`, `ÅÅÅÅ-MM` or `ÅÅÅÅ`. */
export function formatDate(iso: string): string {
  const parts = iso.split('-');
  if (parts.length === 1) return iso;
  const date = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2] ?? 1)));
  const opts: Intl.DateTimeFormatOptions =
    parts.length === 2 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('sv-SE', opts).format(date);
}
