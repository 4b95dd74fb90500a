/**
 * The release build refuses a placeholder address: a site published with
 * `example.se` in every canonical URL, citation, embed code and DCAT IRI
 * cannot be harvested, cited or embedded. Dev builds and tests may use the
 * placeholder; `RELEASE=1` (the build that publishes) may not.
 *
 * It also refuses a publisher without a contact e-mail (PUBLISHER.email in
 * src/site/config.ts): DCAT-AP-SE 3.0.1 makes the e-mail address mandatory in a
 * contact point (vcard:hasEmail, "E-postadress", min 1 at
 * https://docs.dataportal.se/dcat/3.0.1/sv/), so a catalogue published
 * without one is not what dataportal.se harvests. Nobody may invent the
 * address: the sources give only personal ones, which must not be used.
 * Dev builds give the region's website instead, as the rest of the site does.
 */

/** Hosts that can never be the published site. */
const PLACEHOLDER_HOST = /(^|\.)(example(\.(se|com|org|net))?|localhost|invalid|test|local)$/i;

/** What is wrong with `origin` as the published address, in Swedish, or undefined when it is fine. */
export function originProblem(origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `SITE_URL "${origin}" är ingen webbadress.`;
  }
  if (url.protocol !== 'https:') return `SITE_URL "${origin}" ska börja med https://.`;
  if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL "${origin}" ska bara vara adressen till webbplatsens rot, utan sökväg.`;
  if (PLACEHOLDER_HOST.test(url.hostname) || /\d+\.\d+\.\d+\.\d+/.test(url.hostname)) return `Webbplatsens adress är en platshållare (${origin}).`;
  return undefined;
}

/** The message for a release build with a bad origin: what is wrong and how to set it. */
export function releaseOriginError(origin: string, release: boolean): string | undefined {
  if (!release) return undefined;
  const problem = originProblem(origin);
  return problem && `${problem} Ange den riktiga adressen när webbplatsen publiceras, till exempel: SITE_URL=https://strategi.regionhalland.se RELEASE=1 npm run build`;
}

/** What is wrong with the publisher's contact e-mail for a published site, in Swedish, or undefined when it is fine. */
export function contactEmailProblem(email: string): string | undefined {
  const e = email.trim();
  if (!e) {
    return 'E-postadressen till utgivaren saknas. Sveriges dataportal (DCAT-AP-SE) kräver en e-postadress i datakatalogens kontaktuppgift. Fyll i PUBLISHER.email i src/site/config.ts med regionens funktionsbrevlåda för webbplatsen och dess data (aldrig en enskild persons adress) och bygg igen.';
  }
  if (/^mailto:/i.test(e) || !/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(e)) {
    return `E-postadressen "${e}" i PUBLISHER.email (src/site/config.ts) är ingen e-postadress. Skriv den utan "mailto:", till exempel namn@regionhalland.se.`;
  }
  return undefined;
}

/** Everything that stops a release build, in Swedish (empty for other builds and when all is set). */
export function releaseErrors(origin: string, email: string, release: boolean): string[] {
  if (!release) return [];
  const contact = contactEmailProblem(email);
  return [releaseOriginError(origin, release), contact].filter((m): m is string => Boolean(m));
}
