/**
 * The principle of issue 19, case by case: whatever an editor types (any
 * character, number, date, file or page name) is published exactly as
 * written in every output, or refused with a message that names it and the
 * fix. Each case is a fixture under tests/editors/fixtures/<case>/, or, for
 * what git cannot hold well (links, huge files), made in a temporary copy.
 * The build runs the same check first (scripts/build.ts), so it refuses the
 * same inputs with the same words.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { MAX_FILE_BYTES } from '../../src/data/index.ts';
import { checkCase, copySite, removeTempDirs, tempDir, writeBigDataset } from './helpers.ts';

afterAll(removeTempDirs);

/** Every line `npm run check` prints for a site in a temporary folder, with the folder shown as <tmp>. */
function checkSite(site: { root: string; dataDir: string; pagesDir: string }): string {
  const { problems, numbers } = checkContent({ dataDir: relative(process.cwd(), site.dataDir), pagesDir: relative(process.cwd(), site.pagesDir) });
  return [...problems, ...numbers].join('\n').replaceAll(relative(process.cwd(), site.root), '<tmp>');
}

describe('characters nobody can see', () => {
  it('osynliga-tecken: a control character, a zero-width space and a tab before =1+1 in labels; control and direction characters in metadata', () => {
    expect(checkCase('osynliga-tecken')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/osynliga-tecken/data/enkat.meta.yaml, rad 1, fält "title": texten innehåller tecknet U+001B (osynligt styrtecken), som inte syns: "…tionell patientenkät⟨U+001B⟩ 2023: primärvård". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u001b och ersätt med ingenting), och skriv om texten vid behov.
      tests/editors/fixtures/osynliga-tecken/data/enkat.meta.yaml, rad 20, fält "columns.1.title": texten innehåller tecknet U+202E (styrning av skrivriktning), som inte syns: "Riket⟨U+202E⟩". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u202e och ersätt med ingenting), och skriv om texten vid behov.
      tests/editors/fixtures/osynliga-tecken/data/enkat.csv, rad 3, kolumn "dimension": cellen innehåller tecknet U+0007 (osynligt styrtecken), som inte syns: "Emotionellt⟨U+0007⟩ stöd". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u0007 och ersätt med ingenting), och skriv om texten vid behov.
      tests/editors/fixtures/osynliga-tecken/data/enkat.csv, rad 4, kolumn "dimension": cellen innehåller tecknet U+200B (nollbreddsmellanslag), som inte syns: "Delak⟨U+200B⟩tighet och involveri…". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u200b och ersätt med ingenting), och skriv om texten vid behov.
      tests/editors/fixtures/osynliga-tecken/data/enkat.csv, rad 5, kolumn "dimension": cellen innehåller tecknet U+0009 (tabb), som inte syns: "⟨U+0009⟩=1+1". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u0009 och ersätt med ingenting), och skriv om texten vid behov."
    `);
  });
  it('osynligt-i-text: a zero-width space and a direction override in a page', () => {
    expect(checkCase('osynligt-i-text')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/osynligt-i-text/pages/index.mdx, rad 8: raden innehåller tecknet U+200B (nollbreddsmellanslag), som inte syns: "Text med ett hål⟨U+200B⟩ i.". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u200b och ersätt med ingenting), och skriv om texten vid behov.
      tests/editors/fixtures/osynligt-i-text/pages/index.mdx, rad 10: raden innehåller tecknet U+202E (styrning av skrivriktning), som inte syns: "Höger⟨U+202E⟩till vänster.". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u202e och ersätt med ingenting), och skriv om texten vid behov."
    `);
  });
  it('frontmatter-tecken: a control character in a page title', () => {
    expect(checkCase('frontmatter-tecken')).toMatchInlineSnapshot(`"tests/editors/fixtures/frontmatter-tecken/pages/index.mdx, rad 2, fält "title": texten innehåller tecknet U+0008 (osynligt styrtecken), som inte syns: "Start⟨U+0008⟩ sida". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u0008 och ersätt med ingenting), och skriv om texten vid behov."`);
  });
  it('mellanslag-i-cell: spaces around a label, which every output but the CSV would drop', () => {
    expect(checkCase('mellanslag-i-cell')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/mellanslag-i-cell/data/enkat.csv, rad 2, kolumn "dimension": "Helhetsintryck " har mellanslag före eller efter texten. Ta bort dem, så att cellen är likadan i alla format.
      tests/editors/fixtures/mellanslag-i-cell/data/enkat.csv, rad 8, kolumn "dimension": " Tillgänglighet" har mellanslag före eller efter texten. Ta bort dem, så att cellen är likadan i alla format."
    `);
  });
  it('mellanslag-i-rubrik: spaces around a column name', () => {
    expect(checkCase('mellanslag-i-rubrik')).toMatchInlineSnapshot(`"tests/editors/fixtures/mellanslag-i-rubrik/data/enkat.csv, rad 1, kolumn "halland": kolumnnamnet " halland" har mellanslag före eller efter. Ta bort dem."`);
  });
  it('sammansatta-tecken: an ö and an ä written as letter + combining mark, in a label and in a page', () => {
    expect(checkCase('sammansatta-tecken')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/sammansatta-tecken/data/npe-primarvard-2023.csv, rad 3, kolumn "dimension": cellen innehåller "ö" skrivet som 2 tecken (bokstav + U+0308), vid "Emotionellt stöd". Det ser likadant ut men är en annan text. Skriv om bokstaven med tangentbordet (ö).
      tests/editors/fixtures/sammansatta-tecken/pages/index.mdx, rad 8: raden innehåller "ä" skrivet som 2 tecken (bokstav + U+0308), vid "Patienterna i Halländ.". Det ser likadant ut men är en annan text. Skriv om bokstaven med tangentbordet (ä)."
    `);
  });
  it('inte-utf8: a CSV saved as Windows-1252, whose å, ä, ö would become "�"', () => {
    expect(checkCase('inte-utf8')).toMatchInlineSnapshot(`"tests/editors/fixtures/inte-utf8/data/enkat.csv, rad 3: filen är inte sparad som UTF-8 (den här raden har tecken som inte går att läsa, troligen å, ä eller ö). Spara om den som UTF-8, t.ex. i VS Code: klicka på teckenkodningen längst ned och välj "Save with Encoding" → "UTF-8"."`);
  });
});

