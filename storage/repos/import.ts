/**
 * Applies an import plan (core/interchange/plan.ts): new sheets with their address and contacts,
 * or contacts and empty fields merged into existing sheets, all in one transaction naming every
 * table it writes. New records are built and validated slice by slice inside it, while the slices
 * before are written: a bad record throws, which aborts the transaction, so it writes nothing; any
 * failure inside rolls everything back.
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

function newPerson(p: DraftPerson, companyId: string, now: number, rows: readonly number[], id = newId()): Person {
  const photo = photoBlob(p.photoDataUri);
  const record = {
    id,
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
export function importedAddress(
  a: NonNullable<DraftCompany['address']>,
  companyId: string,
  now: number,
  id = newId(),
): Address {
  return {
    id,
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

const newAddress = (a: NonNullable<DraftCompany['address']>, companyId: string, now: number, id = newId()): Address =>
  addressSchema.parse(importedAddress(a, companyId, now, id));

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
/** New sheets built and validated per slice, inside the transaction, while the slices before are written. */
const SLICE = 500;

/** A new sheet of the import, with the ids its records take. */
interface NewSheet {
  group: ImportPlan['groups'][number];
  id: string;
  addressId: string | undefined;
  personIds: string[];
}

/** The records of new sheets, validated; throws `ImportRecordInvalid` for the first bad one. */
function buildNewSheets(sheets: readonly NewSheet[], now: number) {
  const companies: Company[] = [];
  const addresses: Address[] = [];
  const people: Person[] = [];
  for (const { group: g, id, addressId, personIds } of sheets) {
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
    companies.push(parsed.data);
    if (g.company.address) addresses.push(newAddress(g.company.address, id, now, addressId));
    g.people.forEach((p, i) => people.push(newPerson(p, id, now, g.rows, personIds[i])));
  }
  return { companies, addresses, people };
}

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
  const merges = plan.groups.filter((g) => g.match && (decisions[g.key] ?? defaultDecision(g)) === 'merge');

  // The new sheets, each with its ids (drawn sheet by sheet: sheet, address, contacts). Their records are
  // built and validated slice by slice inside the transaction, while the slices before them are written:
  // a bad record throws there, which aborts the transaction, so nothing is written.
  const newSheets: NewSheet[] = [];
  let newAddresses = 0;
  for (const g of plan.groups) {
    const decision = g.match ? (decisions[g.key] ?? defaultDecision(g)) : 'create';
    if (decision === 'skip') {
      result.skipped++;
      continue;
    }
    if (decision === 'merge') continue;
    const id = newId();
    const addressId = g.company.address ? newId() : undefined;
    if (addressId) newAddresses++;
    newSheets.push({ group: g, id, addressId, personIds: g.people.map(() => newId()) });
    result.created++;
    result.contactsAdded += g.people.length;
  }

  const total = newSheets.length + newAddresses + result.contactsAdded + merges.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  onProgress?.(0, total);

  // The new sheets' addresses, all of them (filled slice by slice, each before its slice is written):
  // their phone regions are known without a read per sheet.
  const addressesOf = new Map<string, Address[]>();

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
    // Slice after slice: build and validate, then one request burst per table, not awaited. Before a slice
    // is built, the one two slices back is awaited, so that IndexedDB always has the slice before it queued
    // while the next is built (building them all first left the database idle for that long).
    const writes: Promise<unknown>[] = [];
    const written: Promise<unknown>[] = [];
    for (let start = 0; start < newSheets.length; start += SLICE) {
      if (written.length >= 2) await written[written.length - 2];
      const slice = buildNewSheets(newSheets.slice(start, start + SLICE), now);
      for (const c of slice.companies) addressesOf.set(c.id, []);
      for (const a of slice.addresses) addressesOf.get(a.companyId)!.push(a);
      const parts: Promise<unknown>[] = [];
      for (const [table, list] of [
        [db.companies, slice.companies],
        [db.addresses, slice.addresses],
        [db.people, slice.people],
      ] as const) {
        for (let i = 0; i < list.length; i += CHUNK) {
          const part = list.slice(i, i + CHUNK);
          const write = (table.bulkAdd as (rows: unknown[]) => Promise<unknown>)(part).then(() => step(part.length));
          write.catch(() => {}); // a failure is reported by the Promise.all below, not as unhandled before it
          parts.push(write);
        }
      }
      writes.push(...parts);
      written.push(Promise.all(parts).catch(() => {}));
    }
    await Promise.all(writes);
  });
  return result;
}
