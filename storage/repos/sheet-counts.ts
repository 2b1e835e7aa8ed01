/** How many records of some tables belong to one sheet: counts on the `companyId` index, no record read. */
import type { SHEET_CHILD_TABLES } from '../../core/domain/tables';
import { db as defaultDb, type FicheDB } from '../db';

type SheetTable = (typeof SHEET_CHILD_TABLES)[number];

export async function sheetCounts<T extends SheetTable>(
  companyId: string,
  tables: readonly T[],
  db: FicheDB = defaultDb,
): Promise<Record<T, number>> {
  const counts = await Promise.all(tables.map((name) => db.table(name).where('companyId').equals(companyId).count()));
  return Object.fromEntries(tables.map((name, i) => [name, counts[i]])) as Record<T, number>;
}
