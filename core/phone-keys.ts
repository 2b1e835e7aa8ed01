/**
 * Phone numbers parsed, formatted and matched (SPEC §4 search, issues 11 and 12): a number is keyed by its
 * E.164 form ("+33612345678") and its national digits ("0612345678"), so that a query typed in any
 * format — spaced, dotted, with "+33", "0033", "(0)" or without the trunk "0" — finds it, in full or as a
 * prefix while typing. A number written without a country code is read in the sheet's country (its main
 * address), else in France.
 *
 * Parsing uses libphonenumber-js with its `min` metadata (country rules kept up to date by its
 * maintainers; our own rules would drift). It weighs about 29 KB gzipped: only the background and the
 * extension pages load it, the side panel on demand (never in its first paint), content scripts never.
 */
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { countryCode } from './addresses';
import { looksLikePhone } from './search';

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'FR';

/** The region a sheet's numbers without a country code are read in: its country as typed ("Belgique", "BE"), else France. */
export function phoneRegion(country: string | undefined | null): CountryCode {
  const code = country ? countryCode(country) : null;
  return code && isSupportedCountry(code) ? code : DEFAULT_PHONE_COUNTRY;
}

/** Digits and a leading "+", everything else dropped: "+33 (0)6 12-34" → "+33061234". */
function compact(raw: string): string {
  const plus = raw.trim().startsWith('+');
  const digits = raw.replace(/\D+/g, '');
  return plus ? `+${digits}` : digits;
}

function parse(raw: string, region: CountryCode): PhoneNumber | null {
  const text = raw.trim();
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), region);
  return parsed && parsed.isPossible() ? parsed : null;
}

/** The E.164 form of a full number, or null ("06 12 34 56 78" → "+33612345678"). */
export function toE164(raw: string, region: CountryCode = DEFAULT_PHONE_COUNTRY): string | null {
  return parse(raw, region)?.number ?? null;
}

/**
 * The keys a stored number is indexed under: its E.164 form and its national digits ("0612345678",
 * "02079460958"). A number that does not parse keeps its compact digits, so that it can still be found
 * as typed. Empty for a blank field.
 */
export function phoneKeys(raw: string | undefined, region: CountryCode = DEFAULT_PHONE_COUNTRY): string[] {
  if (!raw || !/\d/.test(raw)) return [];
  const parsed = parse(raw, region);
  if (parsed) return [...new Set([parsed.number, parsed.formatNational().replace(/\D+/g, '')])];
  const c = compact(raw);
  return c.replace('+', '').length >= 4 ? [c] : [];
}

/**
 * The index prefixes a phone-like query looks up: its compact form (a number being typed, national or
 * international) and, once it is a full number, its E.164 form. [] when the query is not phone-like.
 */
export function phoneQueryKeys(query: string, region: CountryCode = DEFAULT_PHONE_COUNTRY): string[] {
  if (!looksLikePhone(query)) return [];
  const keys = new Set<string>();
  let c = compact(query.replace(/\(0\)/g, ''));
  if (c.startsWith('00')) c = `+${c.slice(2)}`;
  keys.add(c);
  const e164 = toE164(query, region);
  if (e164) keys.add(e164);
  return [...keys];
}

/** Two ways of writing one number ("06 12 34 56 78", "+33 6 12 34 56 78"); compact digits when either does not parse. */
export function samePhone(a: string, b: string, region: CountryCode = DEFAULT_PHONE_COUNTRY): boolean {
  if (!a.trim() || !b.trim()) return false;
  const x = toE164(a, region),
    y = toE164(b, region);
  return x && y ? x === y : compact(a) === compact(b);
}
