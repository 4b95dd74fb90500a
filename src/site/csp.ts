/**
 * The pages' Content-Security-Policy: part of the site model because the
 * layout writes it into every page's <meta> and the header writers
 * (src/publish/headers.ts, nginx.ts) repeat it as a header, adding what a
 * meta tag cannot say (frame-ancestors).
 */

/**
 * The Content-Security-Policy of a page, as its <meta> says it. Only the
 * search page runs a script (Pagefind), whose WebAssembly needs 'wasm-unsafe-eval'.
 */
export function pageCsp(search = false): string {
  return [
    "default-src 'self'",
    search ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
