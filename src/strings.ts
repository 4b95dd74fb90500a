/**
 * UI strings in Swedish, kept in one file (src/strings.sv.json) so wording is
 * changed in one place and never hard-coded in components.
 */
import strings from './strings.sv.json' with { type: 'json' };

export const t = strings;
