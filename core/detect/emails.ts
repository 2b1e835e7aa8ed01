/**
 * Email address extraction from text and attributes: plain addresses, mailto: hrefs (URL-encoded),
 * and the obfuscated forms people read without hesitation (`x [at] y [dot] fr`, `x(at)y(dot)fr`,
 * `x arobase y point fr`). HTML character references are already decoded by the DOM parser.
 * Every scan is linear: candidates are found from each '@' outwards with bounded lengths, so a
 * hostile 100 KB text node cannot trigger catastrophic backtracking.
 */
import { isNoReplyAddress } from './noreply';
import { memo } from '../text/memo';

// [a-z0-9._%+'-], by char code (called once per character around each '@': a regex per char is slow)
const isLocalChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 39 ||
  c === 45;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
// Domain after '@': labels of ≤63 chars, ≤8 labels, alphabetic TLD. Sticky, bounded, no nesting ambiguity.
const DOMAIN_AT = /(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?![a-z0-9-])/iy;
const FILE_TLD = /* @__PURE__ */ new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'css',
  'js',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'avif',
  'pdf',
  'html',
  'php',
]);

const PLACEHOLDER_LOCAL =
  /^(?:you|your(?:[.-]?(?:name|email))?|name|e-?mail|mail|prenom(?:\.nom)?|nom(?:\.prenom)?|votre\.?(?:nom|email)|vous|first(?:name)?\.?last(?:name)?|firstname|lastname|j(?:ohn|ane)\.?doe|jdoe|user(?:name)?|utilisateur|some(?:one|body)|test|ex[ae]mple|max\.mustermann|vorname\.nachname|(?:initials?|first(?:name)?)[._-]?(?:surname|last(?:name)?)|surname)$/;
const PLACEHOLDER_DOMAIN =
  /^(?:(?:[a-z0-9-]+\.)*(?:example|exemple|beispiel|domain|domaine|yourdomain|yourcompany|votredomaine|votresociete|company|entreprise|societe|work|test|sample|email|mail-domain)\.[a-z]{2,6}|localhost)$/;

/** Placeholders (`you@example.com`, `name@domain.com`, `email@…`) are not contacts. */
export function isPlaceholderAddress(address: string): boolean {
  const a = address.toLowerCase();
  const at = a.lastIndexOf('@');
  const local = a.slice(0, at),
    domain = a.slice(at + 1);
  return PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain) || /^x+$/.test(local);
}

// Normalised forms of recent raw addresses: a thread repeats the same few addresses thousands of
// times (headers, signatures, quoted bodies). Bounded; the function is pure, so the memo is exact.
/** Normalised address or '' when it is not a plausible contact address. */
export const normalizeAddress = /* @__PURE__ */ memo(normalizeRaw);

