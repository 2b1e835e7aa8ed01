/**
 * What a page detection pre-fills in the "create a sheet" form (SPEC §4): the page's company (or the
 * sender's domain's company), and its person as first contact. A free-mail sender with no company
 * becomes an individual sheet. The user's own addresses are never proposed.
 */
import type { Detection, DetectedCompany, DetectedPerson, MailAddress } from './detect/types';
import { isFreemailDomain } from './detect/freemail';
import { registrableDomain } from './text/domain';
import { validateSiren, validateSiret } from './validation/siren';
import { normalizeLinkedinUrl } from './text/linkedin';

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
  /**
   * The end of a message this person wrote, whose signature the create form reads when it opens
   * (core/prefill-signature.ts, loaded with the form: the side panel's first paint stays small).
   */
  signatureText?: string;
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
  const name = full
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '');
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
  return w.toLowerCase().replace(/(^|[-'\s])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
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

export function personPrefill(p: {
  name?: string;
  email?: string;
  title?: string;
  phones?: string[];
  linkedinUrl?: string;
}): PersonPrefill {
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
        return {
          company: found ? companyPrefill(found) : companyPrefill({ name: domain, domain }),
          person,
          source: 'message',
        };
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
      ...(contact
        ? { person: personPrefill(contact) }
        : email
          ? { person: personPrefill({ email: email.address, ...(email.name ? { name: email.name } : {}) }) }
          : {}),
      source: 'company',
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The sender's signature (issue 12: the Gmail pre-fill reads the title, phones and address)

/** What a detector found about this person (people[] with their email or name), and the text of their signature. */
function withSignature(person: PersonPrefill, detection: Detection, box: MailAddress, bodyText: string): PersonPrefill {
  const email = box.email.toLowerCase();
  const name = (box.name ?? '').trim().toLowerCase();
  const found =
    detection.people.find((p) => p.email?.toLowerCase() === email) ??
    (name ? detection.people.find((p) => p.name.trim().toLowerCase() === name) : undefined);
  const phones = found?.phones ?? [];
  const mobile = phones.find(isMobileNumber);
  const phone = person.phone || phones.find((x) => !isMobileNumber(x)) || '';
  const text = bodyText.slice(-4000);
  return {
    ...person,
    jobTitle: person.jobTitle || found?.title || '',
    phone: phone || mobile || '',
    ...(mobile && phone ? { mobile } : {}),
    ...(text.trim() ? { signatureText: text } : {}),
  };
}

/** A French mobile number (06/07, +33 6/7). */
export function isMobileNumber(phone: string): boolean {
  const digits = phone.replace(/[^\d+]/g, '').replace(/^00/, '+');
  return /^(?:\+33|0)[67]\d{8}$/.test(digits);
}
