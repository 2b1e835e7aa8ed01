/**
 * Accumulates a detection: de-duplicates emails, people and companies, filters what must never be
 * reported (placeholders, no-reply senders, free-mail or host-platform companies, system names),
 * and keeps insertion order so the page's main entity stays first.
 */
import type {
  DetectedCompany,
  DetectedEmail,
  DetectedMessage,
  DetectedPerson,
  Detection,
  EmailRole,
  PageKind,
} from './types';
import { isContactAddress, normalizeAddress } from './emails';
import { isFreemailDomain, isHostPlatform } from './freemail';
import { hostOf } from '../text/host';
import { isSystemName } from './noreply';
import { samePhone } from './phones';
import { memo } from '../text/memo';

/** At most this many emails, people, companies in a detection. */
export const MAX = 200;
const cut = (s: string, n = 300) => (s.length > n ? s.slice(0, n) : s);
// (both memoised: pure, asked for every name of every pass)
// (a name's runs of whitespace as one space, trimmed: memoised, asked for every person added)
const spaced = /* @__PURE__ */ memo((s) => s.replace(/\s+/g, ' ').trim());
const PERSON_FIELDS = ['title', 'company', 'email', 'linkedinUrl', 'photoUrl'] as const;
export const normKey = /* @__PURE__ */ memo((s) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
export const companyKey = /* @__PURE__ */ memo((s) =>
  normKey(s)
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s(?:sas|sasu|sarl|eurl|sa|gmbh|ag|ltd|limited|llc|inc|plc|llp|spa|srl|bv|nv|ab|co|corp)$/u, '')
    .trim(),
);

// Raw address -> normalised contact address ('' when not a contact), memoised: asked for every
// participant of every message on each incremental pass.
const contactAddress = /* @__PURE__ */ memo((raw) => {
  const a = normalizeAddress(raw);
  return a && isContactAddress(a) ? a : '';
});

export class ResultBuilder {
  emails: DetectedEmail[] = [];
  people: DetectedPerson[] = [];
  companies: DetectedCompany[] = [];
  message?: DetectedMessage;
  /** Addresses and names that must not be reported (e.g. the signed-in user). */
  exclude = new Set<string>();
  /** Names that are never people of the page (e.g. the signed-in member), but may be companies. */
  excludePeople = new Set<string>();

  constructor(
    public url: string,
    public kind: PageKind,
  ) {}

  private emailIndex = new Map<string, DetectedEmail | null>();

  addEmail(raw: string, role?: EmailRole, name?: string): string {
    const cached = this.emailIndex.get(raw);
    if (cached === null) return '';
    const address = cached ? cached.address : contactAddress(raw);
    if (!address) {
      this.emailIndex.set(raw, null);
      return '';
    }
    const known = cached ?? this.emailIndex.get(address) ?? undefined;
    if (known) {
      if (!known.name && name) known.name = cut(name, 200);
      return address;
    }
    if (this.emails.length >= MAX) return address;
    const e: DetectedEmail = { address };
    if (name && !name.includes('@') && !isSystemName(name)) e.name = cut(name, 200);
    if (role) e.role = role;
    this.emails.push(e);
    this.emailIndex.set(address, e);
    this.emailIndex.set(raw, e);
    return address;
  }

  addPerson(p: DetectedPerson): DetectedPerson | undefined {
    const name = spaced(p.name);
    const key = normKey(name);
    if (!name || isSystemName(name) || this.exclude.has(key) || this.excludePeople.has(key)) return undefined;
    if (p.email && (this.exclude.has(p.email) || !isContactAddress(p.email))) return undefined;
    // the earlier-added of the person known by this name and the one known by this address
    const byName = this.personByName.get(key),
      byEmail = p.email ? this.personByEmail.get(p.email) : undefined;
    const known =
      !byEmail || byEmail === byName
        ? byName
        : !byName
          ? byEmail
          : this.people.indexOf(byName) <= this.people.indexOf(byEmail)
            ? byName
            : byEmail;
    if (known) {
      for (const k of PERSON_FIELDS) {
        if (!known[k] && p[k]) known[k] = cut(p[k]!);
      }
      if (known.email) this.personByEmail.set(known.email, known);
      if (p.phones?.length) known.phones = mergePhones(known.phones, p.phones);
      return known;
    }
    if (this.people.length >= MAX) return undefined;
    const out: DetectedPerson = { name: cut(name, 200) };
    if (p.title) out.title = cut(p.title);
    if (p.company) out.company = cut(p.company);
    if (p.email) out.email = p.email;
    if (p.phones?.length) out.phones = mergePhones(undefined, p.phones);
    if (p.linkedinUrl) out.linkedinUrl = p.linkedinUrl;
    if (p.photoUrl) out.photoUrl = cut(p.photoUrl, 2000);
    this.people.push(out);
    this.personByName.set(key, out);
    if (out.email) this.personByEmail.set(out.email, out);
    return out;
  }

