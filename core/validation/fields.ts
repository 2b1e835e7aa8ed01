/**
 * Small validators of form fields. Each returns the normalised value the database stores,
 * or a reason code the UI translates. Loose where people write things many ways (phones),
 * strict where a wrong value breaks a feature (emails for matching, URLs opened by a click).
 */
export type FieldResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'format' | 'protocol' };

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Lowercased (the database indexes emails lowercase), ≤ 254 characters, a dotted domain. */
export function validateEmail(input: string): FieldResult {
  const s = input
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
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
