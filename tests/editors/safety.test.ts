/**
 * The corpus of attacks from issue 19, as the checker meets them: each case
 * is a fixture under tests/editors/fixtures/<case>/ that `npm run check` (and
 * so the build, which runs the same check first) must refuse with exactly
 * these words. MDX is a safe subset: no code, no unsafe HTML, no link that
 * runs script or leaves for an unencrypted or foreign address unasked.
 *
 * The remark plugin (src/mdx/remark-safe.ts) is tested here too: it refuses
 * the same pages inside the MDX compiler, so `astro build` alone cannot run
 * a chapter's code.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { checkCase, FIXTURES, removeTempDirs } from './helpers.ts';
import { remarkSafe } from '../../src/mdx/remark-safe.ts';
import { splitFrontmatter } from '../../src/mdx/pages.ts';
import { ContentError, formatProblem } from '../../src/data/index.ts';
import { explainBuildError } from '../../src/check/build-error.ts';

afterAll(removeTempDirs);

describe('MDX: code is refused before it is compiled', () => {
  it('mdx-import: an import line reading /etc/passwd', () => {
    expect(checkCase('mdx-import')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/mdx-import/pages/index.mdx, rad 10: "import fs from 'node:fs'" får inte stå i en sida: en sida kan inte importera eller köra kod. Ta bort raden; komponenterna (<Chart>, <KeyFigure>, <Value>, <GoalStatus>, <DataTable>, <Note>, <GoalLedger>, <GoalOverview>, <Fast>) finns utan import.
      tests/editors/fixtures/mdx-import/pages/index.mdx, rad 12: {fs.readFileSync('/etc/passwd', 'utf8').split('\\n'…} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}."
    `);
  });
  it('mdx-export: an export with process.env', () => {
    expect(checkCase('mdx-export')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/mdx-export/pages/index.mdx, rad 10: "export const hemlig = process.env.HOME" får inte stå i en sida: en sida kan inte importera eller köra kod. Ta bort raden; komponenterna (<Chart>, <KeyFigure>, <Value>, <GoalStatus>, <DataTable>, <Note>, <GoalLedger>, <GoalOverview>, <Fast>) finns utan import.
      tests/editors/fixtures/mdx-export/pages/index.mdx, rad 12: {hemlig} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}."
    `);
  });
  it('mdx-uttryck: {process.env…}, require() and import() in text; comments pass', () => {
    expect(checkCase('mdx-uttryck')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/mdx-uttryck/pages/index.mdx, rad 10: {process.env.SOME_SECRET} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}.
      tests/editors/fixtures/mdx-uttryck/pages/index.mdx, rad 10: {require('os').hostname()} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}.
      tests/editors/fixtures/mdx-uttryck/pages/index.mdx, rad 12: {import('node:child_process').then((cp) => cp.exec…} är kod och får inte stå i en sida. Skriv texten som vanlig text, hämta en siffra ur data med <Value data="…" rad="…" kolumn="…" />, eller skriv \\{ om du vill visa tecknet {. En kommentar skrivs {/* så här */}."
    `);
  });
  it('egenskap-uttryck: a component prop or HTML attribute that is code, a spread, a __proto__ key, a fragment', () => {
    expect(checkCase('egenskap-uttryck')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 10: egenskapen data={…} i <Value> är kod, inte ett värde. Skriv text inom citattecken (typ="staplar"), eller ett tal, true/false, en lista eller en grupp inom klammerparenteser, t.ex. mal={80} eller varden={["riket", "halland"]}.
      tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 12: {…} bland egenskaperna i <Chart> är kod och får inte stå i en sida. Skriv varje egenskap för sig, t.ex. data="…".
      tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 14: egenskapen etikett={…} i <KeyFigure> är kod, inte ett värde. Skriv text inom citattecken (typ="staplar"), eller ett tal, true/false, en lista eller en grupp inom klammerparenteser, t.ex. mal={80} eller varden={["riket", "halland"]}.
      tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 16: egenskapen forandring={…} i <Value> är kod, inte ett värde. Skriv text inom citattecken (typ="staplar"), eller ett tal, true/false, en lista eller en grupp inom klammerparenteser, t.ex. mal={80} eller varden={["riket", "halland"]}.
      tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 18: egenskapen href={…} i <a> är kod. Skriv värdet inom citattecken, t.ex. href="…".
      tests/editors/fixtures/egenskap-uttryck/pages/index.mdx, rad 20: <> … </> (ett tomt element) får inte stå i en sida. Ta bort <> och </> och behåll innehållet."
    `);
  });
});

