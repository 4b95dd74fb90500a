/**
 * Reading the story pages (MDX) the way the build reads them, without
 * building: frontmatter checked by the page schema, the body parsed by the
 * same MDX parser (@mdx-js/mdx with GFM, as @astrojs/mdx uses), syntax errors
 * said in plain Swedish, and every component with its literal props and line.
 *
 * The one module that reads MDX for checks: `npm run check`, the build's
 * error explainer and the tests all go through here.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Root } from 'mdast';
import { pageSchema, type PageFrontmatter } from '../schemas/components.ts';
import { FIELD_WORDING, issueText, type Wording } from '../data/issues.ts';
import { decomposedMessage, findAllInvisible, findDecomposed, invisibleMessage, notRegular, readText, type Problem } from '../data/index.ts';
import { dateProblem, invisibleStrings, yamlToJs } from '../data/meta.ts';
import { attributeValue, isNotLiteral, KNOWN_COMPONENTS, unsafeConstructs } from './safe-mdx.ts';

/** Where the story pages live (PAGES_DIR overrides it, for fixture sites). */
export const PAGES_DIR = process.env.PAGES_DIR || 'content/pages';

export { KNOWN_COMPONENTS } from './safe-mdx.ts';

/** A JSX element as mdast-util-mdx-jsx gives it (only what we read). */
export interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown; position?: { start: { line: number } } }[];
  children: unknown[];
  position?: { start: { line: number; column: number } };
}

/** One component in a page. */
export interface ComponentUse {
  name: string;
  line: number;
  /** Props written as literals; undefined when one is an expression only the build can evaluate. */
  props?: Record<string, unknown>;
  /** Line of each prop (a prop may stand on a later line than the tag). */
  propLines: Record<string, number>;
  node: JsxNode;
}

/** One page, read and parsed. */
export interface Page {
  /** Path relative to the project root, as messages and `_kalla` give it. */
  file: string;
  id: string;
  frontmatter?: PageFrontmatter;
  /** The MDX tree; undefined when the page has a syntax error. */
  tree?: Root;
  components: ComponentUse[];
  problems: Problem[];
}

// GFM as the build has it (tables, strikethrough); smartypants only changes quotes, not structure.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** The `.mdx` files of a pages folder, sorted (not subfolders: the build's glob is `*.mdx`; not links: see pageDirProblems). */
export function pageFiles(dir: string = PAGES_DIR, root: string = process.cwd()): string[] {
  const abs = resolve(root, dir);
  return readdirSync(abs).filter((n) => n.endsWith('.mdx') && !n.startsWith('.') && !lstatSync(resolve(abs, n)).isSymbolicLink()).sort().map((n) => resolve(abs, n));
}

/** Read every page in `dir`. */
export function readPages(dir: string = PAGES_DIR, root: string = process.cwd()): Page[] {
  return pageFiles(dir, root).map((f) => readPage(f, root));
}

/** A page's name: it becomes its address, so the same rule as a dataset's. */
const PAGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Addresses the site itself uses at the top level, and what is there. A page
 * with one of these names would take over that address or be shadowed by it
 * (a page named embed got the embed headers and could be framed), or share
 * its share image (og/standard.png).
 */
export const RESERVED_PAGE_NAMES: Record<string, string> = {
  data: 'datakatalogen (/data/)',
  diagram: 'diagrambilderna (/diagram/)',
  embed: 'diagram att bädda in på andra webbplatser (/embed/), som får visas i en ram',
  sok: 'söksidan (/sok/)',
  pagefind: 'sökindexet (/pagefind/)',
  og: 'delningsbilderna (/og/)',
  standard: 'standardbilden när en sida delas (/og/standard.png)',
  '404': 'sidan som visas när en adress inte finns',
  tillganglighetsredogorelse: 'tillgänglighetsredogörelsen',
  'robots-txt': 'instruktionerna till sökmotorer',
};

/** An id the rule allows, as close to the editor's name as possible ("Min sida" → "min-sida"). */
function suggestId(name: string): string {
  const plain = name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return plain || 'sida';
}

/**
 * Problems with the folder of pages itself: entries that are not regular
 * .mdx files (links, folders, other files the build would skip without a
 * word), names that are not a clean address or that the site already uses.
 */
