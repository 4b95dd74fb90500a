/**
 * Keystatic's configuration, loaded only by `npm run redigera` (the editor's
 * Astro integration, src/editor/integration.ts); `npm run build` never imports it.
 * The lists the forms offer come from the data when the editor starts.
 */
import { collection, config, fields, singleton } from '@keystatic/core';
import { block, inline, mark, repeating, wrapper } from '@keystatic/core/content-components';
import { createElement } from 'react';
import data from 'virtual:redigera-data';
import { editorConfig } from './src/editor/config.ts';

// The mark's toolbar button (<Fast>): the digits it marks.
const icon = createElement('span', { 'aria-hidden': true, style: { fontSize: 12, fontWeight: 700 } }, '12');

export default editorConfig({ config, collection, singleton, fields, block, inline, mark, repeating, wrapper, icon, h: createElement }, data) as ReturnType<typeof config>;