describe('MDX: HTML outside the allow-list is refused', () => {
  it('meta-omdirigering: <meta http-equiv="refresh"> (an open redirect)', () => {
    expect(checkCase('meta-omdirigering')).toMatchInlineSnapshot(`"tests/editors/fixtures/meta-omdirigering/pages/index.mdx, rad 10: <meta> får inte stå i en sida: elementet ändrar sidans inställningar och kan skicka läsaren vidare till en annan webbplats. Ta bort elementet."`);
  });
  it('set-html: set:html and set:text on HTML and on a component', () => {
    expect(checkCase('set-html')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/set-html/pages/index.mdx, rad 10: egenskapen set:html i <div> får inte stå i en sida: den gör text till HTML eller kod. Skriv innehållet som vanlig text mellan taggarna.
      tests/editors/fixtures/set-html/pages/index.mdx, rad 12: egenskapen set:text i <p> får inte stå i en sida: den gör text till HTML eller kod. Skriv innehållet som vanlig text mellan taggarna.
      tests/editors/fixtures/set-html/pages/index.mdx, rad 14: egenskapen set:html i <Note> får inte stå i en sida: den gör text till HTML eller kod. Skriv innehållet som vanlig text mellan taggarna."
    `);
  });
  it('farliga-element: base, link, iframe, object, embed, form, style, svg and an unknown element', () => {
    expect(checkCase('farliga-element')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/farliga-element/pages/index.mdx, rad 10: <base> får inte stå i en sida: elementet ändrar sidans inställningar och kan skicka läsaren vidare till en annan webbplats. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 12: <link> får inte stå i en sida: elementet ändrar sidans inställningar och kan skicka läsaren vidare till en annan webbplats. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 14: <iframe> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 16: <object> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 18: <embed> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 20: <form> får inte stå i en sida: webbplatsen har inga formulär. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 22: <style> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 24: <svg> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet.
      tests/editors/fixtures/farliga-element/pages/index.mdx, rad 26: <marquee> är inte ett tillåtet HTML-element i en sida. Skriv Markdown i stället, eller använd något av <a>, <abbr>, <b>, <bdi>, <bdo>, <blockquote>, <br>, <caption>, <cite>, <code>, <dd>, <del>, <details>, <dfn>, <div>, <dl>, <dt>, <em>, <figcaption>, <figure>, <h1>, <h2>, <h3>, <h4>, <h5>, <h6>, <hr>, <i>, <img>, <ins>, <kbd>, <li>, <mark>, <ol>, <p>, <pre>, <q>, <s>, <samp>, <small>, <span>, <strong>, <sub>, <summary>, <sup>, <table>, <tbody>, <td>, <tfoot>, <th>, <thead>, <time>, <tr>, <u>, <ul>, <var>, <wbr>."
    `);
  });
  it('handelseattribut: onclick, onMouseOver, style and attributes outside the allow-list', () => {
    expect(checkCase('handelseattribut')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/handelseattribut/pages/index.mdx, rad 10: egenskapen onclick i <a> kör skript och får inte stå i en sida. Ta bort den.
      tests/editors/fixtures/handelseattribut/pages/index.mdx, rad 10: egenskapen onMouseOver i <span> kör skript och får inte stå i en sida. Ta bort den.
      tests/editors/fixtures/handelseattribut/pages/index.mdx, rad 12: egenskapen style i <p> får inte stå i en sida: utseendet kommer från webbplatsens stilmall. Ta bort style="…" (behövs en ny stil, be utvecklarna om en klass).
      tests/editors/fixtures/handelseattribut/pages/index.mdx, rad 14: egenskapen data-x i <div> är inte tillåten. Tillåtna här: class, id, lang, dir, title.
      tests/editors/fixtures/handelseattribut/pages/index.mdx, rad 14: egenskapen hidden i <div> är inte tillåten. Tillåtna här: class, id, lang, dir, title."
    `);
  });
});

describe('MDX: links and images', () => {
  it('farliga-lankar: javascript:, data:, hidden tab, http:, //host, page-relative and a bare www. (https, mailto, /… and # pass)', () => {
    expect(checkCase('farliga-lankar')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 10: länken "javascript:alert(1)" får inte stå i en sida: bara https://…, mailto:… och adresser på webbplatsen (som /data/ eller #avsnitt) är tillåtna.
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 10: länken "JaVaScRiPt:alert(2)" får inte stå i en sida: bara https://…, mailto:… och adresser på webbplatsen (som /data/ eller #avsnitt) är tillåtna.
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 10: länken "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" får inte stå i en sida: bara https://…, mailto:… och adresser på webbplatsen (som /data/ eller #avsnitt) är tillåtna.
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 12: länken "javascript:alert(3)" får inte stå i en sida: bara https://…, mailto:… och adresser på webbplatsen (som /data/ eller #avsnitt) är tillåtna.
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 12: adressen "java script:alert(4)" innehåller mellanslag, osynliga tecken eller \\. Skriv adressen utan dem (ett mellanslag skrivs %20).
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 14: länken "http://www.regionhalland.se/" går till en okrypterad adress (http:). Skriv https:// i stället, om webbplatsen har det.
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 14: länken "//angripare.example/" saknar https: i början. Skriv hela adressen, https://…
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 14: länken "ekonomi/" är relativ till sidan och hamnar olika beroende på var den står. Skriv den från webbplatsens rot, t.ex. /data/ eller /ekonomi/, eller som https://….
      tests/editors/fixtures/farliga-lankar/pages/index.mdx, rad 18: adressen "www.regionhalland.se" i texten blir en länk till den okrypterade http://www.regionhalland.se. Skriv länken som [www.regionhalland.se](https://www.regionhalland.se)."
    `);
  });
  it('externa-bilder: images from another site, in Markdown, HTML and a reference (a site image passes)', () => {
    expect(checkCase('externa-bilder')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/externa-bilder/pages/index.mdx, rad 10: bilden "https://angripare.example/spion.png" ska ligga på webbplatsen: en bild från en annan adress skulle hämtas från en annan webbplats när sidan läses. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. /bilder/karta.png.
      tests/editors/fixtures/externa-bilder/pages/index.mdx, rad 12: bilden "https://angripare.example/spion.png" ska ligga på webbplatsen: en bild från en annan adress skulle hämtas från en annan webbplats när sidan läses. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. /bilder/karta.png.
      tests/editors/fixtures/externa-bilder/pages/index.mdx, rad 14: bilden "//angripare.example/spion.png" ska ligga på webbplatsen: en bild från en annan adress skulle hämtas från en annan webbplats när sidan läses. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. /bilder/karta.png.
      tests/editors/fixtures/externa-bilder/pages/index.mdx, rad 16: länken "//angripare.example/spion.png" saknar https: i början. Skriv hela adressen, https://…"
    `);
  });
});

describe('the remark plugin refuses the same pages inside the MDX compiler', () => {
  const cases = ['mdx-import', 'mdx-uttryck', 'meta-omdirigering', 'set-html', 'farliga-lankar', 'handelseattribut'];
  for (const name of cases) {
    it(`${name}: compile() throws the check's own lines`, async () => {
      const path = `${FIXTURES}/${name}/pages/index.mdx`;
      const value = splitFrontmatter(readFileSync(path, 'utf8')).body;
      let thrown: unknown;
      try {
        await compile({ value, path }, { remarkPlugins: [remarkGfm, remarkSafe] });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ContentError);
      const lines = (thrown as ContentError).problems.map(formatProblem);
      // The check may add component and number problems of its own; every safety line is among them.
      const checked = checkCase(name).split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(checked).toContain(l);
    });
  }

  it('lets a safe page through', async () => {
    const value = splitFrontmatter(readFileSync(`${FIXTURES}/site-ok/pages/index.mdx`, 'utf8')).body;
    await expect(compile({ value }, { remarkPlugins: [remarkGfm, remarkSafe] })).resolves.toBeTruthy();
  });
});

