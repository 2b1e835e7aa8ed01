/**
 * Read-only live queries of the side panel: no zod, no writes, so that the list paints without
 * loading the write path (SPEC §8 first-paint budget). Actions live in `models/sheets.ts`.
 */
import type { Address, Company, CustomFieldDef, Invoice, Person, Template, User } from '../core/domain';
import { db } from '../storage/db';
import { getSettings, type Settings } from '../storage/repos/settings';
import { sheetCounts } from '../storage/repos/sheet-counts';

export interface SheetData {
  company: Company;
  addresses: Address[];
  people: Person[];
  invoices: Invoice[];
  counts: { quotes: number; orders: number; documents: number };
}

export const queries = {
  async trashed(): Promise<Company[]> {
    const rows = await db.companies.where('deletedAt').above(0).toArray();
    return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  },
  async sheet(id: string): Promise<SheetData | null> {
    const company = await db.companies.get(id);
    if (!company) return null;
    const [addresses, people, invoices, counts] = await Promise.all([
      db.addresses.where('companyId').equals(id).toArray(),
      db.people.where('companyId').equals(id).toArray(),
      db.invoices.where('companyId').equals(id).toArray(),
      sheetCounts(id, ['quotes', 'orders', 'documents']),
    ]);
    return { company, addresses, people, invoices, counts };
  },
  users: (): Promise<User[]> => db.users.toArray(),
  customFieldDefs: async (entity: CustomFieldDef['entity']): Promise<CustomFieldDef[]> =>
    (await db.customFieldDefs.where('entity').equals(entity).toArray()).sort((a, b) => a.position - b.position),
  templates: async (kind: Template['kind']): Promise<Template[]> => db.templates.where('kind').equals(kind).toArray(),
  settings: (): Promise<Settings> => getSettings(),
  countSheets: (): Promise<number> => db.companies.count(),
};
