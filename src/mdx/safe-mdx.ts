/**
 * MDX as a safe subset. MDX is a programming language: an `import`, an
 * `{expression}` or a `set:html` in a chapter runs as code where the site is
 * built, or puts code in front of readers. A chapter may hold only:
 *
 * - Markdown, with links to https:, mailto: and addresses on the site, and
 *   images from the site itself;
 * - our registered components (<Chart>, <Value> …) with literal props:
 *   strings, numbers, booleans, and lists and groups of those;
 * - a short allow-list of harmless HTML elements and attributes;
 * - comments `{/* … *\/}`.
 *
 * Everything else is refused before anything is compiled, by `npm run check`
 * and the build (src/mdx/pages.ts), and again inside the MDX pipeline by
 * src/mdx/remark-safe.ts, so `astro build` or `astro dev` alone cannot run a
 * chapter's code either. Each refusal names the line and what to write instead.
 *
 * Kept free of file access and heavy imports: the remark plugin loads it.
 */
import { unknownChoice } from '../data/errors.ts';
import { findInvisible, invisibleMessage } from '../data/characters.ts';
import { COMPONENT_NAMES } from '../schemas/components.ts';

/** Components editors may place in a page: the registry's (src/schemas/components.ts). */
export const KNOWN_COMPONENTS = COMPONENT_NAMES;

/** Attributes any allowed HTML element may have. */
const GLOBAL_ATTRIBUTES = ['class', 'id', 'lang', 'dir', 'title'];

/** Harmless HTML elements, and the attributes each may have besides the global ones. */
const ALLOWED_HTML: Record<string, string[]> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [], b: [], bdi: [], bdo: [], blockquote: ['cite'], br: [], caption: [], cite: [], code: [],
  dd: [], del: ['datetime'], details: ['open'], dfn: [], div: [], dl: [], dt: [], em: [],
  figcaption: [], figure: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], i: [],
  img: ['src', 'alt', 'width', 'height'], ins: ['datetime'], kbd: [], li: ['value'], mark: [],
  ol: ['start', 'reversed', 'type'], p: [], pre: [], q: ['cite'], s: [], samp: [], small: [],
  span: [], strong: [], sub: [], summary: [], sup: [], table: [], tbody: [], td: ['colspan', 'rowspan'],
  tfoot: [], th: ['colspan', 'rowspan', 'scope', 'abbr'], thead: [], time: ['datetime'], tr: [],
  u: [], ul: [], var: [], wbr: [],
};

/** Attributes that hold an address, checked as links (or as images for `src`). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Elements refused with a reason an editor understands, by what they would do. */
const REASONS: [string[], string][] = [
  [['script', 'noscript', 'template', 'style', 'slot'], 'webbplatsen visar inget skript eller inbäddat innehåll'],
  [['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'video', 'audio', 'source', 'track', 'picture', 'svg', 'math', 'canvas'], 'webbplatsen visar inget skript eller inbäddat innehåll'],
  [['form', 'input', 'button', 'select', 'textarea', 'option', 'label', 'fieldset', 'output'], 'webbplatsen har inga formulär'],
  [['meta', 'base', 'link', 'head', 'title', 'html', 'body'], 'elementet ändrar sidans inställningar och kan skicka läsaren vidare till en annan webbplats'],
];

/** A problem found in a page; the caller adds the file. */
export interface SafetyProblem {
  line?: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number } } }[];
  children?: Node[];
  data?: { estree?: Estree };
  position?: { start: { line: number } };
}

interface Estree {
  body?: { type: string; expression?: unknown }[];
}

const NOT_LITERAL = Symbol('not a literal');

/** A JSX attribute's value: a string, `true` for a bare name, a literal expression's value, or NOT_LITERAL. */
export function attributeValue(value: unknown): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const estree = (value as { data?: { estree?: Estree } }).data?.estree;
  const stmt = estree?.body?.[0];
  if (!stmt || stmt.type !== 'ExpressionStatement' || estree!.body!.length !== 1) return NOT_LITERAL;
  try {
    return literal(stmt.expression);
  } catch {
    return NOT_LITERAL;
  }
}

/** True when `attributeValue` could not read the value as a literal. */
export function isNotLiteral(v: unknown): boolean {
  return v === NOT_LITERAL;
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
      for (const p of n.properties as { type: string; computed?: boolean; method?: boolean; shorthand?: boolean; key: { type: string; name?: string; value?: unknown }; value: unknown; kind?: string }[]) {
        if (p.type !== 'Property' || p.computed || p.method || p.shorthand || p.kind !== 'init') throw new Error('not a plain property');
        const key = p.key.type === 'Identifier' ? p.key.name! : String(p.key.value);
        // A key like __proto__ would change the object itself rather than add a field.
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('reserved key');
        out[key] = literal(p.value);
      }
      return out;
    }
    default:
      throw new Error(`not a literal: ${n.type}`);
  }
}

