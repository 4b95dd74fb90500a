/**
 * `npm run check`: validate every dataset and page without building the site.
 * Prints one Swedish line per problem (file, line, what to do) and exits 1 if
 * there are any. Same messages as the build, because it calls the same code.
 */
import { checkContent } from '../src/check/index.ts';

const { problems, summary } = checkContent();
if (problems.length === 0) {
  console.log(`Allt innehåll är giltigt: ${summary}.`);
} else {
  console.error(`${problems.length === 1 ? 'Ett fel' : `${problems.length} fel`} hittades:\n`);
  for (const p of problems) console.error('  ' + p);
  console.error('\nRätta felen ovan och kör npm run check igen.');
  process.exitCode = 1;
}
