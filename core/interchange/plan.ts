/**
 * Import planning (pure): CSV rows and a column mapping become validated drafts of sheets with
 * their contacts, grouped (one sheet per SIRET, SIREN or normalised name in the file) and matched
 * against the existing sheets (SIRET, SIREN, contact email, domain, normalised name). Every problem
 * is a value naming the row (the header is row 1) and the field. The repo applies the plan in one
 * transaction; nothing here touches the database.
 */
import { isFreemailDomain } from '../detect/freemail';
import { companyNameKey } from '../text/normalize';
import { registrableDomain } from '../text/domain';
import { validateEmail, validatePhone, validateUrl } from '../validation/fields';
import { sirenOfSiret, validateSiren, validateSiret } from '../validation/siren';
import { validateVat } from '../validation/vat';
import type { ColumnMapping, ImportTarget } from './columns';
import { restoreNeutralized } from './csv';
import { normalizeLinkedinUrl } from '../text/linkedin';

export type RowErrorReason =
  | 'required'
  | 'too-long'
  | 'siret-format'
  | 'siret-checksum'
  | 'siren-format'
  | 'siren-checksum'
  | 'siren-mismatch'
  | 'vat'
  | 'email'
  | 'phone'
  | 'url'
  | 'linkedin'
  | 'boolean';

export interface RowError {
  /** 1-based, the header being row 1 (what a spreadsheet shows). */
  row: number;
  field: ImportTarget;
  reason: RowErrorReason;
  value: string;
}

