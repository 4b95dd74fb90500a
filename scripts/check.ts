/**
 * `npm run check`: validate every dataset and page without building the site.
 * Prints one Swedish line per problem (file, line, what to do) and exits 1 if
 * there are any. Same messages as the build, because it calls the same code.
 *
 * DATA_DIR and PAGES_DIR point it at other folders (fixture sites in tests).
 */
import { checkContent } from '../src/check/index.ts';
import { pageFiles } from '../src/mdx/pages.ts';

/**
 * Chapters the visual editor (npm run redigera) cannot open: what it cannot
 * express is refused here rather than lost when a communicator saves it there.
 * Skipped when the editor is not installed (the build never needs it), and for
 * fixture sites, whose pages the editor's lists do not know.
 */
async function editorProblems(): Promise<string[]> {
  if (process.env.PAGES_DIR || process.env.DATA_DIR) return [];
  try {
    const { refusedByEditor } = await import('../src/editor/roundtrip.ts');
    return refusedByEditor(pageFiles());
  } catch {
    return [];
  }
}

const started = performance.now();
let result: ReturnType<typeof checkContent>;
try {
  result = checkContent();
} catch (err) {
  // A content check never throws for content; if it does, say so in Swedish, without a stack trace.
  console.error(`Kontrollen stannade av ett oväntat fel: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}\nDet är ett fel i kontrollen, inte i innehållet. Be utvecklarna titta på det.`);
  process.exit(2);
}
const { numbers, summary } = result;
const problems = [...result.problems, ...(result.problems.length ? [] : await editorProblems())];
const all = [...problems, ...numbers];
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (all.length === 0) {
  console.log(`Allt innehåll är giltigt: ${summary} (${took}).`);
} else {
  console.error(`${all.length === 1 ? 'Ett fel' : `${all.length} fel`} hittades:\n`);
  for (const p of problems) console.error('  ' + p);
  if (numbers.length) {
    if (problems.length) console.error('');
    console.error('  Tal som är inskrivna för hand (se "Siffror i texten" i docs/redaktorsguide.md):');
    for (const p of numbers) console.error('  ' + p);
  }
  console.error('\nRätta felen ovan och kör npm run check igen.');
  process.exitCode = 1;
}
