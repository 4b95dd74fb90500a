/**
 * The visual editor's Keystatic configuration (`npm run redigera`): the chapters
 * in content/pages and the easy-read page content/lattlast.mdx, each with its
 * frontmatter (checked against src/schemas/components.ts `pageSchema` by `npm run
 * check`) and its text with the registry's components (./fields.ts). Local mode:
 * files are read and written in this checkout, no account, no network.
 */
import { chapterField } from './mdx.ts';
import type { KeystaticApi } from './fields.ts';
import { datasetFields } from './datasets.ts';
import type { EditorData } from './data.ts';

/** Frontmatter fields in the order the chapters write them (Keystatic writes them in this order). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function frontmatterFields(k: KeystaticApi, withPlace: boolean): Record<string, any> {
  const optionalText = (label: string) => {
    const f = k.fields.text({ label });
    return { ...f, serialize: (v: string) => (v === '' ? { value: undefined } : f.serialize(v)) };
  };
  return {
    title: k.fields.text({ label: 'Rubrik', validation: { length: { min: 1 } } }),
    ...(withPlace ? { nav: optionalText('Kort namn i menyn (valfritt)') } : {}),
    description: k.fields.text({ label: 'Beskrivning (20–300 tecken, för sökresultat)', multiline: true, validation: { length: { min: 20, max: 300 } } }),
    ...(withPlace ? { order: k.fields.integer({ label: 'Plats i kapitellistan (startsidan = 0)', validation: { isRequired: true, min: 0 } }) } : {}),
    updated: k.fields.date({ label: 'Senast ändrad', validation: { isRequired: true } }),
  };
}

/** The whole configuration, given Keystatic's API and the data's lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editorConfig(k: KeystaticApi & { config: any; collection: any; singleton: any }, data: EditorData): unknown {
  return k.config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Redigera: Hur gick det med vårdstrategin?' } },
    collections: {
      kapitel: k.collection({
        label: 'Kapitel',
        path: 'content/pages/*',
        format: { contentField: 'content' },
        entryLayout: 'content',
        slugField: 'title',
        columns: ['title'],
        previewUrl: '/{slug}/',
        schema: {
          ...frontmatterFields(k, true),
          // The title names the entry; its file name (the chapter's address) is kept when the title changes.
          title: k.fields.slug({ name: { label: 'Rubrik', validation: { length: { min: 1 } } }, slug: { label: 'Filnamn (kapitlets adress)' } }),
          content: chapterField(k, data),
        },
      }),
      dataset: k.collection({
        label: 'Dataset (beskrivning och källa)',
        path: 'content/data/*',
        format: { data: 'yaml' },
        slugField: 'title',
        columns: ['title'],
        schema: datasetFields(k),
      }),
    },
    singletons: {
      lattlast: k.singleton({
        label: 'Lättläst',
        path: 'content/lattlast',
        format: { contentField: 'content' },
        entryLayout: 'content',
        schema: { ...frontmatterFields(k, false), content: chapterField(k, data) },
      }),
    },
  });
}
