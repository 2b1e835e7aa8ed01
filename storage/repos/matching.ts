/**
 * Matches a page detection to client sheets (SPEC §3 "Matching"), best reason first: exact email →
 * contact → sheet; LinkedIn URL; VAT/SIREN/SIRET; registrable domain (free-mail and the user's own
 * domains excluded); normalised company name. Every lookup is an index hit, never a scan.
 */
import Dexie from 'dexie';
import type { Company, Person } from '../../core/domain';
import type { Detection } from '../../core/detect/types';
import { isFreemailDomain } from '../../core/detect/freemail';
import type { MatchReason, SheetMatch } from '../../core/messages';
import { companyNameKey } from '../../core/text/normalize';
import { db as defaultDb, type FicheDB } from '../db';
import { getSettings, settingsOf, type Settings } from './settings';
import { normalizeLinkedinUrl } from '../../core/text/linkedin';

const RANK: Record<MatchReason, number> = { email: 0, linkedin: 1, 'legal-id': 2, domain: 3, name: 4, 'fuzzy-name': 5 };

/**
 * The lookup reads through one of two readers: inside a Dexie transaction (a capture plan), that
 * transaction's tables; otherwise one native read-only transaction on the database Dexie opened, every
 * request issued at once (settings included) and each an index `getAll` of one key. That is the hot
 * path of every page the user opens (the background answers it per tab): no Dexie zone, no middleware,
 * no cursor walk of `anyOf`, one round trip for the common case. The records are our own (written
 * through the repos), read as they are stored.
 */
interface Reader {
  byIndex<T>(store: 'companies' | 'people', index: string, key: string): Promise<T[]>;
  byIds(ids: string[]): Promise<(Company | undefined)[]>;
  settings(): Promise<Settings>;
}

const LOOKUP_TABLES = ['companies', 'people', 'settings'] as const;

function dexieReader(db: FicheDB): Reader {
  return {
    byIndex: <T>(store: 'companies' | 'people', index: string, key: string) =>
      db.table(store).where(index).equals(key).toArray() as Promise<T[]>,
    byIds: (ids) => db.companies.bulkGet(ids),
    settings: () => getSettings(db),
  };
}

function nativeReader(idb: IDBDatabase): Reader {
  const tx = idb.transaction(LOOKUP_TABLES, 'readonly');
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return {
    byIndex: <T>(store: 'companies' | 'people', index: string, key: string) =>
      request(tx.objectStore(store).index(index).getAll(key) as IDBRequest<T[]>),
    byIds: (ids) => {
      const store = tx.objectStore('companies');
      return Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<Company | undefined>)));
    },
    settings: () =>
      request(tx.objectStore('settings').getAll() as IDBRequest<{ key: string; value: unknown }[]>).then(settingsOf),
  };
}

/** `registrableDomain` of core/text/domain.ts, the Public Suffix List's: passed in, or loaded when first needed. */
type DomainOf = (hostOrUrlOrEmail: string) => string | null;
let loadedDomainOf: DomainOf | undefined;

/** A service worker may not `import()`: the background hands it over statically (`list-index-eager.ts`). */
export function provideRegistrableDomain(domainOf: DomainOf): void {
  loadedDomainOf = domainOf;
}

/**
 * The side panel's first paint imports this module but not the suffix list (tldts): it is loaded by the
 * first lookup, before its transaction opens (an await on anything but IndexedDB would end it). Inside a
 * Dexie transaction nothing may be awaited but the database, so a caller there passes `domainOf`.
 */
export async function findMatches(
  detection: Detection,
  db: FicheDB = defaultDb,
  domainOf: DomainOf | undefined = loadedDomainOf,
): Promise<SheetMatch[]> {
  if (Dexie.currentTransaction) {
    const given = domainOf;
    if (!given) throw new Error('findMatches in a transaction: pass registrableDomain');
    return db.transaction('r', [db.companies, db.people, db.settings], () => lookup(detection, dexieReader(db), given));
  }
  const domainFn = domainOf ?? (loadedDomainOf = (await import('../../core/text/domain')).registrableDomain);
  if (!db.isOpen()) await db.open();
  return lookup(detection, nativeReader(db.backendDB()), domainFn);
}

