/**
 * Facts about the site set in one place: its address, name and publisher.
 * The address is a placeholder until the site has its real domain; every
 * canonical URL, sitemap entry, citation and DCAT IRI is built from it.
 */
export const SITE = {
  url: 'https://halland-strategi.example.se',
  name: 'Hur gick det? Hälso- och sjukvårdsstrategin i Halland 2017–2025',
  short: 'Strategin 2017–2025',
  publisher: 'Region Halland',
  lang: 'sv',
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'http://creativecommons.org/licenses/by/4.0/' },
  contact: 'mailto:region@regionhalland.se',
} as const;

/** Path of a page or file under the site's root, with the base applied. */
export function sitePath(path: string): string {
  return '/' + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path. */
export function siteUrl(path: string): string {
  return SITE.url + sitePath(path);
}
