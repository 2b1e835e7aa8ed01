/**
 * The delete of one record that the UI can undo: read and delete in one transaction, and hand the record
 * back (undefined when it was not there) for the repo's restore function.
 */
import type { Table } from 'dexie';
import type { FicheDB } from '../db';

export function deleteForUndo<T>(db: FicheDB, table: Table<T, string, unknown>, id: string): Promise<T | undefined> {
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (current) await table.delete(id);
    return current;
  });
}
