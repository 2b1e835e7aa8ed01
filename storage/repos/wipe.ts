/**
 * "Delete all data": every table emptied in one transaction, so a failure leaves everything as it
 * was. The database itself (and its schema version) stays; only the records go.
 */
import { ALL_TABLES, db as defaultDb, type FicheDB } from '../db';

export async function wipeAllData(db: FicheDB = defaultDb): Promise<void> {
  const tables = ALL_TABLES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}

/** How many records the database holds, all tables together (what the wipe would delete). */
export async function countAllRecords(db: FicheDB = defaultDb): Promise<number> {
  const counts = await Promise.all(ALL_TABLES.map((name) => db.table(name).count()));
  return counts.reduce((a, b) => a + b, 0);
}
