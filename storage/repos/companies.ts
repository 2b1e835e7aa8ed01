/**
 * Client sheets: create, edit, trash and restore. A sheet with quotes, orders, invoices or documents
 * cannot be deleted (SPEC §5): merge it instead. Every multi-record write is one transaction.
 */
import type { Address, Company, Person } from '../../core/domain';
import { company as companySchema, newId } from '../../core/domain';
import { emptyCompanyFields, type CompanyFields } from '../../core/domain/empty';
import { companyNameKey } from '../../core/text/normalize';
import { registrableDomain } from '../../core/text/domain';
import { db as defaultDb, type FicheDB } from '../db';

export type CompanyInput = CompanyFields;
export type AddressInput = Omit<Address, 'id' | 'companyId' | 'createdAt' | 'updatedAt'>;
export type PersonInput = Omit<Person, 'id' | 'companyId' | 'createdAt' | 'updatedAt'>;

export const emptyCompany = (): CompanyInput => emptyCompanyFields();

/** Fills what is derived from the editable fields: the name key and the matching domains. */
export function derive(input: CompanyInput): Pick<Company, 'nameKey' | 'domains'> {
  const domains = new Set(input.domains.map((d) => registrableDomain(d)).filter((d): d is string => !!d));
  if (input.website) {
    const d = registrableDomain(input.website);
    if (d) domains.add(d);
  }
  return { nameKey: companyNameKey(input.name), domains: [...domains] };
}

export async function createCompany(
  input: CompanyInput,
  related: { addresses?: AddressInput[]; people?: PersonInput[] } = {},
  db: FicheDB = defaultDb,
): Promise<string> {
  const now = Date.now();
  const id = newId();
  // The schema guards the database: a bad record is refused before anything is written.
  const company: Company = companySchema.parse({
    ...stripUndefined(input),
    ...derive(input),
    id,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', [db.companies, db.addresses, db.people], async () => {
    await db.companies.add(company);
    if (related.addresses?.length) {
      await db.addresses.bulkAdd(
        related.addresses.map((a) => ({ ...a, id: newId(), companyId: id, createdAt: now, updatedAt: now })),
      );
    }
    if (related.people?.length) {
      await db.people.bulkAdd(
        related.people.map((p) => ({ ...p, id: newId(), companyId: id, createdAt: now, updatedAt: now })),
      );
    }
  });
  return id;
}

export async function updateCompany(id: string, input: CompanyInput, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.companies, async () => {
    const current = await db.companies.get(id);
    if (!current) throw new Error(`no sheet ${id}`);
    const next: Company = {
      ...stripUndefined(input),
      ...derive(input),
      id,
      createdAt: current.createdAt,
      updatedAt: Date.now(),
      ...(current.deletedAt !== undefined ? { deletedAt: current.deletedAt } : {}),
      ...(current.mergedIntoId !== undefined ? { mergedIntoId: current.mergedIntoId } : {}),
      // The form does not edit the sources of facts taken from pages: an edit keeps them.
      ...(current.sources && !input.sources ? { sources: current.sources } : {}),
    };
    await db.companies.put(companySchema.parse(next));
  });
}

export interface DeletionBlockers {
  quotes: number;
  orders: number;
  invoices: number;
  documents: number;
}

export async function deletionBlockers(id: string, db: FicheDB = defaultDb): Promise<DeletionBlockers> {
  const [quotes, orders, invoices, documents] = await Promise.all([
    db.quotes.where('companyId').equals(id).count(),
    db.orders.where('companyId').equals(id).count(),
    db.invoices.where('companyId').equals(id).count(),
    db.documents.where('companyId').equals(id).count(),
  ]);
  return { quotes, orders, invoices, documents };
}

export const isBlocked = (b: DeletionBlockers) => b.quotes + b.orders + b.invoices + b.documents > 0;

export class DeletionRefused extends Error {
  constructor(readonly blockers: DeletionBlockers) {
    super('sheet has quotes, orders, invoices or documents');
  }
}

/** Moves an empty sheet to the trash; the history entry lets the trash restore it. */
export async function trashCompany(id: string, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.companies, db.quotes, db.orders, db.invoices, db.documents, db.history], async () => {
    const blockers = await deletionBlockers(id, db);
    if (isBlocked(blockers)) throw new DeletionRefused(blockers);
    const company = await db.companies.get(id);
    if (!company || company.deletedAt !== undefined) return;
    const at = Date.now();
    await db.companies.update(id, { deletedAt: at, updatedAt: at });
    await db.history.add({ id: newId(), kind: 'delete', at, companyId: id, snapshot: {} });
  });
}

export async function restoreCompany(id: string, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.companies, db.history], async () => {
    const company = await db.companies.get(id);
    if (!company || company.deletedAt === undefined) return;
    const { deletedAt: _gone, ...rest } = company;
    await db.companies.put({ ...rest, updatedAt: Date.now() });
    const entries = await db.history
      .where('companyId')
      .equals(id)
      .filter((h) => h.kind === 'delete' && !h.undoneAt)
      .toArray();
    for (const e of entries) await db.history.update(e.id, { undoneAt: Date.now() });
  });
}

/** Empties the trash for good: the sheet, its addresses, contacts and exchanges. */
export async function purgeCompany(id: string, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.companies,
      db.addresses,
      db.people,
      db.interactions,
      db.opportunities,
      db.tasks,
      db.tickets,
      db.history,
      db.quotes,
      db.orders,
      db.invoices,
      db.documents,
    ],
    async () => {
      const company = await db.companies.get(id);
      if (!company || company.deletedAt === undefined) return;
      const blockers = await deletionBlockers(id, db);
      if (isBlocked(blockers)) throw new DeletionRefused(blockers);
      for (const table of [db.addresses, db.people, db.interactions, db.opportunities, db.tasks, db.tickets] as const) {
        await table.where('companyId').equals(id).delete();
      }
      await db.companies.delete(id);
    },
  );
}

/** Drops keys whose value is undefined so that strict schemas and IndexedDB see clean records. */
export function stripUndefined<T extends object>(value: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
