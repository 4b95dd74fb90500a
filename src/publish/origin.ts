/**
 * The release build refuses a placeholder address: a site published with
 * `example.se` in every canonical URL, citation, embed code and DCAT IRI
 * cannot be harvested, cited or embedded. Dev builds and tests may use the
 * placeholder; `RELEASE=1` (the build that publishes) may not.
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
