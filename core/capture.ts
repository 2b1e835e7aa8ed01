/**
 * Adding the people a page shows to the sheets that exist (SPEC §4 "Add contacts from web pages").
 * Pure planning: who on the page is a candidate, which sheet each belongs to, who is already a contact
 * (same email, LinkedIn URL, or name + company: never a duplicate), and the field-by-field diffs that
 * "Update" and "Update sheet" offer. A diff only ever fills an empty field: a differing value is shown,
 * never written.
 */
import type { Company, Person } from './domain';
import type { Detection, DetectedCompany, MailAddress } from './detect/types';
import { isFreemailDomain } from './detect/freemail';
import { samePhone } from './phone-keys';
import { splitPersonName, type SheetPrefill } from './prefill';
import { companyNameKey, foldText } from './text/normalize';
import { registrableDomain } from './text/domain';
import { validateSiren, validateSiret } from './validation/siren';
import { validateVat } from './validation/vat';
import { normalizeLinkedinUrl } from './text/linkedin';

/** A person of the page, as the capture list shows them. */
export interface Candidate {
  /** Stable within a page: the email, else the LinkedIn URL, else name + company. */
  key: string;
  name: string;
  firstName: string;
  lastName: string;
  title: string;
  /** The company the page gives for this person (their own in a directory). */
  company: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  /** 'thread': a from/to/cc participant of the open email. */
  from: 'page' | 'thread';
}

export interface OwnIdentity {
  ownEmails: readonly string[];
  ownDomains: readonly string[];
}

function isOwn(email: string, own: OwnIdentity): boolean {
  const e = email.toLowerCase();
  if (own.ownEmails.some((x) => x.toLowerCase() === e)) return true;
  const d = registrableDomain(e);
  return !!d && own.ownDomains.some((x) => registrableDomain(x) === d);
}

export function candidateKey(c: Pick<Candidate, 'email' | 'linkedinUrl' | 'name' | 'company'>): string {
  if (c.email) return `email:${c.email}`;
  if (c.linkedinUrl) return `linkedin:${c.linkedinUrl}`;
  return `name:${foldText(c.name)}|${companyNameKey(c.company)}`;
}

/**
 * The people of a detection, then the participants of its open email (from/to/cc) not already listed.
 * The user's own addresses and domains are never proposed.
 */
export function candidatesFrom(detection: Detection, own: OwnIdentity): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (c: Omit<Candidate, 'key' | 'firstName' | 'lastName'>) => {
    if (c.email && isOwn(c.email, own)) return;
    if (!c.name && !c.email) return;
    const { firstName, lastName } = splitPersonName(c.name);
    const cand: Candidate = { ...c, firstName, lastName, key: '' };
    cand.key = candidateKey(cand);
    const keys = [
      cand.key,
      cand.email && `email:${cand.email}`,
      cand.linkedinUrl && `linkedin:${cand.linkedinUrl}`,
    ].filter(Boolean) as string[];
    if (keys.some((k) => seen.has(k))) return;
    for (const k of keys) seen.add(k);
    out.push(cand);
  };
  for (const p of detection.people) {
    push({
      name: p.name.includes('@') ? '' : p.name.trim(),
      title: p.title?.trim() ?? '',
      company: p.company?.trim() ?? '',
      email: (p.email ?? '').toLowerCase(),
      phone: p.phones?.[0] ?? '',
      linkedinUrl: p.linkedinUrl ? (normalizeLinkedinUrl(p.linkedinUrl) ?? '') : '',
      from: 'page',
    });
  }
  const m = detection.message;
  if (m) {
    const boxes: MailAddress[] = [m.from, ...m.to, ...m.cc];
    for (const box of boxes) {
      const email = box.email.toLowerCase();
      if (!email.includes('@')) continue;
      push({
        name: (box.name ?? '').trim(),
        title: '',
        company: '',
        email,
        phone: '',
        linkedinUrl: '',
        from: 'thread',
      });
    }
    // In the order of the message's header: the sender first, then to, then cc.
    const rank = new Map(boxes.map((b, i) => [b.email.toLowerCase(), i] as const));
    const at = (c: Candidate) => rank.get(c.email) ?? boxes.length;
    out.sort((a, b) => at(a) - at(b));
  }
  return out;
}

/** A participant of the open email is proposed only when they share a domain with a sheet the page matches. */
export function sharesDomain(candidate: Candidate, domains: readonly string[]): boolean {
  const d = candidate.email ? registrableDomain(candidate.email) : null;
  return !!d && !isFreemailDomain(d) && domains.includes(d);
}

/**
 * The page is its first company's own: a firm's site or LinkedIn page, or a page of kind 'other' still its
 * publisher's (`ownSite`: a public body's, a podcast's episode, a paper's article). Its people without a firm are
 * that company's, and its facts that company's own; a job board's, a listing's or a forum's page speaks of others.
 */
export function isOwnPage(detection: Detection): boolean {
  return detection.kind === 'company-site' || detection.kind === 'linkedin-company' || !!detection.ownSite;
}

