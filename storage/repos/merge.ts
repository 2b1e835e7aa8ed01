/**
 * Runs a merge planned by `core/merge` (SPEC §5): one read-write transaction naming every table it
 * touches, so the merge is all or nothing; the absorbed sheet keeps its record with `mergedIntoId`
 * (its id keeps resolving to the kept sheet), and a `history` entry of kind 'merge' holds the
 * snapshot. Undo puts the snapshot back in one transaction too, and refuses when a record written
 * by the merge has changed or gone since (putting it back would lose that change).
 *
 * Durability: Dexie takes `chromeTransactionDurability` per database, not per transaction; the
 * database module decides it (TODO 2026: ask for 'strict' on merges, imports and migrations).
 */
import type { Company, FicheDocument, HistoryEntry } from '../../core/domain';
import { newId } from '../../core/domain';
import {
  MERGE_TABLES,
  MOVED_TABLES,
  planMerge,
  snapshotIds,
  type FieldConflict,
  type MergeOptions,
  type MergePlan,
  type SheetRecords,
} from '../../core/merge';
import { db as defaultDb, type FicheDB } from '../db';

/** Reads everything of a sheet that a merge moves (call inside a transaction for a consistent view). */
export async function loadSheetRecords(companyId: string, db: FicheDB = defaultDb): Promise<SheetRecords | null> {
  const company = await db.companies.get(companyId);
  if (!company) return null;
  const lists = await Promise.all(
    MOVED_TABLES.map((name) => db.table(name).where('companyId').equals(companyId).toArray()),
  );
  return { company, ...Object.fromEntries(MOVED_TABLES.map((name, i) => [name, lists[i]])) } as SheetRecords;
}

const tablesOf = (db: FicheDB) => MERGE_TABLES.map((name) => db.table(name));

export class MergeError extends Error {
  constructor(
    readonly code: 'not-found' | 'same-sheet' | 'already-merged' | 'in-trash',
    message = code,
  ) {
    super(message);
  }
}

async function loadPair(keptId: string, absorbedId: string, db: FicheDB): Promise<[SheetRecords, SheetRecords]> {
  if (keptId === absorbedId) throw new MergeError('same-sheet');
  const [kept, absorbed] = await Promise.all([loadSheetRecords(keptId, db), loadSheetRecords(absorbedId, db)]);
  if (!kept || !absorbed) throw new MergeError('not-found');
  if (kept.company.mergedIntoId !== undefined || absorbed.company.mergedIntoId !== undefined)
    throw new MergeError('already-merged');
  if (kept.company.deletedAt !== undefined || absorbed.company.deletedAt !== undefined)
    throw new MergeError('in-trash');
  return [kept, absorbed];
}

/** What a merge would do, without writing anything: the preview. */
export async function previewMerge(
  keptId: string,
  absorbedId: string,
  options: MergeOptions = {},
  db: FicheDB = defaultDb,
): Promise<MergePlan> {
  return db.transaction('r', tablesOf(db), async () => {
    const [kept, absorbed] = await loadPair(keptId, absorbedId, db);
    return planMerge(kept, absorbed, Date.now(), options);
  });
}

export interface MergeDone {
  historyId: string;
  plan: MergePlan;
}

/** Merges `absorbedId` into `keptId`: all or nothing. */
export async function mergeCompanies(
  keptId: string,
  absorbedId: string,
  options: MergeOptions = {},
  db: FicheDB = defaultDb,
): Promise<MergeDone> {
  return db.transaction('rw', tablesOf(db), async () => {
    const [kept, absorbed] = await loadPair(keptId, absorbedId, db);
    const plan = planMerge(kept, absorbed, Date.now(), options);
    await db.companies.bulkPut([plan.keptCompany, plan.absorbedCompany]);
    for (const table of MOVED_TABLES) {
      const rows = plan.writes[table];
      if (rows.length) await db.table(table).bulkPut(rows);
    }
    const historyId = newId();
    // A document's content does not change in a merge: the history keeps its metadata only, so that
    // a merge does not store every file twice; undo takes the content back from the current record.
    const entry: HistoryEntry = {
      id: historyId,
      kind: 'merge',
      at: plan.at,
      companyId: keptId,
      otherCompanyId: absorbedId,
      snapshot: stripContent(plan.snapshot),
    };
    await db.history.add(entry);
    return { historyId, plan };
  });
}

export type UndoResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' | 'already-undone' }
  /** Records written by the merge were edited or removed since: `changed` counts them. */
  | { ok: false; reason: 'changed-since'; changed: number };

/** Puts both sheets and every record the merge wrote back as they were. */
export async function undoMerge(historyId: string, db: FicheDB = defaultDb): Promise<UndoResult> {
  return db.transaction('rw', tablesOf(db), async (): Promise<UndoResult> => {
    const entry = await db.history.get(historyId);
    if (!entry || entry.kind !== 'merge') return { ok: false, reason: 'not-found' };
    if (entry.undoneAt !== undefined) return { ok: false, reason: 'already-undone' };
    const ids = snapshotIds(entry.snapshot);
    // Every record the merge wrote carries `updatedAt === entry.at`; anything else is a later change.
    let changed = 0;
    for (const [table, list] of Object.entries(ids)) {
      const current = (await db.table(table).bulkGet(list)) as ({ updatedAt: number } | undefined)[];
      changed += current.filter((r) => !r || r.updatedAt !== entry.at).length;
    }
    if (changed > 0) return { ok: false, reason: 'changed-since', changed };
    for (const [table, rows] of Object.entries(entry.snapshot)) {
      if (table === 'conflicts' || rows.length === 0) continue;
      if (table === 'documents') {
        const docs = rows as Omit<FicheDocument, 'content'>[];
        const current = await db.documents.bulkGet(docs.map((d) => d.id));
        await db.documents.bulkPut(docs.map((d, i) => ({ ...d, content: current[i]!.content })));
      } else await db.table(table).bulkPut(rows);
    }
    await db.history.update(historyId, { undoneAt: Date.now() });
    return { ok: true };
  });
}

export interface MergeRecord {
  historyId: string;
  at: number;
  keptId: string;
  absorbedId: string;
  absorbedName: string;
  conflicts: FieldConflict[];
}

/** The merges into a sheet that are not undone, newest first. */
export async function mergesInto(companyId: string, db: FicheDB = defaultDb): Promise<MergeRecord[]> {
  const entries = await db.history.where('companyId').equals(companyId).toArray();
  return entries
    .filter((e) => e.kind === 'merge' && e.undoneAt === undefined)
    .sort((a, b) => b.at - a.at)
    .map((e) => {
      const absorbed = (e.snapshot.companies ?? []).find((c) => (c as Company).id === e.otherCompanyId) as
        Company | undefined;
      return {
        historyId: e.id,
        at: e.at,
        keptId: e.companyId,
        absorbedId: e.otherCompanyId ?? '',
        absorbedName: absorbed?.name ?? '',
        conflicts: (e.snapshot.conflicts ?? []) as FieldConflict[],
      };
    });
}

function stripContent(snapshot: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...snapshot,
    documents: (snapshot.documents ?? []).map((d) => {
      const { content: _content, ...rest } = d as FicheDocument;
      return rest;
    }),
  };
}
