/**
 * Reading the story pages (MDX) the way the build reads them, without
 * building: frontmatter checked by the page schema, the body parsed by the
 * same MDX parser (@mdx-js/mdx with GFM, as @astrojs/mdx uses), syntax errors
 * said in plain Swedish, and every component with its literal props and line.
 *
 * The one module that reads MDX for checks: `npm run check`, the build's
 * error explainer and the tests all go through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Root } from 'mdast';
import { pageSchema, type PageFrontmatter } from '../schemas/components.ts';
import { issueMessage } from '../data/meta.ts';
import { unknownChoice, type Problem } from '../data/index.ts';

/** Where the story pages live (PAGES_DIR overrides it, for fixture sites). */
export const PAGES_DIR = process.env.PAGES_DIR || 'content/pages';

/** Components editors may place in a page (registered in src/pages/[...slug].astro). */
export const KNOWN_COMPONENTS = ['Chart', 'KeyFigure', 'Value', 'GoalStatus', 'DataTable', 'Note', 'GoalLedger', 'GoalOverview', 'Fast'] as const;

/** HTML elements that would put code or foreign content on a reading page. */
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'form'];

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

/** The `.mdx` files of a pages folder, sorted (not subfolders: the build's glob is `*.mdx`). */
export function pageFiles(dir: string = PAGES_DIR, root: string = process.cwd()): string[] {
  const abs = resolve(root, dir);
  return readdirSync(abs).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort().map((n) => resolve(abs, n));
}

/** Read every page in `dir`. */
export function readPages(dir: string = PAGES_DIR, root: string = process.cwd()): Page[] {
  return pageFiles(dir, root).map((f) => readPage(f, root));
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
  return parsePage(readFileSync(abs, 'utf8'), file, id);
}

/** Parse page text (exported for tests); `file` only labels problems. */
export function parsePage(text: string, file: string, id = 'sida'): Page {
  const page: Page = { file, id, components: [], problems: [] };
  const { yaml, body } = splitFrontmatter(text);
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
  collectComponents(page);
  return page;
}

function readFrontmatter(yaml: string, file: string, page: Page): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file, after the first ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length) {
    for (const e of doc.errors) page.problems.push({ file, line: lineOf(e.pos[0]), message: 'frontmatter går inte att läsa som YAML. Kontrollera kolon och citattecken på raden.' });
    return;
  }
  const result = pageSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (result.success) {
    page.frontmatter = result.data;
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
      message: issue.code === 'unrecognized_keys' ? `okänt fält i frontmatter ${issue.keys.map((k) => `"${k}"`).join(', ')}. Tillåtna: ${Object.keys(pageSchema.shape).join(', ')}` : issueMessage(issue as never),
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
    if (FORBIDDEN_TAGS.includes(name.toLowerCase())) {
      page.problems.push({ file: page.file, line, message: `<${name}> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.` });
      return;
    }
    if (!/^[A-Z]/.test(name)) return; // ordinary HTML such as <div> or <a>
    if (!(KNOWN_COMPONENTS as readonly string[]).includes(name)) {
      page.problems.push({ file: page.file, line, message: unknownChoice('Komponenten', `<${name}>`, KNOWN_COMPONENTS.map((c) => `<${c}>`)) });
      return;
    }
    const props: Record<string, unknown> = {};
    const propLines: Record<string, number> = {};
    let literalOnly = true;
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        literalOnly = false; // {...spread}
        continue;
      }
      propLines[a.name] = a.position?.start.line ?? line;
      const v = attributeValue(a.value);
      if (v === NOT_LITERAL) literalOnly = false;
      else props[a.name] = v;
    }
    page.components.push({ name, line, props: literalOnly ? props : undefined, propLines, node });
  });
}

const NOT_LITERAL = Symbol('not a literal');

/** A JSX attribute's value: a string, `true` for a bare name, or a literal expression. */
function attributeValue(value: unknown): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const estree = (value as { data?: { estree?: { body?: { type: string; expression?: unknown }[] } } }).data?.estree;
  const stmt = estree?.body?.[0];
  if (!stmt || stmt.type !== 'ExpressionStatement' || estree!.body!.length !== 1) return NOT_LITERAL;
  try {
    return literal(stmt.expression);
  } catch {
    return NOT_LITERAL;
  }
}

/** Evaluate an estree expression made only of literals (throws for anything else). */
function literal(node: unknown): unknown {
  const n = node as { type: string; [k: string]: unknown };
  switch (n.type) {
    case 'Literal':
      if (n.regex || n.bigint) throw new Error('not plain');
      return n.value;
    case 'TemplateLiteral': {
      const quasis = n.quasis as { value: { cooked: string } }[];
      if ((n.expressions as unknown[]).length) throw new Error('template with expressions');
      return quasis[0]?.value.cooked ?? '';
    }
    case 'UnaryExpression': {
      const v = literal(n.argument);
      if (typeof v !== 'number' || (n.operator !== '-' && n.operator !== '+')) throw new Error('unary');
      return n.operator === '-' ? -v : v;
    }
    case 'ArrayExpression':
      return (n.elements as unknown[]).map((e) => {
        if (!e || (e as { type: string }).type === 'SpreadElement') throw new Error('hole or spread');
        return literal(e);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of n.properties as { type: string; computed?: boolean; key: { type: string; name?: string; value?: unknown }; value: unknown; kind?: string }[]) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') throw new Error('not a plain property');
        const key = p.key.type === 'Identifier' ? p.key.name : String(p.key.value);
        out[key!] = literal(p.value);
      }
      return out;
    }
    default:
      throw new Error(`not a literal: ${n.type}`);
  }
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