/**
 * What identifies the company a candidate belongs to, to find (or create) its sheet: the company the
 * page gives for the person, else the page's own company (a LinkedIn company page, a team page), else
 * the person's business email domain.
 */
export function companyHintFor(candidate: Candidate, detection: Detection): DetectedCompany | null {
  const byName = (name: string) => detection.companies.find((c) => companyNameKey(c.name) === companyNameKey(name));
  if (candidate.company) return byName(candidate.company) ?? { name: candidate.company };
  const domain = candidate.email ? registrableDomain(candidate.email) : null;
  if (domain && !isFreemailDomain(domain)) {
    return (
      detection.companies.find((c) => registrableDomain(c.domain ?? c.website ?? '') === domain) ?? {
        name: domain,
        domain,
      }
    );
  }
  if (candidate.from === 'page' && isOwnPage(detection) && detection.companies[0]) {
    return detection.companies[0];
  }
  return null;
}

/** The contacts a candidate may already be, read from the indexes (email, LinkedIn URL, sheet). */
export type KnownContact = Pick<
  Person,
  'id' | 'companyId' | 'firstName' | 'lastName' | 'emails' | 'jobTitle' | 'phone' | 'mobile' | 'linkedinUrl'
>;
export type SheetRef = Pick<Company, 'id' | 'name'>;

export type DuplicateReason = 'email' | 'linkedin' | 'name';

/** Same email, same LinkedIn URL, or same name on the candidate's sheet (name + company). */
export function findExisting(
  candidate: Candidate,
  contacts: readonly KnownContact[],
  targetSheetId: string | undefined,
): { contact: KnownContact; reason: DuplicateReason } | null {
  if (candidate.email) {
    const hit = contacts.find((p) => p.emails.some((e) => e.toLowerCase() === candidate.email));
    if (hit) return { contact: hit, reason: 'email' };
  }
  if (candidate.linkedinUrl) {
    const hit = contacts.find((p) => p.linkedinUrl && normalizeLinkedinUrl(p.linkedinUrl) === candidate.linkedinUrl);
    if (hit) return { contact: hit, reason: 'linkedin' };
  }
  const name = foldText(`${candidate.firstName} ${candidate.lastName}`);
  if (name && targetSheetId) {
    const hit = contacts.find(
      (p) => p.companyId === targetSheetId && foldText(`${p.firstName} ${p.lastName}`) === name,
    );
    if (hit) return { contact: hit, reason: 'name' };
  }
  return null;
}

export type PersonField = 'email' | 'jobTitle' | 'phone' | 'linkedinUrl';
export interface FieldChange<F extends string = string> {
  field: F;
  current: string;
  proposed: string;
  /** True when the current value is empty: the only changes Update may apply. */
  fill: boolean;
}

/** The field-by-field diff of a known contact and what the page shows of them. */
export function personDiff(contact: KnownContact, candidate: Candidate): FieldChange<PersonField>[] {
  const out: FieldChange<PersonField>[] = [];
  if (candidate.email && !contact.emails.includes(candidate.email)) {
    out.push({
      field: 'email',
      current: contact.emails.join(', '),
      proposed: candidate.email,
      fill: contact.emails.length === 0,
    });
  }
  if (candidate.title && foldText(candidate.title) !== foldText(contact.jobTitle)) {
    out.push({
      field: 'jobTitle',
      current: contact.jobTitle,
      proposed: candidate.title,
      fill: !contact.jobTitle.trim(),
    });
  }
  if (candidate.phone && !samePhone(candidate.phone, contact.phone) && !samePhone(candidate.phone, contact.mobile)) {
    out.push({ field: 'phone', current: contact.phone, proposed: candidate.phone, fill: !contact.phone.trim() });
  }
  const li = contact.linkedinUrl ? (normalizeLinkedinUrl(contact.linkedinUrl) ?? contact.linkedinUrl) : '';
  if (candidate.linkedinUrl && candidate.linkedinUrl !== li) {
    out.push({ field: 'linkedinUrl', current: contact.linkedinUrl ?? '', proposed: candidate.linkedinUrl, fill: !li });
  }
  return out;
}

export type CompanyFact = 'siren' | 'siret' | 'vat' | 'website' | 'domain' | 'phone' | 'linkedinUrl';
export type CompanyFacts = Pick<Company, 'siren' | 'siret' | 'vat' | 'website' | 'domains' | 'phone' | 'linkedinUrl'>;