describe('numbers that would be published as another number', () => {
  it('tal-som-andras: leading zeros (085 would be shown as 85)', () => {
    expect(checkCase('tal-som-andras')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/tal-som-andras/data/enkat.csv, rad 2, kolumn "halland": "085" har en nolla först; talet visas som 85 överallt utom i CSV-filen. Skriv 85, eller gör kolumnen till text om nollorna hör till en kod.
      tests/editors/fixtures/tal-som-andras/data/enkat.csv, rad 3, kolumn "placering": "02" har en nolla först; talet visas som 2 överallt utom i CSV-filen. Skriv 2, eller gör kolumnen till text om nollorna hör till en kod."
    `);
  });
  it('tal-som-andras-stora: 17 digits (rounded by JSON) and minus zero (lost by JSON and charts)', () => {
    expect(checkCase('tal-som-andras-stora')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/tal-som-andras-stora/data/belopp.csv, rad 2, kolumn "belopp": "12345678901234567" har 17 siffror; ett tal kan lagras exakt med högst 15, så sidan och JSON-filen skulle visa ett avrundat tal. Skriv talet som källan avrundar det, eller gör kolumnen till text.
      tests/editors/fixtures/tal-som-andras-stora/data/belopp.csv, rad 3, kolumn "belopp": "-0.0" är noll med minustecken, som diagrammen och JSON-filen inte kan visa. Skriv 0.0 och förklara i notes om källan skriver −0.
      tests/editors/fixtures/tal-som-andras-stora/data/belopp.csv, rad 4, kolumn "belopp": "-0" är noll med minustecken, som diagrammen och JSON-filen inte kan visa. Skriv 0 och förklara i notes om källan skriver −0."
    `);
  });
});

