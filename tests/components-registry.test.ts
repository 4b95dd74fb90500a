/**
 * One component registry (src/schemas/components.ts): every list of
 * components is derived from it, so a name added there is a component in
 * pages, the check, the source-line plugin, the resolvers and the guide.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENT_NAMES, COMPONENTS } from '../src/schemas/components.ts';
import { RESOLVERS } from '../src/props/index.ts';
import { KNOWN_COMPONENTS } from '../src/mdx/safe-mdx.ts';

const ROOT = join(import.meta.dirname, '..');

describe('the component registry', () => {
  it.each(COMPONENT_NAMES)('%s has its .astro file, a resolver, a schema and a description', (name) => {
    expect(existsSync(join(ROOT, 'src', 'components', `${name}.astro`))).toBe(true);
    expect(typeof RESOLVERS[name]).toBe('function');
    expect(COMPONENTS[name].doc.length).toBeGreaterThan(10);
  });

  it('is the list the MDX safety check allows', () => {
    expect([...KNOWN_COMPONENTS]).toEqual(COMPONENT_NAMES);
  });

  it('the editors’ guide describes every component', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'redaktorsguide.md'), 'utf8');
    const missing = COMPONENT_NAMES.filter((n) => !guide.includes(`<${n}`));
    expect(missing, 'komponenter som redaktörsguiden inte nämner').toEqual([]);
  });

  it('refuses props on a component that takes none, naming the prop', () => {
    expect(() => RESOLVERS.Fast({ titel: 'x', _kalla: 'content/pages/a.mdx:3' })).toThrow(/<Fast> tar inga egenskaper; ta bort titel="…"/);
    expect(() => RESOLVERS.Note({ rubrik: 'x', _kalla: 'content/pages/a.mdx:3' })).toThrow(/rubrik/);
  });
});

describe('<Value ord>', () => {
  it('is refused on a value that is not a count from two to twelve, naming it', async () => {
    const { loadAll } = await import('../src/data/index.ts');
    const all = loadAll();
    expect(() => RESOLVERS.Value({ data: 'npe-primarvard-2023', rad: 'Helhetsintryck', kolumn: 'halland', ord: true, _kalla: 'content/pages/a.mdx:3' }, all)).toThrow(/ord skriver bara antal från två till tolv.*85 procent/);
    expect(() => RESOLVERS.Value({ data: 'overenskommelse-2024-ovriga-nyckeltal', rad: 'prioriterade-kompetensomraden', kolumn: 'varde', ord: true }, all)).not.toThrow();
  });
});