function normalizeRaw(raw: string): string {
  const a = raw
    .trim()
    .toLowerCase()
    .replace(/^[.'+_-]+/, '')
    .replace(/[.]+$/, '');
  if (a.length > 254) return '';
  const at = a.indexOf('@');
  if (at < 1 || at !== a.lastIndexOf('@')) return '';
  const local = a.slice(0, at),
    domain = a.slice(at + 1);
  const dot = domain.indexOf('.');
  if (local.length > 64 || local.includes('..') || local.endsWith('.') || dot < 0) return '';
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!/^[a-z]{2,24}$/.test(tld) || FILE_TLD.has(tld)) return '';
  if (/^\d+x$/.test(domain.slice(0, dot))) return ''; // logo@2x.png style leftovers
  return a;
}

/** A contact address: well formed, not a placeholder, not a no-reply/notification sender. */
export const isContactAddress = /* @__PURE__ */ memo(
  (address) => !!address && !isPlaceholderAddress(address) && !isNoReplyAddress(address),
);

/**
 * At most this many addresses are taken from one text: a page listing thousands in one text node is a
 * dump, not contacts (issue 10: 8,000 distinct addresses froze Gmail's tab for 1.6 s).
 */
export const MAX_EMAILS_PER_TEXT = 500;

/** Adds new addresses to `out`, each once; false once this text has given its MAX_EMAILS_PER_TEXT. */
function collector(out: string[]): (a: string) => boolean {
  // The set is made on the first address: most texts (thousands per thread) have none.
  let seen: Set<string> | undefined;
  const cap = out.length + MAX_EMAILS_PER_TEXT;
  return (a) => {
    if (a && !(seen ??= new Set(out)).has(a)) {
      seen.add(a);
      out.push(a);
    }
    return out.length < cap;
  };
}

/** Plain addresses in a text, in order, normalised, duplicates kept out. Linear in the text length. */
export function findPlainEmails(text: string, out: string[] = []): string[] {
  let from = 0;
  let prevAt = -1;
  const add = collector(out);
  for (let more = true; more;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    // left: local part, bounded by 64 chars and by the previous '@'
    let s = at;
    const floor = Math.max(prevAt + 1, at - 64);
    while (s > floor && isLocalChar(text.charCodeAt(s - 1))) s--;
    DOMAIN_AT.lastIndex = at + 1;
    const m = s < at ? DOMAIN_AT.exec(text) : null;
    if (m) {
      more = add(normalizeAddress(text.slice(s, at) + '@' + m[0]));
      from = at + 1 + m[0].length;
    } else {
      from = at + 1;
    }
    prevAt = at;
  }
  return out;
}

// Obfuscated: at/dot words in brackets, or French "arobase"/"point" between words. Each "at" token
// is found once (global scan); the local part is read backwards from it (≤ 64 chars, as for plain
// addresses) and the domain forwards with a sticky, bounded pattern: linear in the text length.
// (a plain dot only inside a label run: "… [dot] fr. En cas" ends at the sentence's full stop)
const OBF_DOMAIN =
  /\s{0,3}([a-z0-9-]{1,63}(?:(?:\s{0,3}(?:[[({<]\s{0,3}(?:dot|point|\.)\s{0,3}[\])}>]|\s(?:dot|point)\s)\s{0,3}|\.)[a-z0-9-]{1,63}){1,5})/iy;
const OBF_DOT = /\s{0,3}(?:[[({<]\s{0,3}(?:dot|point|\.)\s{0,3}[\])}>]|\s(?:dot|point)\s|\.)\s{0,3}/gi;

// The "at" tokens: a bracketed at/arobase/@, or the word "arobase", found by one global scan (in
// order, at most 1,000 per text).
const OBF_AT = /[[({<]\s{0,3}(?:at|arobase|@)\s{0,3}[\])}>]|\barobase\b/gi;
// The same without the word "arobase", for the texts that lack it: a leading character class lets the
// regex engine skip ahead, where the word alternative made it try every position (issue 9).
const OBF_AT_BRACKET = /[[({<]\s{0,3}(?:at|arobase|@)\s{0,3}[\])}>]/gi;
const AROBASE = /arobase/i;

export function findObfuscatedEmails(text: string, out: string[] = []): string[] {
  // most texts have no bracket and no "arobase": four native searches, no regex
  const re = AROBASE.test(text)
    ? OBF_AT
    : text.includes('[') || text.includes('(') || text.includes('{') || text.includes('<')
      ? OBF_AT_BRACKET
      : null;
  if (!re) return out;
  const add = collector(out);
  re.lastIndex = 0;
  for (let n = 0, t: RegExpExecArray | null; n < 1000 && (t = re.exec(text)); n++) {
    const index = t.index;
    let e = index;
    for (let k = 0; k < 3 && e > 0 && text[e - 1] === ' '; k++) e--;
    let s = e;
    while (s > e - 64 && s > 0 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < e && !isAlnum(text.charCodeAt(s))) s++;
    if (s >= e) continue;
    OBF_DOMAIN.lastIndex = index + t[0].length;
    const d = OBF_DOMAIN.exec(text);
    if (!d) continue;
    const a = normalizeAddress(`${text.slice(s, e)}@${d[1]!.replace(OBF_DOT, '.')}`);
    if (!add(a)) break;
  }
  return out;
}

/** Both plain and obfuscated addresses of a text. */
export function findEmails(text: string, out: string[] = []): string[] {
  if (text.length < 5) return out;
  if (text.includes('@')) findPlainEmails(text, out);
  findObfuscatedEmails(text, out);
  return out;
}

/** The address of a mailto: href ('' if none), URL-decoded, first recipient only. */
export function mailtoAddress(href: string): string {
  const h = href.trim();
  if (!/^mailto:/i.test(h)) return '';
  let rest = h.slice(7).split('?')[0]!.split(',')[0]!;
  try {
    rest = decodeURIComponent(rest);
  } catch {
    /* keep raw */
  }
  const found = findPlainEmails(rest);
  return found[0] ?? '';
}

/** "Name <a@b.fr>" / "a@b.fr" / "\"Name\" <a@b.fr>" -> {name?, email} */
export function parseNameAddress(s: string): { name?: string; email: string } | null {
  const emails = findPlainEmails(s);
  const email = emails[0];
  if (!email) return null;
  const lt = s.indexOf('<');
  let name = lt > 0 ? s.slice(0, lt) : '';
  name = name.replace(/^[\s"'“”]+|[\s"'“”,;:]+$/g, '').trim();
  return name && !name.includes('@') ? { name, email } : { email };
}
