/**
 * The list's reads, sized to the screen (issue 9): a window of sheets in name order from `listKeys`,
 * its count from the same index range, a search through `searchIndex` prefixes, and for the rows shown
 * only, their contacts, unpaid amount and last activity. Nothing here reads a whole table.
 */
import Dexie from 'dexie';
import type { Company, Person } from '../../core/domain';
import { invoiceRemainingAmount } from '../../core/sales';
import {
  listKeyOf,
  listRange,
  rankCandidates,
  type Candidate,
  type ListKey,
  type PreparedQuery,
  entryKey,
  partsMatching,
  partsOf,
  type SearchEntry,
  type SearchHit,
} from '../../core/search';
import { db as defaultDb, type FicheDB } from '../db';

/** The ids of the sheets at [offset, offset + limit) of a list, in name order. */
export async function listWindow(
  list: string,
  offset: number,
  limit: number,
  db: FicheDB = defaultDb,
): Promise<string[]> {
  const [lo, hi] = listRange(list);
  return db.listKeys.where('lists').between(lo, hi, true, true).offset(offset).limit(limit).primaryKeys();
}

export async function countList(list: string, db: FicheDB = defaultDb): Promise<number> {
  const [lo, hi] = listRange(list);
  return db.listKeys.where('lists').between(lo, hi, true, true).count();
}

/**
 * How many entries of the terms index a needle reads at most. A keystroke reads about what it shows:
 * past this, the count says "more than".
 */
export const SEARCH_CAP = 60;
/** With several needles, each is read further, since only sheets matching all of them count. */
export const MULTI_CAP = 200;

export interface SearchAnswer {
  hits: SearchHit[];
  /** Sheets matching, or at least that many when `capped` or `uncounted`. */
  total: number;
  /** A needle matched more entries than were read: `total` is a lower bound. */
  capped: boolean;
  /** The window is full of sheets whose name starts with the query: `countNamed` counts them all. */
  uncounted: boolean;
  /** The rows of the first `limit` hits, in order, without their extras (see `rowExtras`). */
  rows: ListRow[];
}

/**
 * What a search reads, through one of two readers (as `matching.ts` does): inside a Dexie transaction,
 * that transaction's tables; otherwise native read-only transactions on the database Dexie opened. A
 * keystroke takes the native one (issue 9): no Dexie zone, no middleware stack on each request, and its
 * answer as soon as its requests succeed, not once the transaction has committed. The sheets not cached
 * (`sheetCache`) are read in a transaction after the indexes' one: a write committed in between is
 * reported, and the list reads again (`models/list.ts`).
 */
interface SearchReader {
  /** The list keys of a range of the `lists` index, `limit` of them at most. */
  listKeys(lo: string, hi: string, limit: number): Promise<ListKey[]>;
  /** The entries of the terms index with a term starting with `prefix`, `cap` of them at most. */
  entries(prefix: string, cap: number): Promise<SearchEntry[]>;
  sheets(ids: readonly string[]): Promise<(Company | undefined)[]>;
}

function dexieSearchReader(db: FicheDB): SearchReader {
  return {
    listKeys: (lo, hi, limit) => db.listKeys.where('lists').between(lo, hi, true, true).limit(limit).toArray(),
    entries: (prefix, cap) => db.searchIndex.where('terms').startsWith(prefix).limit(cap).toArray(),
    sheets: (ids) => db.companies.bulkGet([...ids]),
  };
}

/**
 * `names`: the query reads a name range of the list keys too. The transaction covers only the indexes read
 * (its cost grows with its stores); the sheets not cached are read in one of their own, after.
 */
