/**
 * `npm run new-dataset -- <id>`: create `<id>.csv` and `<id>.meta.yaml` in
 * the data folder (DATA_DIR, default content/data) from a template. Refuses
 * an id that is not a–z, 0–9 and hyphens, and a dataset that already exists.
 *
 * The template is deliberately unfinished: the source fields are empty, so
 * `npm run check` stops until the editor has said where the figures come from.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/data/index.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const today = new Date().toISOString().slice(0, 10);

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let id = '';
try {
  id = parseArgs({ allowPositionals: true }).positionals[0] ?? '';
} catch {
  stop('Skriptet tar bara datasetets namn: npm run new-dataset -- <namn>, t.ex. npm run new-dataset -- vantetider-2024');
}
if (!id) stop('Ange datasetets namn: npm run new-dataset -- <namn>, t.ex. npm run new-dataset -- vantetider-2024');
if (!ID.test(id)) stop(`Namnet "${id}" går inte att använda: bara små bokstäver a–z, siffror och bindestreck (inga å, ä, ö eller mellanslag), t.ex. vantetider-2024.`);
const csv = join(DATA_DIR, `${id}.csv`);
const meta = join(DATA_DIR, `${id}.meta.yaml`);
for (const f of [csv, meta]) if (existsSync(f)) stop(`${f} finns redan. Välj ett annat namn, eller rätta det befintliga datasetet (se docs/redaktorsguide.md).`);

writeFileSync(csv, 'omrade,varde\nExempelområde,0\n');
writeFileSync(
  meta,
  `title: "Kort rubrik på svenska"
description: >-
  En eller två meningar om vad datasetet visar.
topic: start                # kapitlet (sidans filnamn utan .mdx) som datasetet hör till
period: "${today.slice(0, 4)}"
source:
  document: ""              # dokumentets titel som den står
  publisher: Region Halland
  # date: "ÅÅÅÅ-MM-DD"      # om datumet står i dokumentet
  # dnr: RS000000           # om dokumentet har ett diarienummer
  section: ""               # rubriken på tabellen eller bilden som siffrorna står under
  file: ""                  # textfilen i källmaterialet, t.ex. 000_74511e486157992c.txt
licence: CC-BY-4.0
key: [omrade]
columns:
  - name: omrade
    title: Område
    type: text
    description: Vad raden gäller.
  - name: varde
    title: Värde
    type: number            # text, number, integer, percent, rank eller year
    unit: antal
    decimals: 0
    description: Vad talet betyder, så att en journalist kan citera det.
notes: []
version: 1.0.0
changelog:
  - version: 1.0.0
    date: "${today}"
    kind: first
    description: Första publicering.
`,
);
console.log(`Skapade ${csv} och ${meta}.\nFyll i källan och kolumnerna, skriv in siffrorna och kör npm run check.`);
