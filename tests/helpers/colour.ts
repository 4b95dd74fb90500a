/**
 * Colour arithmetic for the chart-colour checks: WCAG contrast and CIEDE2000
 * colour difference from culori; colour-vision deficiency simulation
 * (Machado, Oliveira & Fernandes 2009) by hand, because culori applies the
 * model's matrices to gamma-encoded sRGB, while the model (and DaltonLens'
 * review of simulators) applies them to linear RGB, which shows dichromacy
 * more severely: the stricter check. Pure functions of "#rrggbb" strings.
 */
import { differenceCiede2000, formatHex, parse, wcagContrast, type Color } from 'culori';

type Rgb = [number, number, number];

/** The colour of a "#rrggbb" string; anything else is a mistake in the palette. */
function colour(hex: string): Color {
  const c = /^#[0-9a-f]{6}$/i.test(hex) ? parse(hex) : undefined;
  if (!c) throw new Error(`Ingen färg i formen #rrggbb: ${hex}`);
  return c;
}

/** WCAG 2.1 contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  return wcagContrast(colour(a), colour(b));
}

/**
 * Machado et al. 2009, severity 1.0 (dichromacy), applied to linear RGB:
 * the matrices published with the paper ("A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6)).
 */
export const CVD = {
  protanopi: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopi: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopi: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** How a colour looks with a colour-vision deficiency, as "#rrggbb". */
export function simulate(hex: string, kind: keyof typeof CVD): string {
  const c = colour(hex) as { r: number; g: number; b: number };
  const [r, g, b] = [c.r, c.g, c.b].map(toLinear) as Rgb;
  const m = CVD[kind];
  const [R, G, B] = [m[0] * r + m[1] * g + m[2] * b, m[3] * r + m[4] * g + m[5] * b, m[6] * r + m[7] * g + m[8] * b].map((x) => toGamma(clamp01(x)));
  return formatHex({ mode: 'rgb', r: R!, g: G!, b: B! });
}

// CIEDE2000 on CIELAB with the D65 white point, as the formula's test data (Sharma et al.) and sRGB assume.
const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference of two "#rrggbb" colours. */
export function deltaE2000(a: string, b: string): number {
  return ciede2000(colour(a), colour(b));
}

/** CIEDE2000 colour difference of two CIELAB (D65) colours (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000Lab([l1, a1, b1]: Readonly<Rgb>, [l2, a2, b2]: Readonly<Rgb>): number {
  return ciede2000({ mode: 'lab65', l: l1, a: a1, b: b1 }, { mode: 'lab65', l: l2, a: a2, b: b2 });
}
