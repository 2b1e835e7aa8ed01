/**
 * The one `registrableDomain` of Fiche, for the background and the extension pages: the Public Suffix List
 * through tldts (a maintained dataset, not a hand-copied subset). Content scripts never bundle it: they send
 * hosts (`hostOf`, core/text/host.ts) and the background turns them into domains (`withRegistrableDomains`).
 * The side panel's first paint does not load it either: its page matching imports this module lazily.
 *
 * A company's domain is the registrable domain with the list's private section: `acme.co.uk`, `acme.com.pl`,
 * but also `foo.blogspot.com` and `x.github.io`, since two sites on one shared host are two companies.
 */
import { getDomain } from 'tldts';
import { hostOf } from './host';

const OPTIONS = { allowPrivateDomains: true, extractHostname: false, detectIp: true } as const;

/**
 * The registrable domain ("eTLD+1") of a host, a URL or an email address, lowercase, or null
 * when there is none (no dot, an IP address, a bare public suffix, garbage).
 * "https://shop.acme.co.uk/x" → "acme.co.uk".
 */
export function registrableDomain(hostOrUrlOrEmail: string): string | null {
  const host = hostOf(hostOrUrlOrEmail);
  if (!host || /^\d+(\.\d+){3}$/.test(host)) return null;
  return getDomain(host, OPTIONS) || null;
}

/** A detection as the background keeps it: content scripts send hosts, its companies get registrable domains. */
export function withRegistrableDomains<D extends { companies: { domain?: string }[] }>(detection: D): D {
  const companies = detection.companies.map((c) =>
    c.domain ? { ...c, domain: registrableDomain(c.domain) ?? c.domain } : c,
  );
  return { ...detection, companies };
}