/** A short, one-line quote of what the editor wrote, for the message. */
function quote(text: string, max = 50): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

const LINK_RULE = 'bara https://…, mailto:… och adresser på webbplatsen (som /data/ eller #avsnitt) är tillåtna';

/**
 * Why an address may not stand in a page, or undefined when it may.
 * `image`: the address of an image, which must be on the site (a reader's
 * browser would otherwise ask another site for it).
 */
export function urlProblem(url: string, image = false): string | undefined {
  const shown = quote(url, 60);
  // Browsers drop tabs and newlines inside addresses and read \ as /, so "java\tscript:" and "/\evil" would slip past a prefix test.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(url) && !/^mailto:/i.test(url)) return `adressen "${shown}" innehåller mellanslag, osynliga tecken eller \\. Skriv adressen utan dem (ett mellanslag skrivs %20).`;
  if (image) {
    if (/^\/(?!\/)/.test(url)) return undefined;
    return `bilden "${shown}" ska ligga på webbplatsen: en bild från en annan adress skulle hämtas från en annan webbplats när sidan läses. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. /bilder/karta.png.`;
  }
  if (/^https:\/\/[^/?#]+/i.test(url)) return undefined;
  if (/^mailto:[^\s]+$/i.test(url)) return undefined;
  if (/^(\/(?!\/)|#)/.test(url)) return undefined;
  if (/^http:\/\//i.test(url)) return `länken "${shown}" går till en okrypterad adress (http:). Skriv https:// i stället, om webbplatsen har det.`;
  if (/^\/\//.test(url)) return `länken "${shown}" saknar https: i början. Skriv hela adressen, https://…`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return `länken "${shown}" får inte stå i en sida: ${LINK_RULE}.`;
  return `länken "${shown}" är relativ till sidan och hamnar olika beroende på var den står. Skriv den från webbplatsens rot, t.ex. /data/ eller /ekonomi/, eller som https://….`;
}

function refusedElement(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [names, why] of REASONS) if (names.includes(lower)) return `<${name}> får inte stå i en sida: ${why}. Ta bort elementet.`;
  return undefined;
}

/** Expression statements in an estree program, comments not counted. */
function hasCode(estree: Estree | undefined, value: unknown): boolean {
  if (estree) return (estree.body ?? []).length > 0;
  // Without a parsed program (never with our parser), only a blank { } is safe.
  return String(value ?? '').trim() !== '';
}

/**
 * Every construct in a page's MDX tree that is outside the safe subset,
 * in document order.
 */
export function unsafeConstructs(tree: unknown): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const definitions = new Map<string, string>();
  visit(tree as Node, (n) => {
    if (n.type === 'definition' && n.identifier && n.url !== undefined) definitions.set(n.identifier, n.url);
    return true;
  });
  visit(tree as Node, (n) => {
    const line = n.position?.start.line;
    const add = (message: string, at = line) => problems.push({ line: at, message });
    switch (n.type) {
      case 'mdxjsEsm':
        add(`"${quote(String(n.value))}" får inte stå i en sida: en sida kan inte importera eller köra kod. Ta bort raden; komponenterna (${KNOWN_COMPONENTS.map((c) => `<${c}>`).join(', ')}) finns utan import.`);
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (hasCode(n.data?.estree, n.value)) {
          add(`{${quote(String(n.value))}} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}.`);
        }
        return false;
      case 'html':
        add(`HTML-koden "${quote(String(n.value))}" får inte stå i en sida. Skriv Markdown i stället.`);
        return false;
      case 'link':
      case 'definition': {
        const text = n.children?.length === 1 && n.children[0]!.type === 'text' ? String(n.children[0]!.value) : undefined;
        // GFM turns a bare www.… in the text into a link to http://www.…, which the editor never typed.
        if (n.type === 'link' && text !== undefined && n.url === `http://${text}`) {
          add(`adressen "${quote(text, 60)}" i texten blir en länk till den okrypterade http://${quote(text, 60)}. Skriv länken som [${quote(text, 60)}](https://${quote(text, 60)}).`);
          return true;
        }
        const p = urlProblem(n.url ?? '');
        if (p) add(p);
        return true;
      }
      case 'image': {
        const p = urlProblem(n.url ?? '', true);
        if (p) add(p);
        return true;
      }
      case 'imageReference': {
        const url = definitions.get(n.identifier ?? '');
        const p = url === undefined ? undefined : urlProblem(url, true);
        if (p) add(p);
        return true;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(n, add);
      default:
        return true;
    }
  });
  return problems;
}

/** Check one JSX element; false when its content should not be looked at further. */
function checkElement(n: Node, add: (message: string, line?: number) => void): boolean {
  const name = n.name ?? '';
  const line = n.position?.start.line;
  if (name === '') {
    add('<> … </> (ett tomt element) får inte stå i en sida. Ta bort <> och </> och behåll innehållet.');
    return true;
  }
  const component = /^[A-Z]/.test(name);
  if (component && !(KNOWN_COMPONENTS as readonly string[]).includes(name)) {
    add(unknownChoice('Komponenten', `<${name}>`, KNOWN_COMPONENTS.map((c) => `<${c}>`)));
    return false;
  }
  const refused = component ? undefined : refusedElement(name);
  if (refused) {
    add(refused);
    return false;
  }
  const allowed = component ? undefined : ALLOWED_HTML[name];
  if (!component && !allowed) {
    add(`<${name}> är inte ett tillåtet HTML-element i en sida. Skriv Markdown i stället, eller använd något av ${Object.keys(ALLOWED_HTML).map((e) => `<${e}>`).join(', ')}.`);
    return false;
  }
  for (const a of n.attributes ?? []) {
    const at = a.position?.start.line ?? line;
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      add(`{…} bland egenskaperna i <${name}> är kod och får inte stå i en sida. Skriv varje egenskap för sig, t.ex. data="…".`, at);
      continue;
    }
    const attr = a.name;
    const lower = attr.toLowerCase();
    if (attr.includes(':')) {
      add(`egenskapen ${attr} i <${name}> får inte stå i en sida: den gör text till HTML eller kod. Skriv innehållet som vanlig text mellan taggarna.`, at);
      continue;
    }
    if (/^on/.test(lower)) {
      add(`egenskapen ${attr} i <${name}> kör skript och får inte stå i en sida. Ta bort den.`, at);
      continue;
    }
    if (lower === 'style') {
      add(`egenskapen style i <${name}> får inte stå i en sida: utseendet kommer från webbplatsens stilmall. Ta bort style="…" (behövs en ny stil, be utvecklarna om en klass).`, at);
      continue;
    }
    const value = attributeValue(a.value);
    if (component) {
      if (isNotLiteral(value)) {
        add(`egenskapen ${attr}={…} i <${name}> är kod, inte ett värde. Skriv text inom citattecken (typ="staplar"), eller ett tal, true/false, en lista eller en grupp inom klammerparenteser, t.ex. mal={80} eller varden={["riket", "halland"]}.`, at);
        continue;
      }
      // Written one way, published another: 80.0 would be shown as 80, 1e3 as 1000, "\u200b" as an invisible character.
      for (const raw of rewrittenNumbers(a.value)) {
        add(`talet ${raw} i ${attr} i <${name}> skulle visas som ${Number(raw.replace(/_/g, ''))}. Skriv det så som det ska visas, t.ex. ${attr}={${Number(raw.replace(/_/g, ''))}}.`, at);
      }
      for (const text of strings(value)) {
        const found = findInvisible(text);
        if (found) add(invisibleMessage(text, found, `egenskapen ${attr} i <${name}>`), at);
      }
      continue;
    }
    const may = [...GLOBAL_ATTRIBUTES, ...allowed!];
    if (!may.includes(attr)) {
      add(`egenskapen ${attr} i <${name}> är inte tillåten. Tillåtna här: ${may.join(', ')}.`, at);
      continue;
    }
    if (typeof a.value !== 'string' && a.value !== null && a.value !== undefined) {
      add(`egenskapen ${attr}={…} i <${name}> är kod. Skriv värdet inom citattecken, t.ex. ${attr}="…".`, at);
      continue;
    }
    if (URL_ATTRIBUTES.has(attr) && typeof a.value === 'string') {
      const p = urlProblem(a.value, attr === 'src');
      if (p) add(p, at);
    }
  }
  return true;
}

/** Number literals in an attribute's expression whose value prints differently from how they were written (80.0, 1e3, 0x10, 1_000, 007). */
function rewrittenNumbers(value: unknown): string[] {
  const estree = (value as { data?: { estree?: unknown } } | null)?.data?.estree;
  if (!estree) return [];
  const out: string[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as { type?: string; value?: unknown; raw?: string };
    if (node.type === 'Literal' && typeof node.value === 'number' && node.raw !== undefined && node.raw !== String(node.value)) out.push(node.raw);
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'range' && k !== 'position') Array.isArray(v) ? v.forEach(visit) : visit(v);
  };
  visit(estree);
  return out;
}

/** Every string inside a literal prop value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Depth-first walk; `fn` returns false to skip a node's children. */
function visit(node: Node, fn: (n: Node) => boolean): void {
  if (!fn(node)) return;
  for (const c of node.children ?? []) visit(c, fn);
}
