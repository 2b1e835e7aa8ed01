/** Writes the demo data set in one transaction: all of it or nothing. Ids are fixed, so loading twice is idempotent. */
import type { DemoData } from '../../core/demo-data';
import { ALL_TABLES, db as defaultDb, type FicheDB } from '../db';

export async function loadDemoData(data: DemoData, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction(
    'rw',
    ALL_TABLES.map((name) => db.table(name)),
    async () => {
      for (const name of ALL_TABLES) {
        const rows = (data as unknown as Record<string, unknown[] | undefined>)[name];
        if (rows?.length) await db.table(name).bulkPut(rows);
      }
      await db.settings.put({ key: 'demoLoadedAt', value: Date.now() });
    },
  );
}
