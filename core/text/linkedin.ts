/**
 * LinkedIn profile and company URLs in one canonical form, for matching and storage: the detectors (in
 * content scripts), the forms, the imports and the matching all use this one function. Pure, no imports.
 */

/** The kinds of page a URL may name: a person (/in/), a company and its company-like pages. */
const PAGE = /^\/(in|company|school|showcase)\/([^/]+)/i;

/**
 * https://www.linkedin.com/<kind>/<slug>/ from any LinkedIn URL of a profile or a company, whatever the
 * subdomain (fr., de., m.), query, fragment or sub-page (/about/, /overlay/contact-info/); the slug
 * lowercase and percent-encoded once (profiles with accents come both encoded and decoded). A URL without
 * a scheme is read as https ("linkedin.com/company/acme"), a relative one against `base` (else
 * linkedin.com). Null for anything else: feed, posts, search, other hosts, script URLs.
 */
export function normalizeLinkedinUrl(input: string, base?: URL): string | null {
  const s = input.trim();
  if (!s) return null;
  let url: URL;
  try {
    url = /^[a-z][a-z0-9+.-]*:/i.test(s)
      ? new URL(s)
      : base || s.startsWith('/')
        ? new URL(s, base ?? 'https://www.linkedin.com/')
        : new URL(`https://${s}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const m = PAGE.exec(url.pathname);
  if (!m) return null;
  let slug: string;
  try {
    slug = encodeURIComponent(decodeURIComponent(m[2]!).toLowerCase());
  } catch {
    return null;
  }
  if (!slug || slug.length > 200) return null;
  return `https://www.linkedin.com/${m[1]!.toLowerCase()}/${slug}/`;
}
