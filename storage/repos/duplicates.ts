/**
 * Duplicate candidates (SPEC §5) read from the database: for one sheet through the indexes (at
 * creation time and whenever the sheet is shown), and over the whole base on demand, page by page
 * with progress. "Not a duplicate" decisions live in `duplicateDismissals` and hide their pair.
 */
import type { Company, Person } from '../../core/domain';
import {
  duplicatesOf,
  findDuplicatePairs,
  pairKey,
  sheetKeys,
  type DuplicateCandidate,
  type DuplicatePair,
  type SheetKeys,
} from '../../core/duplicates';
import { db as defaultDb, type FicheDB } from '../db';
import { getSettings } from './settings';

const live = (c: Company | undefined): c is Company => !!c && c.deletedAt === undefined && c.mergedIntoId === undefined;

async function dismissedSet(db: FicheDB, keys?: string[]): Promise<Set<string>> {
  const rows = keys
    ? (await db.duplicateDismissals.bulkGet(keys)).filter((r) => !!r)
    : await db.duplicateDismissals.toArray();
  return new Set(rows.map((r) => r!.pairKey));
}

function peopleByCompany(people: readonly Person[]): Map<string, Person[]> {
  const out = new Map<string, Person[]>();
  for (const p of people) {
    const list = out.get(p.companyId);
    if (list) list.push(p);
    else out.set(p.companyId, [p]);
  }
  return out;
}

/** The candidates of one sheet, best reason first. Every lookup is an index hit. */
export async function findDuplicatesFor(companyId: string, db: FicheDB = defaultDb): Promise<DuplicateCandidate[]> {
  return db.transaction('r', [db.companies, db.people, db.settings, db.duplicateDismissals], async () => {
    const company = await db.companies.get(companyId);
    if (!live(company)) return [];
    const settings = await getSettings(db);
    const options = { excludeDomains: settings.ownDomains };
    const target = sheetKeys(company, await db.people.where('companyId').equals(companyId).toArray(), options);

    const ids = new Set<string>();
    const hit = (rows: { id?: string; companyId?: string }[], viaPerson = false) => {
      for (const r of rows) ids.add(viaPerson ? r.companyId! : r.id!);
    };
    if (target.emails.length) hit(await db.people.where('emails').anyOf(target.emails).toArray(), true);
    if (target.linkedin.length) {
      hit(await db.people.where('linkedinUrl').anyOf(target.linkedin).toArray(), true);
      hit(await db.companies.where('linkedinUrl').anyOf(target.linkedin).toArray());
    }
    if (company.vat) hit(await db.companies.where('vat').equals(company.vat).toArray());
    const siren = company.siren ?? company.siret?.slice(0, 9);
    if (siren) {
      hit(await db.companies.where('siren').equals(siren).toArray());
      hit(await db.companies.where('siret').startsWith(siren).toArray());
    }
    if (target.domains.length) hit(await db.companies.where('domains').anyOf(target.domains).toArray());
    if (target.nameKey) hit(await db.companies.where('nameKey').equals(target.nameKey).toArray());
    ids.delete(companyId);
    if (ids.size === 0) return [];

    const list = [...ids];
    const companies = (await db.companies.bulkGet(list)).filter(live);
    const people = peopleByCompany(
      await db.people
        .where('companyId')
        .anyOf(companies.map((c) => c.id))
        .toArray(),
    );
    const others = companies.map((c) => sheetKeys(c, people.get(c.id) ?? [], options));
    const dismissed = await dismissedSet(
      db,
      others.map((o) => pairKey(companyId, o.id)),
    );
    return duplicatesOf(target, others, dismissed);
  });
}

export interface ScanProgress {
  done: number;
  total: number;
}

/**
 * Every candidate pair of the base. Reads sheets by pages of `pageSize` (one short read transaction
 * each, so the panel stays responsive) and reports progress after each page.
 */
export async function scanAllDuplicates(
  options: { onProgress?: (p: ScanProgress) => void; pageSize?: number; signal?: AbortSignal } = {},
  db: FicheDB = defaultDb,
): Promise<DuplicatePair[]> {
  const pageSize = options.pageSize ?? 1000;
  const settings = await getSettings(db);
  const keyOptions = { excludeDomains: settings.ownDomains };
  const total = await db.companies.count();
  const keys: SheetKeys[] = [];
  let done = 0;
  let last: string | undefined;
  options.onProgress?.({ done, total });
  for (;;) {
    if (options.signal?.aborted) throw new DOMException('scan aborted', 'AbortError');
    const page = await db.transaction('r', [db.companies, db.people], async () => {
      const rows = await (last === undefined ? db.companies.orderBy(':id') : db.companies.where(':id').above(last))
        .limit(pageSize)
        .toArray();
      const people = peopleByCompany(
        await db.people
          .where('companyId')
          .anyOf(rows.map((c) => c.id))
          .toArray(),
      );
      return { rows, people };
    });
    if (page.rows.length === 0) break;
    for (const c of page.rows) if (live(c)) keys.push(sheetKeys(c, page.people.get(c.id) ?? [], keyOptions));
    last = page.rows[page.rows.length - 1]!.id;
    done += page.rows.length;
    options.onProgress?.({ done: Math.min(done, total), total });
    if (page.rows.length < pageSize) break;
  }
  return findDuplicatePairs(keys, await dismissedSet(db));
}

/** "Not a duplicate": remembered, the pair is no longer proposed. */
export async function dismissDuplicate(aId: string, bId: string, db: FicheDB = defaultDb): Promise<void> {
  await db.duplicateDismissals.put({ pairKey: pairKey(aId, bId), at: Date.now() });
}

export async function undismissDuplicate(aId: string, bId: string, db: FicheDB = defaultDb): Promise<void> {
  await db.duplicateDismissals.delete(pairKey(aId, bId));
}
