/**
 * Text keys for matching and search (SPEC §3): the same folding everywhere, so that an index
 * built from stored records and a key built from a page always compare equal.
 * Pure string functions; no locale data beyond Unicode decomposition.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** Lowercase, accents removed, whitespace collapsed: "  Élodie  DUPONT " → "elodie dupont". */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Legal forms, folded and without dots. Only removed at the start or the end of a name, where
 * they sit in practice ("SAS Dupont", "Dupont SARL", "Müller GmbH & Co. KG"), so that a name made
 * of ordinary words that happen to be in this list keeps its middle.
 */
const LEGAL_FORMS = new Set([
  // France
  'sas', 'sasu', 'sarl', 'eurl', 'sa', 'sci', 'scop', 'snc', 'scs', 'sca', 'scp', 'scm', 'ei', 'eirl', 'gie',
  'selarl', 'selas', 'selafa', 'sem', 'saem', 'earl', 'gaec',
  // Germany, Austria, Switzerland
  'gmbh', 'ag', 'kg', 'ug', 'ohg', 'kgaa', 'gbr', 'ev', 'mbh', 'haftungsbeschrankt',
  // English-speaking
  'ltd', 'limited', 'llp', 'lp', 'plc', 'inc', 'incorporated', 'llc', 'corp', 'corporation', 'co', 'cic',
  // Italy, Spain, Portugal
  'spa', 'srl', 'srls', 'sapa', 'sl', 'slu', 'sll', 'lda',
  // Benelux, Nordics, others
  'bv', 'nv', 'bvba', 'sprl', 'cv', 'vof', 'ab', 'as', 'asa', 'aps', 'oy', 'oyj', 'sp', 'zoo', 'se', 'kft', 'sro',
]);

/**
 * Matching key of a company name: folded, punctuation removed, legal forms stripped at both ends.
 * "S.A.R.L. Boulangerie L'Épi d'Or" → "boulangerie lepi dor". Falls back to the unstripped key
 * when the name is nothing but legal forms, so that no name maps to "".
 */
export function companyNameKey(name: string): string {
  const folded = foldText(name)
    // Dots and apostrophes join ("s.a.s." → "sas", "l'epi" → "lepi"): both sides of a match are written both ways.
    .replace(/[.'’`´]/g, '')
    .replace(/&/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (folded === '') return '';
  const tokens = folded.split(' ');
  let start = 0;
  let end = tokens.length;
  while (start < end && LEGAL_FORMS.has(tokens[start] ?? '')) start++;
  while (end > start && LEGAL_FORMS.has(tokens[end - 1] ?? '')) end--;
  return start < end ? tokens.slice(start, end).join(' ') : tokens.join(' ');
}

/**
 * Public suffixes with two labels that people actually meet in Europe and beyond: a compact
 * subset of the Public Suffix List, not the whole list (too big for a content script).
 */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'sch.uk',
  'gouv.fr', 'asso.fr', 'nom.fr', 'com.fr', 'tm.fr', 'presse.fr', 'cci.fr', 'notaires.fr', 'avocat.fr',
  'co.at', 'or.at', 'gv.at', 'ac.at', 'com.es', 'org.es', 'nom.es', 'gob.es', 'com.pt', 'org.pt',
  'com.pl', 'net.pl', 'org.pl', 'com.gr', 'com.cy', 'com.mt', 'co.hu', 'com.ro', 'co.it', 'gov.it',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'co.nz', 'org.nz', 'net.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp', 'co.kr', 'or.kr', 'com.cn', 'net.cn', 'org.cn', 'com.hk',
  'com.sg', 'com.tw', 'com.my', 'co.in', 'net.in', 'org.in', 'co.id', 'co.th', 'com.vn', 'com.ph',
  'co.za', 'co.il', 'com.tr', 'com.br', 'net.br', 'org.br', 'com.mx', 'com.ar', 'com.co', 'com.pe',
  'com.ua', 'co.ma', 'com.tn', 'com.dz', 'com.eg', 'com.sa', 'co.ke', 'com.ng',
]);

/**
 * The registrable domain ("eTLD+1") of a host, a URL or an email address, lowercase, or null
 * when there is none (no dot, an IP address, garbage). "https://shop.acme.co.uk/x" → "acme.co.uk".
 */
export function registrableDomain(hostOrUrlOrEmail: string): string | null {
  let host = hostOrUrlOrEmail.trim().toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '');
  host = host.replace(/:\d*$/, '');
  // Trailing dots by hand: /\.+$/ retries at every dot of a long run (quadratic).
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  host = host.slice(0, end);
  if (host.includes('@') || !/^[\p{L}\p{N}.-]+$/u.test(host)) return null;
  if (/^\d+(\.\d+){3}$/.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return null;
  const lastTwo = labels.slice(-2).join('.');
  if (TWO_LEVEL_SUFFIXES.has(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return lastTwo;
}

/** "Élodie Martin", or the first email, or "" — what a list shows for a contact. */
export function personDisplayName(p: { firstName?: string; lastName?: string; emails?: readonly string[] }): string {
  const name = `${(p.firstName ?? '').trim()} ${(p.lastName ?? '').trim()}`.trim();
  return name !== '' ? name : (p.emails?.[0] ?? '');
}
