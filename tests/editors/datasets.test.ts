/**
 * Issue 18: a dataset's metadata edited in the visual editor (title,
 * description, notes, source). Opening and saving a metadata file unchanged
 * keeps every key and value, also those the form does not show (columns, key,
 * changelog …); only YAML's line breaks and quoting may change.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { openAndSaveDataset } from '../../src/editor/roundtrip.ts';
import { metadataSchema } from '../../src/schemas/metadata.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'data');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.meta.yaml'));

describe('a dataset opened and saved in the editor', () => {
  it.each(FILES)('%s keeps every key and value', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const saved = openAndSaveDataset(text, file.replace(/\.meta\.yaml$/, ''));
    // Read as the build reads it (the yaml package).
    expect(parse(saved)).toEqual(parse(text));
    expect(metadataSchema.safeParse(parse(saved)).error).toBeUndefined();
  });

  it('self-test: a key the schema gives no field would be lost, and the comparison sees it', () => {
    const text = readFileSync(join(DIR, FILES[0]!), 'utf8') + 'okand: x\n';
    expect(parse(openAndSaveDataset(text, 'x'))).not.toEqual(parse(text));
  });
});
