/**
 * Applies an import plan (core/interchange/plan.ts): new sheets with their address and contacts,
 * or contacts and empty fields merged into existing sheets, all in one transaction naming every
 * table it writes. Records are built and validated before the transaction opens, so a bad record
 * fails the whole import before anything is written; any failure inside rolls everything back.
 */
import type { Address, Company, Person } from '../../core/domain';
import { isRasterImageType } from '../../core/file-types';
import { address as addressSchema, company as companySchema, newId, person as personSchema } from '../../core/domain';
import {
  buildDedupIndex,
  defaultDecision,
  type DedupIndex,
  type DedupKeys,
  type DraftCompany,
  type DraftPerson,
  type GroupDecision,
  type ImportPlan,
} from '../../core/interchange/plan';
import Dexie from 'dexie';
import { db as defaultDb, type FicheDB } from '../db';
import { declareNewSheets } from '../list-index';
import { derive, emptyCompany, stripUndefined, type CompanyInput } from './companies';

/**
 * The live sheets (not trashed, not merged away) and their contacts' emails, for dedup. Given the
 * keys of a file (`dedupKeys`), only the sheets that can match are read, through the indexes — a
 * 10,000-row import into 20,000 sheets reads hundreds of records, not 120,000.
 */
export async function loadDedupIndex(db: FicheDB = defaultDb, keys?: DedupKeys): Promise<DedupIndex> {
  if (keys) return loadDedupIndexFor(keys, db);
  return db.transaction('r', [db.companies, db.people], async () => {
    const companies = (await db.companies.toArray()).filter(
      (c) => c.deletedAt === undefined && c.mergedIntoId === undefined,
    );
    const people: { companyId: string; emails: string[] }[] = [];
    await db.people.each((p) => {
      if (p.emails.length) people.push({ companyId: p.companyId, emails: p.emails });
    });
    return buildDedupIndex(companies, people);
  });
}

async function loadDedupIndexFor(keys: DedupKeys, db: FicheDB): Promise<DedupIndex> {
  return db.transaction('r', [db.companies, db.people], async () => {
    const none = Promise.resolve([] as never[]);
    const [people, bySiret, bySiren, bySiretPrefix, byDomain, byName] = await Promise.all([
      keys.emails.length ? db.people.where('emails').anyOf(keys.emails).toArray() : none,
      keys.sirets.length ? db.companies.where('siret').anyOf(keys.sirets).toArray() : none,
      keys.sirens.length ? db.companies.where('siren').anyOf(keys.sirens).toArray() : none,
      keys.sirens.length ? db.companies.where('siret').startsWithAnyOf(keys.sirens).toArray() : none,
      keys.domains.length ? db.companies.where('domains').anyOf(keys.domains).toArray() : none,
      keys.nameKeys.length ? db.companies.where('nameKey').anyOf(keys.nameKeys).toArray() : none,
    ]);
    const found = new Map<string, Company>();
    for (const c of [...bySiret, ...bySiren, ...bySiretPrefix, ...byDomain, ...byName]) found.set(c.id, c);
    const missing = [...new Set(people.map((p) => p.companyId))].filter((id) => !found.has(id));
    for (const c of await db.companies.bulkGet(missing)) if (c) found.set(c.id, c);
    // The same order as a full read (primary key), so that "first sheet with this key" is the same one.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const companies = [...found.values()]
      .filter((c) => c.deletedAt === undefined && c.mergedIntoId === undefined)
      .sort(byId);
    const contacts = people
      .filter((p) => p.emails.length)
      .sort(byId)
      .map((p) => ({ companyId: p.companyId, emails: p.emails }));
    return buildDedupIndex(companies, contacts);
  });
}

export interface ImportResult {
  created: number;
  merged: number;
  skipped: number;
  contactsAdded: number;
}

export type ImportProgress = (done: number, total: number) => void;

export class ImportRecordInvalid extends Error {
  constructor(
    readonly rows: readonly number[],
    readonly detail: string,
  ) {
    super(`invalid record from row ${rows[0] ?? '?'}: ${detail}`);
  }
}

function photoBlob(dataUri: string | undefined): Blob | undefined {
  if (!dataUri) return undefined;
  const m = /^data:([a-z0-9.+/-]+);base64,(.*)$/i.exec(dataUri);
  // Raster images only: an SVG photo can hold script.
  if (!m || !isRasterImageType(m[1]!)) return undefined;
  try {
    const bin = atob(m[2]!);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: m[1]!.toLowerCase() });
  } catch {
    return undefined;
  }
}