export interface DraftAddress {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface DraftCompany {
  name: string;
  siret?: string;
  siren?: string;
  vat?: string;
  website?: string;
  phone?: string;
  linkedinUrl?: string;
  isProspect?: boolean;
  isClient?: boolean;
  isSupplier?: boolean;
  categories: string[];
  comment: string;
  address?: DraftAddress;
}

export interface DraftPerson {
  firstName: string;
  lastName: string;
  emails: string[];
  jobTitle: string;
  phone: string;
  mobile: string;
  isBillingContact: boolean;
  linkedinUrl?: string;
  /** A vCard photo, as a data URI (decoded to a Blob by the repo). */
  photoDataUri?: string;
}

export interface ParsedRow {
  row: number;
  company: DraftCompany;
  person: DraftPerson | null;
  errors: RowError[];
}

const MAX_SHORT = 500;
const MAX_NAME = 300;
const TRUE = new Set(['1', 'oui', 'o', 'yes', 'y', 'true', 'vrai', 'x']);
const FALSE = new Set(['', '0', 'non', 'n', 'no', 'false', 'faux']);

/** Reads one data row (cells already split) with the mapping; `row` is its 1-based number. */
export function parseRow(cells: readonly string[], mapping: ColumnMapping, row: number): ParsedRow {
  const errors: RowError[] = [];
  const get = new Map<ImportTarget, string>();
  mapping.forEach((target, i) => {
    // A cell neutralised by an export ("'+33…") reads back as it was written.
    if (target) get.set(target, restoreNeutralized((cells[i] ?? '').trim()));
  });
  const val = (t: ImportTarget) => get.get(t) ?? '';
  const fail = (field: ImportTarget, reason: RowErrorReason) => errors.push({ row, field, reason, value: val(field) });
  const short = (t: ImportTarget, max = MAX_SHORT): string => {
    const v = val(t);
    if (v.length > max) {
      fail(t, 'too-long');
      return '';
    }
    return v;
  };
  const bool = (t: ImportTarget): boolean | undefined => {
    if (!get.has(t)) return undefined;
    const v = val(t).toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    fail(t, 'boolean');
    return undefined;
  };

  const company: DraftCompany = { name: short('name', MAX_NAME), categories: [], comment: '' };
  const siretIn = val('siret');
  if (siretIn) {
    const r = validateSiret(siretIn);
    if (r.ok) company.siret = r.normalized;
    else fail('siret', r.reason === 'checksum' ? 'siret-checksum' : 'siret-format');
  }
  const sirenIn = val('siren');
  if (sirenIn) {
    const r = validateSiren(sirenIn);
    if (!r.ok) fail('siren', r.reason === 'checksum' ? 'siren-checksum' : 'siren-format');
    else if (company.siret && sirenOfSiret(company.siret) !== r.normalized) fail('siren', 'siren-mismatch');
    else company.siren = r.normalized;
  }
  if (!company.siren && company.siret) company.siren = company.siret.slice(0, 9);
  const vatIn = val('vat');
  if (vatIn) {
    const r = validateVat(vatIn, company.siren ? { siren: company.siren } : {});
    if (r.ok) company.vat = r.normalized;
    else fail('vat', 'vat');
  }
  const websiteIn = val('website');
  if (websiteIn) {
    const r = validateUrl(websiteIn);
    if (r.ok && r.value.length <= MAX_SHORT) company.website = r.value;
    else fail('website', 'url');
  }
  const companyPhone = val('companyPhone');
  if (companyPhone) {
    const r = validatePhone(companyPhone);
    if (r.ok) company.phone = r.value;
    else fail('companyPhone', 'phone');
  }
  const companyLinkedin = val('companyLinkedin');
  if (companyLinkedin) {
    const u = normalizeLinkedinUrl(companyLinkedin);
    if (u) company.linkedinUrl = u;
    else fail('companyLinkedin', 'linkedin');
  }
  const isProspect = bool('isProspect');
  const isClient = bool('isClient');
  const isSupplier = bool('isSupplier');
  if (isProspect !== undefined) company.isProspect = isProspect;
  if (isClient !== undefined) company.isClient = isClient;
  if (isSupplier !== undefined) company.isSupplier = isSupplier;
  const cats = val('categories');
  if (cats)
    company.categories = [
      ...new Set(
        cats
          .split(/[,|]/)
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ]
      .slice(0, 50)
      .map((c) => c.slice(0, 100));
  const comment = val('comment');
  if (comment) company.comment = comment.slice(0, 200_000);
  const address: DraftAddress = {
    street: val('street').slice(0, 1000),
    postalCode: short('postalCode', 20),
    city: short('city'),
    country: short('country'),
  };
  if (address.street || address.postalCode || address.city || address.country) company.address = address;

  let person: DraftPerson | null = null;
  const firstName = short('firstName');
  const lastName = short('lastName');
  const emailIn = val('email');
  const emails: string[] = [];
  for (const part of emailIn.split(/[,;\s]+/).filter(Boolean)) {
    const r = validateEmail(part);
    if (r.ok) emails.push(r.value);
    else {
      fail('email', 'email');
      break;
    }
  }
  const phone = val('phone');
  const mobile = val('mobile');
  if (phone && !validatePhone(phone).ok) fail('phone', 'phone');
  if (mobile && !validatePhone(mobile).ok) fail('mobile', 'phone');
  const personLinkedin = val('personLinkedin');
  let linkedinUrl: string | undefined;
  if (personLinkedin) {
    const u = normalizeLinkedinUrl(personLinkedin);
    if (u) linkedinUrl = u;
    else fail('personLinkedin', 'linkedin');
  }
  const isBilling = bool('isBillingContact') ?? false;
  if (firstName || lastName || emailIn) {
    person = {
      firstName,
      lastName,
      emails: [...new Set(emails)],
      jobTitle: short('jobTitle'),
      phone: phone ? (validatePhone(phone).ok ? phone.replace(/\s+/g, ' ') : '') : '',
      mobile: mobile ? (validatePhone(mobile).ok ? mobile.replace(/\s+/g, ' ') : '') : '',
      isBillingContact: isBilling,
      ...(linkedinUrl ? { linkedinUrl } : {}),
    };
  }

  // A row needs a sheet name. A contact without a company name becomes a sheet named after the
  // person (a private customer); guessing a company from the email domain would merge strangers.
  if (!company.name) {
    if (person) {
      const fallback = `${person.firstName} ${person.lastName}`.trim();
      if (fallback) company.name = fallback.slice(0, MAX_NAME);
    }
    if (!company.name) errors.push({ row, field: 'name', reason: 'required', value: '' });
  }
  return { row, company, person, errors };
}

/** Every data row of a CSV (header excluded), parsed. */
export function parseRows(rows: readonly (readonly string[])[], mapping: ColumnMapping): ParsedRow[] {
  const out: ParsedRow[] = [];
  for (let i = 1; i < rows.length; i++) out.push(parseRow(rows[i]!, mapping, i + 1));
  return out;
}

/* ---------- dedup ---------- */

export interface ExistingCompany {
  id: string;
  name: string;
  nameKey: string;
  siret?: string | undefined;
  siren?: string | undefined;
  domains: readonly string[];
}

export interface DedupIndex {
  names: Map<string, string>;
  bySiret: Map<string, string>;
  bySiren: Map<string, string>;
  byEmail: Map<string, string>;
  byDomain: Map<string, string>;
  byNameKey: Map<string, string>;
}

/** Lookup maps of the live sheets (trashed and merged ones left out by the caller) and their contacts' emails. */
export function buildDedupIndex(
  companies: readonly ExistingCompany[],
  people: readonly { companyId: string; emails: readonly string[] }[],
): DedupIndex {
  const index: DedupIndex = {
    names: new Map(),
    bySiret: new Map(),
    bySiren: new Map(),
    byEmail: new Map(),
    byDomain: new Map(),
    byNameKey: new Map(),
  };
  const first = (m: Map<string, string>, k: string | undefined, v: string) => {
    if (k && !m.has(k)) m.set(k, v);
  };
  for (const c of companies) {
    index.names.set(c.id, c.name);
    first(index.bySiret, c.siret, c.id);
    first(index.bySiren, c.siren ?? (c.siret ? c.siret.slice(0, 9) : undefined), c.id);
    for (const d of c.domains) first(index.byDomain, d, c.id);
    first(index.byNameKey, c.nameKey, c.id);
  }
  const live = new Set(companies.map((c) => c.id));
  for (const p of people) if (live.has(p.companyId)) for (const e of p.emails) first(index.byEmail, e, p.companyId);
  return index;
}

/** Why a group matched an existing sheet; 'chosen' when the user picked the sheet (vCard import). */
export type MatchReason = 'siret' | 'siren' | 'email' | 'domain' | 'name' | 'chosen';
export interface Match {
  companyId: string;
  companyName: string;
  by: MatchReason;
}

/** The company domains of a draft: its website's, and its contacts' email domains unless free-mail. */
export function draftDomains(company: DraftCompany, people: readonly DraftPerson[]): string[] {
  const out = new Set<string>();
  if (company.website) {
    const d = registrableDomain(company.website);
    if (d) out.add(d);
  }
  for (const p of people)
    for (const e of p.emails) {
      const d = registrableDomain(e);
      if (d && !isFreemailDomain(d)) out.add(d);
    }
  return [...out];
}

export function findMatch(company: DraftCompany, people: readonly DraftPerson[], index: DedupIndex): Match | null {
  const hit = (id: string | undefined, by: MatchReason): Match | null =>
    id ? { companyId: id, companyName: index.names.get(id) ?? '', by } : null;
  if (company.siret) {
    const m = hit(index.bySiret.get(company.siret), 'siret');
    if (m) return m;
  }
  if (company.siren) {
    const m = hit(index.bySiren.get(company.siren), 'siren');
    if (m) return m;
  }
  for (const p of people)
    for (const e of p.emails) {
      const m = hit(index.byEmail.get(e), 'email');
      if (m) return m;
    }
  for (const d of draftDomains(company, people)) {
    const m = hit(index.byDomain.get(d), 'domain');
    if (m) return m;
  }
  const key = companyNameKey(company.name);
  return key ? hit(index.byNameKey.get(key), 'name') : null;
}

/** The keys `findMatch` may look up for these rows: the storage layer reads only those sheets. */
export interface DedupKeys {
  sirets: string[];
  sirens: string[];
  emails: string[];
  domains: string[];
  nameKeys: string[];
}

export function dedupKeys(rows: readonly ParsedRow[]): DedupKeys {
  const sirets = new Set<string>();
  const sirens = new Set<string>();
  const emails = new Set<string>();
  const domains = new Set<string>();
  const nameKeys = new Set<string>();
  for (const r of rows) {
    const c = r.company;
    if (c.siret) {
      sirets.add(c.siret);
      sirens.add(c.siret.slice(0, 9));
    }
    if (c.siren) sirens.add(c.siren);
    const people = r.person ? [r.person] : [];
    for (const p of people) for (const e of p.emails) emails.add(e);
    for (const d of draftDomains(c, people)) domains.add(d);
    const key = companyNameKey(c.name);
    if (key) nameKeys.add(key);
    if (r.person) {
      // A row without a company name groups under its contact's name (individual sheets).
      const personKey = companyNameKey(`${r.person.firstName} ${r.person.lastName}`);
      if (personKey) nameKeys.add(personKey);
    }
  }
  return {
    sirets: [...sirets],
    sirens: [...sirens],
    emails: [...emails],
    domains: [...domains],
    nameKeys: [...nameKeys],
  };
}

/* ---------- grouping ---------- */

export type GroupDecision = 'merge' | 'skip' | 'create';

export interface ImportGroup {
  /** Stable within a plan: the grouping key. */
  key: string;
  rows: number[];
  company: DraftCompany;
  people: DraftPerson[];
  match: Match | null;
}

export interface ImportPlan {
  groups: ImportGroup[];
  /** Rows left out because they have errors (only when the caller asked to skip them). */
  skippedRows: number[];
  contactCount: number;
}

function groupKey(c: DraftCompany): string {
  if (c.siret) return `siret:${c.siret}`;
  if (c.siren) return `siren:${c.siren}`;
  return `name:${companyNameKey(c.name) || c.name.toLowerCase()}`;
}

/** Fills the empty fields of `into` from `from` (the first row of a sheet wins, later rows complete it). */
export function fillCompany(into: DraftCompany, from: DraftCompany): void {
  for (const k of [
    'siret',
    'siren',
    'vat',
    'website',
    'phone',
    'linkedinUrl',
    'isProspect',
    'isClient',
    'isSupplier',
  ] as const) {
    if (into[k] === undefined && from[k] !== undefined) (into as unknown as Record<string, unknown>)[k] = from[k];
  }
  if (!into.comment && from.comment) into.comment = from.comment;
  if (!into.address && from.address) into.address = from.address;
  for (const c of from.categories)
    if (!into.categories.includes(c) && into.categories.length < 50) into.categories.push(c);
}

/** Adds a contact unless one with the same email (or, without emails, the same name) is there; then fills its gaps. */
export function addPerson(list: DraftPerson[], p: DraftPerson): void {
  const same = list.find((q) =>
    p.emails.length > 0
      ? q.emails.some((e) => p.emails.includes(e))
      : q.emails.length === 0 && q.firstName === p.firstName && q.lastName === p.lastName,
  );
  if (!same) {
    list.push({ ...p, emails: [...p.emails] });
    return;
  }
  for (const e of p.emails) if (!same.emails.includes(e) && same.emails.length < 20) same.emails.push(e);
  for (const k of ['firstName', 'lastName', 'jobTitle', 'phone', 'mobile'] as const)
    if (!same[k] && p[k]) same[k] = p[k];
  if (!same.linkedinUrl && p.linkedinUrl) same.linkedinUrl = p.linkedinUrl;
  if (!same.photoDataUri && p.photoDataUri) same.photoDataUri = p.photoDataUri;
  same.isBillingContact ||= p.isBillingContact;
}

/**
 * Groups valid rows into sheets and matches each against the existing ones. Rows with errors are
 * either refused (the caller shows them and imports nothing) or, when `skipInvalid`, left out.
 */
export function planImport(
  parsed: readonly ParsedRow[],
  index: DedupIndex,
  options: { skipInvalid?: boolean; excludedRows?: ReadonlySet<number> } = {},
): ImportPlan {
  const groups = new Map<string, ImportGroup>();
  const skippedRows: number[] = [];
  for (const r of parsed) {
    if (options.excludedRows?.has(r.row)) {
      skippedRows.push(r.row);
      continue;
    }
    if (r.errors.length) {
      if (!options.skipInvalid) throw new Error(`row ${r.row} has errors: plan only valid rows`);
      skippedRows.push(r.row);
      continue;
    }
    const key = groupKey(r.company);
    let g = groups.get(key);
    if (!g) {
      g = { key, rows: [], company: { ...r.company, categories: [...r.company.categories] }, people: [], match: null };
      groups.set(key, g);
    } else fillCompany(g.company, r.company);
    g.rows.push(r.row);
    if (r.person) addPerson(g.people, r.person);
  }
  let contactCount = 0;
  for (const g of groups.values()) {
    g.match = findMatch(g.company, g.people, index);
    contactCount += g.people.length;
  }
  return { groups: [...groups.values()], skippedRows, contactCount };
}

export const defaultDecision = (g: ImportGroup): GroupDecision => (g.match ? 'merge' : 'create');
