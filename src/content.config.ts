/**
 * The story pages: MDX files in content/pages, frontmatter checked by the
 * page schema. Datasets are not a collection: they are read by src/data,
 * which pages, scripts and tests share.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/components.ts';

export const collections = {
  pages: defineCollection({
    // PAGES_DIR builds a fixture site (tests); the same folder src/mdx/pages.ts reads.
    loader: glob({ pattern: '*.mdx', base: process.env.PAGES_DIR || './content/pages' }),
    schema: pageSchema,
  }),
};
