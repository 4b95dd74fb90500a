/**
 * Turn whatever the build threw into lines an editor can act on: content
 * errors as they are, MDX syntax errors as "file, rad N: what is wrong", and
 * anything else as its message, without the stack trace.
 */
import { relative } from 'node:path';
import { ContentError, formatProblem } from '../data/index.ts';
import { mdxSyntaxProblem } from './pages.ts';

interface AstroLikeError {
  message?: string;
  name?: string;
  title?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
  cause?: unknown;
}

/** Find a ContentError anywhere in the cause chain (Astro wraps errors from components). */
function findContentError(err: unknown): ContentError | undefined {
  for (let e = err as AstroLikeError | undefined, i = 0; e && i < 10; e = e.cause as AstroLikeError, i++) {
    if (e instanceof ContentError) return e;
    // Thrown inside Vite's copy of src/data: same class, other module instance. Its message is already whole.
    if (e.name === 'ContentError' && typeof e.message === 'string') return Object.assign(new ContentError([]), { message: e.message });
  }
  return undefined;
}

/** The lines to print for a failed build: where, what, and how to fix it. */
export function explainBuildError(err: unknown): string[] {
  const content = findContentError(err);
  if (content) return [content.message];
  const e = (err ?? {}) as AstroLikeError;
  const file = e.loc?.file ?? e.id;
  // An MDX syntax error: said exactly as `npm run check` says it (src/check/pages.ts).
  const syntax = file?.endsWith('.mdx') ? mdxSyntaxProblem(file) : undefined;
  if (syntax) return [`Fel i en sida: ${formatProblem(syntax)}`];
  const where = file ? `${relative(process.cwd(), file)}${e.loc?.line ? `, rad ${e.loc.line}` : ''}: ` : '';
  const msg = (e.message ?? String(err)).split('\n')[0]!;
  const lines = [`Fel vid bygget: ${where}${msg}`];
  if (/mdx|MDX|Unexpected|Could not parse|expected a closing tag/i.test(msg) || file?.endsWith('.mdx')) {
    lines.push('Kontrollera MDX-syntaxen på raden: varje <Komponent …> ska avslutas med /> eller </Komponent>, och { } och " " ska komma i par.');
  }
  if (e.hint) lines.push(`Tips: ${e.hint}`);
  return lines;
}
