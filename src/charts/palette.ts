/**
 * Colours of chart marks, as CSS custom properties so charts follow the site's
 * light and dark themes. The light and dark values live in src/styles/site.css;
 * LIGHT is used where no stylesheet applies (downloaded SVG and PNG files) and
 * by the contrast test.
 */

/** Series colours in order: Halland first, the comparison second. */
export const SERIES = ['var(--serie-1)', 'var(--serie-2)', 'var(--serie-3)'] as const;
/** Symbols per series, so colour is never the only difference. */
export const SYMBOLS = ['circle', 'diamond', 'square'] as const;

export const TARGET = 'var(--mal)';
export const NEGATIVE = 'var(--negativ)';
export const POSITIVE = 'var(--positiv)';
export const GRID = 'var(--rutnat)';
export const MUTED = 'var(--dampad)';

/** The palette's values, light theme and dark theme. Keep in step with src/styles/site.css (tests/quality/colours.site.test.ts checks). */
export const THEMES = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    '--bakgrund': '#ffffff',
    '--serie-1': '#005a9c',
    '--serie-2': '#b34700',
    '--serie-3': '#882255',
    '--mal': '#1a1a1a',
    '--negativ': '#b3261e',
    '--positiv': '#1b6e3a',
    '--rutnat': '#767676',
    '--dampad': '#595959',
  },
  dark: {
    background: '#16191d',
    text: '#eceff1',
    '--bakgrund': '#16191d',
    '--serie-1': '#7cb9f2',
    '--serie-2': '#f5a66b',
    '--serie-3': '#f06292',
    '--mal': '#eceff1',
    '--negativ': '#f28b82',
    '--positiv': '#81c995',
    '--rutnat': '#8f979e',
    '--dampad': '#b0b8bf',
  },
} as const;

/** Replace `var(--x)` and currentColor with fixed colours, for files shown outside the site. */
export function resolveColours(svg: string, theme: keyof typeof THEMES = 'light'): string {
  const t = THEMES[theme] as Record<string, string>;
  return svg.replace(/var\((--[a-z0-9-]+)\)/g, (m, name: string) => t[name] ?? m).replace(/currentColor/g, t.text!);
}