  addCompany(c: DetectedCompany): DetectedCompany | undefined {
    const name = spaced(c.name);
    if (!name || name.length > 200) return undefined;
    const domain = (c.domain && hostOf(c.domain)) || '';
    if (isHostPlatform(name) || (domain && isHostPlatform(domain))) return undefined;
    if (domain && isFreemailDomain(domain)) return this.addCompany({ ...c, domain: undefined, website: undefined });
    if (isFreemailDomain(name) || this.exclude.has(companyKey(name)) || (domain && this.exclude.has(domain)))
      return undefined;
    const key = companyKey(name);
    const ix = this.index;
    const known = this.earliest(this.companies, [
      ix.get('c:' + key),
      domain ? ix.get('d:' + domain) : undefined,
      c.linkedinUrl ? ix.get('l:' + c.linkedinUrl) : undefined,
      c.siren ? ix.get('s:' + c.siren) : undefined,
    ]);
    if (known) {
      // a real name beats a domain used as a name
      if (/^[\w-]+(\.[\w-]+)+$/.test(known.name) && !/^[\w-]+(\.[\w-]+)+$/.test(name)) known.name = name;
      if (!known.domain && domain) known.domain = domain;
      for (const k of ['website', 'linkedinUrl', 'vat', 'siren', 'siret'] as const) {
        if (!known[k] && c[k]) known[k] = cut(c[k]!);
      }
      if (c.phones?.length) known.phones = mergePhones(known.phones, c.phones);
      this.indexCompany(known);
      return known;
    }
    if (this.companies.length >= MAX) return undefined;
    const out: DetectedCompany = { name };
    if (domain) out.domain = domain;
    if (c.website) out.website = cut(c.website, 2000);
    if (c.linkedinUrl) out.linkedinUrl = c.linkedinUrl;
    if (c.vat) out.vat = c.vat;
    if (c.siren) out.siren = c.siren;
    if (c.siret) out.siret = c.siret;
    if (c.phones?.length) out.phones = mergePhones(undefined, c.phones);
    this.companies.push(out);
    this.indexCompany(out);
    return out;
  }

  // People by name key and by address, companies by key (c:/d:/l:/s: company name, domain, LinkedIn, SIREN), so
  // that merging stays linear on threads with hundreds of participants. (`index` is not private: read by
  // mail-common's addDomainCompany.)
  private personByName = new Map<string, DetectedPerson>();
  private personByEmail = new Map<string, DetectedPerson>();
  index = new Map<string, DetectedCompany>();

  /** The earliest-added of the candidates (what a linear search in insertion order would find). */
  private earliest<T>(list: T[], candidates: (unknown | undefined)[]): T | undefined {
    const found = candidates.filter((x): x is T => x !== undefined);
    if (found.length < 2) return found[0];
    return found.reduce((a, b) => (list.indexOf(a) <= list.indexOf(b) ? a : b));
  }

  private indexCompany(c: DetectedCompany): void {
    const keys = [
      'c:' + companyKey(c.name),
      c.domain && 'd:' + c.domain,
      c.linkedinUrl && 'l:' + c.linkedinUrl,
      c.siren && 's:' + c.siren,
    ];
    for (const k of keys) if (k && !this.index.has(k)) this.index.set(k, c);
  }

  build(): Detection {
    const d: Detection = {
      url: this.url,
      kind: this.kind,
      emails: this.emails,
      people: this.people,
      companies: this.companies,
    };
    if (this.message) d.message = this.message;
    return d;
  }
}

function mergePhones(a: string[] | undefined, b: string[]): string[] {
  const out = [...(a ?? [])];
  for (const p of b) if (out.length < 20 && !out.some((q) => samePhone(q, p))) out.push(cut(p, 60));
  return out;
}
