/**
 * Member lines and board records, read in the readers' bundle (entrypoints/ondemand-readers.ts: the contacts layer,
 * ondemand-contacts.js, had no room left under its 15 KB budget):
 * - "Solarfeld Uckermark GmbH | Prenzlau | Dr. Anke Reimers, Geschäftsführerin | Tel. … | mail": member lines with
 *   the firm first;
 * - "BDE is run by volunteers A (title at Firm) and B.": a group's makers;
 * - "Hauptberuf: CFO, Hollandia Port Systems B.V.": the firms a board's members work for elsewhere.
 * Pure functions of lines (text + the block element that holds it) or of a root; the caller merges the results.
 */
import { clean, qsa, type Line } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { isOrgLine, orgName, personName, pipedPeople, speakerEntry, splitTitleCompany } from './page-people';
import { findPhones, PHONE_LABEL } from './phones';
import type { DetectedCompany, DetectedPerson } from './types';

// "BDE is run by volunteers Ruth Achterberg (…) and Sam Kowalczyk.", "organisé par les bénévoles A et B",
// "gegründet von A und B": two or more people a sentence names as a group's makers, titled or not
const RUN_BY =
  /\b(?:run|organi[sz]ed|coordinated|hosted|founded|co-founded|organisée?s?|animée?s?|coordonnée?s?|fondée?s?|organisiert|geleitet|gegründet|betreut)\s+(?:by|par|von)\s+(?:(?:our|the|nos|les|unsere|die)\s+)?(?:volunteers?|bénévoles?|ehrenamtlichen?|co-?founders?|cofondat(?:eurs|rices)|gründer(?:innen)?)?\s*(\p{Lu}[^.;:!?]{5,200}?)(?:\.(?:\s|$)|$)/u;

/**
 * "Solarfeld Uckermark GmbH | Prenzlau | Dr. Anke Reimers, Geschäftsführerin | Tel. … | anke.reimers@… | site":
 * a member line, the firm first, its contact "Name, title" in a later field, then the contact's number and address.
 */
function firmFirstPipe(text: string): DetectedPerson | null {
  const bits = text.length <= 240 ? text.split(/\s+[|｜]\s+/) : [];
  if (bits.length < 3 || bits.length > 8) return null;
  const firm = bits[0]!.trim();
  // ("Windkraft Oderland eG": a cooperative's form)
  if (personName(firm) || (!isOrgLine(firm) && !/\s(?:eG|GbR|KG|AG)$/.test(firm))) return null;
  for (let k = 1; k < bits.length; k++) {
    const m = /^([^,]{4,60}),\s+([^,]{2,60})$/.exec(bits[k]!.trim());
    const p = m && personName(m[1]!) ? speakerEntry(bits[k]!, false) : null;
    if (!p?.title || p.company) continue;
    p.company = orgName(firm);
    const email = bits.slice(k + 1).flatMap((b) => findPlainEmails(b))[0];
    if (email) p.email = normalizeAddress(email);
    const phones: string[] = [];
    for (const b of bits.slice(k + 1)) if (PHONE_LABEL.test(' ' + b)) findPhones(b, phones);
    if (phones.length) p.phones = phones;
    return p;
  }
  return null;
}

/** Member lines with the firm first (two or more on the page), and the people a sentence names as a group's makers. */
export function memberPeople(lines: readonly Line[]): DetectedPerson[] {
  const out = pipedPeople(lines, firmFirstPipe);
  for (const { text } of lines) {
    if (text.length >= 600 || out.length >= 100) continue;
    const run = RUN_BY.exec(text);
    // ("Ruth Achterberg (data platform lead at Quayside Energy)": a speaker's entry each)
    const makers = run
      ? run[1]!
          // (", will continue to meet": the sentence goes on after the names)
          .split(/,\s+(?=\p{Ll})/u)[0]!
          .split(/\s*(?:,|;|\bund\b|\bet\b|\band\b|&)\s*(?![^()]*\))/)
          .map((x) => speakerEntry(x, false))
      : [];
    if (makers.length >= 2 && makers.every(Boolean))
      for (const p of makers) if (!out.some((q) => q.name === p!.name)) out.push(p!);
  }
  return out;
}

// a board member's main occupation elsewhere ("Hauptberuf: CFO, Hollandia Port Systems B.V.")
const FIELD_OCCUPATION =
  /^(?:hauptberuf(?:liche tätigkeit)?|ausgeübter beruf|main occupation|principal occupation|other positions?|profession principale|activité principale|fonction principale)\s*:?$/i;

/**
 * The firms a board's records name as their members' main occupation ("Hauptberuf: Rechtsanwalt, Partner bei Rettberg
 * Lohse Rechtsanwälte", "Main occupation: CFO, Hollandia Port Systems B.V."): firms of the page, not the members'
 * employer there (the board's firm).
 */
export function occupationFirms(root: ParentNode): DetectedCompany[] {
  const out: DetectedCompany[] = [];
  for (const dt of qsa(root, 'dt').slice(0, 200)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD' || !FIELD_OCCUPATION.test(clean(dt.textContent ?? ''))) continue;
    const c = splitTitleCompany(clean(dd.textContent ?? ''))[1];
    if (c && !out.some((x) => x.name === c)) out.push({ name: c });
  }
  return out;
}
