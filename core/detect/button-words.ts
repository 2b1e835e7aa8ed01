/**
 * A card's link words run into the line before them ("Ingénieure d'affaires chez Bocage Numérique Profil LinkedIn",
 * "Head of Sales at Quaylink View profile"): a firm's name ends before them. Read in the background on what the
 * page's readers sent.
 */
import type { Detection } from './types';
import { normKey } from './result';

// a profile button's words at the end of a firm's name (FR/EN/DE)
const PROFILE_BUTTON =
  /\s+(?:(?:voir\s+(?:le\s+|son\s+)?)?profil\s+linkedin|linkedin[-\s]?profil(?:e|\s+ansehen)?|(?:view|see)\s+(?:linkedin\s+)?profile|voir\s+(?:le\s+|son\s+)?profil|profil\s+ansehen)$/iu;

/** A firm's name without the profile button's words run into it. */
export function withoutButtonWords(name: string): string {
  const t = name.replace(PROFILE_BUTTON, '').trim();
  return t.length >= 2 ? t : name;
}

/** The detection with its people's and companies' firm names cut before a profile button's words. */
export function withoutProfileButtons<D extends Detection>(d: D): D {
  if (
    !d.people.some((p) => p.company && PROFILE_BUTTON.test(p.company)) &&
    !d.companies.some((c) => PROFILE_BUTTON.test(c.name))
  )
    return d;
  const people = d.people.map((p) =>
    p.company && PROFILE_BUTTON.test(p.company) ? { ...p, company: withoutButtonWords(p.company) } : p,
  );
  const seen = new Set<string>();
  const companies = d.companies
    .map((c) => (PROFILE_BUTTON.test(c.name) ? { ...c, name: withoutButtonWords(c.name) } : c))
    .filter((c) => !seen.has(normKey(c.name)) && !!seen.add(normKey(c.name)));
  return { ...d, people, companies };
}
