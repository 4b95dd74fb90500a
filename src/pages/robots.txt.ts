/**
 * `/robots.txt`: everything may be crawled; the sitemap's address is built
 * from SITE.url (src/site/config.ts) so the domain is set in one place only.
 */
import type { APIRoute } from 'astro';
import { siteUrl } from '../site/config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
