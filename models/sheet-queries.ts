/**
 * Read-only live queries of the side panel: no zod, no writes, so that the list paints without
 * loading the write path (SPEC §8 first-paint budget). Actions live in `models/sheets.ts`.
 */
import type { Address, Company, CustomFieldDef, Invoice, Person, Template, User } from '../core/domain';
import { signal } from '@preact/signals';
import Dexie from 'dexie';
import { db } from '../storage/db';
import { getSettings, type Settings } from '../storage/repos/settings';

export interface SheetSummary {
  company: Company;
  people: Person[];
}

export interface SheetData {
  company: Company;
  addresses: Address[];
  people: Person[];
  invoices: Invoice[];
  counts: { quotes: number; orders: number; documents: number };
}

export const queries = {
  /** All live sheets with their contacts, for the list and its search index. */
  async allSheets(): Promise<SheetSummary[]> {
    const [all, people] = await Promise.all([db.companies.toArray(), db.people.toArray()]);
    const byCompany = new Map<string, Person[]>();
    for (const p of people) {
      const list = byCompany.get(p.companyId);
      if (list) list.push(p);
      else byCompany.set(p.companyId, [p]);
    }
    return all
      .filter((c) => c.deletedAt === undefined && c.mergedIntoId === undefined)
      .map((company) => ({ company, people: byCompany.get(company.id) ?? [] }));
  },
  async trashed(): Promise<Company[]> {
    const rows = await db.companies.where('deletedAt').above(0).toArray();
    return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  },
  async sheet(id: string): Promise<SheetData | null> {
    const company = await db.companies.get(id);
    if (!company) return null;
    const [addresses, people, invoices, quotes, orders, documents] = await Promise.all([
      db.addresses.where('companyId').equals(id).toArray(),
      db.people.where('companyId').equals(id).toArray(),
      db.invoices.where('companyId').equals(id).toArray(),
      db.quotes.where('companyId').equals(id).count(),
      db.orders.where('companyId').equals(id).count(),
      db.documents.where('companyId').equals(id).count(),
    ]);
    return { company, addresses, people, invoices, counts: { quotes, orders, documents } };
  },
  users: (): Promise<User[]> => db.users.toArray(),
  customFieldDefs: async (entity: CustomFieldDef['entity']): Promise<CustomFieldDef[]> =>
    (await db.customFieldDefs.where('entity').equals(entity).toArray()).sort((a, b) => a.position - b.position),
  templates: async (kind: Template['kind']): Promise<Template[]> => db.templates.where('kind').equals(kind).toArray(),
  settings: (): Promise<Settings> => getSettings(),
  countSheets: (): Promise<number> => db.companies.count(),
};


/**
 * The list's data, kept by the model while the panel is open. Reading every sheet and contact is the
 * costly part at 20,000 sheets, so it happens only when the list is shown and the data changed since
 * (any write to sheets or contacts, in this page or another extension context): editing a sheet does
 * not re-read the base behind it, and coming back shows the list at once.
 */
export const allSheets = signal<SheetSummary[] | undefined>(undefined);
let shown = false;
let dirty = true;
let loading = false;
let listening = false;

const LIST_TABLES = [`idb://${db.name}/companies/`, `idb://${db.name}/people/`];

function reload(): void {
  if (!shown || !dirty || loading) return;
  dirty = false;
  loading = true;
  queries
    .allSheets()
    .then(
      (value) => {
        allSheets.value = value;
      },
      (e) => console.error('[fiche] sheet list query failed', e),
    )
    .finally(() => {
      loading = false;
      reload(); // a change that came in during the read
    });
}

/** Shows the list (reading it if it changed); returns the function that hides it. */
export function watchAllSheets(): () => void {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => LIST_TABLES.some((t) => part.startsWith(t)))) {
        dirty = true;
        reload();
      }
    });
  }
  shown = true;
  reload();
  return () => {
    shown = false;
  };
}
