/**
 * What a page detection pre-fills in the "create a sheet" form (SPEC §4): the page's company (or the
 * sender's domain's company), and its person as first contact. A free-mail sender with no company
 * becomes an individual sheet. The user's own addresses are never proposed.
 */
import type { Detection, DetectedCompany, DetectedPerson, MailAddress } from './detect/types';
import { isFreemailDomain } from './detect/freemail';
import { registrableDomain } from './text/normalize';
import { normalizeLinkedinUrl } from './validation/fields';
import { validateSiren, validateSiret } from './validation/siren';

export interface PersonPrefill {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  phone: string;
  /** A mobile number, when the signature tells it apart from the phone. */
  mobile?: string;
  linkedinUrl: string;
  /** The postal address of the person's signature, proposed as the new sheet's main address. */
  address?: AddressPrefill;
}

export interface AddressPrefill {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface CompanyPrefill {
  name: string;
  kind: 'company' | 'individual';
  website?: string;
  domains?: string[];
  linkedinUrl?: string;
  vat?: string;
  siren?: string;
  siret?: string;
  phone?: string;
}

export interface SheetPrefill {
  company: CompanyPrefill;
  person?: PersonPrefill;
  /** Where the prefill came from, shown to the user ("from the open email"). */
  source: 'message' | 'person' | 'company';
}

/** "Dupont, Léa" / "Léa DUPONT" / "Léa Dupont" → first and last name. */
export function splitPersonName(full: string): { firstName: string; lastName: string } {
  const name = full.replace(/\s+/g, ' ').trim().replace(/^["']|["']$/g, '');
  if (!name) return { firstName: '', lastName: '' };
  const comma = name.match(/^([^,]+),\s*(.+)$/);
  if (comma) return { firstName: comma[2]!.trim(), lastName: comma[1]!.trim() };
  const words = name.split(' ');
  if (words.length === 1) return { firstName: '', lastName: words[0]! };
  // An all-caps word is the family name in French usage ("Léa DUPONT", "DUPONT Léa").
  const capsIndex = words.findIndex((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w));
  if (capsIndex >= 0) {
    const last = words.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w));
    const first = words.filter((w) => !last.includes(w));
    return { firstName: first.join(' '), lastName: last.map(titleCase).join(' ') };
  }
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

function titleCase(w: string): string {
  return w
    .toLowerCase()
    .replace(/(^|[-'\s])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A readable company name from a domain: "atelier-nguyen.fr" → "Atelier Nguyen". */
export function nameFromDomain(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function companyPrefill(c: DetectedCompany): CompanyPrefill {
  const domain = registrableDomain(c.domain ?? c.website ?? '') ?? undefined;
  const looksLikeDomain = /^[\w-]+(\.[\w-]+)+$/.test(c.name.trim());
  const siren = c.siren && validateSiren(c.siren).ok ? c.siren.replace(/\D/g, '') : undefined;
  const siret = c.siret && validateSiret(c.siret).ok ? c.siret.replace(/\D/g, '') : undefined;
  const linkedinUrl = c.linkedinUrl ? (normalizeLinkedinUrl(c.linkedinUrl) ?? undefined) : undefined;
  return {
    name: looksLikeDomain && domain ? nameFromDomain(domain) : c.name,
    kind: 'company',
    ...(c.website ? { website: c.website } : domain ? { website: `https://${domain}` } : {}),
    ...(domain ? { domains: [domain] } : {}),
    ...(linkedinUrl ? { linkedinUrl } : {}),
    ...(c.vat ? { vat: c.vat } : {}),
    ...(siren ? { siren } : {}),
    ...(siret ? { siret } : {}),
    ...(c.phones?.[0] ? { phone: c.phones[0] } : {}),
  };
}

export function personPrefill(p: { name?: string; email?: string; title?: string; phones?: string[]; linkedinUrl?: string }): PersonPrefill {
  const { firstName, lastName } = splitPersonName(p.name ?? '');
  return {
    firstName,
    lastName,
    email: (p.email ?? '').toLowerCase(),
    jobTitle: p.title ?? '',
    phone: p.phones?.[0] ?? '',
    linkedinUrl: p.linkedinUrl ? (normalizeLinkedinUrl(p.linkedinUrl) ?? '') : '',
  };
}

function companyForDomain(detection: Detection, domain: string | null): DetectedCompany | undefined {
  if (!domain) return undefined;
  return detection.companies.find((c) => registrableDomain(c.domain ?? c.website ?? '') === domain);
}

export function prefillFromDetection(detection: Detection, ownEmails: readonly string[] = []): SheetPrefill | null {
  const own = new Set(ownEmails.map((e) => e.toLowerCase()));
  const m = detection.message;
  if (m) {
    // The correspondent: the sender, unless the user sent it, then the first recipient.
    const other: MailAddress | undefined = [m.from, ...m.to, ...m.cc].find((box) => !own.has(box.email.toLowerCase()));
    if (other) {
      const domain = registrableDomain(other.email);
      const person = withSignature(
        personPrefill({ ...(other.name ? { name: other.name } : {}), email: other.email }),
        detection,
        other,
        // The body's signature is the sender's: it describes the correspondent only when they wrote it.
        m.from.email.toLowerCase() === other.email.toLowerCase() ? m.bodyText : '',
      );
      if (domain && !isFreemailDomain(domain)) {
        const found = companyForDomain(detection, domain);
        return { company: found ? companyPrefill(found) : companyPrefill({ name: domain, domain }), person, source: 'message' };
      }
      const name = `${person.firstName} ${person.lastName}`.trim() || other.email;
      return { company: { name, kind: 'individual' }, person, source: 'message' };
    }
  }
  const kindIsPerson = detection.kind === 'linkedin-profile' || detection.kind === 'linkedin-messaging';
  const mainPerson: DetectedPerson | undefined = kindIsPerson ? detection.people[0] : undefined;
  if (mainPerson) {
    const person = personPrefill(mainPerson);
    const employer = mainPerson.company ? detection.companies.find((c) => c.name === mainPerson.company) : undefined;
    if (employer) return { company: companyPrefill(employer), person, source: 'person' };
    if (mainPerson.company) return { company: { name: mainPerson.company, kind: 'company' }, person, source: 'person' };
    return { company: { name: mainPerson.name, kind: 'individual' }, person, source: 'person' };
  }
  const company = detection.companies[0];
  if (company) {
    const domain = registrableDomain(company.domain ?? company.website ?? '');
    const contact = detection.people.find((p) => p.company === company.name) ?? undefined;
    const email = detection.emails.find((e) => !own.has(e.address) && registrableDomain(e.address) === domain);
    return {
      company: companyPrefill(company),
      ...(contact ? { person: personPrefill(contact) } : email ? { person: personPrefill({ email: email.address, ...(email.name ? { name: email.name } : {}) }) } : {}),
      source: 'company',
    };
  }
  return null;
}


// ---------------------------------------------------------------------------------------------
// The sender's signature (issue 12: the Gmail pre-fill reads the title, phones and address)

export interface SignatureInfo {
  title?: string;
  phone?: string;
  mobile?: string;
  address?: AddressPrefill;
}

/** What a detector found about this person (people[] with their email or name), then the signature text. */
function withSignature(person: PersonPrefill, detection: Detection, box: MailAddress, bodyText: string): PersonPrefill {
  const email = box.email.toLowerCase();
  const name = (box.name ?? '').trim().toLowerCase();
  const found = detection.people.find((p) => p.email?.toLowerCase() === email) ?? (name ? detection.people.find((p) => p.name.trim().toLowerCase() === name) : undefined);
  const sig = parseSignature(bodyText, box.name ?? '');
  const phones = found?.phones ?? [];
  const mobileOf = phones.find(isMobileNumber);
  const phoneOf = phones.find((x) => !isMobileNumber(x));
  const phone = person.phone || phoneOf || sig.phone || '';
  const mobile = mobileOf || sig.mobile || '';
  return {
    ...person,
    jobTitle: person.jobTitle || found?.title || sig.title || '',
    // A signature with a mobile only: it is the contact's phone too.
    phone: phone || mobile,
    ...(mobile && mobile !== (phone || mobile) ? { mobile } : {}),
    ...(sig.address ? { address: sig.address } : {}),
  };
}

/** A French mobile (06/07, +33 6/7) or a number the signature labels as mobile. */
function isMobileNumber(phone: string): boolean {
  const digits = phone.replace(/[^\d+]/g, '').replace(/^00/, '+');
  return /^(?:\+33|0)[67]\d{8}$/.test(digits);
}

const SIGN_OFF = /^(?:--\s*|—\s*|cordialement|bien (?:cordialement|à (?:vous|toi))|salutations|bonne (?:journée|soirée)|merci(?: beaucoup| d'avance)?|best(?: regards| wishes)?|kind regards|regards|many thanks|thanks(?: again)?|cheers|sincerely|mit freundlichen grüßen|viele grüße|saludos|un saluto|cordiali saluti)[\s,.!]*$/i;
const QUOTE_HEADER = /^(?:le .{4,80} a écrit\s*:|on .{4,80} wrote\s*:|-{2,}\s*(?:original message|message d'origine)\s*-{2,}|de\s*:\s.+@|from:\s.+@)/i;
const PHONE = /(?:\+|00)?\d[\d .\-()\u00a0]{7,18}\d/;
const PHONE_LABEL = /^(?:t[ée]l(?:[ée]phone)?|phone|tel|fixe|ligne directe|direct|standard|office|bureau|t|p|m|mob(?:ile)?|portable|port|cell(?:ular)?|gsm|handy)\.?\s*[:.]?\s*/i;
const MOBILE_LABEL = /^(?:m|mob(?:ile)?|portable|port|cell(?:ular)?|gsm|handy)\b/i;
const POSTCODE_CITY = /^(?:(?:F|FR|D|DE|B|BE|L|CH)\s*-\s*)?(\d{4,5})\s+([\p{L}][\p{L}'’ .\-]{1,60}?)(?:\s*(?:cedex\s*\d*)?)(?:\s*[,–-]\s*([\p{L}][\p{L} .\-]{1,40}))?$/iu;
const STREET = /(?:^\d{1,4}(?:\s?(?:bis|ter|[a-z]))?[\s,]+\p{L})|(?:straße|strasse|gasse|weg|platz|allee|laan|straat|gade|vej)\s+\d|\b(?:rue|avenue|av\.|bd|boulevard|chemin|allée|place|quai|route|impasse|cours|street|st\.|road|rd\.|lane|straße|strasse|weg|platz|via|calle)\b/iu;
const NOT_A_TITLE = /[@\d]|https?:|www\.|\|/i;

/**
 * Reads a signature at the end of a message's text: the lines after the last sign-off ("Cordialement",
 * "Best regards", "--") up to the quoted earlier message, or else the last lines. Returns the job title
 * (the line under the sender's name), the phone and mobile (by their labels, or French mobile
 * prefixes), and a postal address (a "postcode city" line, the street line above it). Only the last
 * 4,000 characters are read, so a long thread costs nothing.
 */
export function parseSignature(bodyText: string, senderName = ''): SignatureInfo {
  let lines = bodyText.slice(-4000).split(/\r?\n/).map((l) => l.replace(/\u00a0/g, ' ').trim());
  const quote = lines.findIndex((l) => QUOTE_HEADER.test(l) || l.startsWith('>'));
  if (quote >= 0) lines = lines.slice(0, quote);
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SIGN_OFF.test(lines[i]!)) {
      start = i + 1;
      break;
    }
  }
  // Signature lines are short: a long line is prose, and bounding it bounds every regex below.
  const block = (start >= 0 ? lines.slice(start) : lines.slice(-8)).filter((l) => l && l.length <= 160).slice(0, 15);
  const out: SignatureInfo = {};

  // The title: the line after the sender's name (or after the first line when the name is not found).
  const nameKey = senderName.trim().toLowerCase();
  const words = nameKey.split(/\s+/).filter((w) => w.length > 1);
  const nameAt = block.findIndex((l) => {
    const low = l.toLowerCase();
    return nameKey !== '' && (low === nameKey || (words.length > 0 && words.every((w) => low.includes(w)) && low.length <= nameKey.length + 10));
  });
  const titleLine = nameAt >= 0 ? block[nameAt + 1] : undefined;
  if (titleLine && !NOT_A_TITLE.test(titleLine) && !STREET.test(titleLine) && titleLine.length <= 80) {
    out.title = titleLine.split(/\s+[-–|·]\s+/)[0]!.trim();
  }

  for (const line of block) {
    const number = PHONE.exec(line)?.[0];
    if (!number || number.replace(/\D/g, '').length < 9) continue;
    const label = line.slice(0, line.indexOf(number)).trim();
    if (label && !PHONE_LABEL.test(label) && !/^[\p{L} .]{0,20}:?$/u.test(label)) continue;
    const cleaned = number.replace(/\s+/g, ' ').trim();
    // A French 06/07 number is a mobile whatever its label ("Tél : 06…" is common).
    if (MOBILE_LABEL.test(label) || isMobileNumber(cleaned)) out.mobile ??= cleaned;
    else out.phone ??= cleaned;
  }

  for (let i = 0; i < block.length; i++) {
    const m = POSTCODE_CITY.exec(block[i]!);
    if (!m) continue;
    const above = block[i - 1];
    const inline = /^(.*\S)\s*[,–-]\s*((?:\d{4,5})\s+.+)$/.exec(block[i]!);
    const street = above && STREET.test(above) && !PHONE.test(above) ? above : '';
    if (!street && !inline) continue;
    out.address = { street: street.replace(/,\s*$/, ''), postalCode: m[1]!, city: m[2]!.trim(), country: (m[3] ?? '').trim() };
    break;
  }
  // "12 rue des Lilas, 69003 Lyon" on one line.
  if (!out.address) {
    for (const line of block) {
      const m = /^(.+?\S)\s*[,–-]\s*(\d{4,5})\s+([\p{L}][\p{L}'’ .\-]{1,60}?)(?:\s*[,–-]\s*([\p{L}][\p{L} .\-]{1,40}))?$/u.exec(line);
      if (m && STREET.test(m[1]!)) {
        out.address = { street: m[1]!, postalCode: m[2]!, city: m[3]!.trim(), country: (m[4] ?? '').trim() };
        break;
      }
    }
  }
  return out;
}