export function pageDirProblems(dir: string = PAGES_DIR, root: string = process.cwd()): Problem[] {
  const abs = resolve(root, dir);
  const problems: Problem[] = [];
  const rel = (n: string) => relative(root, resolve(abs, n)).split('\\').join('/');
  for (const n of readdirSync(abs).sort()) {
    if (n.startsWith('.')) {
      // A hidden page would be left out without a word (other dot files, like .DS_Store, are not content).
      if (/\.mdx?$/i.test(n)) problems.push({ file: rel(n), message: `filen börjar med en punkt och är därför dold: den kommer inte med på webbplatsen. Ta bort punkten i början av namnet, eller ta bort filen om den inte behövs.` });
      continue;
    }
    const refused = notRegular(resolve(abs, n), rel(n), 'sidor (<namn>.mdx)');
    if (refused) {
      problems.push(refused);
      continue;
    }
    if (!n.endsWith('.mdx')) {
      problems.push({ file: rel(n), message: `filen hör inte hemma här och kommer inte med på webbplatsen: en sida är en fil <namn>.mdx${/\.(md|MDX|txt)$/.test(n) ? `. Döp om den till ${suggestId(n.replace(/\.[^.]*$/, ''))}.mdx` : ''}.` });
      continue;
    }
    const id = n.slice(0, -'.mdx'.length);
    if (!PAGE_ID.test(id)) {
      problems.push({ file: rel(n), message: `namnet "${id}" blir sidans adress och får bara innehålla a–z, 0–9 och bindestreck (inga versaler, å, ä, ö eller mellanslag); annars skulle adressen bli en annan än filens namn. Döp om filen, t.ex. till ${suggestId(id)}.mdx.` });
      continue;
    }
    const taken = RESERVED_PAGE_NAMES[id];
    if (taken) problems.push({ file: rel(n), message: `namnet "${id}" används redan av webbplatsen för ${taken}. En sida med det namnet skulle hamna på fel adress eller ta över den. Döp om filen, t.ex. till ${id}-sida.mdx.` });
  }
  return problems;
}

/**
 * Frontmatter split off with its lines kept blank, as @astrojs/mdx does, so
 * line numbers in the body are the line numbers in the file.
 */
export function splitFrontmatter(text: string): { yaml?: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  if (!m) return { body: text };
  return { yaml: m[1], body: m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length) };
}

/** Read one page file (absolute path) and check what can be checked without data. */
export function readPage(abs: string, root: string = process.cwd()): Page {
  const file = relative(root, abs).split('\\').join('/');
  const id = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const { text, problem } = readText(abs, file);
  if (problem) return { file, id, components: [], problems: [problem] };
  return parsePage(text!, file, id);
}

/** Parse page text (exported for tests); `file` only labels problems. */
export function parsePage(text: string, file: string, id = 'sida'): Page {
  const page: Page = { file, id, components: [], problems: [] };
  const { yaml, body } = splitFrontmatter(text);
  // Characters nobody sees in the text (the frontmatter's strings are checked field by field below).
  const decomposed = findDecomposed(body);
  if (decomposed) page.problems.push({ file, line: body.slice(0, decomposed.index).split('\n').length, message: decomposedMessage(body, decomposed, 'raden') });
  for (const hidden of findAllInvisible(body, '\t\n\r')) {
    page.problems.push({ file, line: body.slice(0, hidden.index).split('\n').length, message: invisibleMessage(body, hidden, hidden.index === 0 && hidden.char === '\uFEFF' ? 'filens början' : 'raden') });
  }
  if (yaml === undefined) {
    page.problems.push({ file, line: 1, message: 'sidan saknar frontmatter. Börja filen med --- , raderna title, description, order och updated, och sedan --- (se docs/redaktorsguide.md).' });
  } else {
    readFrontmatter(yaml, file, page);
  }
  try {
    page.tree = processor.parse({ value: body, path: file }) as Root;
  } catch (err) {
    page.problems.push({ file, ...explainMdxError(err, body) });
    return page;
  }
  // Before anything else reads the tree: code, unsafe HTML and links are refused here, never compiled.
  for (const p of unsafeConstructs(page.tree)) page.problems.push({ file, ...p });
  collectComponents(page);
  return page;
}

/** Frontmatter fields Astro would act on, with what they would do: the page schema refuses them, and the message says why. */
const REROUTING: Record<string, string> = {
  slug: 'fältet slug får inte stå i frontmatter: det ger sidan en annan adress än filens namn. Ta bort raden och döp om filen om adressen ska ändras.',
  layout: 'fältet layout får inte stå i frontmatter: det läser in kod. Ta bort raden; alla sidor får webbplatsens utseende ändå.',
};

