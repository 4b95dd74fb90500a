/**
 * Turn whatever the build threw into lines an editor can act on: content
 * errors as they are, MDX syntax errors as "file, rad N: what is wrong", and
 * anything else as its message, without the stack trace.
 */
import { relative } from 'node:path';
import { ContentError, formatProblem } from '../data/index.ts';
import { mdxSyntaxProblem, readPage } from '../mdx/pages.ts';

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
    // Thrown by our remark plugin: @astrojs/mdx renames it MDXError but leaves its problems.
    const problems = (e as { problems?: unknown }).problems;
    if (Array.isArray(problems) && problems.length && problems.every((p) => typeof p?.file === 'string' && typeof p?.message === 'string')) return new ContentError(problems);
  }
  return undefined;
}

/** The check's problems in one page, or none when the page cannot be read again. */
function pageProblems(file: string): ReturnType<typeof readPage>['problems'] {
  try {
    return readPage(file).problems;
  } catch {
    return [];
  }
}

/** The lines to print for a failed build: where, what, and how to fix it. */
export function explainBuildError(err: unknown): string[] {
  const content = findContentError(err);
  if (content) return [content.message];
  const e = (err ?? {}) as AstroLikeError;
  const file = e.loc?.file ?? e.id;
  // An MDX syntax error: said exactly as `npm run check` says it (src/mdx/pages.ts).
  const syntax = file?.endsWith('.mdx') ? mdxSyntaxProblem(file) : undefined;
  if (syntax) return [`Fel i en sida: ${formatProblem(syntax)}`];
  // Any other problem the check finds in the page the build stopped at: the check's own words.
  const page = file?.endsWith('.mdx') ? pageProblems(file) : [];
  if (page.length) return [`Fel i en sida:`, ...page.map((p) => '  ' + formatProblem(p))];
  const where = file ? `${relative(process.cwd(), file)}${e.loc?.line ? `, rad ${e.loc.line}` : ''}` : '';
  const msg = (e.message ?? String(err)).split('\n')[0]!;
  // What Astro or a library said is kept (a developer needs it), after a Swedish line that says where and what to do; never the stack.
  const lines = [
    where
      ? `Fel vid bygget: ${where}: bygget kunde inte göra klart filen. Kontrollera raden och kör npm run check.`
      : 'Fel vid bygget: bygget stannade utan att ange någon fil. Kör npm run check; hittar den inget fel, be utvecklarna titta på meddelandet nedan.',
    `  Verktygets meddelande: ${msg}`,
  ];
  if (/mdx|MDX|Unexpected|Could not parse|expected a closing tag/i.test(msg) || file?.endsWith('.mdx')) {
    lines.push('Kontrollera MDX-syntaxen på raden: varje <Komponent …> ska avslutas med /> eller </Komponent>, och { } och " " ska komma i par.');
  }
  if (e.hint) lines.push(`Tips: ${e.hint}`);
  return lines;
}
