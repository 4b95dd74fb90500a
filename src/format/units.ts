/**
 * The units the data uses, and how a reader sees a number in each: the one
 * table every formatter, axis, heading and check asks. A unit not listed here
 * is a count noun (besök, vårdcentraler, områden): the number, a no-break
 * space and the word, which running text may write in words (sex områden).
 */

/** How one unit reads. */
export interface Unit {
  /** Written after the number instead of the word: `85 %`. */
  symbol?: string;
  /** The number alone, no unit after it (antal, år). */
  bare?: boolean;
  /** Printed as written, without a thousands space and without the unit (2024, 5): years, ages. */
  plain?: boolean;
  /** A measure keeps its digits in running text (12 %, 5 mnkr, 30 dagar), never words. */
  measure?: boolean;
  /** A value that reads as a phrase rather than number + unit: `plats 2 av 21`. */
  phrase?: (n: string) => string;
  /** Decimals the phrase always uses. */
  decimals?: number;
  /** The unit after ±1: `−1 procentenhet`. */
  singular?: string;
  /** A share of a whole, 0–100 (axes stop at 0 and 100; changes are in procentenheter). */
  share?: boolean;
  /** A value in this unit is checked as a column of this type would be (the range in src/schemas/rows.ts). */
  checkedAs?: 'percent' | 'rank';
}

/** Every unit with a reading of its own; see the module comment for the rest. */
export const UNITS: Record<string, Unit> = {
  procent: { symbol: '%', measure: true, share: true, checkedAs: 'percent' },
  procentenheter: { measure: true, singular: 'procentenhet' },
  procentenhet: { measure: true },
  'placering av 21': { measure: true, phrase: (n) => `plats ${n} av 21`, decimals: 0, checkedAs: 'rank' },
  antal: { bare: true },
  år: { plain: true, measure: true },
  årtal: { measure: true },
  mnkr: { measure: true },
  kr: { measure: true },
  'miljoner kronor': { measure: true },
  'miljarder kronor': { measure: true },
  dagar: { measure: true },
  timmar: { measure: true },
  index: { measure: true },
};

/** How `unit` reads: its entry, a rate (`kWh/m²`, `… per invånare`) as a measure, else a count noun. */
export function unitInfo(unit: string | undefined): Unit {
  if (!unit) return { bare: true };
  const known = UNITS[unit];
  if (known) return known;
  // Rates and physical measures keep their digits: "kWh/m²", "kg CO₂e per invånare", "recept per 1 000 invånare".
  if (/\/|\bper\b|^(kWh|ton|kg|m²|m2)\b/.test(unit)) return { measure: true };
  return {};
}

/** True for a share in per cent. */
export const isPercent = (unit: string | undefined): boolean => unitInfo(unit).share === true;
