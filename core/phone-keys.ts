/**
 * Phone numbers as search keys (SPEC §4 search, issue 12): a number is indexed under its E.164 form
 * ("+33612345678") and, for a number of the default country, its national digits ("0612345678"), so that
 * a query typed in any format — spaced, dotted, with "+33", "0033" or "(0)" — finds it, in full or as a
 * prefix while typing.
 *
 * Parsing uses libphonenumber-js with its `min` metadata (country rules kept up to date by its
 * maintainers; our own rules would drift). It weighs about 29 KB gzipped: only the background and the
 * extension pages load it, the side panel on demand (never in its first paint), content scripts never.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { looksLikePhone } from './search';

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'FR';

/** Digits and a leading "+", everything else dropped: "+33 (0)6 12-34" → "+330612 34" → "+3306 1234". */
function compact(raw: string): string {
  const plus = raw.trim().startsWith('+');
  const digits = raw.replace(/\D+/g, '');
  return plus ? `+${digits}` : digits;
}

/** The E.164 form of a full number, or null ("06 12 34 56 78" → "+33612345678"). */
export function toE164(raw: string, country: CountryCode = DEFAULT_PHONE_COUNTRY): string | null {
  const text = raw.trim();
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), country);
  return parsed && parsed.isPossible() ? parsed.number : null;
}

/**
 * The keys a stored number is indexed under: its E.164 form, and its national digits when it belongs to
 * the default country ("0612345678"). A number that does not parse keeps its compact digits, so that it
 * can still be found as typed. Empty for a blank field.
 */
export function phoneKeys(raw: string | undefined, country: CountryCode = DEFAULT_PHONE_COUNTRY): string[] {
  if (!raw || !/\d/.test(raw)) return [];
  const keys = new Set<string>();
  const e164 = toE164(raw, country);
  if (e164) {
    keys.add(e164);
    const parsed = parsePhoneNumberFromString(e164);
    if (parsed && parsed.country === country) keys.add(`0${parsed.nationalNumber}`);
  } else {
    const c = compact(raw);
    if (c.replace('+', '').length >= 4) keys.add(c);
  }
  return [...keys];
}

/**
 * The index prefixes a phone-like query looks up: its compact form (a number being typed, national or
 * international) and, once it is a full number, its E.164 form. [] when the query is not phone-like.
 */
export function phoneQueryKeys(query: string, country: CountryCode = DEFAULT_PHONE_COUNTRY): string[] {
  if (!looksLikePhone(query)) return [];
  const keys = new Set<string>();
  let c = compact(query.replace(/\(0\)/g, ''));
  if (c.startsWith('00')) c = `+${c.slice(2)}`;
  keys.add(c);
  const e164 = toE164(query, country);
  if (e164) keys.add(e164);
  return [...keys];
}