describe('the build error explainer', () => {
  it('reads the remark plugin\'s refusal even after @astrojs/mdx renamed it MDXError', async () => {
    const path = `${FIXTURES}/meta-omdirigering/pages/index.mdx`;
    let thrown: unknown;
    try {
      await compile({ value: splitFrontmatter(readFileSync(path, 'utf8')).body, path }, { remarkPlugins: [remarkSafe] });
    } catch (err) {
      thrown = err;
    }
    // What vite-plugin-mdx does to an error from a remark plugin, and how Astro then wraps it.
    Object.assign(thrown as Error, { name: 'MDXError', loc: { file: path, line: 0, column: 0 } });
    const wrapped = Object.assign(new Error('Build failed'), { cause: thrown });
    expect(explainBuildError(wrapped)).toEqual([`Ett fel i innehållet:\n  ${checkCase('meta-omdirigering')}`]);
  });

  it('says any problem the check finds in the .mdx file the build stopped at in the check\'s words', () => {
    const file = `${process.cwd()}/${FIXTURES}/set-html/pages/index.mdx`;
    const err = Object.assign(new Error('Something deep inside Astro'), { loc: { file } });
    expect(explainBuildError(err)).toEqual(['Fel i en sida:', ...checkCase('set-html').split('\n').map((l) => '  ' + l)]);
  });

  it('puts a Swedish line before any other failure, without the stack', () => {
    const lines = explainBuildError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(lines[0]).toMatch(/^Fel vid bygget: bygget stannade utan att ange någon fil\. Kör npm run check/);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });
});
