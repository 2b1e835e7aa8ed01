/**
 * `hostOf`: the host a content script keeps from a URL, an email address or a host. Content scripts send
 * hosts; the background and the extension pages turn them into registrable domains (core/text/domain.ts,
 * the Public Suffix List through tldts), which no content script bundles.
 */
import { memo } from './memo';

/**
 * The host of a URL, an email address or a host, lowercase, without "www." and trailing dots, or null
 * when there is none (garbage, an empty label). "https://www.shop.acme.co.uk:8080/x" → "shop.acme.co.uk".
 */
export const hostOf = /* @__PURE__ */ memo(hostRaw);

// (memoised above: pure; a detection asks it for every address, most of them again and again)
function hostRaw(hostOrUrlOrEmail: string): string | null {
  let host = hostOrUrlOrEmail.trim().toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '');
  // Trailing dots by index: /\.+$/ retries at every dot of a long run (quadratic).
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  host = host.slice(0, end).replace(/^www\./, '');
  if (!/^[\p{L}\p{N}.-]+$/u.test(host)) return null;
  if (host.split('.').some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return null;
  return host;
}

/** Whether two hosts are one site's: equal, or one a sub-domain of the other ("uk.revuo.com" and "revuo.com"). */
export function sameSiteHosts(a: string, b: string): boolean {
  return a === b || a.endsWith('.' + b) || b.endsWith('.' + a);
}
