/**
 * Small validators of form fields. Each returns the normalised value the database stores,
 * or a reason code the UI translates. Loose where people write things many ways (phones),
 * strict where a wrong value breaks a feature (emails for matching, URLs opened by a click).
 */
import { registrableDomain } from '../text/domain';

export type FieldResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'format' | 'protocol' };

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Lowercased (the database indexes emails lowercase), ≤ 254 characters, a dotted domain. */
export function validateEmail(input: string): FieldResult {
  const s = input.trim().replace(/^mailto:/i, '').toLowerCase();
  if (s === '') return { ok: false, reason: 'empty' };
  if (s.length > 254 || !EMAIL.test(s)) return { ok: false, reason: 'format' };
  return { ok: true, value: s };
}

/**
 * An http(s) URL, normalised by the URL parser. "acme.fr" becomes "https://acme.fr/": people
 * paste bare domains. Any other scheme (javascript:, data:, file:) is refused, since the UI
 * turns the value into a link.
 */
export function validateUrl(input: string): FieldResult {
  const s = input.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(s)) return { ok: false, reason: 'format' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[^:/]+:\d+(\/|$)/.test(s);
  let url: URL;
  try {
    url = new URL(hasScheme ? s : `https://${s}`);
  } catch {
    return { ok: false, reason: 'format' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'protocol' };
  if (url.hostname !== 'localhost' && !url.hostname.includes('.')) return { ok: false, reason: 'format' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'format' };
  return { ok: true, value: url.href };
}

/**
 * Phones are stored as typed (formats differ by country); only the shape is checked:
 * digits, spaces, dots, dashes, slashes, parentheses, a leading +, 6 to 20 digits.
 */
export function validatePhone(input: string): FieldResult {
  const s = input.trim().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, reason: 'empty' };
  if (!/^\+?[\d\s.()\-/]+$/.test(s)) return { ok: false, reason: 'format' };
  const digits = s.replace(/\D/g, '').length;
  if (digits < 6 || digits > 20) return { ok: false, reason: 'format' };
  return { ok: true, value: s };
}

export type LinkedinKind = 'company' | 'person';
export interface LinkedinRef {
  kind: LinkedinKind;
  slug: string;
  /** Canonical form: https://www.linkedin.com/company/<slug>/ or /in/<slug>/ */
  url: string;
}

/**
 * A LinkedIn company or profile URL in its canonical form, whatever the subdomain (fr., de.,
 * m.), query, fragment or sub-page (/about/, /overlay/contact-info/, /details/experience/).
 * Null for anything else (feed, posts, search, other hosts).
 */
export function parseLinkedinUrl(input: string): LinkedinRef | null {
  const s = input.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const m = /^\/(company|in)\/([^/]+)/i.exec(url.pathname);
  if (!m) return null;
  const kind: LinkedinKind = (m[1] ?? '').toLowerCase() === 'company' ? 'company' : 'person';
  let slug: string;
  try {
    // Profiles with accents come both encoded and decoded: one form for matching.
    slug = encodeURIComponent(decodeURIComponent(m[2] ?? '').toLowerCase());
  } catch {
    return null;
  }
  if (slug === '') return null;
  const url2 = `https://www.linkedin.com/${kind === 'company' ? 'company' : 'in'}/${slug}/`;
  return { kind, slug, url: url2 };
}

/** The canonical URL only, or null (see `parseLinkedinUrl`). */
export function normalizeLinkedinUrl(input: string): string | null {
  return parseLinkedinUrl(input)?.url ?? null;
}

/** The registrable domain of a website as typed ("https://www.shop.acme.fr/contact" → "acme.fr"). */
export function websiteDomain(input: string): string | null {
  const v = validateUrl(input);
  return v.ok ? registrableDomain(new URL(v.value).hostname) : null;
}
