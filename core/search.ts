/**
 * Search over sheets through indexes (SPEC §4 search-as-you-type, §8 budgets; issues 9 and 12).
 *
 * Every searchable record — a sheet, a contact, an address, a quote, an order, an invoice — is indexed
 * under a row of terms of its own (`SearchRow`, built by `core/search-terms.ts`, kept by the storage
 * layer in the same transaction as the record). A query is prepared here into needles; each needle is a
 * set of alternative prefixes, and a sheet matches when every needle prefixes a term of one of its rows.
 * The list itself reads a window of sheets in name order from `ListKey`s, one per sheet.
 *
 * What a query matches:
 * - words, split at spaces only ("batiroc.fr", "F-2024-001", "saint-étienne" stay whole; their parts
 *   are terms too, so "batiroc" or "etienne" match as well), accents and case folded;
 * - an email, full or as a prefix, and "@domain" or "domain.tld" the sheet's or a contact's domain;
 * - a phone number in any format (E.164 keys, see `core/phone-keys.ts`), a postcode, SIREN/SIRET/VAT
 *   with or without spaces, quote/order/invoice numbers.
 * Ranking: exact name > name prefix > name words > contact > other (city, numbers, ids, domains),
 * then by name.
 *
 * This module is free of libraries (it is in the side panel's first paint): phone keys of a query come
 * from `core/phone-keys.ts`, loaded on demand and passed in.
 */
import type { Company } from './domain';

