/**
 * Synthetic sites for the scaling test: N charts over N/10 pages, each chart
 * its own small dataset, so build time is measured against chart count.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIMENSIONS = ['Helhetsintryck', 'Emotionellt stöd', 'Delaktighet', 'Respekt', 'Kontinuitet', 'Information', 'Tillgänglighet', 'Medel'];

const PER_PAGE = 10;
/** The id of the page chart `i` is on: a dataset's topic names its page (checked by npm run check). */
const topic = (i: number) => (i < PER_PAGE ? 'index' : `sida-${Math.floor(i / PER_PAGE)}`);

function meta(i: number): string {
  return `title: "Syntetiskt dataset ${i}"
description: Påhittade siffror för prestandamätning, aldrig publicerade.
topic: ${topic(i)}
period: "2023"
source:
  document: Syntetiskt testunderlag
  section: Prestandamätning
  file: 000_0000000000000000.txt
licence: CC-BY-4.0
key: [dimension]
columns:
  - { name: dimension, title: Dimension, type: text, description: Kategori. }
  - { name: riket, title: Riket, type: percent, unit: procent, description: Andel. }
  - { name: halland, title: Halland, type: percent, unit: procent, description: Andel. }
version: 1.0.0
changelog:
  - { version: 1.0.0, date: "2026-11-23", kind: first, description: Skapad för mätning. }
`;
}

/** Write a synthetic site with `charts` charts into `dir`; returns its data and pages folders. */
export function writeSynthetic(dir: string, charts: number): { data: string; pages: string } {
  const data = join(dir, 'data');
  const pages = join(dir, 'pages');
  mkdirSync(data, { recursive: true });
  mkdirSync(pages, { recursive: true });
  for (let i = 0; i < charts; i++) {
    const rows = DIMENSIONS.map((d, j) => `${d},${60 + ((i * 7 + j * 3) % 35)},${62 + ((i * 5 + j * 11) % 36)}`);
    writeFileSync(join(data, `syntetisk-${i}.csv`), ['dimension,riket,halland', ...rows].join('\n') + '\n');
    writeFileSync(join(data, `syntetisk-${i}.meta.yaml`), meta(i));
  }
  const perPage = PER_PAGE;
  for (let p = 0; p * perPage < charts; p++) {
    const body = [];
    for (let i = p * perPage; i < Math.min(charts, (p + 1) * perPage); i++) {
      body.push(`## Diagram ${i}\n\n<Chart data="syntetisk-${i}" typ="jamforelse" kategori="dimension" varden={["riket", "halland"]} slutsats="Ett påhittat diagram för att mäta byggtiden." />\n`);
    }
    const fm = `---\ntitle: Sida ${p}\ndescription: En syntetisk sida för att mäta hur bygget växer med antalet diagram.\norder: ${p}\nupdated: 2026-11-23\n---\n\n`;
    writeFileSync(join(pages, p === 0 ? 'index.mdx' : `sida-${p}.mdx`), fm + body.join('\n'));
  }
  return { data, pages };
}

/**
 * Change one cell of a synthetic dataset (the Halland value of its first
 * row), as an editor fixing one figure: the benchmark's and the incremental
 * test's "one dataset changed".
 */
export function changeOneCell(data: string, id: string): void {
  const csv = join(data, `${id}.csv`);
  const lines = readFileSync(csv, 'utf8').split('\n');
  const cells = lines[1]!.split(',');
  cells[2] = String(Number(cells[2]) + 1);
  lines[1] = cells.join(',');
  writeFileSync(csv, lines.join('\n'));
}
