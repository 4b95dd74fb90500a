// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkSource } from './src/mdx/remark-source.ts';
import { remarkSafe } from './src/mdx/remark-safe.ts';
import { remarkGlossary } from './src/mdx/remark-glossary.ts';
import { watchContent } from './src/mdx/watch-content.ts';
import { publishSteps } from './src/publish/integration.ts';
import { SITE } from './src/site/config.ts';

// The visual editor (npm run redigera) adds React and Keystatic; only then are they imported,
// so `npm run build` never loads them (tests/editors/editor-absent.site.test.ts).
const EDITOR = process.env.REDIGERA === '1';
const editorIntegrations = EDITOR ? (await import('./src/editor/integration.ts')).editor() : [];

export default defineConfig({
  site: SITE.url,
  // Keystatic's own pages (/keystatic/…) link without a trailing slash.
  trailingSlash: EDITOR ? 'ignore' : 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Routes whose getStaticPaths gives a cacheKey (the chart SVG and PNG, src/publish/chart-key.ts) are copied
  // from the previous build when the key and their code are unchanged. Works with build.concurrency above 1 in Astro 7.3.
  experimental: { incrementalBuild: true },
  // Separate caches let several builds run side by side (tests, benchmarks).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // unified rather than Sätteri: our remark plugins refuse code in a chapter (remarkSafe, first), tell
  // components their MDX file and line, and link each glossary term's first use to /ordlista/ (remarkGlossary,
  // last, on the tree remarkSafe has accepted). mdx() extends this config, so all three run on MDX too
  // (tests/glossary/glossary.site.test.ts checks the built chapters).
  markdown: { processor: unified({ remarkPlugins: [remarkSafe, remarkSource, remarkGlossary] }) },
  // The sitemap lists every page under SITE.url except chart embeds and the 404 page.
  // publishSteps last: its headers step covers every top-level file, the sitemap's included.
  integrations: [...editorIntegrations, mdx(), watchContent(), sitemap({ filter: (page) => !/\/(embed\/|404(\.html)?\/?$)/.test(new URL(page).pathname) }), publishSteps()],
});