describe('props written one way and shown another', () => {
  it('egenskap-skrivs-om: mal={80.0} and mal={8e1} (shown as 80), an escaped zero-width space in a text prop', () => {
    expect(checkCase('egenskap-skrivs-om')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/egenskap-skrivs-om/pages/index.mdx, rad 10: talet 80.0 i mal i <Chart> skulle visas som 80. Skriv det så som det ska visas, t.ex. mal={80}.
      tests/editors/fixtures/egenskap-skrivs-om/pages/index.mdx, rad 12: talet 8e1 i mal i <Chart> skulle visas som 80. Skriv det så som det ska visas, t.ex. mal={80}.
      tests/editors/fixtures/egenskap-skrivs-om/pages/index.mdx, rad 14: egenskapen etikett i <KeyFigure> innehåller tecknet U+200B (nollbreddsmellanslag), som inte syns: "positiva⟨U+200B⟩ svar". Ta bort det (i VS Code: sök med Alt+R påslaget efter \\u200b och ersätt med ingenting), och skriv om texten vid behov."
    `);
  });
});

describe('dates that would be published as another date, or break the build', () => {
  it('datum-finns-inte: 29 February in a common year, month 13', () => {
    expect(checkCase('datum-finns-inte')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/datum-finns-inte/data/enkat.meta.yaml, rad 12, fält "source.date": "2024-13" har månad 13; ett år har månaderna 01–12. Rätta månaden.
      tests/editors/fixtures/datum-finns-inte/data/enkat.meta.yaml, rad 40, fält "changelog.0.date": "2025-02-29" finns inte: februari 2025 har 28 dagar. Skriv ett datum som finns."
    `);
  });
  it('datum-utanfor: a changelog year a zip file cannot hold (the build failed on it after the check passed)', () => {
    expect(checkCase('datum-utanfor')).toMatchInlineSnapshot(`"tests/editors/fixtures/datum-utanfor/data/enkat.meta.yaml, rad 43, fält "changelog.1.date": årtalet i "2126-01-01" ligger utanför 1980–2099, de år som nedladdningarna kan datera. Kontrollera årtalet."`);
  });
  it('frontmatter-datum: a page "updated" 30 February (shown as 2 March)', () => {
    expect(checkCase('frontmatter-datum')).toMatchInlineSnapshot(`"tests/editors/fixtures/frontmatter-datum/pages/index.mdx, rad 5, fält "updated": "2026-02-30" finns inte: februari 2026 har 28 dagar. Skriv ett datum som finns."`);
  });
});

describe('YAML alias bombs end in a Swedish message with the file', () => {
  it('yaml-aliasbomb: in a metadata file', () => {
    expect(checkCase('yaml-aliasbomb')).toMatchInlineSnapshot(`"tests/editors/fixtures/yaml-aliasbomb/data/enkat.meta.yaml: YAML-texten använder alias (&namn och *namn) så att den blir orimligt stor när den läses. Skriv ut värdena i stället för att hänvisa till dem med *."`);
  });
  it('frontmatter-aliasbomb: in a page', () => {
    expect(checkCase('frontmatter-aliasbomb')).toMatchInlineSnapshot(`"tests/editors/fixtures/frontmatter-aliasbomb/pages/index.mdx, rad 2: YAML-texten använder alias (&namn och *namn) så att den blir orimligt stor när den läses. Skriv ut värdena i stället för att hänvisa till dem med *."`);
  });
});

