/**
 * Duplicates and merges for the side panel: the candidates of a sheet, the sheets one can pick to
 * absorb, the preview, the merge and its undo. Components never import `storage/` themselves.
 */
import { signal } from '@preact/signals';
import type { Company } from '../core/domain';
import type { DuplicateCandidate } from '../core/duplicates';
import type { MergeOptions } from '../core/merge';
import { companyNameKey } from '../core/text/normalize';
import { db, strictDb } from '../storage/db';
import * as duplicates from '../storage/repos/duplicates';
import * as merge from '../storage/repos/merge';

export type { DuplicateCandidate, DuplicateReason } from '../core/duplicates';
export type { MergeCounts, MergePlan, MovedTable } from '../core/merge';

/** A merge asked for from a duplicate notice, picked up by the Advanced part of the edit form. */
export const pendingMerge = signal<{ keptId: string; absorbedId: string } | null>(null);

const live = (c: Company | undefined): c is Company => !!c && c.deletedAt === undefined && c.mergedIntoId === undefined;

export const mergeQueries = {
  duplicatesOf: (companyId: string): Promise<DuplicateCandidate[]> => duplicates.findDuplicatesFor(companyId),
  mergesInto: (companyId: string) => merge.mergesInto(companyId),
  company: (id: string) => db.companies.get(id),
  /** Sheets to absorb, by name prefix or contact email prefix (index hits only), `excludeId` left out. */
  async searchSheets(query: string, excludeId: string, limit = 10): Promise<Company[]> {
    const q = query.trim();
    if (q.length < 2) return [];
    const ids = new Set<string>();
    const key = companyNameKey(q);
    const byName = key
      ? await db.companies
          .where('nameKey')
          .startsWith(key)
          .limit(limit * 2)
          .toArray()
      : [];
    const byEmail = await db.people
      .where('emails')
      .startsWith(q.toLowerCase())
      .limit(limit * 2)
      .toArray();
    for (const c of byName) ids.add(c.id);
    for (const p of byEmail) ids.add(p.companyId);
    ids.delete(excludeId);
    const rows = (await db.companies.bulkGet([...ids])).filter(live);
    return rows.sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
  },
};

export const mergeActions = {
  preview: (keptId: string, absorbedId: string, options?: MergeOptions) =>
    merge.previewMerge(keptId, absorbedId, options),
  // Merges and their undo are flushed to disk before they report success (SPEC §7).
  merge: (keptId: string, absorbedId: string, options?: MergeOptions) =>
    merge.mergeCompanies(keptId, absorbedId, options ?? {}, strictDb()),
  undo: (historyId: string) => merge.undoMerge(historyId, strictDb()),
  dismiss: (aId: string, bId: string) => duplicates.dismissDuplicate(aId, bId),
  undismiss: (aId: string, bId: string) => duplicates.undismissDuplicate(aId, bId),
  scanAll: (onProgress?: (p: duplicates.ScanProgress) => void) =>
    duplicates.scanAllDuplicates(onProgress ? { onProgress } : {}),
};
