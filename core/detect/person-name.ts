/**
 * A person's name as a sheet keeps it, read in the background (./interpret.ts) from what a page shows:
 * without the courtesy titles and degrees a display name or a signature carries ("Dr. Anna-Lena Vogt",
 * "Prof. Dr. Henrik Albers", "Me Hélène de Saint-Aubin", "Herr Jonas Weber"), and given first name first when
 * the page writes the surname first in capitals ("GUEYE Aminata", the French administrative order).
 */
import type { DetectedPerson } from './types';
import { normKey } from './result';
import { memo } from '../text/memo';

// Titles and degrees before a name, one or several ("Prof. Dr.-Ing.", "Dr. med."): dotted abbreviations, and
// the words that are never a first name ("Me" is the French "Maître", only ever before a name here), and a cleric's
// ("Père Jean Roy", "Pfarrer Jan Berg")
const PREFIX =
  /^(?:(?:prof|dr|dipl|ing|mag|univ|priv|doz|hon|rer|nat|med|phil|jur|iur|lic|oec|habil|h\.?\s?c)\.(?:-?\s?(?:ing|kfm|kff|oec|inf|psych|päd)\.)?\s*|(?:mr|mrs|ms|mx|mme|mlle|m|me|maître|herr|frau|sir|dame|dott|dott\.ssa|dr|prof|p[èe]re|m[èe]re|abb[ée]|fr[èe]re|s(?:œ|oe)ur|pasteure?|father|pfarrer(?:in)?|pater|mgr|revd?)\.?\s+)+/iu;
// (honours and degrees too, with or without commas: "Dame Ruth Ellery DBE", "Omar Haddad KC", "Ana Ruiz, PhD, FREng",
// chartered engineers and scientists: "Tom Hale CEng MICE", "Ana Ruiz MSc")
// Austrian and German degrees written in capitals or with a feminine ending, before the name ("DI Anna Berg",
// "DDr. Jan Roth", "Mag.a Eva Huber", "DI (FH) Paul Gruber"): case-sensitive, so the Italian "Di Stefano" stays
const DEGREE = /^(?:(?:DI|DDI|Dkfm|DKFM|MMag|DDr|Mag\.a|Dr\.in|Ing\.in)\.?(?:\s?\(FH\))?\s+)+/u;
const GRADE_END =
  /(?<=\p{Ll}),?(?:\s+(?!(?:SARL|SASU?|EURL|SCOP|SELARL|SCI|GMBH|PLC|LLP|INC|LTD|CORP|GBR|OHG)\b)(?:(?:Hon)?[A-Z]{3,6}|KC|QC|JP|DL|MA|PhD|DPhil|FREng|FMedSci|FRCPath|[CI]Eng|CEnv|CSci|CMgr|CPhys|CChem|[BM](?:Eng|Sc))(?:,(?=\s))?){1,3}$/u;
// a call to act before a name ("Contactez Gwenaëlle Le Bihan", "Write to Tom Hale", "Fragen Sie Jana Roth")
const VERB =
  /^(?:contactez|contacter|écrivez à|ecrivez à|appelez|contact|write to|email|call|kontaktieren sie|fragen sie|schreiben sie)\s+(?=\p{Lu})/iu;
const CAPS = /^\p{Lu}[\p{Lu}'’-]+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const PARTICLE = /^(?:de|du|des|da|di|do|van|von|der|den|le|la|del|della|dos|das|ter|ten|zu|vom|zum)$/i;

/** "JEAN-PHILIPPE" → "Jean-Philippe", "O'NEILL" → "O'Neill". */
const titleCase = (w: string): string =>
  w.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The name without its titles, first name first; the name unchanged when what is left is no full name. */
// (memoised: the background asks it for every person, signature and body line of a long thread on each detection)
export const cleanPersonName = /* @__PURE__ */ memo(cleanName);

function cleanName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  const called = name.replace(VERB, '');
  let bare = (called.includes(' ') ? called : name).replace(DEGREE, '').replace(PREFIX, '').replace(DEGREE, '');
  // "Imogen Hartley-Reeve FIAC", "Tom Hale MRICS": a member grade's letters after the name (no legal form)
  const graded = bare.replace(GRADE_END, '');
  if (graded !== bare && graded.includes(' ')) bare = graded;
  let words = bare.split(' ');
  if (words.length < 2 || !words.some((w) => /\p{Ll}/u.test(w) || CAPS.test(w))) return name;
  // "GUEYE Aminata", "MERCIER Jean-Philippe", "LE BIHAN Yannick": capitals first, then a capitalised first name
  const caps = words.findIndex((w) => !CAPS.test(w) && !PARTICLE.test(w));
  if (
    caps > 0 &&
    words.slice(0, caps).some((w) => CAPS.test(w)) &&
    words.slice(caps).every((w) => CAPITALISED.test(w) && !CAPS.test(w)) &&
    words.length - caps <= 2
  )
    words = [...words.slice(caps), ...words.slice(0, caps).map((w) => (w.length > 1 ? titleCase(w) : w))];
  return words.join(' ');
}

/** People with their names cleaned, the same person named twice ("Dr. X", "X") merged into the first. */
export function withCleanNames(people: DetectedPerson[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  const byKey = new Map<string, DetectedPerson>();
  for (const p of people) {
    const name = cleanPersonName(p.name);
    const key = normKey(name);
    const known = byKey.get(key);
    if (!known) {
      const q = name === p.name ? p : { ...p, name };
      byKey.set(key, q);
      out.push(q);
      continue;
    }
    // (the same name with different addresses: two people, kept apart)
    if (known.email && p.email && known.email !== p.email) {
      out.push(name === p.name ? p : { ...p, name });
      continue;
    }
    for (const k of ['title', 'company', 'email', 'linkedinUrl', 'photoUrl'] as const)
      if (!known[k] && p[k]) known[k] = p[k];
    if (p.phones?.length)
      known.phones = [...(known.phones ?? []), ...p.phones.filter((x) => !known.phones?.includes(x))];
  }
  return out.length === people.length && out.every((p, i) => p === people[i]) ? people : out;
}
