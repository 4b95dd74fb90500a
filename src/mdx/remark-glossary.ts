/**
 * Remark plugin: links the first use of each glossary term in a page's prose
 * to its explanation on /ordlista/ (webbriktlinje 10), so editors never link
 * by hand and the links survive when a chapter is rewritten.
 *
 * What counts as prose: text in paragraphs, lists, quotes, emphasis and the
 * <Note> box. Never headings (a heading is a link target, not a place for
 * links), existing links, code, tables, HTML, expressions or any other
 * component (their props and figures are not prose). Each term is linked once
 * per page, at its first use in document order, whichever of its forms
 * ("vårdgaranti", "vårdgarantin") comes first.
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import { loadGlossary, type GlossaryTerm } from '../data/index.ts';

/** Where the glossary page is. */
export const GLOSSARY_PATH = '/ordlista/';

/** Class on every link the plugin makes, for its dotted underline and for tests. */
export const TERM_CLASS = 'ordlista-term';

/** Nodes whose text is never linked. */
const SKIP = new Set([
  'heading', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'code', 'inlineCode', 'html', 'table',
  'image', 'imageReference', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression',
]);

/** Components whose children are prose (all others are skipped, with their props). */
const PROSE_COMPONENTS = new Set(['Note']);

export interface GlossaryOptions {
  /** The terms; read from content/ordlista.yaml through src/data for each page when left out. */
  terms?: GlossaryTerm[] | (() => GlossaryTerm[]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * An abbreviation or a name with capitals inside ("NPE", "HoS", "CO₂e") must
 * match exactly: "bup" in another word is not BUP. An ordinary word also
 * matches with a capital first letter, at the start of a sentence.
 */
function formPattern(form: string): string {
  const capitals = [...form].filter((c) => c !== c.toLocaleLowerCase('sv')).length;
  if (capitals >= 2) return escape(form);
  const first = form[0]!;
  return `[${escape(first.toLocaleLowerCase('sv'))}${escape(first.toLocaleUpperCase('sv'))}]${escape(form.slice(1))}`;
}

/** One pattern for every form, longest first so "Vården i siffror" wins over a shorter term inside it. */
export function termMatcher(terms: GlossaryTerm[]): { pattern: RegExp; termOf: (match: string) => GlossaryTerm | undefined } {
  const byForm = new Map<string, GlossaryTerm>();
  for (const t of terms) for (const f of t.forms) byForm.set(f.toLocaleLowerCase('sv'), t);
  const forms = terms.flatMap((t) => t.forms);
  forms.sort((a, b) => b.length - a.length);
  // Not inside a word: no letter, digit or hyphen right before or after ("BUP:s" matches, "BUP-mottagning" does not).
  const source = forms.length ? `(?<![\\p{L}\\p{N}_-])(?:${forms.map(formPattern).join('|')})(?![\\p{L}\\p{N}_-])` : '(?!)';
  return { pattern: new RegExp(source, 'gu'), termOf: (m) => byForm.get(m.toLocaleLowerCase('sv')) };
}

/** Link the first use of each term in `tree`; returns the ids linked, in order. */
export function linkTerms(tree: Root, terms: GlossaryTerm[]): string[] {
  const { pattern, termOf } = termMatcher(terms);
  const done = new Set<string>();
  const linked: string[] = [];

  const split = (node: Text): RootContent[] | undefined => {
    const out: RootContent[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(node.value); m; m = pattern.exec(node.value)) {
      const term = termOf(m[0]);
      if (!term || done.has(term.id)) continue;
      done.add(term.id);
      linked.push(term.id);
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
      const link: Link = {
        type: 'link',
        url: `${GLOSSARY_PATH}#${term.id}`,
        children: [{ type: 'text', value: m[0] }],
        data: { hProperties: { className: [TERM_CLASS] } },
      };
      out.push(link);
      last = m.index + m[0].length;
    }
    if (!out.length) return undefined;
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    return out;
  };

  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'text') {
        const parts = split(child);
        if (parts) {
          parent.children.splice(i, 1, ...(parts as typeof parent.children));
          i += parts.length - 1;
        }
        continue;
      }
      if (SKIP.has(child.type)) continue;
      if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
        if (!PROSE_COMPONENTS.has(child.name ?? '')) continue;
      }
      if ('children' in child) visit(child as Parent);
    }
  };
  visit(tree);
  return linked;
}

/** The plugin, as astro.config.mjs registers it (Markdown and MDX). */
export function remarkGlossary(options: GlossaryOptions = {}) {
  return (tree: Root) => {
    const terms = typeof options.terms === 'function' ? options.terms() : (options.terms ?? loadGlossary());
    linkTerms(tree, terms);
  };
}