function newPerson(p: DraftPerson, companyId: string, now: number, rows: readonly number[]): Person {
  const photo = photoBlob(p.photoDataUri);
  const record = {
    id: newId(),
    companyId,
    firstName: p.firstName,
    lastName: p.lastName,
    emails: p.emails,
    jobTitle: p.jobTitle,
    phone: p.phone,
    mobile: p.mobile,
    isBillingContact: p.isBillingContact,
    customFields: {},
    createdAt: now,
    updatedAt: now,
    ...(photo ? { photo } : {}),
    ...(p.linkedinUrl ? { linkedinUrl: p.linkedinUrl } : {}),
  };
  const r = personSchema.safeParse(record);
  if (!r.success)
    throw new ImportRecordInvalid(rows, r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}

function companyInput(d: DraftCompany, isIndividual: boolean): CompanyInput {
  return {
    ...emptyCompany(),
    name: d.name,
    kind: isIndividual ? 'individual' : 'company',
    isProspect: d.isProspect ?? !(d.isClient ?? false),
    isClient: d.isClient ?? false,
    isSupplier: d.isSupplier ?? false,
    categories: d.categories,
    comment: d.comment,
    ...stripUndefined({
      siret: d.siret,
      siren: d.siren,
      vat: d.vat,
      website: d.website,
      phone: d.phone,
      linkedinUrl: d.linkedinUrl,
    }),
  };
}

/** The main address of an imported sheet, as stored (the bench writes the same records raw). */
export function importedAddress(a: NonNullable<DraftCompany['address']>, companyId: string, now: number): Address {
  return {
    id: newId(),
    companyId,
    label: '',
    contactName: '',
    street: a.street,
    postalCode: a.postalCode,
    city: a.city,
    country: a.country,
    isMain: true,
    forInvoices: true,
    forDeliveries: true,
    forQuotes: true,
    createdAt: now,
    updatedAt: now,
  };
}

const newAddress = (a: NonNullable<DraftCompany['address']>, companyId: string, now: number): Address =>
  addressSchema.parse(importedAddress(a, companyId, now));

/** Existing values win; the import only fills what is empty (SPEC §6 "merge into existing"). */
function fillExisting(c: Company, d: DraftCompany, now: number): Company | null {
  const patch: Partial<Company> = {};
  for (const k of ['siret', 'siren', 'vat', 'website', 'phone', 'linkedinUrl'] as const) {
    if (!c[k] && d[k]) patch[k] = d[k];
  }
  if (!c.comment && d.comment) patch.comment = d.comment;
  const cats = [...c.categories];
  for (const x of d.categories) if (!cats.includes(x) && cats.length < 50) cats.push(x);
  if (cats.length !== c.categories.length) patch.categories = cats;
  if (Object.keys(patch).length === 0) return null;
  const next = { ...c, ...patch };
  const {
    nameKey: _n,
    domains: _d,
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _x,
    mergedIntoId: _m,
    ...input
  } = next;
  return companySchema.parse({ ...next, ...derive({ ...input, domains: c.domains }), updatedAt: now });
}

function fillPerson(p: Person, d: DraftPerson, now: number): Person | null {
  const next: Person = { ...p, emails: [...p.emails] };
  let changed = false;
  for (const e of d.emails)
    if (!next.emails.includes(e) && next.emails.length < 20) {
      next.emails.push(e);
      changed = true;
    }
  for (const k of ['firstName', 'lastName', 'jobTitle', 'phone', 'mobile'] as const)
    if (!next[k] && d[k]) {
      next[k] = d[k];
      changed = true;
    }
  if (!next.linkedinUrl && d.linkedinUrl) {
    next.linkedinUrl = d.linkedinUrl;
    changed = true;
  }
  if (!next.photo && d.photoDataUri) {
    const photo = photoBlob(d.photoDataUri);
    if (photo) {
      next.photo = photo;
      changed = true;
    }
  }
  return changed ? personSchema.parse({ ...next, updatedAt: now }) : null;
}

const CHUNK = 2000;

/**
 * Writes the plan with the user's decision for each group that matched (default: merge). One
 * transaction over companies, addresses and people: all or nothing.
 */
export async function applyImport(
  plan: ImportPlan,
  decisions: Readonly<Record<string, GroupDecision>> = {},
  db: FicheDB = defaultDb,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const now = Date.now();
  const result: ImportResult = { created: 0, merged: 0, skipped: 0, contactsAdded: 0 };
  const newCompanies: Company[] = [];
  const newAddresses: Address[] = [];
  const newPeople: Person[] = [];
  const merges = plan.groups.filter((g) => g.match && (decisions[g.key] ?? defaultDecision(g)) === 'merge');

  // Build and validate every new record first: a failure here writes nothing.
  for (const g of plan.groups) {
    const decision = g.match ? (decisions[g.key] ?? defaultDecision(g)) : 'create';
    if (decision === 'skip') {
      result.skipped++;
      continue;
    }
    if (decision === 'merge') continue;
    const id = newId();
    const input = companyInput(
      g.company,
      g.people.length === 1 && g.company.name === `${g.people[0]!.firstName} ${g.people[0]!.lastName}`.trim(),
    );
    const parsed = companySchema.safeParse({
      ...stripUndefined(input),
      ...derive(input),
      id,
      createdAt: now,
      updatedAt: now,
    });
    if (!parsed.success)
      throw new ImportRecordInvalid(
        g.rows,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    newCompanies.push(parsed.data);
    if (g.company.address) newAddresses.push(newAddress(g.company.address, id, now));
    for (const p of g.people) newPeople.push(newPerson(p, id, now, g.rows));
    result.created++;
    result.contactsAdded += g.people.length;
  }

  const total = newCompanies.length + newAddresses.length + newPeople.length + merges.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  onProgress?.(0, total);

  // The new sheets' addresses, all of them: their phone regions are known without a read per sheet.
  const addressesOf = new Map<string, Address[]>(newCompanies.map((c) => [c.id, []]));
  for (const a of newAddresses) addressesOf.get(a.companyId)!.push(a);

  await db.transaction('rw', [db.companies, db.addresses, db.people], async () => {
    declareNewSheets(Dexie.currentTransaction!.idbtrans, addressesOf);
    // Merges first: read what they fill, inside the transaction, so nothing changes under us.
    if (merges.length) {
      const ids = merges.map((g) => g.match!.companyId);
      const existing = await db.companies.bulkGet(ids);
      const theirPeople = await db.people.where('companyId').anyOf(ids).toArray();
      const theirAddresses = await db.addresses.where('companyId').anyOf(ids).toArray();
      const current = new Map<string, Company>();
      existing.forEach((c) => c && current.set(c.id, c));
      // By sheet: a scan of every contact and address per group made a 10,000-row update quadratic.
      const peopleOf = new Map<string, Person[]>();
      for (const p of theirPeople) {
        const list = peopleOf.get(p.companyId);
        if (list) list.push(p);
        else peopleOf.set(p.companyId, [p]);
      }
      const withAddress = new Set(theirAddresses.map((a) => a.companyId));
      const putCompanies = new Map<string, Company>();
      const putPeople: Person[] = [];
      const addPeople: Person[] = [];
      const addAddresses: Address[] = [];
      merges.forEach((g, i) => {
        const c = current.get(ids[i]!);
        if (!c) throw new ImportRecordInvalid(g.rows, `sheet ${g.match!.companyId} no longer exists`);
        // Two groups of the file may match one sheet: each fills what the previous left empty.
        const filled = fillExisting(c, g.company, now);
        if (filled) {
          putCompanies.set(c.id, filled);
          current.set(c.id, filled);
        }
        if (g.company.address && !withAddress.has(c.id)) {
          addAddresses.push(newAddress(g.company.address, c.id, now));
          withAddress.add(c.id);
        }
        const people = [...(peopleOf.get(c.id) ?? [])];
        for (const d of g.people) {
          const same = people.find((p) =>
            d.emails.length
              ? p.emails.some((e) => d.emails.includes(e))
              : p.emails.length === 0 && p.firstName === d.firstName && p.lastName === d.lastName,
          );
          if (same) {
            const next = fillPerson(same, d, now);
            if (next) {
              putPeople.push(next);
              Object.assign(same, next);
            }
          } else {
            const created = newPerson(d, c.id, now, g.rows);
            addPeople.push(created);
            people.push(created);
            result.contactsAdded++;
          }
        }
        result.merged++;
      });
      if (putCompanies.size) await db.companies.bulkPut([...putCompanies.values()]);
      if (putPeople.length) await db.people.bulkPut(putPeople);
      if (addPeople.length) await db.people.bulkAdd(addPeople);
      if (addAddresses.length) await db.addresses.bulkAdd(addAddresses);
      step(merges.length);
    }
    // One request burst per table, all issued at once: IndexedDB runs them in order without idle gaps.
    const writes: Promise<unknown>[] = [];
    for (const [table, list] of [
      [db.companies, newCompanies],
      [db.addresses, newAddresses],
      [db.people, newPeople],
    ] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const part = list.slice(i, i + CHUNK);
        writes.push((table.bulkAdd as (rows: unknown[]) => Promise<unknown>)(part).then(() => step(part.length)));
      }
    }
    await Promise.all(writes);
  });
  return result;
}