/** The values a detected company offers, validated (a SIREN with a bad key is not a fact). */
export function factsOf(c: DetectedCompany): Partial<Record<CompanyFact, string>> {
  const out: Partial<Record<CompanyFact, string>> = {};
  if (c.siren && validateSiren(c.siren).ok) out.siren = c.siren.replace(/\D/g, '');
  if (c.siret && validateSiret(c.siret).ok) out.siret = c.siret.replace(/\D/g, '');
  if (!out.siren && out.siret) out.siren = out.siret.slice(0, 9);
  const vat = c.vat ? validateVat(c.vat) : null;
  if (vat?.ok) out.vat = vat.normalized;
  if (c.website && /^https?:\/\//i.test(c.website)) out.website = c.website;
  const domain = registrableDomain(c.domain ?? c.website ?? '');
  if (domain && !isFreemailDomain(domain)) out.domain = domain;
  if (c.phones?.[0]) out.phone = c.phones[0];
  const li = c.linkedinUrl ? normalizeLinkedinUrl(c.linkedinUrl) : null;
  if (li?.includes('/company/')) out.linkedinUrl = li;
  return out;
}

const FACT_ORDER: CompanyFact[] = ['siren', 'siret', 'vat', 'website', 'domain', 'phone', 'linkedinUrl'];

/** The field-by-field diff of a sheet and the facts a page shows about its company. */
export function companyFactsDiff(sheet: CompanyFacts, detected: DetectedCompany): FieldChange<CompanyFact>[] {
  const facts = factsOf(detected);
  const out: FieldChange<CompanyFact>[] = [];
  for (const field of FACT_ORDER) {
    const proposed = facts[field];
    if (!proposed) continue;
    if (field === 'domain') {
      // A sheet holds many domains: adding one fills, it never replaces.
      if (!sheet.domains.includes(proposed))
        out.push({ field, current: sheet.domains.join(', '), proposed, fill: true });
      continue;
    }
    const current = sheet[field] ?? '';
    const same =
      field === 'phone'
        ? samePhone(current, proposed)
        : field === 'website'
          ? registrableDomain(current) === registrableDomain(proposed) && !!current
          : field === 'linkedinUrl'
            ? normalizeLinkedinUrl(current) === proposed
            : current.replace(/\s/g, '').toUpperCase() === proposed.toUpperCase();
    if (!same) out.push({ field, current, proposed, fill: !current.trim() });
  }
  return out;
}

/** Applies accepted fills to a contact, never touching a non-empty field. */
export function applyPersonFills(
  contact: Pick<Person, 'emails' | 'jobTitle' | 'phone' | 'linkedinUrl'>,
  fills: Partial<Record<PersonField, string>>,
): { changed: Partial<Pick<Person, 'emails' | 'jobTitle' | 'phone' | 'linkedinUrl'>>; refused: PersonField[] } {
  const changed: Partial<Pick<Person, 'emails' | 'jobTitle' | 'phone' | 'linkedinUrl'>> = {};
  const refused: PersonField[] = [];
  for (const [field, value] of Object.entries(fills) as [PersonField, string][]) {
    if (!value) continue;
    if (field === 'email') {
      if (contact.emails.length) refused.push(field);
      else changed.emails = [value.toLowerCase()];
    } else if (field === 'linkedinUrl') {
      if (contact.linkedinUrl) refused.push(field);
      else changed.linkedinUrl = normalizeLinkedinUrl(value) ?? value;
    } else if (contact[field].trim()) refused.push(field);
    else changed[field] = value;
  }
  return { changed, refused };
}

/** Applies accepted facts to a sheet, never touching a non-empty field (a domain is added). */
export function applyCompanyFills(
  sheet: CompanyFacts,
  fills: Partial<Record<CompanyFact, string>>,
): { changed: Partial<CompanyFacts>; refused: CompanyFact[] } {
  const changed: Partial<CompanyFacts> = {};
  const refused: CompanyFact[] = [];
  for (const [field, value] of Object.entries(fills) as [CompanyFact, string][]) {
    if (!value) continue;
    if (field === 'domain') {
      const d = registrableDomain(value);
      if (!d) refused.push(field);
      else if (!sheet.domains.includes(d)) changed.domains = [...(changed.domains ?? sheet.domains), d];
    } else if ((sheet[field] ?? '').trim()) refused.push(field);
    else changed[field] = value;
  }
  if (changed.website) {
    const d = registrableDomain(changed.website);
    const domains = changed.domains ?? sheet.domains;
    if (d && !domains.includes(d)) changed.domains = [...domains, d];
  }
  return { changed, refused };
}

/**
 * "Add to Fiche" on a selection or an email link goes through the same flow as a page: the selection
 * becomes a one-person detection of the page it was made on.
 */
export function detectionFromSelection(prefill: SheetPrefill, pageUrl: string): Detection {
  const p = prefill.person;
  const name = p ? `${p.firstName} ${p.lastName}`.trim() : '';
  const company = prefill.company.kind === 'company' ? prefill.company : undefined;
  return {
    url: pageUrl,
    kind: 'other',
    emails: p?.email ? [{ address: p.email, role: 'text' }] : [],
    people:
      p && (name || p.email)
        ? [
            {
              name: name || p.email,
              ...(p.email ? { email: p.email } : {}),
              ...(company ? { company: company.name } : {}),
              ...(p.jobTitle ? { title: p.jobTitle } : {}),
            },
          ]
        : [],
    companies: company
      ? [
          {
            name: company.name,
            ...(company.domains?.[0] ? { domain: company.domains[0] } : {}),
            ...(company.website ? { website: company.website } : {}),
          },
        ]
      : [],
  };
}
