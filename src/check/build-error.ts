/**
 * Turn whatever the build threw into lines an editor can act on: content
 * errors as they are, MDX syntax errors as "file, rad N: what is wrong", and
 * anything else as its message, without the stack trace.
 */
import { relative } from 'node:path';
import { ContentError } from '../data/index.ts';

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
    if (e.name === 'ContentError' && typeof e.message === 'string') return new ContentError([{ file: '', message: e.message }]);
  }
  return undefined;
}

export function explainBuildError(err: unknown): string[] {
  const content = findContentError(err);
  if (content) return [content.message];
  const e = (err ?? {}) as AstroLikeError;
  const file = e.loc?.file ?? e.id;
  const where = file ? `${relative(process.cwd(), file)}${e.loc?.line ? `, rad ${e.loc.line}` : ''}: ` : '';
  const msg = (e.message ?? String(err)).split('\n')[0]!;
  const lines = [`Fel vid bygget: ${where}${msg}`];
  if (/mdx|MDX|Unexpected|Could not parse|expected a closing tag/i.test(msg) || file?.endsWith('.mdx')) {
    lines.push('Kontrollera MDX-syntaxen på raden: varje <Komponent …> ska avslutas med /> eller </Komponent>, och { } och " " ska komma i par.');
  }
  if (e.hint) lines.push(`Tips: ${e.hint}`);
  return lines;
}
