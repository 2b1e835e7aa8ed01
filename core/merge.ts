/**
 * Merge planning (SPEC §5, seed "Fusion"): the sheet to keep absorbs everything of the other.
 * Pure: given both sheets' records and the instant, returns what to write — the kept company
 * updated, the absorbed company marked `mergedIntoId`, every record re-parented, address and
 * billing-contact flags restored with the kept sheet's winning — plus the field conflicts and the
 * snapshot of every record before the change, for undo. The storage layer writes it in one
 * transaction.
 */
import { normalizeAddressFlags } from './addresses';
import { normalizeBillingContact } from './contacts';
import type { Company, CustomFieldValues } from './domain';
import { SHEET_CHILD_TABLES, type TableRecords } from './domain/tables';

/** Everything of one sheet that a merge moves. */
export type SheetRecords = { company: Company } & { [K in (typeof SHEET_CHILD_TABLES)[number]]: TableRecords[K][] };

export const MOVED_TABLES = SHEET_CHILD_TABLES;
export type MovedTable = (typeof MOVED_TABLES)[number];

/** The tables a merge (and its undo) writes: the transaction names every one. */
export const MERGE_TABLES = ['companies', ...MOVED_TABLES, 'history'] as const;

export type RecordsByTable = { [T in MovedTable]: SheetRecords[T] };

/** A field both sheets filled differently: the kept value stays, the other is kept in the merge record. */
export interface FieldConflict {
  /** A company field name, or `custom:<definition id>` for a custom field. */
  field: string;
  kept: unknown;
  absorbed: unknown;
}

export type MergeCounts = Record<MovedTable, number>;

export interface MergePlan {
  keptId: string;
  absorbedId: string;
  at: number;
  keptCompany: Company;
  absorbedCompany: Company;
  /** Records to put, by table: re-parented ones and kept-sheet ones whose flags changed. */
  writes: RecordsByTable;
  /** How many records of each kind move from the absorbed sheet to the kept one. */
  moved: MergeCounts;
  conflicts: FieldConflict[];
  /**
   * The before-state of every record written, by table (`companies` holds both sheets), plus
   * `conflicts`: what the history entry stores and undo puts back.
   */
  snapshot: Record<string, unknown[]>;
}

export interface MergeOptions {
  /** The line that introduces the absorbed sheet's comment, e.g. "— From the merged sheet “X” —". */
  commentHeading?: (absorbedName: string) => string;
}

export const MAX_DOMAINS = 50;
export const MAX_CATEGORIES = 50;
export const MAX_COMMENT = 200_000;