describe('page names and fields that would route a page elsewhere', () => {
  it('sidnamn: embed, data, standard, a name with a space or å, a .md file and a folder', () => {
    expect(checkCase('sidnamn')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/sidnamn/pages/Min sida.mdx: namnet "Min sida" blir sidans adress och får bara innehålla a–z, 0–9 och bindestreck (inga versaler, å, ä, ö eller mellanslag); annars skulle adressen bli en annan än filens namn. Döp om filen, t.ex. till min-sida.mdx.
      tests/editors/fixtures/sidnamn/pages/data.mdx: namnet "data" används redan av webbplatsen för datakatalogen (/data/). En sida med det namnet skulle hamna på fel adress eller ta över den. Döp om filen, t.ex. till data-sida.mdx.
      tests/editors/fixtures/sidnamn/pages/embed.mdx: namnet "embed" används redan av webbplatsen för diagram att bädda in på andra webbplatser (/embed/), som får visas i en ram. En sida med det namnet skulle hamna på fel adress eller ta över den. Döp om filen, t.ex. till embed-sida.mdx.
      tests/editors/fixtures/sidnamn/pages/kapitel-två.mdx: namnet "kapitel-två" blir sidans adress och får bara innehålla a–z, 0–9 och bindestreck (inga versaler, å, ä, ö eller mellanslag); annars skulle adressen bli en annan än filens namn. Döp om filen, t.ex. till kapitel-tva.mdx.
      tests/editors/fixtures/sidnamn/pages/kapitel.md: filen hör inte hemma här och kommer inte med på webbplatsen: en sida är en fil <namn>.mdx. Döp om den till kapitel.mdx.
      tests/editors/fixtures/sidnamn/pages/standard.mdx: namnet "standard" används redan av webbplatsen för standardbilden när en sida delas (/og/standard.png). En sida med det namnet skulle hamna på fel adress eller ta över den. Döp om filen, t.ex. till standard-sida.mdx.
      tests/editors/fixtures/sidnamn/pages/undermapp: här ska inga mappar ligga, bara sidor (<namn>.mdx). Flytta innehållet ut ur mappen, eller ta bort den."
    `);
  });
  it('frontmatter-omdirigering: slug and layout in frontmatter', () => {
    expect(checkCase('frontmatter-omdirigering')).toMatchInlineSnapshot(`"tests/editors/fixtures/frontmatter-omdirigering/pages/index.mdx, rad 1: fältet slug får inte stå i frontmatter: det ger sidan en annan adress än filens namn. Ta bort raden och döp om filen om adressen ska ändras. fältet layout får inte stå i frontmatter: det läser in kod. Ta bort raden; alla sidor får webbplatsens utseende ändå."`);
  });
  it('dolda-filer: a dataset and a page whose names start with a dot (.DS_Store is left alone)', () => {
    expect(checkCase('dolda-filer')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/dolda-filer/data/.utkast.csv: filen börjar med en punkt och är därför dold: den kommer inte med på webbplatsen. Ta bort punkten i början av namnet, eller ta bort filen om den inte behövs.
      tests/editors/fixtures/dolda-filer/pages/.utkast.mdx: filen börjar med en punkt och är därför dold: den kommer inte med på webbplatsen. Ta bort punkten i början av namnet, eller ta bort filen om den inte behövs."
    `);
  });
  it('dubbel-kolumn: a column name twice in the header (the second would replace the first)', () => {
    expect(checkCase('dubbel-kolumn')).toMatchInlineSnapshot(`"tests/editors/fixtures/dubbel-kolumn/data/enkat.csv, rad 1, kolumn "halland": kolumnnamnet "halland" står två gånger i rubrikraden (kolumn 3 och 4). Ge varje kolumn ett eget namn."`);
  });
  it('samma-order: two pages with the same order', () => {
    expect(checkCase('samma-order')).toMatchInlineSnapshot(`"tests/editors/fixtures/samma-order/pages/tva.mdx, fält "order": order: 1 är samma som i tests/editors/fixtures/samma-order/pages/ett.mdx, så ordningen mellan sidorna blir slumpmässig. Ge varje sida ett eget nummer."`);
  });
});

