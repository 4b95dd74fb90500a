/**
 * The corpus of bad inputs: each case is a small fixture under
 * tests/editors/fixtures/<case>/ (a data folder and/or a pages folder) that
 * the checker must reject with exactly this message. The build runs the same
 * check first (scripts/build.ts), so it rejects them with the same words;
 * tests/editors/build.site.test.ts builds a few fixture sites for real.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkCase, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

describe('Trasiga dataset (CSV)', () => {
  it('tom-fil: an empty file', () => {
    expect(checkCase('tom-fil')).toMatchInlineSnapshot(`"tests/editors/fixtures/tom-fil/data/enkat.csv: filen är tom. Första raden ska vara kolumnnamnen, sedan en rad per värde."`);
  });
  it('bara-rubrik: a header and no rows', () => {
    expect(checkCase('bara-rubrik')).toMatchInlineSnapshot(`"tests/editors/fixtures/bara-rubrik/data/enkat.csv: filen har bara en rubrikrad och inga värden."`);
  });
  it('bom: a byte-order mark (rejected: the repository keeps UTF-8 without BOM)', () => {
    expect(checkCase('bom')).toMatchInlineSnapshot(`"tests/editors/fixtures/bom/data/enkat.csv, rad 1: filen börjar med ett osynligt BOM-tecken (Excel lägger till det i "CSV UTF-8"). Spara om den som UTF-8 utan BOM, t.ex. i VS Code: klicka på "UTF-8 with BOM" längst ned och välj "Save with Encoding" → "UTF-8"."`);
  });
  it('semikolon: semicolons and decimal commas from Swedish Excel (rejected, with how to save)', () => {
    expect(checkCase('semikolon')).toMatchInlineSnapshot(`"tests/editors/fixtures/semikolon/data/enkat.csv, rad 1: filen är semikolonseparerad (som Excel sparar på svenska). Fälten ska skiljas med kommatecken och decimaler skrivas med punkt (450.6); se "Spara en CSV-fil rätt" i docs/redaktorsguide.md."`);
  });
  it('dubblett-nyckel: two rows with the same key, naming both lines', () => {
    expect(checkCase('dubblett-nyckel')).toMatchInlineSnapshot(`"tests/editors/fixtures/dubblett-nyckel/data/enkat.csv, rad 10: raden har samma nyckel (dimension = Helhetsintryck) som rad 2. Varje rad ska vara unik."`);
  });
  it('saknad-kolumn: a column the metadata declares but the header lacks', () => {
    expect(checkCase('saknad-kolumn')).toMatchInlineSnapshot(`"tests/editors/fixtures/saknad-kolumn/data/enkat.csv, rad 1, kolumn "placering": kolumnen saknas i rubrikraden men finns i metadatafilen."`);
  });
  it('okand-kolumn-i-csv: a column in the header the metadata does not declare', () => {
    expect(checkCase('okand-kolumn-i-csv')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-kolumn-i-csv/data/enkat.csv, rad 1, kolumn "kommentar": kolumnen finns inte i tests/editors/fixtures/okand-kolumn-i-csv/data/enkat.meta.yaml. Lägg till den under columns, eller ta bort den."`);
  });
  it('inte-ett-tal: a value that is not a number (8O)', () => {
    expect(checkCase('inte-ett-tal')).toMatchInlineSnapshot(`"tests/editors/fixtures/inte-ett-tal/data/enkat.csv, rad 8, kolumn "halland": "8O" är inget tal"`);
  });
  it('procent-over-100: a percentage over 100', () => {
    expect(checkCase('procent-over-100')).toMatchInlineSnapshot(`"tests/editors/fixtures/procent-over-100/data/enkat.csv, rad 5, kolumn "halland": "189" är inte en andel i procent mellan 0 och 100"`);
  });
  it('placering-0: rank 0', () => {
    expect(checkCase('placering-0')).toMatchInlineSnapshot(`"tests/editors/fixtures/placering-0/data/enkat.csv, rad 3, kolumn "placering": "0" är inte en placering bland 21 regioner, ett heltal från 1 till 21"`);
  });
  it('placering-22: rank 22', () => {
    expect(checkCase('placering-22')).toMatchInlineSnapshot(`"tests/editors/fixtures/placering-22/data/enkat.csv, rad 3, kolumn "placering": "22" är inte en placering bland 21 regioner, ett heltal från 1 till 21"`);
  });
  it('ar-utanfor-period: a year outside the period in the metadata', () => {
    expect(checkCase('ar-utanfor-period')).toMatchInlineSnapshot(`"tests/editors/fixtures/ar-utanfor-period/data/vis.csv, rad 7, kolumn "ar": årtalet 2026 ligger utanför datasetets period (2016–2024) i tests/editors/fixtures/ar-utanfor-period/data/vis.meta.yaml. Rätta årtalet, eller ändra period i metadata."`);
  });
  it('oavslutat-citattecken: a quote that is never closed, at the line it opens', () => {
    expect(checkCase('oavslutat-citattecken')).toMatchInlineSnapshot(`"tests/editors/fixtures/oavslutat-citattecken/data/enkat.csv, rad 3: ett citattecken (") öppnas men stängs aldrig."`);
  });
  it('blandade-radslut: mixed line endings', () => {
    expect(checkCase('blandade-radslut')).toMatchInlineSnapshot(`"tests/editors/fixtures/blandade-radslut/data/enkat.csv, rad 5: filen blandar radslut (CRLF och LF) från och med den här raden. Spara den med LF-radslut (i VS Code: klicka på "CRLF" längst ned och välj "LF")."`);
  });
  it('trasig-text: text broken by a bad PDF extraction (vaå rd)', () => {
    expect(checkCase('trasig-text')).toMatchInlineSnapshot(`"tests/editors/fixtures/trasig-text/data/enkat.csv, rad 6, kolumn "dimension": "Kontinuitet i vaå rden" ser ut som text som gått sönder vid utdrag ur PDF (t.ex. "vaå rd" i stället för "vård"). Skriv av ordet rätt."`);
  });
  it('ogiltigt-namn: a file name with å/ä/ö', () => {
    expect(checkCase('ogiltigt-namn')).toMatchInlineSnapshot(`"tests/editors/fixtures/ogiltigt-namn/data/enkät-2023.csv: namnet "enkät-2023" får bara innehålla a–z, 0–9 och bindestreck (inga å, ä, ö eller mellanslag)."`);
  });
});

describe('Trasig metadata', () => {
  it('metadata-utan-kalla: metadata without a source, naming the field', () => {
    expect(checkCase('metadata-utan-kalla')).toMatchInlineSnapshot(`"tests/editors/fixtures/metadata-utan-kalla/data/enkat.meta.yaml, fält "source": fältet saknas men måste finnas"`);
  });
  it('okand-licens: an unknown licence, naming the field and line', () => {
    expect(checkCase('okand-licens')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-licens/data/enkat.meta.yaml, rad 12, fält "licence": ogiltigt värde "CC-BY-SA". Tillåtna: CC-BY-4.0"`);
  });
  it('saknad-metadatafil: a CSV without its metadata file', () => {
    expect(checkCase('saknad-metadatafil')).toMatchInlineSnapshot(`"tests/editors/fixtures/saknad-metadatafil/data/enkat.meta.yaml: filen saknas. Varje dataset behöver både en .csv och en .meta.yaml med samma namn."`);
  });
  it('metadata-yaml-fel: YAML that cannot be read, with its line', () => {
    expect(checkCase('metadata-yaml-fel')).toMatchInlineSnapshot(`"tests/editors/fixtures/metadata-yaml-fel/data/enkat.meta.yaml, rad 9: YAML-filen går inte att läsa (BAD_INDENT). Kontrollera indrag (mellanslag, inte tabb) och kolon på raden."`);
  });
});

describe('Sidor: komponenter', () => {
  it('okant-dataset: a dataset that does not exist, with "Menade du"', () => {
    expect(checkCase('okant-dataset')).toMatchInlineSnapshot(`"tests/editors/fixtures/okant-dataset/pages/index.mdx (<Chart>), rad 8: Datasetet "npe-primarvard-2022" finns inte. Menade du "npe-primarvard-2023"? Giltiga val: npe-primarvard-2023"`);
  });
  it('okand-kolumn: a column that does not exist, with "Menade du"', () => {
    expect(checkCase('okand-kolumn')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-kolumn/pages/index.mdx (<Value>), rad 8: Kolumnen "haland" finns inte. Menade du "halland"? Giltiga val: dimension, riket, halland, placering (i npe-primarvard-2023)"`);
  });
  it('okand-diagramtyp: an unknown chart type, with "Menade du"', () => {
    expect(checkCase('okand-diagramtyp')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-diagramtyp/pages/index.mdx (<Chart>), rad 8: Diagramtypen "stapel" finns inte. Menade du "staplar"? Giltiga val: jamforelse, linje, staplar, avvikelse"`);
  });
  it('saknad-egenskap: a missing required prop', () => {
    expect(checkCase('saknad-egenskap')).toMatchInlineSnapshot(`"tests/editors/fixtures/saknad-egenskap/pages/index.mdx (<Chart>), rad 8: egenskapen slutsats="…" saknas men måste anges"`);
  });
  it('saknad-rad: a key figure pointing at a row that does not exist', () => {
    expect(checkCase('saknad-rad')).toMatchInlineSnapshot(`"tests/editors/fixtures/saknad-rad/pages/index.mdx (<KeyFigure>), rad 8: Raden "Helhetsintryk" finns inte. Menade du "Helhetsintryck"? Giltiga val: Helhetsintryck, Emotionellt stöd, Delaktighet och involvering, Respekt och bemötande, Kontinuitet och koordinering, Information och kunskap, Tillgänglighet, Medel samtliga dimensioner (nyckel: dimension i npe-primarvard-2023)"`);
  });
  it('okand-egenskap: a misspelt prop, said once, as a misspelling', () => {
    expect(checkCase('okand-egenskap')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-egenskap/pages/index.mdx (<Value>), rad 8: Egenskapen "kolum" finns inte. Menade du "kolumn"? Giltiga val: data, rad, kolumn, forandring, ord"`);
  });
  it('fel-sorts-varde: a number written as text (mal="80")', () => {
    expect(checkCase('fel-sorts-varde')).toMatchInlineSnapshot(`"tests/editors/fixtures/fel-sorts-varde/pages/index.mdx (<Chart>), rad 8: mal har fel sorts värde: ett tal skrivs inom klammerparenteser, t.ex. mal={80}"`);
  });
  it('okand-komponent: a component that does not exist', () => {
    expect(checkCase('okand-komponent')).toMatchInlineSnapshot(`"tests/editors/fixtures/okand-komponent/pages/index.mdx, rad 8: Komponenten "<Chrat>" finns inte. Menade du "<Chart>"? Giltiga val: <Chart>, <KeyFigure>, <Value>, <GoalStatus>, <DataTable>, <Note>, <GoalLedger>, <GoalOverview>, <Fast>"`);
  });
});

describe('Sidor: MDX och frontmatter', () => {
  it('mdx-oavslutad-tagg: a tag that is never closed, at the line it starts', () => {
    expect(checkCase('mdx-oavslutad-tagg')).toMatchInlineSnapshot(`"tests/editors/fixtures/mdx-oavslutad-tagg/pages/index.mdx, rad 10: taggen <Chart … som börjar här avslutas aldrig. Kontrollera att varje värde har citattecken i båda ändar och att taggen slutar med /> (eller > och senare </Chart>)."`);
  });
  it('mdx-fel-sluttagg: a closing tag that does not match', () => {
    expect(checkCase('mdx-fel-sluttagg')).toMatchInlineSnapshot(`"tests/editors/fixtures/mdx-fel-sluttagg/pages/index.mdx, rad 12: </Notes> passar inte ihop med <Note> på rad 8. Ett element stängs med samma namn som det öppnas med: <Note> … </Note>."`);
  });
  it('mdx-html-kommentar: an HTML comment, which MDX cannot read', () => {
    expect(checkCase('mdx-html-kommentar')).toMatchInlineSnapshot(`"tests/editors/fixtures/mdx-html-kommentar/pages/index.mdx, rad 10: HTML-kommentarer (<!-- … -->) fungerar inte i MDX. Skriv {/* kommentar */} i stället."`);
  });
  it('mdx-oavslutad-klammer: a { that is never closed', () => {
    expect(checkCase('mdx-oavslutad-klammer')).toMatchInlineSnapshot(`"tests/editors/fixtures/mdx-oavslutad-klammer/pages/index.mdx, rad 8: en klammerparentes { öppnas men stängs aldrig. Stäng den med }, eller skriv \\{ om du vill visa tecknet { i texten."`);
  });
  it('frontmatter-fel: frontmatter with a missing field, a wrong kind of value and a bad date', () => {
    expect(checkCase('frontmatter-fel')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/frontmatter-fel/pages/index.mdx, rad 1, fält "description": fältet saknas men måste finnas
      tests/editors/fixtures/frontmatter-fel/pages/index.mdx, rad 3, fält "order": fel sorts värde: väntade ett tal
      tests/editors/fixtures/frontmatter-fel/pages/index.mdx, rad 4, fält "updated": felaktigt format: skriv datumet som ÅÅÅÅ-MM-DD"
    `);
  });
  it('script-i-sida: a <script> element in a page', () => {
    expect(checkCase('script-i-sida')).toMatchInlineSnapshot(`"tests/editors/fixtures/script-i-sida/pages/index.mdx, rad 10: <script> får inte stå i en sida: webbplatsen visar inget skript eller inbäddat innehåll. Ta bort elementet."`);
  });
  it('handskrivet-tal: numbers typed by hand in prose and in a text prop', () => {
    expect(checkCase('handskrivet-tal')).toMatchInlineSnapshot(`
      "tests/editors/fixtures/handskrivet-tal/pages/index.mdx, rad 8: talet "85" är inskrivet för hand. Använd <Value data="…" rad="…" kolumn="…" /> så att siffran kommer ur data, eller markera med <Fast>85</Fast> om den avsiktligt skrivs för hand.
      tests/editors/fixtures/handskrivet-tal/pages/index.mdx, rad 8: talet "80" är inskrivet för hand. Använd <Value data="…" rad="…" kolumn="…" /> så att siffran kommer ur data, eller markera med <Fast>80</Fast> om den avsiktligt skrivs för hand.
      tests/editors/fixtures/handskrivet-tal/pages/index.mdx (<Chart>), rad 10: talet "2" i slutsats är inskrivet för hand. Skriv texten utan siffran (diagrammet och nyckeltalet visar värdena; i <KeyFigure> ger jamfor="…" och placering="…" jämförelsen ur data), eller skriv talet med bokstäver om det inte är en siffra ur data.
      tests/editors/fixtures/handskrivet-tal/pages/index.mdx (<Chart>), rad 10: talet "21" i slutsats är inskrivet för hand. Skriv texten utan siffran (diagrammet och nyckeltalet visar värdena; i <KeyFigure> ger jamfor="…" och placering="…" jämförelsen ur data), eller skriv talet med bokstäver om det inte är en siffra ur data."
    `);
  });
});

describe('what should pass passes', () => {
  it('site-ok: a small valid site has no problems and no hand-typed numbers', () => {
    expect(checkCase('site-ok')).toBe('');
  });
});
