/**
 * Facts about the site set in one place: its address, name and publisher.
 * The address (origin) is the one setting every canonical URL, sitemap
 * entry, citation, embed code and DCAT IRI is built from: the environment
 * variable SITE_URL (e.g. `SITE_URL=https://strategi.regionhalland.se`).
 * Without it, dev builds and tests use a placeholder, and the release build
 * (`RELEASE=1 npm run build`) stops (src/publish/origin.ts); it also stops
 * while PUBLISHER.email below is empty.
 *
 * Who publishes is said once, in PUBLISHER below. The footer of every page,
 * citations, chart images, chart embeds, the accessibility statement, the
 * DCAT catalogue, datapackage.json and the README files all take it from
 * here; tests/publisher.test.ts and tests/publisher.site.test.ts fail when
 * one of them says something else.
 */

import { t } from '../strings.ts';

/**
 * The organisation that publishes the site. Communicators keep this up to
 * date; nothing else in the project names the publisher or its contact.
 */
export const PUBLISHER = {
  name: 'Region Halland',
  /** Organisationsnummer, as Bolagsverket registers it. */
  organisationNumber: '232100-0115',
  /** The region's own website, named in the sources (redovisningen till Socialstyrelsen 2024). */
  website: { url: 'https://regionhalland.se/', label: 'regionhalland.se' },
  /**
   * FYLL I: den e-postadress som läsare, journalister och Sveriges dataportal
   * ska skriva till om webbplatsen och dess data, till exempel regionens
   * allmänna adress eller en funktionsbrevlåda (aldrig en enskild persons).
   * Källdokumenten anger ingen sådan adress, bara enskilda tjänstepersoners,
   * så fältet är tomt tills kommunikatörerna har bekräftat en. Så länge det är
   * tomt hänvisar sidfoten, tillgänglighetsredogörelsen och datakatalogen till
   * regionens webbplats, och bygget som publiceras (RELEASE=1) stoppar:
   * Sveriges dataportal (DCAT-AP-SE 3.0.1) kräver en e-postadress i
   * datakatalogens kontaktuppgift (src/publish/origin.ts). Skriv adressen utan
   * "mailto:", t.ex. "namn@regionhalland.se".
   */
  email: '' as string,
} as const;

/** The placeholder origin of dev builds and tests (never published). */
export const PLACEHOLDER_ORIGIN = 'https://halland-strategi.example.se';

/** The site's origin from SITE_URL (no trailing slash), or the placeholder. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL?.trim() || PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
}

export const SITE = {
  url: siteOrigin(),
  name: 'Hur gick det? Hälso- och sjukvårdsstrategin i Halland 2017–2025',
  short: 'Strategin 2017–2025',
  /** The publisher's name (the same as PUBLISHER.name; kept for the modules that read it here). */
  publisher: PUBLISHER.name,
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'http://creativecommons.org/licenses/by/4.0/' },
} as const;

/** How to reach the publisher: the e-mail address once it is filled in, otherwise the region's website. */
export interface Contact {
  /** "mailto:…" or the website's URL. */
  href: string;
  /** What the reader sees: the address itself, or "regionhalland.se". */
  label: string;
  kind: 'email' | 'web';
}

/** The publisher's contact, as every page and file shows it. */
export function publisherContact(p: { email: string; website: { url: string; label: string } } = PUBLISHER): Contact {
  const email = p.email.trim();
  return email
    ? { href: `mailto:${email}`, label: email, kind: 'email' }
    : { href: p.website.url, label: p.website.label, kind: 'web' };
}

/**
 * "Ges ut av Region Halland, organisationsnummer 232100-0115. Kontakt: regionhalland.se."
 * The footer says the same in HTML; README files and other plain text use this.
 */
export function publisherLine(contact: Contact = publisherContact()): string {
  const where = contact.kind === 'email' ? contact.label : `${contact.label} (${contact.href})`;
  return `${t.publisher.publishedBy} ${PUBLISHER.name}, ${t.publisher.orgNr} ${PUBLISHER.organisationNumber}. ${t.publisher.contact}: ${where}.`;
}

/** Absolute URL of a site path ("/data/x/" or "data/x/"). */
export function siteUrl(path: string): string {
  return `${SITE.url}/${path.replace(/^\/+/, '')}`;
}
