/**
 * html-validate on every built page: zero errors and zero warnings with
 * .htmlvalidate.json (html-validate:recommended). Rules turned off there,
 * and why:
 * - long-title: a dataset page's title is the dataset's full name plus the
 *   site's short name, often over 70 characters. The limit is a heuristic
 *   for how much a search engine shows, not a validity or accessibility
 *   rule; a full, descriptive title is what WCAG 2.4.2 asks for.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlPages, readPage } from '../helpers/site.ts';

const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8')) as ConfigData;
delete (config as Record<string, unknown>).$schema;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = htmlPages();

describe('html-validate', () => {
  it('turns off only the rules the test file explains', () => {
    const off = Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || (Array.isArray(v) && v[0] === 'off')).map(([k]) => k);
    expect(off).toEqual(['long-title']);
  });

  it('finds an error when there is one', async () => {
    const report = await validator.validateString('<!doctype html><html lang="sv"><head><title>x</title></head><body><p><div></div></p></body></html>');
    expect(report.valid).toBe(false);
  });

  it.each(pages)('%s has no errors', async (path) => {
    const report = await validator.validateString(readPage(path), path);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
    expect(messages).toEqual([]);
  });
});
