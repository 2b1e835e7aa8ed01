/** Quick lookups by name or email through the indexes (omnibox suggestions): never a table scan. */
import type { Company } from '../../core/domain';
import { companyNameKey } from '../../core/text/normalize';
import { db as defaultDb, type FicheDB } from '../db';

export async function quickLookup(text: string, limit = 6, db: FicheDB = defaultDb): Promise<Company[]> {
  const q = text.trim();
  if (q.length < 2) return [];
  return db.transaction('r', [db.companies, db.people], async () => {
    const key = companyNameKey(q);
    const [byName, byEmail] = await Promise.all([
      key
        ? db.companies
            .where('nameKey')
            .startsWith(key)
            .limit(limit * 2)
            .toArray()
        : Promise.resolve([]),
      q.includes('@') || /^[\w.+-]+$/.test(q)
        ? db.people
            .where('emails')
            .startsWith(q.toLowerCase())
            .limit(limit * 2)
            .toArray()
        : Promise.resolve([]),
    ]);
    const seen = new Map<string, Company>();
    for (const c of byName) seen.set(c.id, c);
    const missing = [...new Set(byEmail.map((p) => p.companyId))].filter((id) => !seen.has(id));
    for (const c of await db.companies.bulkGet(missing)) if (c) seen.set(c.id, c);
    return [...seen.values()].filter((c) => c.deletedAt === undefined && !c.mergedIntoId).slice(0, limit);
  });
}
