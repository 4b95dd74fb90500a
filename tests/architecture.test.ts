/**
 * The arrows of README's "Hur det hänger ihop", enforced. Each folder of src/
 * may import only the folders listed for it in LAYERS (and the loose files at
 * the top of src/: strings, frozen, content config); dependency-cruiser finds
 * every import and reports each one against the arrows.
 *
 * dependency-cruiser cannot read .astro files (sverweij/dependency-cruiser#1007),
 * so the test cruises a mirror of src/ in which each component's frontmatter
 * (the only place it imports from) stands as a .ts file of the same name.
 * Self-test: a fixture in which the renderer imports the component props.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';

const ROOT = join(import.meta.dirname, '..');

/**
 * What each folder of src/ may import, lowest layer first: schemas ← data,
 * format ← charts, goals ← render, props ← mdx, site (the site model) ←
 * components, publish (the writers) ← layouts ← pages; check reads them all
 * and nothing in src/ imports it.
 */
export const LAYERS: Record<string, string[]> = {
  schemas: [],
  styles: [],
  format: [],
  data: ['schemas', 'format'],
  charts: ['schemas', 'data', 'format'],
  goals: ['schemas', 'data', 'format', 'charts'],
  render: ['schemas', 'data', 'format', 'charts'],
  props: ['schemas', 'data', 'format', 'charts', 'goals'],
  mdx: ['schemas', 'data', 'format', 'props'],
  site: ['schemas', 'data', 'format', 'charts', 'render', 'props', 'mdx'],
  components: ['schemas', 'data', 'format', 'charts', 'goals', 'render', 'props', 'site'],
  publish: ['schemas', 'data', 'format', 'charts', 'goals', 'render', 'props', 'mdx', 'site'],
  layouts: ['schemas', 'data', 'format', 'site', 'components', 'styles'],
  pages: ['schemas', 'data', 'format', 'charts', 'goals', 'render', 'props', 'site', 'components', 'publish', 'layouts'],
  check: ['schemas', 'data', 'format', 'charts', 'goals', 'render', 'props', 'mdx', 'site'],
  // The visual editor (npm run redigera): its forms from the registry and the data; nothing in src/ imports it.
  editor: ['schemas', 'data', 'mdx'],
};

/** One forbidden-rule per folder: any import of a src/ folder not in its list. */
export const RULES: IForbiddenRuleType[] = Object.entries(LAYERS).map(([folder, allowed]) => ({
  name: `${folder}-pilar`,
  severity: 'error',
  comment: `src/${folder}/ får bara importera ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'inget annat i src/'} (README, "Hur det hänger ihop")`,
  from: { path: `^src/${folder}/` },
  to: { path: '^src/[^/]+/', pathNot: `^src/(${[folder, ...allowed].join('|')})/` },
}));

/** Copy `src` to a temporary folder with every .astro file's frontmatter as `<name>.astro.ts`. */
function mirror(src: string): string {
  const out = mkdtempSync(join(tmpdir(), 'pilar-'));
  const toTs = (code: string) => code.replace(/(from\s+['"][^'"]+\.astro)(['"])/g, '$1.ts$2');
  for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    const rel = join('src', relative(src, abs));
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    if (e.name.endsWith('.astro')) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(abs, 'utf8'))?.[1] ?? '';
      writeFileSync(join(out, `${rel}.ts`), toTs(front));
    } else if (e.name.endsWith('.ts')) {
      writeFileSync(join(out, rel), toTs(readFileSync(abs, 'utf8')));
    } else {
      cpSync(abs, join(out, rel));
    }
  }
  return out;
}

/** Imports against the arrows in the folder `src`, one line each: "from → to (rule)". */
async function violations(src: string): Promise<string[]> {
  const dir = mirror(src);
  try {
    const result = await cruise(['src'], {
      baseDir: dir,
      ruleSet: { forbidden: RULES },
      doNotFollow: { path: 'node_modules' },
      tsPreCompilationDeps: true,
      validate: true,
    });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    return output.summary.violations.map((v: { from: string; to: string; rule: { name: string } }) => `${v.from} → ${v.to} (${v.rule.name})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the arrows in README', () => {
  it('every import in src/ follows them', { timeout: 60_000 }, async () => {
    const found = await violations(join(ROOT, 'src'));
    expect(found, `importer mot pilarna:\n${found.join('\n')}`).toEqual([]);
  });

  it('name every folder in src/ (a new folder gets its arrows before it is used)', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });

  it('self-test: a renderer importing the component props, or a component importing a writer, is reported', { timeout: 60_000 }, async () => {
    const found = await violations(join(ROOT, 'tests', 'fixtures', 'arrows'));
    expect(found).toEqual(['src/components/Chart.astro.ts → src/publish/writer.ts (components-pilar)', 'src/render/figure.ts → src/props/index.ts (render-pilar)']);
  });
});
