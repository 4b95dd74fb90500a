/**
 * Issue 18: opening a chapter in the visual editor and saving it unchanged
 * changes nothing, for every chapter; and what the editor cannot express is
 * refused when the chapter is opened, never dropped on save.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAndSave, refusedByEditor } from '../../src/editor/roundtrip.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tidy } from '../../src/editor/mdx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CHAPTERS = readdirSync(join(ROOT, 'content', 'pages')).filter((f) => f.endsWith('.mdx')).map((f) => `content/pages/${f}`);

const FM = '---\ntitle: Prov\nnav: Prov\ndescription: En beskrivning som är lång nog för schemat.\norder: 9\nupdated: 2026-12-01\n---\n\n';

describe('opening and saving a chapter unchanged', () => {
  it.each(CHAPTERS)('%s is saved byte for byte as it was', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(openAndSave(text)).toBe(text);
  });

  it('content/lattlast.mdx is saved byte for byte as it was', () => {
    const text = readFileSync(join(ROOT, 'content', 'lattlast.mdx'), 'utf8');
    expect(openAndSave(text, false)).toBe(text);
  });

  it('keeps a value inside a bold sentence bold, and lists and filters as the chapters write them', () => {
    const body = '**Andelen var <Value data="vis-andel-battre-an-riket" rad="2024" kolumn="andel" /> år 2024.** Mer text.\n\n- ett\n- två\n\n<Chart data="kostnadsutveckling" typ="jamforelse" kategori="period" varden={["varde"]} slutsats="Hallands nettokostnader har ökat snabbare än snittet." serie="omrade" filter={{ kostnadsmatt: "Nettokostnadsutveckling" }} />\n';
    expect(openAndSave(FM + body)).toBe(FM + body);
  });
});

describe('what the editor cannot express is refused when the chapter is opened', () => {
  const refuses = (body: string) => () => openAndSave(FM + body);
  it('an unknown dataset, column or row (the lists have only what the data has)', () => {
    expect(refuses('<Value data="finns-inte" rad="2024" kolumn="andel" />\n')).toThrow();
    expect(refuses('<Value data="vis-andel-battre-an-riket" rad="2024" kolumn="finns_inte" />\n')).toThrow();
    expect(refuses('<Value data="vis-andel-battre-an-riket" rad="1066" kolumn="andel" />\n')).toThrow();
  });
  it('an unknown component, an unknown prop, raw HTML and code', () => {
    expect(refuses('<Okand />\n')).toThrow(/Okand/);
    expect(refuses('<Chart data="kostnadsutveckling" typ="linje" kategori="period" varden={["varde"]} slutsats="En mening om vad diagrammet visar." farg="röd" />\n')).toThrow(/farg/);
    expect(refuses('Se <a href="/data/">alla data</a>.\n')).toThrow();
    expect(refuses('Summan är {1 + 1}.\n')).toThrow();
  });
  it('anything the editor would turn into something else, naming the line (an image becomes text without this)', () => {
    expect(refuses('Text.\n\n![Karta](/bilder/karta.png)\n')).toThrow(/Redigeraren kan inte visa den här raden.*”!\[Karta\]\(\/bilder\/karta\.png\)”/);
  });
  it('but opens a chapter whose props are in another order or whose list uses *, and saves it in the editor’s form', () => {
    const body = '<Chart id="prov" data="kostnadsutveckling" typ="jamforelse" kategori="period" varden={["varde"]} slutsats="Hallands nettokostnader har ökat snabbare än snittet." />\n\n* ett\n';
    expect(openAndSave(FM + body)).toBe(FM + '<Chart data="kostnadsutveckling" typ="jamforelse" kategori="period" varden={["varde"]} slutsats="Hallands nettokostnader har ökat snabbare än snittet." id="prov" />\n\n- ett\n');
  });
  it('frontmatter it has no field for', () => {
    expect(() => openAndSave(FM.replace('order: 9', 'order: 9\nextra: x') + 'Text.\n')).toThrow(/extra/);
  });
});

describe('tidy (the serializer’s form put back)', () => {
  it('joins a bold run split around a value and writes - for list items', () => {
    expect(tidy('**a** <Value data="x" /> **b.**\n\n* ett\n')).toBe('\n**a <Value data="x" /> b.**\n\n- ett\n');
  });
});

describe('npm run check and the editor', () => {
  it('names a chapter the editor would refuse, with the line, and passes every real chapter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redigerare-'));
    const file = join(dir, 'prov.mdx');
    writeFileSync(file, `${FM}Text.\n\n![bild](/favicon.svg)\n`);
    const lines = refusedByEditor([file], dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^prov\.mdx: .*!\[bild\]\(\/favicon\.svg\).*Redigera utan kod/);
    expect(refusedByEditor(CHAPTERS.map((f) => join(ROOT, f)), ROOT)).toEqual([]);
  });
});
