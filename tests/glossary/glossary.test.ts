/**
 * The glossary (content/ordlista.yaml) and the remark plugin that links each
 * term's first use in a page: what is read, what is refused with which
 * message, and which words in a page become links and which never do.
 */
import { describe, expect, it } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { formatProblem, parseGlossary, readGlossary, type GlossaryTerm } from '../../src/data/index.ts';
import { linkTerms, remarkGlossary } from '../../src/mdx/remark-glossary.ts';

const FILE = 'content/ordlista.yaml';

const YAML = `
- ord: NPE
  utskrivet: Nationell patientenkät
  betydelse: En enkät som regionerna skickar till patienter efter ett besök.
  former: [Nationell patientenkät]
  se_ocksa: [dimension]
- ord: dimension
  betydelse: Ett område av frågor i Nationell patientenkät.
  former: [dimensioner, dimensionerna]
- ord: vårdgaranti
  betydelse: En lag om hur länge en patient högst ska behöva vänta.
  former: [vårdgarantin, vårdgarantins]
- ord: BUP
  utskrivet: barn- och ungdomspsykiatrin
  betydelse: Vård för barn och unga med psykisk ohälsa.
- ord: HoS
  utskrivet: hälso- och sjukvården
  betydelse: Förkortning för hälso- och sjukvården i regionens dokument.
- ord: Vården i siffror
  betydelse: En webbplats som jämför vården mellan regionerna.
- ord: siffror
  betydelse: Ett ord som bara finns här för att testa att det längsta ordet vinner.
`;

const terms = (): GlossaryTerm[] => {
  const g = parseGlossary(YAML, FILE);
  expect(g.problems).toEqual([]);
  return g.terms;
};

const problems = (text: string) => parseGlossary(text, FILE).problems.map(formatProblem);

describe('reading the glossary', () => {
  it('gives each term an anchor, its forms, and sorts the list as Swedish', () => {
    const t = terms();
    expect(t.map((x) => x.ord)).toEqual(['BUP', 'dimension', 'HoS', 'NPE', 'siffror', 'Vården i siffror', 'vårdgaranti']);
    const npe = t.find((x) => x.ord === 'NPE')!;
    expect(npe).toMatchObject({ id: 'npe', forms: ['NPE', 'Nationell patientenkät'], line: 2 });
    expect(t.find((x) => x.ord === 'Vården i siffror')!.id).toBe('varden-i-siffror');
  });

  it('says which line a YAML error is on', () => {
    expect(problems('- ord: NPE\n  betydelse: "oavslutad\n')).toEqual([expect.stringMatching(/^content\/ordlista\.yaml, rad \d+: YAML-filen går inte att läsa/)]);
  });

  it('names the line and field of a missing or too short explanation', () => {
    expect(problems('- ord: NPE\n- ord: BUP\n  betydelse: Kort.\n')).toEqual([
      'content/ordlista.yaml, rad 1, fält "betydelse": fältet saknas men måste finnas',
      'content/ordlista.yaml, rad 3, fält "betydelse": förklaringen är för kort: skriv en eller några hela meningar',
    ]);
  });

  it('refuses a misspelt field', () => {
    expect(problems('- ord: NPE\n  betydelse: En enkät till patienter efter ett besök.\n  forklaring: x\n')[0]).toMatch(/rad 1.*okänt fält "forklaring"/);
  });

  it('refuses the same word twice, and a form that belongs to two words', () => {
    const twice = `- ord: NPE\n  betydelse: En enkät till patienter efter ett besök.\n- ord: npe\n  betydelse: Samma ord en gång till, med liten bokstav.\n`;
    expect(problems(twice)).toContain('content/ordlista.yaml, rad 3, fält "ord": "npe" står redan i ordlistan (rad 1, "NPE"). Slå ihop de två förklaringarna till en.');
    const shared = `- ord: vårdgaranti\n  betydelse: En lag om hur länge en patient högst ska vänta.\n  former: [garantin]\n- ord: garanti\n  betydelse: Ett annat ord som också vill ha formen.\n  former: [garantin]\n`;
    expect(problems(shared)).toEqual(['content/ordlista.yaml, rad 4, fält "former": formen "garantin" hör redan till "vårdgaranti" (rad 1). En form kan bara länka till ett ord: ta bort den från ett av dem.']);
  });

  it('refuses a "se_ocksa" that names no word, and suggests the nearest', () => {
    const text = `- ord: NPE\n  betydelse: En enkät till patienter efter ett besök.\n  se_ocksa: [dimensoin]\n- ord: dimension\n  betydelse: Ett område av frågor i enkäten.\n`;
    expect(problems(text)).toEqual([expect.stringMatching(/^content\/ordlista\.yaml, rad 1, fält "se_ocksa": Ordet "dimensoin" finns inte\. Menade du "dimension"\?/)]);
  });

  it('the real glossary is valid', () => {
    const g = readGlossary();
    expect(g.problems.map(formatProblem)).toEqual([]);
    expect(g.terms.length).toBeGreaterThan(20);
  });
});