async function lookup(detection: Detection, read: Reader, registrableDomain: DomainOf): Promise<SheetMatch[]> {
  // The settings are read with everything else: own addresses and domains are dropped from the answers.
  const settingsRead = read.settings();

  const emails = new Set<string>();
  for (const e of detection.emails) emails.add(e.address.toLowerCase());
  for (const p of detection.people) if (p.email) emails.add(p.email.toLowerCase());
  if (detection.message) {
    const m = detection.message;
    for (const box of [m.from, ...m.to, ...m.cc]) emails.add(box.email.toLowerCase());
  }

  const linkedin = new Set<string>();
  for (const p of detection.people) if (p.linkedinUrl) addLinkedin(linkedin, p.linkedinUrl);
  for (const c of detection.companies) if (c.linkedinUrl) addLinkedin(linkedin, c.linkedinUrl);

  const legal = { vat: new Set<string>(), siren: new Set<string>(), siret: new Set<string>() };
  const domains = new Set<string>();
  const names = new Set<string>();
  for (const c of detection.companies) {
    if (c.vat) legal.vat.add(c.vat.toUpperCase().replace(/[^A-Z0-9]/g, ''));
    if (c.siren) legal.siren.add(c.siren.replace(/\D/g, ''));
    if (c.siret) {
      legal.siret.add(c.siret.replace(/\D/g, ''));
      legal.siren.add(c.siret.replace(/\D/g, '').slice(0, 9));
    }
    for (const d of [c.domain, c.website]) {
      const reg = d ? registrableDomain(d) : null;
      if (reg) domains.add(reg);
    }
    const key = companyNameKey(c.name);
    if (key) names.add(key);
  }
  for (const e of emails) {
    const reg = registrableDomain(e);
    if (reg) domains.add(reg);
  }
  for (const d of [...domains]) if (isFreemailDomain(d)) domains.delete(d);

  // Every lookup at once, in one read transaction: each is an index hit of one key, none waits for another.
  const all = <T>(store: 'companies' | 'people', index: string, keys: Iterable<string>) =>
    Promise.all([...keys].map((k) => read.byIndex<T>(store, index, k))).then((xs) => xs.flat());
  const urls = [...linkedin];
  const [settings, byEmailAll, peopleByLinkedin, companiesByLinkedin, byVat, bySiren, bySiret, byDomainAll, byName] =
    await Promise.all([
      settingsRead,
      all<Person>('people', 'emails', emails),
      all<Person>('people', 'linkedinUrl', urls),
      all<Company>('companies', 'linkedinUrl', urls),
      all<Company>('companies', 'vat', legal.vat),
      all<Company>('companies', 'siren', legal.siren),
      all<Company>('companies', 'siret', legal.siret),
      all<Company>('companies', 'domains', domains),
      all<Company>('companies', 'nameKey', names),
    ]);
  const own = new Set(settings.ownEmails.map((e) => e.toLowerCase()));
  const ownDomains = new Set(settings.ownDomains.map((d) => d.toLowerCase()));
  for (const e of own) emails.delete(e);
  for (const d of ownDomains) domains.delete(d);
  const byEmail = byEmailAll.filter((p) => p.emails.some((e) => emails.has(e)));
  const byDomain = byDomainAll.filter((c) => c.domains.some((d) => domains.has(d)));

  interface Candidate {
    companyId: string;
    reason: MatchReason;
    on: string;
    personId?: string;
  }
  const candidates: Candidate[] = [];
  for (const p of byEmail) {
    if (p.archivedAt !== undefined) continue;
    candidates.push({
      companyId: p.companyId,
      reason: 'email',
      on: p.emails.find((e) => emails.has(e)) ?? '',
      personId: p.id,
    });
  }
  for (const p of peopleByLinkedin)
    candidates.push({ companyId: p.companyId, reason: 'linkedin', on: p.linkedinUrl ?? '', personId: p.id });
  for (const c of companiesByLinkedin)
    candidates.push({ companyId: c.id, reason: 'linkedin', on: c.linkedinUrl ?? '' });
  for (const c of byVat) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.vat ?? '' });
  for (const c of bySiren) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.siren ?? '' });
  for (const c of bySiret) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.siret ?? '' });
  for (const c of byDomain)
    candidates.push({ companyId: c.id, reason: 'domain', on: c.domains.find((d) => domains.has(d)) ?? '' });
  for (const c of byName) candidates.push({ companyId: c.id, reason: 'name', on: c.name });

  // Resolve every candidate sheet in one bulk read; an absorbed sheet's id keeps resolving to the
  // sheet that absorbed it (SPEC §5).
  const known = new Map<string, Company>();
  for (const c of [...companiesByLinkedin, ...byVat, ...bySiren, ...bySiret, ...byDomain, ...byName])
    known.set(c.id, c);
  let missing = [...new Set(candidates.map((c) => c.companyId))].filter((id) => !known.has(id));
  for (let hops = 0; hops < 6; hops++) {
    const merged = [...known.values()].map((c) => c.mergedIntoId).filter((id): id is string => !!id && !known.has(id));
    missing = [...new Set([...missing, ...merged])];
    if (missing.length === 0) break;
    for (const c of await read.byIds(missing)) if (c) known.set(c.id, c);
    missing = [];
  }
  const resolve = (id: string): Company | undefined => {
    let c = known.get(id);
    for (let hops = 0; c?.mergedIntoId && hops < 5; hops++) c = known.get(c.mergedIntoId);
    return c;
  };

  const found = new Map<string, SheetMatch>();
  for (const cand of candidates) {
    const c = resolve(cand.companyId);
    if (!c || c.deletedAt !== undefined || c.mergedIntoId) continue;
    const prev = found.get(c.id);
    if (prev && RANK[prev.reason] <= RANK[cand.reason]) continue;
    found.set(c.id, {
      companyId: c.id,
      companyName: c.name,
      reason: cand.reason,
      on: cand.on,
      possible: cand.reason === 'fuzzy-name',
      ...(cand.personId ? { personId: cand.personId } : {}),
    });
  }

  return [...found.values()].sort(
    (a, b) => RANK[a.reason] - RANK[b.reason] || a.companyName.localeCompare(b.companyName),
  );
}

function addLinkedin(set: Set<string>, url: string) {
  const n = normalizeLinkedinUrl(url);
  if (n) set.add(n);
}