/** Scalar company fields where "both have a value" can clash. */
const SCALAR_FIELDS = ['vat', 'siren', 'siret', 'website', 'linkedinUrl', 'phone', 'accountManagerId'] as const;

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function union(a: readonly string[], b: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of [...a, ...b]) {
    const key = v.toLowerCase();
    if (seen.has(key) || out.length >= max) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

export function defaultCommentHeading(name: string): string {
  return `— From the merged sheet “${name}” —`;
}

export class MergeRefused extends Error {
  constructor(readonly reason: 'same-sheet' | 'already-merged' | 'in-trash') {
    super(`merge refused: ${reason}`);
  }
}

/** Plans the merge of `absorbed` into `kept` at instant `at`. Throws `MergeRefused` for an impossible merge. */
export function planMerge(
  kept: SheetRecords,
  absorbed: SheetRecords,
  at: number,
  options: MergeOptions = {},
): MergePlan {
  const k = kept.company;
  const a = absorbed.company;
  if (k.id === a.id) throw new MergeRefused('same-sheet');
  if (k.mergedIntoId !== undefined || a.mergedIntoId !== undefined) throw new MergeRefused('already-merged');
  if (k.deletedAt !== undefined || a.deletedAt !== undefined) throw new MergeRefused('in-trash');

  const conflicts: FieldConflict[] = [];
  if (a.name !== k.name) conflicts.push({ field: 'name', kept: k.name, absorbed: a.name });
  if (a.kind !== k.kind) conflicts.push({ field: 'kind', kept: k.kind, absorbed: a.kind });

  const next: Company = { ...k, updatedAt: at };
  for (const field of SCALAR_FIELDS) {
    const mine = k[field];
    const theirs = a[field];
    if (isBlank(theirs)) continue;
    if (isBlank(mine)) next[field] = theirs;
    else if (!sameValue(mine, theirs)) conflicts.push({ field, kept: mine, absorbed: theirs });
  }
  // A client or supplier stays one: the absorbed sheet's invoices now count on the kept sheet.
  next.isClient = k.isClient || a.isClient;
  next.isSupplier = k.isSupplier || a.isSupplier;
  next.domains = union(k.domains, a.domains, MAX_DOMAINS);
  next.categories = union(k.categories, a.categories, MAX_CATEGORIES);

  const customFields: CustomFieldValues = { ...k.customFields };
  for (const [defId, theirs] of Object.entries(a.customFields)) {
    if (isBlank(theirs)) continue;
    const mine = k.customFields[defId];
    if (isBlank(mine)) customFields[defId] = theirs;
    else if (!sameValue(mine, theirs)) conflicts.push({ field: `custom:${defId}`, kept: mine, absorbed: theirs });
  }
  next.customFields = customFields;

  const theirComment = a.comment.trim();
  if (theirComment !== '' && theirComment !== k.comment.trim()) {
    const heading = (options.commentHeading ?? defaultCommentHeading)(a.name);
    const joined =
      k.comment.trim() === ''
        ? `${heading}\n${a.comment}`
        : `${k.comment.replace(/\s+$/, '')}\n\n${heading}\n${a.comment}`;
    next.comment = joined.slice(0, MAX_COMMENT);
  }

  const absorbedCompany: Company = { ...a, mergedIntoId: k.id, updatedAt: at };

  const reparent = <T extends { companyId?: string | undefined; updatedAt: number }>(list: readonly T[]): T[] =>
    list.map((r) => ({ ...r, companyId: k.id, updatedAt: at }));

  // The kept sheet's records come first so that its flags win; only the changed ones are written.
  const movedAddresses = reparent(absorbed.addresses);
  const addresses = normalizeAddressFlags([...kept.addresses, ...movedAddresses], at);
  const movedPeople = reparent(absorbed.people);
  const people = normalizeBillingContact([...kept.people, ...movedPeople], at);
  const changedOf = <T>(before: readonly T[], after: readonly T[]) => after.filter((r) => !before.includes(r));

  const writes: RecordsByTable = {
    addresses: changedOf(kept.addresses, addresses),
    people: changedOf(kept.people, people),
    interactions: reparent(absorbed.interactions),
    opportunities: reparent(absorbed.opportunities),
    tasks: reparent(absorbed.tasks),
    projects: reparent(absorbed.projects),
    tickets: reparent(absorbed.tickets),
    quotes: reparent(absorbed.quotes),
    orders: reparent(absorbed.orders),
    invoices: reparent(absorbed.invoices),
    documents: reparent(absorbed.documents),
  };

  const moved = Object.fromEntries(MOVED_TABLES.map((t) => [t, absorbed[t].length])) as MergeCounts;

  // The before-state of each written record: from whichever sheet it came.
  const snapshot: Record<string, unknown[]> = { companies: [k, a], conflicts };
  for (const table of MOVED_TABLES) {
    const before = new Map<string, unknown>();
    for (const r of [...kept[table], ...absorbed[table]] as { id: string }[]) before.set(r.id, r);
    snapshot[table] = (writes[table] as { id: string }[]).map((r) => before.get(r.id));
  }

  return { keptId: k.id, absorbedId: a.id, at, keptCompany: next, absorbedCompany, writes, moved, conflicts, snapshot };
}

/** The ids of every record a merge wrote, by table (companies included): what undo checks and restores. */
export function snapshotIds(snapshot: Record<string, unknown[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(snapshot)) {
    if (table === 'conflicts') continue;
    out[table] = rows.map((r) => (r as { id: string }).id);
  }
  return out;
}
