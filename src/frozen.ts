/**
 * True inside `astro build` (Vite sets `import.meta.env.PROD` there). No file
 * changes mid-build, so what was read or drawn once can be kept: re-reading on
 * every route made a build with n datasets do n² file checks. The dev server,
 * tests and scripts (where this is false) keep checking files for edits.
 */
export const FROZEN: boolean = import.meta.env?.PROD === true;