/** Frontmatter fields read like metadata fields, but an unknown one may be an attempt to move the page (REROUTING). */
const FRONTMATTER_WORDING: Wording = {
  ...FIELD_WORDING,
  unknownKeys: (keys) =>
    keys.some((k) => k in REROUTING)
      ? keys.map((k) => REROUTING[k] ?? `okänt fält i frontmatter "${k}".`).join(' ')
      : `okänt fält i frontmatter ${keys.map((k) => `"${k}"`).join(', ')}. Tillåtna: ${Object.keys(pageSchema.shape).join(', ')}`,
};

function readFrontmatter(yaml: string, file: string, page: Page): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file, after the first ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length) {
    for (const e of doc.errors) page.problems.push({ file, line: lineOf(e.pos[0]), message: 'frontmatter går inte att läsa som YAML. Kontrollera kolon och citattecken på raden.' });
    return;
  }
  const js = yamlToJs(doc, file, 2);
  if ('problem' in js) {
    page.problems.push(js.problem);
    return;
  }
  const at = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lineOf(node.range[0]) : 1;
  };
  const hidden = invisibleStrings(js.value, () => false);
  for (const h of hidden) page.problems.push({ file, line: at(h.path), field: h.path.join('.'), message: h.message });
  if (hidden.length) return;
  const result = pageSchema.safeParse(js.value ?? {}, { reportInput: true });
  if (result.success) {
    const wrong = dateProblem(result.data.updated);
    if (wrong) page.problems.push({ file, line: at(['updated']), field: 'updated', message: wrong });
    else page.frontmatter = result.data;
    return;
  }
  for (const issue of result.error.issues) {
    let path = [...issue.path] as (string | number)[];
    let node: unknown;
    while (path.length > 0 && !isNode((node = doc.getIn(path, true)))) path = path.slice(0, -1);
    const range = isNode(node) ? node.range : undefined;
    page.problems.push({
      file,
      line: range ? lineOf(range[0]) : 1,
      field: issue.path.length ? issue.path.join('.') : undefined,
      message: issueText(issue, FRONTMATTER_WORDING),
    });
  }
}

/** Depth-first walk over an mdast tree, with the JSX ancestors of each node. */
export function walk(node: unknown, fn: (n: { type: string; [k: string]: unknown }, inside: JsxNode[]) => void, inside: JsxNode[] = []): void {
  const n = node as { type: string; children?: unknown[] };
  fn(n, inside);
  const isJsx = n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
  for (const c of n.children ?? []) walk(c, fn, isJsx ? [...inside, n as unknown as JsxNode] : inside);
}

function collectComponents(page: Page): void {
  walk(page.tree, (n) => {
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const node = n as unknown as JsxNode;
    const line = node.position?.start.line ?? 0;
    const name = node.name ?? '';
    // Unknown components and unsafe HTML are reported by unsafeConstructs (src/mdx/safe-mdx.ts).
    if (!(KNOWN_COMPONENTS as readonly string[]).includes(name)) return;
    const props: Record<string, unknown> = {};
    const propLines: Record<string, number> = {};
    let literalOnly = true;
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        literalOnly = false; // {...spread}
        continue;
      }
      propLines[a.name] = a.position?.start.line ?? line;
      // A directive, event handler or style is refused by unsafeConstructs; checking the props as well would only repeat it.
      if (a.name.includes(':') || /^on|^style$/i.test(a.name)) literalOnly = false;
      const v = attributeValue(a.value);
      if (isNotLiteral(v)) literalOnly = false;
      else props[a.name] = v;
    }
    page.components.push({ name, line, props: literalOnly ? props : undefined, propLines, node });
  });
}

/** Offset of a line/column in text (both 1-based). */
function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return Math.min(text.length, off + column - 1);
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The last opening tag `<Name` before an offset: the tag an error inside a tag belongs to. */
function openTagBefore(text: string, offset: number): { name: string; line: number } | undefined {
  const before = text.slice(0, offset);
  const all = [...before.matchAll(/<([A-Za-z][\w.]*)/g)];
  const m = all[all.length - 1];
  return m ? { name: m[1]!, line: lineAt(text, m.index!) } : undefined;
}