describe('what is shown as text passes', () => {
  it('kodblock-med-chart: a component shown in a code block is text, not a use of a dataset', () => {
    expect(checkCase('kodblock-med-chart')).toBe('');
  });
  it('formel-etiketter: labels that start like a formula are data, not an error', () => {
    expect(checkCase('formel-etiketter')).toBe('');
  });
});

describe('content files are regular files inside the content folder', () => {
  it('refuses a CSV linked in from outside, and a dataset whose link points nowhere', () => {
    const site = copySite('site-ok');
    const outside = tempDir('utanfor');
    writeFileSync(join(outside, 'hemlig.csv'), 'dimension,riket,halland,placering\nHemlig,1,2,3\n');
    rmSync(join(site.dataDir, 'npe-primarvard-2023.csv'));
    symlinkSync(join(outside, 'hemlig.csv'), join(site.dataDir, 'npe-primarvard-2023.csv'));
    symlinkSync(join(outside, 'finns-inte.csv'), join(site.dataDir, 'borta.csv'));
    writeFileSync(join(site.dataDir, 'borta.meta.yaml'), 'title: x\n');
    expect(checkSite(site).replaceAll(outside, '<utanför>')).toMatchInlineSnapshot(`
      "<tmp>/data/borta.csv: det här är en symbolisk länk till <utanför>/finns-inte.csv, och det den pekar på finns inte. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen.
      <tmp>/data/npe-primarvard-2023.csv: det här är en symbolisk länk till <utanför>/hemlig.csv. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen."
    `);
  });

  it('refuses a linked page and a linked folder of pages', () => {
    const site = copySite('site-ok');
    const outside = tempDir('utanfor');
    writeFileSync(join(outside, 'sida.mdx'), '---\ntitle: T\n---\n');
    symlinkSync(join(outside, 'sida.mdx'), join(site.pagesDir, 'lankad.mdx'));
    symlinkSync(outside, join(site.pagesDir, 'mapp'));
    expect(checkSite(site).replaceAll(outside, '<utanför>')).toMatchInlineSnapshot(`
      "<tmp>/pages/lankad.mdx: det här är en symbolisk länk till <utanför>/sida.mdx. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen.
      <tmp>/pages/mapp: det här är en symbolisk länk till <utanför>. Innehåll ska ligga som vanliga filer i mappen: ta bort länken och kopiera in filen."
    `);
  });

  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB and a dataset over 50 000 rows`, () => {
    const site = copySite('site-ok');
    writeBigDataset(site.dataDir, 50_001);
    writeFileSync(join(site.dataDir, 'enorm.csv'), 'a,b\n' + '1,2\n'.repeat(MAX_FILE_BYTES / 4 + 1));
    writeFileSync(join(site.dataDir, 'enorm.meta.yaml'), 'title: x\n');
    expect(checkSite(site)).toMatchInlineSnapshot(`
      "<tmp>/data/enorm.csv: filen är 5,1 MB; en fil får vara högst 5 MB. Dela upp innehållet i flera mindre filer.
      <tmp>/data/stort.csv: filen har 50 001 rader; ett dataset får ha högst 50 000. Dela upp det i flera dataset, t.ex. ett per år."
    `);
  });

  it('accepts a dataset of exactly 50 000 rows', () => {
    const site = copySite('site-ok');
    writeBigDataset(site.dataDir, 50_000);
    expect(checkSite(site)).toBe('');
  });

  it('says a missing folder of pages or data in Swedish', () => {
    const root = tempDir('tom');
    mkdirSync(join(root, 'data'));
    expect(checkContent({ dataDir: relative(process.cwd(), join(root, 'data')), pagesDir: relative(process.cwd(), join(root, 'sidor')) }).problems[0]).toMatch(/sidor: mappen med sidor finns inte\.$/);
  });
});