/** The tables whose records are searched, each indexed under its own row. */
export const SEARCH_SOURCES = ['companies', 'people', 'addresses', 'quotes', 'orders', 'invoices'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

/** One record's search terms. Its key is [companyId, source]; `source` is "<table>:<id>". */
export interface SearchRow {
  companyId: string;
  source: string;
  terms: string[];
  /** What to show when a sheet is found through this row: a contact's name, "69003 Lyon", "F-2024-001". */
  label?: string;
}

/** A part of a stored entry: one record's terms and label (a `SearchRow` without its keys). */
export interface SearchPart {
  terms: string[];
  label?: string;
}

/**
 * A stored row of the terms index (schema version 5, issue 9), under one short key. A sheet's own record
 * and its addresses share one entry, keyed by the sheet's id; a contact, a quote, an order or an invoice
 * has its own, keyed by its source ("people:<id>"). A 10,000-row CSV import then writes 20,000 entries
 * rather than 30,000 rows under keys of two uuids each. Contacts stay apart: a search reads every term of
 * each entry it finds, and a sheet's contacts in its entry made a keystroke twice as slow (bench, 2,000
 * sheets of five contacts: 14 → 28 ms at p50).
 */
export interface SearchEntry {
  key: string;
  companyId: string;
  /**
   * A sheet's entry: every part's terms, sorted, none starting another (the index is searched by prefix
   * only). A record's own entry: its row's terms.
   */
  terms: string[];
  /** A sheet's entry: the records' rows by source ("companies:c1", "addresses:a1"), in source order. */
  parts?: Record<string, SearchPart>;
  /** An entry of one part (no `parts`): its row's label. */
  label?: string;
  /** An entry of one part (no `parts`): its row's source, when not `key` (a sheet's own row). */
  source?: string;
}

/**
 * An entry's parts by source. An entry of one part (a contact's, an invoice's, a sheet's without address)
 * is stored as that row, without `parts`: a search reads every entry it finds, and nested parts doubled
 * the cost of a keystroke.
 */
export function partsOf(entry: SearchEntry): Record<string, SearchPart> {
  if (entry.parts) return entry.parts;
  return {
    [entry.source ?? entry.key]:
      entry.label === undefined ? { terms: entry.terms } : { terms: entry.terms, label: entry.label },
  };
}

/** The sources whose rows share their sheet's entry. */
const SHEET_ENTRY_SOURCES = ['companies:', 'addresses:'];

/** The key of the entry holding a record's row. */
export function entryKey(companyId: string, source: string): string {
  return SHEET_ENTRY_SOURCES.some((p) => source.startsWith(p)) ? companyId : source;
}

/**
 * The terms worth indexing: the index is searched by prefix only, so a term that starts another term
 * ("jean" beside "jean.dupont@acme.fr", "acme" beside "acme.fr") matches no prefix the longer one does
 * not; it is dropped. Keeps the order of `terms` (`sorted`: in sorted order).
 */
export function prefixFree(terms: Iterable<string>, sorted = false): string[] {
  const all = [...terms].filter(Boolean);
  const order = [...new Set(all)].sort();
  // In sorted order, the terms that start with t come right after it.
  const kept = order.filter((t, i) => !order[i + 1]?.startsWith(t));
  if (sorted) return kept;
  if (kept.length === all.length) return all;
  const keep = new Set(kept);
  return all.filter((t) => keep.has(t));
}

/** A change of one record's row: its new row, or null when the record is no longer searched. */
export interface PartChange {
  companyId: string;
  source: string;
  row: SearchRow | null;
}

const samePart = (a: SearchPart | undefined, b: SearchRow): boolean =>
  !!a && a.label === b.label && a.terms.length === b.terms.length && a.terms.every((t, i) => t === b.terms[i]);

/**
 * The entry `key` after `changes` (all of them for this key), from `entry` as stored (undefined: none):
 * the same object when nothing changes, null when no part is left.
 */
export function applyParts(
  entry: SearchEntry | undefined,
  key: string,
  changes: readonly PartChange[],
): SearchEntry | null | undefined {
  let parts: Record<string, SearchPart> | null = null;
  let companyId = entry?.companyId;
  const stored = entry && partsOf(entry);
  for (const { source, row, companyId: sheet } of changes) {
    const current = (parts ?? stored)?.[source];
    if (row ? samePart(current, row) : !current) continue;
    parts ??= { ...stored };
    if (row) {
      parts[source] = row.label === undefined ? { terms: row.terms } : { terms: row.terms, label: row.label };
      companyId = sheet;
    } else delete parts[source];
  }
  if (!parts) return entry;
  const sources = Object.keys(parts).sort();
  if (!sources.length) return null;
  if (sources.length === 1) {
    // One part: stored as its row, under the entry's key (see partsOf).
    const source = sources[0]!;
    const { terms, label } = parts[source]!;
    return {
      key,
      companyId: companyId!,
      terms,
      ...(label === undefined ? {} : { label }),
      ...(source === key ? {} : { source }),
    };
  }
  const ordered: Record<string, SearchPart> = {};
  for (const s of sources) ordered[s] = parts[s]!;
  return {
    key,
    companyId: companyId!,
    terms: prefixFree(
      sources.flatMap((s) => ordered[s]!.terms),
      true,
    ),
    parts: ordered,
  };
}

/** Changes grouped by the key of the entry they change, in their order. */
export function changesByEntry(changes: readonly PartChange[]): Map<string, PartChange[]> {
  const byKey = new Map<string, PartChange[]>();
  for (const c of changes) {
    const key = entryKey(c.companyId, c.source);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return byKey;
}

/** The entries of a set of rows (a rebuild from the records). */
export function entriesOf(rows: readonly SearchRow[]): SearchEntry[] {
  const byKey = changesByEntry(rows.map((row) => ({ companyId: row.companyId, source: row.source, row })));
  return [...byKey].flatMap(([key, changes]) => applyParts(undefined, key, changes) ?? []);
}

/** The sources of an entry's parts that have a term starting with one of `prefixes`. */
export function partsMatching(entry: SearchEntry, prefixes: readonly string[]): string[] {
  const parts = partsOf(entry);
  return Object.keys(parts).filter((s) => parts[s]!.terms.some((t) => prefixes.some((p) => t.startsWith(p))));
}

/** One sheet of the list: its name order, and one entry per list it is in ("all|…", "clients|…", "mgr:<user>|…"). */
export interface ListKey {
  id: string;
  /** Folded name: the list's order. */
  sort: string;
  lists: string[];
}

export type ListFilter = 'all' | 'prospects' | 'clients' | 'suppliers' | 'mine';

/** The list a filter reads ("mine" needs the user's id). */
export function listName(filter: ListFilter, meId?: string): string {
  return filter === 'mine' ? `mgr:${meId ?? ''}` : filter;
}

/** Lowercase, accents removed, spaces collapsed (same folding as `core/text/normalize`, kept here library-free). */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæß]/g, (c) => ({ œ: 'oe', æ: 'ae', ß: 'ss' })[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sheet's list entries: none once it is in the trash or merged into another. */
export function listKeyOf(
  c: Pick<
    Company,
    'id' | 'name' | 'isProspect' | 'isClient' | 'isSupplier' | 'accountManagerId' | 'deletedAt' | 'mergedIntoId'
  >,
): ListKey {
  const sort = fold(c.name).slice(0, 200);
  const lists: string[] = [];
  if (c.deletedAt === undefined && c.mergedIntoId === undefined) {
    lists.push(`all|${sort}`);
    if (c.isProspect) lists.push(`prospects|${sort}`);
    if (c.isClient) lists.push(`clients|${sort}`);
    if (c.isSupplier) lists.push(`suppliers|${sort}`);
    if (c.accountManagerId) lists.push(`mgr:${c.accountManagerId}|${sort}`);
  }
  return { id: c.id, sort, lists };
}

/** The key range of a list in `ListKey.lists`. */
export function listRange(list: string): [string, string] {
  return [`${list}|`, `${list}|\uffff`];
}

const MAX_TERM = 120;
/** Removes what separates the parts of an id or a number: "F-2024/001" → "f2024001". */
export const compactTerm = (s: string): string => s.replace(/[\s.\-_/\\'’]/g, '');

/**
 * The terms of a piece of text: each space-separated token whole, its alphanumeric parts, and its
 * compact form ("l'épi-d'or" → "l'epi-d'or", "l", "epi", "d", "or", "lepidor").
 */
export function textTerms(text: string | undefined, into: Set<string> = new Set()): Set<string> {
  if (!text) return into;
  for (const token of fold(text).split(' ')) {
    if (!token) continue;
    into.add(token.slice(0, MAX_TERM));
    const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length > 1) {
      for (const p of parts) into.add(p.slice(0, MAX_TERM));
      const compact = compactTerm(token);
      if (compact) into.add(compact.slice(0, MAX_TERM));
    }
  }
  return into;
}

/** A query, ready for the index: every needle must match; a needle's alternatives are prefixes of terms. */
export interface PreparedQuery {
  folded: string;
  needles: string[][];
  kind: 'words' | 'email' | 'phone';
}

/** Only a phone number's characters, with at least 4 digits: "06 12 34", "+33 6", "01.23.45". */
export function looksLikePhone(query: string): boolean {
  return /^\+?[\d\s.\-()/\u00a0]+$/.test(query.trim()) && (query.match(/\d/g)?.length ?? 0) >= 4;
}

/**
 * Prepares a query; null when blank. `phoneKeys` gives the keys of a phone-like query (E.164 and
 * compact, from `core/phone-keys`); without it, only the compact digits are looked up.
 */
export function prepareQuery(query: string, phoneKeys?: (q: string) => string[]): PreparedQuery | null {
  const folded = fold(query);
  if (!folded) return null;
  if (folded.includes('@')) {
    const email = folded.replace(/\s+/g, '');
    const needle = email.startsWith('@') ? email.slice(1) : email;
    return needle ? { folded, needles: [[needle]], kind: 'email' } : null;
  }
  if (looksLikePhone(folded)) {
    const compact = folded
      .replace(/\(0\)/g, '')
      .replace(/[^\d+]/g, '')
      .replace(/^00(?=[1-9])/, '+');
    const keys = new Set([compact.replace(/^\+/, ''), compact, ...(phoneKeys?.(query) ?? [])]);
    return { folded, needles: [[...keys].filter(Boolean)], kind: 'phone' };
  }
  const tokens = folded.split(' ');
  // "FR 83 404 833 048", "732 829 320 00074": an id typed in groups is one needle.
  const compact = compactTerm(folded);
  if (tokens.length > 1 && /^[a-z]{0,3}\d{5,}[a-z0-9]*$/.test(compact))
    return { folded, needles: [[compact]], kind: 'words' };
  return { folded, needles: tokens.map((t) => [t]), kind: 'words' };
}

export type SearchReason = 'name-exact' | 'name-prefix' | 'name' | 'contact' | 'other';
const SCORES: Record<SearchReason, number> = {
  'name-exact': 1000,
  'name-prefix': 800,
  name: 600,
  contact: 400,
  other: 200,
};

/** A sheet found: why, and through which row (a contact's, an address's…) when not its own name. */
export interface SearchHit {
  id: string;
  reason: SearchReason;
  score: number;
  /** The row that matched, when it is not the sheet's own: "people:p1", "addresses:a1", "invoices:f1". */
  via?: string;
}

/** What the index answered for one candidate sheet: the sources of its rows that matched each needle. */
export interface Candidate {
  id: string;
  sort: string;
  matched: Set<string>[];
}

/**
 * Ranks candidates that matched every needle. A needle matched through the sheet's own row counts as
 * a name match only when it prefixes a word of the name (its domains and ids are in that row too).
 */
export function rankCandidates(q: PreparedQuery, candidates: readonly Candidate[]): SearchHit[] {
  const hits: (SearchHit & { sort: string })[] = [];
  for (const c of candidates) {
    const own = `companies:${c.id}`;
    let reason: SearchReason;
    let via: string | undefined;
    if (q.kind === 'words' && q.folded === c.sort) reason = 'name-exact';
    else if (q.kind === 'words' && c.sort.startsWith(q.folded)) reason = 'name-prefix';
    else if (
      q.kind === 'words' &&
      c.matched.every((m, i) => m.has(own) && q.needles[i]!.some((n) => nameHasWord(c.sort, n)))
    )
      reason = 'name';
    else {
      const others = c.matched.flatMap((m) => [...m].filter((s) => s !== own));
      via = others.find((s) => s.startsWith('people:')) ?? others[0];
      reason = via?.startsWith('people:') ? 'contact' : 'other';
    }
    hits.push({ id: c.id, reason, score: SCORES[reason], sort: c.sort, ...(via ? { via } : {}) });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return hits.map(({ sort: _s, ...h }) => h);
}

/** Does a word of the (folded) name, or of its parts, start with the needle? */
function nameHasWord(sort: string, needle: string): boolean {
  if (sort.startsWith(needle)) return true;
  for (let i = sort.indexOf(needle); i > 0; i = sort.indexOf(needle, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(sort[i - 1]!)) return true;
  }
  return compactTerm(sort).startsWith(needle);
}

/**
 * The same search over rows in memory: what the index path must answer (tests hold the two together),
 * and a fallback for small sets.
 */
export function searchRowsInMemory(
  q: PreparedQuery,
  rows: readonly SearchRow[],
  keys: readonly ListKey[],
  list = 'all',
): SearchHit[] {
  const byId = new Map(keys.map((k) => [k.id, k]));
  const perSheet = new Map<string, Set<string>[]>();
  for (const row of rows) {
    q.needles.forEach((alts, i) => {
      if (!row.terms.some((t) => alts.some((a) => t.startsWith(a)))) return;
      let m = perSheet.get(row.companyId);
      if (!m) perSheet.set(row.companyId, (m = q.needles.map(() => new Set<string>())));
      m[i]!.add(row.source);
    });
  }
  const candidates: Candidate[] = [];
  for (const [id, matched] of perSheet) {
    const key = byId.get(id);
    if (!key || !key.lists.some((l) => l.startsWith(`${list}|`))) continue;
    if (matched.every((m) => m.size > 0)) candidates.push({ id, sort: key.sort, matched });
  }
  return rankCandidates(q, candidates);
}