/**
 * An MDX parse error as an editor can act on it: the line, and what is wrong
 * in plain Swedish (the parser's English only as a last resort).
 */
export function explainMdxError(err: unknown, text: string): { line?: number; message: string } {
  const e = err as { line?: number; column?: number; reason?: string; message?: string; ruleId?: string; source?: string };
  const reason = e.reason ?? e.message ?? String(err);
  const line = e.line ?? undefined;
  const offset = line ? offsetOf(text, line, e.column ?? 1) : text.length;
  const tag = openTagBefore(text, offset);
  const fix = (m: string) => ({ line, message: m });

  let m: RegExpExecArray | null;
  if ((m = /^Expected a closing tag for `<([^>]*)>` \((\d+):/.exec(reason))) {
    return { line: Number(m[2]), message: `<${m[1]}> öppnas men stängs aldrig. Skriv <${m[1]} … /> om den inte har något innehåll, annars </${m[1]}> efter innehållet.` };
  }
  if ((m = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(reason))) {
    return fix(`</${m[1]}> passar inte ihop med <${m[2]}> på rad ${m[3]}. Ett element stängs med samma namn som det öppnas med: <${m[2]}> … </${m[2]}>.`);
  }
  if (/^Unexpected closing slash `\/` in tag, expected an open tag first/.test(reason)) {
    return fix('här stängs ett element som aldrig har öppnats. Ta bort den avslutande taggen, eller lägg till den som öppnar.');
  }
  // A tag that runs on past a blank line or to the end of the file was never closed: point at where it starts.
  const runsOn = tag && /\n[ \t]*\n/.test(text.slice(offsetOf(text, tag.line, 1), offset));
  if (e.source === 'micromark-extension-mdx-jsx' && (e.ruleId === 'unexpected-eof' || runsOn)) {
    const at = tag ?? { name: 'komponenten', line };
    return { line: at.line, message: `taggen <${at.name} … som börjar här avslutas aldrig. Kontrollera att varje värde har citattecken i båda ändar och att taggen slutar med /> (eller > och senare </${at.name}>).` };
  }
  if (e.source === 'micromark-extension-mdx-expression' && e.ruleId === 'unexpected-eof') {
    const brace = text.lastIndexOf('{', offset);
    return { line: brace >= 0 ? lineAt(text, brace) : line, message: 'en klammerparentes { öppnas men stängs aldrig. Stäng den med }, eller skriv \\{ om du vill visa tecknet { i texten.' };
  }
  if (e.ruleId === 'acorn') {
    return fix('uttrycket inom { } går inte att läsa. Kontrollera att varje [ och { har en motsvarande ] och }, att texter står inom citattecken och att värden i en lista skiljs med kommatecken.');
  }
  if (/to create a comment in MDX/.test(reason)) {
    return fix('HTML-kommentarer (<!-- … -->) fungerar inte i MDX. Skriv {/* kommentar */} i stället.');
  }
  if ((m = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before attribute value/.exec(reason))) {
    return fix(`värdet av en egenskap i <${tag?.name ?? '…'}> ska stå inom citattecken, t.ex. typ="staplar", eller inom klammerparenteser, t.ex. mal={80}.`);
  }
  if ((m = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/.exec(reason))) {
    return fix(`efter < väntas namnet på en komponent, men här står "${m[1]}". Menar du tecknet "mindre än" i text, skriv &lt; eller orden "mindre än".`);
  }
  if ((m = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\)/.exec(reason))) {
    return fix(`tecknet "${m[1]}" kan inte stå här i taggen <${tag?.name ?? '…'}>. Kontrollera att varje värde har citattecken i båda ändar, att egenskaperna skiljs med mellanslag och att taggen slutar med /> eller >.`);
  }
  return fix(`MDX-koden går inte att läsa här (${reason}). Kontrollera taggar, citattecken och klammerparenteser på raden.`);
}

/**
 * The plain-Swedish syntax problem of an MDX file, if it has one: used by the
 * build's error explainer so a syntax error reads the same as in `npm run check`.
 */
export function mdxSyntaxProblem(abs: string, root: string = process.cwd()): Problem | undefined {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
  const file = relative(root, abs).split('\\').join('/');
  try {
    processor.parse({ value: splitFrontmatter(text).body, path: file });
    return undefined;
  } catch (err) {
    return { file, ...explainMdxError(err, splitFrontmatter(text).body) };
  }
}
