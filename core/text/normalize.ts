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
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sa',
  'sci',
  'scop',
  'snc',
  'scs',
  'sca',
  'scp',
  'scm',
  'ei',
  'eirl',
  'gie',
  'selarl',
  'selas',
  'selafa',
  'sem',
  'saem',
  'earl',
  'gaec',
  // Germany, Austria, Switzerland
  'gmbh',
  'ag',
  'kg',
  'ug',
  'ohg',
  'kgaa',
  'gbr',
  'ev',
  'mbh',
  'haftungsbeschrankt',
  // English-speaking
  'ltd',
  'limited',
  'llp',
  'lp',
  'plc',
  'inc',
  'incorporated',
  'llc',
  'corp',
  'corporation',
  'co',
  'cic',
  // Italy, Spain, Portugal
  'spa',
  'srl',
  'srls',
  'sapa',
  'sl',
  'slu',
  'sll',
  'lda',
  // Benelux, Nordics, others
  'bv',
  'nv',
  'bvba',
  'sprl',
  'cv',
  'vof',
  'ab',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'sp',
  'zoo',
  'se',
  'kft',
  'sro',
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

/** "Élodie Martin", or the first email, or "" — what a list shows for a contact. */
export function personDisplayName(p: { firstName?: string; lastName?: string; emails?: readonly string[] }): string {
  const name = `${(p.firstName ?? '').trim()} ${(p.lastName ?? '').trim()}`.trim();
  return name !== '' ? name : (p.emails?.[0] ?? '');
}
