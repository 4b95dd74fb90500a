/**
 * Swedish number formatting, in one place: no-break space between thousands
 * (1 287 279), decimal comma (450,6), a real minus sign (−118), and a no-break
 * space before units (85 %, −118 mnkr). Everything readers see goes through
 * here, chart axes included.
 */

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

/** Units written as a symbol after the number rather than as a word. */
const SYMBOLS: Record<string, string> = { procent: '%' };

/**
 * A value with its unit as readers should see it: `85 %`, `−118 mnkr`,
 * `plats 2 av 21`, `60 dagar`. Units "antal" and "år" print the bare number.
 */
export function formatValue(value: number | null, unit?: string, decimals?: number): string {
  if (value === null) return '–';
  if (unit === 'placering av 21') return `plats ${formatNumber(value, 0)} av 21`;
  if (unit === 'år') return String(value);
  const n = formatNumber(value, decimals);
  if (!unit || unit === 'antal') return n;
  return `${n}${NBSP}${SYMBOLS[unit] ?? unit}`;
}

/** Units of measure, which keep their digits in running text too (12 %, 5 mnkr, 30 dagar, plats 6 av 21). */
const MEASURES = /^(procent|procentenheter?|mnkr|kr|miljoner kronor|dagar|år|timmar|placering av 21|kWh.*|ton.*|kg.*|m²|m2)$/;

/** Two to twelve in words, as running text writes them (one needs en/ett, which depends on the noun). */
export const NUMBER_WORDS: Record<number, string> = { 2: 'två', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex', 7: 'sju', 8: 'åtta', 9: 'nio', 10: 'tio', 11: 'elva', 12: 'tolv' };

/**
 * A count in running text with the number in words: `sex områden`. Undefined
 * when the value is not a whole number from two to twelve (the caller says why).
 */
export function formatCountInWords(value: number | null, unit?: string): string | undefined {
  const word = value === null ? undefined : NUMBER_WORDS[value];
  if (!word || (unit && MEASURES.test(unit))) return undefined;
  return !unit || unit === 'antal' ? word : `${word} ${unit}`;
}

/** A change with sign and unit: `+48 mnkr`, `−1 procentenhet`. */
export function formatChange(value: number, unit?: string, decimals?: number): string {
  const n = formatSigned(value, decimals);
  if (!unit || unit === 'antal') return n;
  const u = unit === 'procentenheter' && Math.abs(value) === 1 ? 'procentenhet' : (SYMBOLS[unit] ?? unit);
  return `${n}${NBSP}${u}`;
}

/** Axis tick formatter for Plot: Swedish numbers, optional unit suffix (e.g. " %"). */
export function tickFormat(suffix = ''): (d: number) => string {
  return (d) => formatNumber(d) + (suffix ? NBSP + suffix : '');
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