/** Parse MDX as the build does (GFM tables), link terms, and list the links as [text, url]. */
function linked(mdx: string, t = terms()): [string, string][] {
  const tree = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(mdx) as Root;
  linkTerms(tree, t);
  const out: [string, string][] = [];
  const walk = (n: { type: string; url?: string; children?: unknown[]; data?: { hProperties?: { className?: string[] } } }) => {
    if (n.type === 'link' && n.data?.hProperties?.className?.includes('ordlista-term')) {
      out.push([(n.children as { value: string }[]).map((c) => c.value).join(''), n.url!]);
    }
    for (const c of (n.children ?? []) as never[]) walk(c);
  };
  walk(tree as never);
  return out;
}

describe('linking terms at their first use', () => {
  it('links the first use of each term in prose, once per page', () => {
    expect(linked('Vi läser NPE och sedan NPE igen.\n\nMer om dimensioner och NPE.')).toEqual([
      ['NPE', '/ordlista/#npe'],
      ['dimensioner', '/ordlista/#dimension'],
    ]);
  });

  it('links any form, and an ordinary word with a capital first letter', () => {
    expect(linked('Vårdgarantins gränser gäller. Vårdgarantin också.')).toEqual([['Vårdgarantins', '/ordlista/#vardgaranti']]);
  });

  it('links a name given among the forms, and the abbreviation then counts as linked', () => {
    expect(linked('Enligt Nationell patientenkät (NPE) är det så.')).toEqual([['Nationell patientenkät', '/ordlista/#npe']]);
  });

  it('does not link what an abbreviation stands for unless it is among the forms', () => {
    expect(linked('Budgeten för hälso- och sjukvården, alltså HoS.')).toEqual([['HoS', '/ordlista/#hos']]);
  });

  it('matches an abbreviation exactly and never inside a word', () => {
    expect(linked('En bup, BUPX och XBUP är inget.')).toEqual([]);
    expect(linked('BUP:s väntetider.')).toEqual([['BUP', '/ordlista/#bup']]);
  });

  it('prefers the longest term: "Vården i siffror" is one link, not "siffror"', () => {
    expect(linked('Enligt Vården i siffror är det så.')).toEqual([['Vården i siffror', '/ordlista/#varden-i-siffror']]);
  });

  it('never links in headings, links, code, tables or component props, and waits for prose', () => {
    const mdx = [
      '## NPE i rubriken',
      '',
      '[NPE i en länk](/x/) och `NPE i kod`.',
      '',
      '| NPE |',
      '| --- |',
      '| NPE |',
      '',
      '<KeyFigure etikett="NPE" />',
      '',
      '<Chart titel="BUP">BUP</Chart>',
      '',
      '<Fast>BUP</Fast>',
      '',
      'Först här: NPE.',
    ].join('\n');
    expect(linked(mdx)).toEqual([['NPE', '/ordlista/#npe']]);
  });

  it('links in the prose of a <Note> box', () => {
    expect(linked('<Note titel="NPE">\n\nOm BUP.\n\n</Note>')).toEqual([['BUP', '/ordlista/#bup']]);
  });

  it('runs as a plugin in the MDX compiler, as the build registers it', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const js = String(await compile('Om NPE.', { remarkPlugins: [[remarkGlossary, { terms: terms() }]] }));
    expect(js).toMatch(/href: "\/ordlista\/#npe"/);
    expect(js).toMatch(/className: "ordlista-term"/);
  });
});