function nativeSearchReader(db: FicheDB, names: boolean): SearchReader {
  const idb = db.backendDB();
  const tx = idb.transaction(names ? ['listKeys', 'searchIndex'] : ['searchIndex'], 'readonly');
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return {
    listKeys: (lo, hi, limit) =>
      request(tx.objectStore('listKeys').index('lists').getAll(IDBKeyRange.bound(lo, hi), limit)) as Promise<ListKey[]>,
    // Dexie's startsWith: the range [prefix, prefix + U+FFFF].
    entries: (prefix, cap) =>
      request(
        tx
          .objectStore('searchIndex')
          .index('terms')
          .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`), cap),
      ) as Promise<SearchEntry[]>,
    sheets: async (ids) => {
      const known = sheetCache(idb);
      const asked = mutations;
      const missing = ids.filter((id) => !known.has(id));
      const store = missing.length ? idb.transaction('companies', 'readonly').objectStore('companies') : null;
      const read = await Promise.all(missing.map((id) => request(store!.get(id) as IDBRequest<Company | undefined>)));
      const fresh = new Map(missing.map((id, i) => [id, read[i]]));
      // Kept only when no write was reported since the reads were issued (they may have read before it).
      if (asked === mutations && known === sheetCache(idb)) {
        if (known.size + missing.length > SHEET_CACHE_MAX) known.clear();
        for (const [id, sheet] of fresh) known.set(id, sheet);
      }
      return ids.map((id) => (fresh.has(id) ? fresh.get(id) : known.get(id)));
    },
  };
}

/**
 * The sheets the page's searches read, by id (undefined: none), until a record changes: typing a word
 * finds mostly the same sheets at each keystroke ("p", "pe", "per"… read the same first entries of the
 * terms index), and each get is a request of its own, most of a keystroke's time once the terms are read
 * (bench, 20,000 sheets: 60 gets, 5 ms of 12). Dexie reports every committed write, in this page or
 * another extension page (`storagemutated`): the cache is then dropped, and a read issued before the
 * report is not kept. It belongs to one connection (a database deleted and opened again starts empty),
 * and its size is bounded (about a thousand sheets, a few hundred kilobytes).
 */
const SHEET_CACHE_MAX = 1000;
let mutations = 0;
let cached: { idb: IDBDatabase; at: number; byId: Map<string, Company | undefined> } | null = null;
let listening = false;

function sheetCache(idb: IDBDatabase): Map<string, Company | undefined> {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', () => {
      mutations++;
      cached = null;
    });
  }
  if (cached?.idb !== idb || cached.at !== mutations) cached = { idb, at: mutations, byId: new Map() };
  return cached.byId;
}

/**
 * The sheets whose terms start with one of the alternatives, with the sources matched and their labels: an
 * entry holds several records' rows (`SearchEntry`), of which those with a term starting with one of the
 * alternatives matched.
 */
async function needleSheets(
  alternatives: readonly string[],
  cap: number,
  read: SearchReader,
  labels: Map<string, string>,
): Promise<{ bySheet: Map<string, Set<string>>; capped: boolean }> {
  const bySheet = new Map<string, Set<string>>();
  let capped = false;
  // Every alternative's range at once: one round trip, not one per alternative. The rows themselves
  // (not only their keys): their labels say how a sheet was found, with no second read.
  const prefixes = alternatives.filter((prefix) => prefix);
  const found = await Promise.all(prefixes.map((prefix) => read.entries(prefix, cap)));
  for (const entries of found) {
    if (entries.length >= cap) capped = true;
    for (const entry of entries) {
      const { companyId } = entry;
      const parts = partsOf(entry);
      for (const source of partsMatching(entry, prefixes)) {
        labels.set(`${companyId}|${source}`, parts[source]!.label ?? '');
        const set = bySheet.get(companyId);
        if (set) set.add(source);
        else bySheet.set(companyId, new Set([source]));
      }
    }
  }
  return { bySheet, capped };
}

/** The name range of a query in a list: the sheets whose (folded) name starts with it. */
function nameRange(q: PreparedQuery, list: string): [string, string] | null {
  if (q.kind !== 'words') return null;
  const from = `${listRange(list)[0]}${q.folded}`;
  return [from, `${from}\uffff`];
}

/** How many sheets of `list` have a name starting with the query (what an `uncounted` answer left out). */
export async function countNamed(q: PreparedQuery, list: string, db: FicheDB = defaultDb): Promise<number> {
  const range = nameRange(q, list);
  return range ? db.listKeys.where('lists').between(range[0], range[1], true, true).count() : 0;
}

/**
 * The sheets of `list` matching the query, ranked (see `core/search.ts`), reading about what is shown:
 * sheets whose name starts with the query come from the list index in name order (`limit` of them, and
 * their count); the others from at most `SEARCH_CAP` entries of the terms index per needle. Two rounds
 * of requests: the index ranges, then the sheets (their list keys are derived from them, not read).
 *
 * Counting the name range walks every entry of it (a one-letter query: thousands): a window full of name
 * matches is answered `uncounted`, for `countNamed` to count once the rows are painted. A range that
 * does not fill the window is read whole, so it is counted anyway.
 *
 * `onFullWindow` is given the rows of a window full of name matches as soon as the name range and their
 * sheets are read, before the terms index answers: those rows are the answer's, and only `capped` (shown
 * with the count, which waits anyway) needs the terms. A two-word query reads up to 200 entries per word
 * for it (bench, 20,000 sheets: "atelier b" took twice a one-word keystroke).
 */
export async function searchList(
  q: PreparedQuery,
  list: string,
  limit = 20,
  db: FicheDB = defaultDb,
  onFullWindow?: (rows: ListRow[]) => void,
): Promise<SearchAnswer> {
  let read: SearchReader;
  if (Dexie.currentTransaction) read = dexieSearchReader(db);
  else {
    if (!db.isOpen()) await db.open();
    read = nativeSearchReader(db, nameRange(q, list) !== null);
  }
  const range = nameRange(q, list);
  const cap = q.needles.length > 1 ? MULTI_CAP : SEARCH_CAP;
  // The labels of the terms rows read, by "companyId|source".
  const found = new Map<string, string>();
  const rowsOf = (hits: SearchHit[], sheets: Map<string, Company>): ListRow[] =>
    hits.slice(0, limit).flatMap((h) => {
      const company = sheets.get(h.id);
      if (!company) return [];
      const label = h.via === undefined ? undefined : found.get(`${h.id}|${h.via}`);
      return [
        {
          company,
          contacts: [],
          unpaid: [],
          ...(label !== undefined ? { via: { table: h.via!.split(':')[0]!, label } } : {}),
        },
      ];
    });
  // A window full of name matches, which rank first: the other matches are not read, only said to exist
  // ("more than …").
  const fullWindow = async (byName: ListKey[]) => {
    const hits = rankCandidates(
      q,
      byName.map((k) => ({ id: k.id, sort: k.sort, matched: q.needles.map(() => new Set([`companies:${k.id}`])) })),
    );
    const sheets = await read.sheets(byName.map((k) => k.id));
    return { hits, rows: rowsOf(hits, byIdOf(sheets)) };
  };
  // The name range and every needle's terms in one round of requests.
  const namesRead = range ? read.listKeys(range[0], range[1], limit) : Promise.resolve([] as ListKey[]);
  const early = onFullWindow
    ? namesRead.then(async (byName) => {
        if (!range || byName.length < limit) return null;
        const window = await fullWindow(byName);
        onFullWindow(window.rows);
        return window;
      })
    : null;
  early?.catch(() => {}); // reported by the reads below, or awaited with the full window
  const [byName, perNeedle] = await Promise.all([
    namesRead,
    Promise.all(q.needles.map((alts) => needleSheets(alts, cap, read, found))),
  ]);
  const capped = perNeedle.some((n) => n.capped);
  const named = new Set(byName.map((k) => k.id));
  const smallest = perNeedle.reduce((a, b) => (b.bySheet.size < a.bySheet.size ? b : a));
  const ids = [...smallest.bySheet.keys()].filter((id) => !named.has(id) && perNeedle.every((n) => n.bySheet.has(id)));
  if (range && byName.length >= limit) {
    const { hits, rows } = (await early) ?? (await fullWindow(byName));
    return {
      hits,
      total: byName.length,
      capped: capped || ids.some((id) => !named.has(id)),
      uncounted: true,
      rows,
    };
  }
  const sheets = await read.sheets([...byName.map((k) => k.id), ...ids]);
  const prefix = `${list}|`;
  const candidates: Candidate[] = byName.map((k) => ({
    id: k.id,
    sort: k.sort,
    matched: perNeedle.map((n) => n.bySheet.get(k.id) ?? new Set([`companies:${k.id}`])),
  }));
  let others = 0;
  ids.forEach((id, i) => {
    const c = sheets[byName.length + i];
    const k = c && listKeyOf(c);
    if (!k || !k.lists.some((l) => l.startsWith(prefix))) return;
    // A name match past the window: counted by the name range already.
    if (range && k.sort.startsWith(q.folded)) return;
    others++;
    candidates.push({ id, sort: k.sort, matched: perNeedle.map((n) => n.bySheet.get(id)!) });
  });
  const hits = rankCandidates(q, candidates);
  return { hits, total: byName.length + others, capped, uncounted: false, rows: rowsOf(hits, byIdOf(sheets)) };
}

const byIdOf = (sheets: (Company | undefined)[]) =>
  new Map(sheets.filter((c): c is Company => !!c).map((c) => [c.id, c]));

export interface ListRow {
  company: Company;
  /** The first contacts' names. */
  contacts: string[];
  /** Unpaid amount incl. tax per currency (invoices issued and not fully paid). */
  unpaid: { currency: string; cents: number }[];
  /** The latest exchange up to now (epoch ms). */
  lastActivityAt?: number;
  /** The row the search matched, shown on the hit: a contact's name, "69003 Lyon", an invoice number. */
  via?: { table: string; label: string };
}

/**
 * The rows shown, in the order of `ids`; `via` maps a sheet id to the search row that matched it.
 * `extras: false` reads the sheets and the matched rows only (what a keystroke paints first); their
 * contacts, unpaid amount and last activity come from `rowExtras`.
 */
export async function listRows(
  ids: readonly string[],
  via: ReadonlyMap<string, string> = new Map(),
  { now = Date.now(), extras = true, db = defaultDb }: { now?: number; extras?: boolean; db?: FicheDB } = {},
): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  const viaOf = ids.filter((id) => via.has(id)).map((id) => [id, via.get(id)!] as const);
  const [companies, viaEntries, more] = await Promise.all([
    db.companies.bulkGet([...ids]),
    viaOf.length
      ? db.searchIndex.bulkGet(viaOf.map(([id, source]) => entryKey(id, source)))
      : Promise.resolve([] as (SearchEntry | undefined)[]),
    extras ? rowExtras(ids, now, db) : Promise.resolve(new Map<string, RowExtras>()),
  ]);
  const labels = new Map<string, { table: string; label: string }>();
  viaOf.forEach(([id, source], i) => {
    const entry = viaEntries[i];
    const part = entry && partsOf(entry)[source];
    if (part) labels.set(id, { table: source.split(':')[0]!, label: part.label ?? '' });
  });
  const rows: ListRow[] = [];
  for (const company of companies) {
    if (!company) continue;
    const label = labels.get(company.id);
    rows.push({ company, contacts: [], unpaid: [], ...more.get(company.id), ...(label ? { via: label } : {}) });
  }
  return rows;
}

export type RowExtras = Pick<ListRow, 'contacts' | 'unpaid' | 'lastActivityAt'>;

/** The rows' first contacts, unpaid amount per currency and last exchange up to `now`. */
export async function rowExtras(
  ids: readonly string[],
  now = Date.now(),
  db: FicheDB = defaultDb,
): Promise<Map<string, RowExtras>> {
  // One getAll per sheet rather than anyOf: anyOf walks a cursor, one request per record.
  const [people, invoices, latest] = await Promise.all([
    Promise.all(ids.map((id) => db.people.where('companyId').equals(id).toArray())),
    Promise.all(ids.map((id) => db.invoices.where('companyId').equals(id).toArray())),
    Promise.all(
      ids.map((id) =>
        db.interactions.where('[companyId+happensAt]').between([id, Dexie.minKey], [id, now], true, true).last(),
      ),
    ),
  ]);
  const out = new Map<string, RowExtras>();
  ids.forEach((id, i) => {
    const unpaid = new Map<string, number>();
    for (const inv of invoices[i] ?? []) {
      const left = invoiceRemainingAmount(inv);
      if (left > 0) unpaid.set(inv.currency, (unpaid.get(inv.currency) ?? 0) + left);
    }
    const contacts = (people[i] ?? [])
      .filter((p: Person) => p.archivedAt === undefined)
      .slice(0, 2)
      .map((p) => `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '');
    const last = latest[i];
    out.set(id, {
      contacts,
      unpaid: [...unpaid].map(([currency, cents]) => ({ currency, cents })),
      ...(last ? { lastActivityAt: last.happensAt } : {}),
    });
  });
  return out;
}
