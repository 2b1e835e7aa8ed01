/**
 * Keeps the list and search indexes (`listKeys`, `searchIndex`, see `core/search.ts`) true to the
 * records, whoever writes them: a Dexie middleware adds both tables to every read-write transaction
 * that touches a searchable table, and rewrites the rows of the records written, in that same
 * transaction (all or nothing with the write). Nothing reads a whole table because something changed:
 * a write costs one read of the previous versions of the records it replaces (to drop rows of a contact
 * moved to another sheet) and one write per index.
 *
 * The search terms need `core/search-terms.ts` (phone numbers through libphonenumber-js), loaded on
 * demand so that the side panel's first paint does not carry it. A write that comes before it is loaded
 * keeps its transaction alive with no-op reads until it is (an IndexedDB transaction commits as soon as
 * it has nothing to do).
 */
import type Dexie from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { CountryCode } from 'libphonenumber-js/min';
import {
  applyParts,
  changesByEntry,
  entriesOf,
  listKeyOf,
  SEARCH_SOURCES,
  type PartChange,
  type SearchEntry,
  type SearchRow,
  type SearchSource,
} from '../core/search';
import type { Address, Company } from '../core/domain';

export const DERIVED_TABLES = ['listKeys', 'searchIndex'] as const;

type Terms = typeof import('../core/search-terms');
let terms: Terms | null = null;
let loading: Promise<Terms> | null = null;

/** Loads the term builder (idempotent) in a page; writes wait for it. */
export function loadSearchTerms(): Promise<Terms> {
  loading ??= terms ? Promise.resolve(terms) : import('../core/search-terms').then((m) => (terms = m));
  return loading;
}

/** A service worker may not `import()`: the background hands the builder over statically (`list-index-eager.ts`). */
export function provideSearchTerms(m: Terms): void {
  terms = m;
}

/** Resolves inside an IndexedDB success callback, so that the transaction is still active after the await. */
function keepAliveUntil<T>(trans: DBCoreTransaction, promise: Promise<T>): Promise<T> {
  const idb = trans as unknown as IDBTransaction;
  return new Promise<T>((resolve, reject) => {
    let settled: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    promise.then(
      (value) => (settled = { ok: true, value }),
      (error) => (settled = { ok: false, error }),
    );
    const ping = () => {
      if (settled) return settled.ok ? resolve(settled.value) : reject(settled.error);
      const req = idb.objectStore('listKeys').count('\uffff');
      req.onsuccess = ping;
      req.onerror = () => reject(req.error);
    };
    ping();
  });
}

async function termsFor(trans: DBCoreTransaction): Promise<Terms> {
  return terms ?? keepAliveUntil(trans, loadSearchTerms());
}

/**
 * Writes derived rows (put) or drops them (delete by key) in the write's transaction, straight on the
 * IndexedDB store. Dexie's own mutate sets an error handler on every request and collects every result,
 * which for the 40,000 rows of a 10,000-row import cost more than computing the rows. Requests complete in
 * order, so the last one's success means all succeeded; a failed one aborts the transaction (all or nothing
 * with the records the rows derive from), which the last request reports.
 */
function writeDerived(
  trans: DBCoreTransaction,
  table: (typeof DERIVED_TABLES)[number],
  op: 'put' | 'delete',
  items: readonly unknown[],
): Promise<void> {
  if (!items.length) return Promise.resolve();
  const store = (trans as unknown as IDBTransaction).objectStore(table);
  return new Promise((resolve, reject) => {
    let last!: IDBRequest;
    if (op === 'put') for (const v of items) last = store.put(v);
    else for (const k of items) last = store.delete(k as IDBValidKey);
    last.onsuccess = () => resolve();
    last.onerror = () => reject(last.error);
  });
}

const SOURCES = new Set<string>(SEARCH_SOURCES);
type Rec = { id: string; companyId?: string };
const companyIdOf = (table: string, r: Rec): string => (table === 'companies' ? r.id : (r.companyId ?? ''));

const equal = (key: string): DBCoreKeyRange => ({ type: 1 as DBCoreRangeType.Equal, lower: key, upper: key });

/** Per IndexedDB transaction: the complete addresses of the sheets it creates, as declared by their writer. */
const newSheets = new WeakMap<object, ReadonlyMap<string, readonly Address[]>>();

/**
 * Declares, for the transaction under way (`Dexie.currentTransaction.idbtrans`), sheets it creates with
 * all their addresses (none for some). Their phone regions then need no read: a 10,000-row import would
 * otherwise query each new sheet's addresses three times (for the sheet, its address, its contacts). A new
 * sheet's search entry is then written once, whole, with the sheet: the write of its addresses finds their
 * parts in it. The ids must be new (no address of the sheet exists before) and the addresses exactly those
 * the transaction writes (a write that fails must fail the transaction). The map may be filled as the
 * transaction goes, each sheet before its first record is written.
 */
export function declareNewSheets(idbTransaction: object, addresses: ReadonlyMap<string, readonly Address[]>): void {
  newSheets.set(idbTransaction, addresses);
}

/**
 * Per IndexedDB transaction: the search entries as this transaction last wrote or read them (null: none),
 * and the queue that runs its entry updates one after the other (each reads, changes and writes entries:
 * two at once could both change the entry they both read).
 */
interface EntryState {
  entries: Map<string, SearchEntry | null>;
  queue: Promise<unknown>;
}
const entryStates = new WeakMap<object, EntryState>();

function middleware(down: DBCore): Partial<DBCore> {
  const names = new Set(down.schema.tables.map((t) => t.name));
  if (!DERIVED_TABLES.every((t) => names.has(t))) return {}; // an older schema (migration tests, restores)

  /** The records of one sheet in a table with a `companyId` index. */
  async function ofSheet<T>(trans: DBCoreTransaction, table: 'addresses' | 'people', companyId: string): Promise<T[]> {
    const declared = table === 'addresses' ? newSheets.get(trans)?.get(companyId) : undefined;
    if (declared) return [...declared] as T[];
    const t = down.table(table);
    const index = t.schema.getIndexByKeyPath('companyId')!;
    return (await t.query({ trans, values: true, query: { index, range: equal(companyId) } })).result as T[];
  }

  /**
   * The addresses of each sheet, in the order of `ids`: those the transaction declared without a read, the
   * others by one query each, all issued at once (IndexedDB pipelines them in the transaction; 10,000
   * imported sheets awaited one by one cost seconds, and a promise per declared sheet was most of a
   * 10,000-row import's own work here).
   */
  async function addressesOf(trans: DBCoreTransaction, ids: readonly string[]): Promise<(readonly Address[])[]> {
    const declared = newSheets.get(trans);
    const out: (readonly Address[] | undefined)[] = ids.map((id) => declared?.get(id));
    const missing = ids.flatMap((id, i) => (out[i] ? [] : [i]));
    if (missing.length) {
      const found = await Promise.all(missing.map((i) => ofSheet<Address>(trans, 'addresses', ids[i]!)));
      missing.forEach((i, k) => (out[i] = found[k]));
    }
    return out as (readonly Address[])[];
  }

  /** The phone region of each sheet (its main address's country), read in the write's transaction. */
  async function regionsOf(
    trans: DBCoreTransaction,
    t: Terms,
    companyIds: Iterable<string>,
  ): Promise<Map<string, CountryCode>> {
    const ids = [...new Set(companyIds)];
    const found = await addressesOf(trans, ids);
    return new Map(ids.map((id, i) => [id, t.sheetPhoneRegion(found[i]!)]));
  }

  /**
   * Applies row changes to the search entries, in the write's transaction: reads the entries it has not
   * read yet (none for a declared new sheet), issues the puts and deletes of those that change, and
   * resolves once they are written. Updates of one transaction run one after the other (see `EntryState`).
   */
  function updateEntries(trans: DBCoreTransaction, changes: readonly PartChange[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    let state = entryStates.get(trans);
    if (!state) entryStates.set(trans, (state = { entries: new Map(), queue: Promise.resolve() }));
    const { entries } = state;
    const run = state.queue.then(async () => {
      const byKey = changesByEntry(changes);
      // Not read: a declared new sheet's entry (there is none yet), and a record's own entry (a contact's, an
      // invoice's…), which its one part replaces whole.
      const fresh = newSheets.get(trans);
      const missing = [...byKey].flatMap(([k, list]) =>
        entries.has(k) || fresh?.has(k) || list.every((c) => c.source === k) ? [] : [k],
      );
      if (missing.length) {
        const found = (await down.table('searchIndex').getMany({ trans, keys: missing })) as (
          SearchEntry | undefined
        )[];
        missing.forEach((k, i) => entries.set(k, found[i] ?? null));
      }
      const puts: SearchEntry[] = [];
      const drops: string[] = [];
      for (const [key, list] of byKey) {
        if (!entries.has(key) && list.every((c) => c.source === key)) {
          // A record's own entry, not read: written (or dropped) whole.
          const after = applyParts(undefined, key, list) ?? null;
          entries.set(key, after);
          if (after) puts.push(after);
          else drops.push(key);
          continue;
        }
        const before = entries.get(key) ?? undefined;
        const after = applyParts(before, key, list);
        if (after === before) continue;
        entries.set(key, after ?? null);
        if (after) puts.push(after);
        else if (before) drops.push(key);
      }
      // Issued here, in queue order; their completion is awaited outside the queue.
      return {
        written: Promise.all([
          writeDerived(trans, 'searchIndex', 'delete', drops),
          writeDerived(trans, 'searchIndex', 'put', puts),
        ]),
      };
    });
    state.queue = run.catch(() => {});
    return run.then(({ written }) => written).then(() => {});
  }

  /**
   * Rewrites the phone-keyed rows (the sheet and its contacts) of the sheets whose phone region an
   * address write changed. `written` are the addresses as written, `previous` their versions before the
   * write and the deleted ones: a sheet's region before is read from its addresses without the written
   * ones, plus the previous versions. Sheets whose region stays (most imports: a French address on a
   * sheet already keyed in France) cost one query, no rewrite.
   */
  async function rekeyPhones(trans: DBCoreTransaction, t: Terms, written: Rec[], previous: Rec[]) {
    const writtenIds = new Set(written.map((r) => r.id));
    const sheets = [...new Set([...written, ...previous].map((r) => companyIdOf('addresses', r)))];
    const after = await addressesOf(trans, sheets);
    const regions = new Map<string, CountryCode>();
    sheets.forEach((id, i) => {
      const now = after[i]!;
      const before = [
        ...now.filter((a) => !writtenIds.has(a.id)),
        ...(previous as Address[]).filter((a) => a.companyId === id),
      ];
      const region = t.sheetPhoneRegion(now);
      if (region !== t.sheetPhoneRegion(before)) regions.set(id, region);
    });
    if (!regions.size) return;
    const changes: PartChange[] = [];
    const ids = [...regions.keys()];
    const read = await Promise.all(
      ids.map((id) =>
        Promise.all([
          down.table('companies').get({ trans, key: id }) as Promise<Rec | undefined>,
          ofSheet<Rec>(trans, 'people', id),
        ]),
      ),
    );
    for (const [i, id] of ids.entries()) {
      const [sheet, people] = read[i]!;
      const region = regions.get(id);
      const records: [SearchSource, Rec][] = people.map((p) => ['people', p]);
      if (sheet) records.push(['companies', sheet]);
      for (const [table, r] of records)
        changes.push({ companyId: id, source: `${table}:${r.id}`, row: t.searchRowOf(table, r, region) });
    }
    await updateEntries(trans, changes);
  }

  async function derive(table: string, downTable: DBCoreTable, req: DBCoreMutateRequest) {
    const { trans } = req;
    // Rows of the previous versions that the write removes: deleted records, contacts moved elsewhere.
    const stale: PartChange[] = [];
    let removed: Rec[] = [];
    // Previous versions of the records a put replaces (an address's old country decides a re-key).
    const previous: Rec[] = [];
    if (req.type === 'deleteRange') {
      removed = (
        await downTable.query({ trans, values: true, query: { index: downTable.schema.primaryKey, range: req.range } })
      ).result as Rec[];
    } else if (req.type === 'delete' || (req.type === 'put' && table !== 'companies')) {
      const keys = req.type === 'delete' ? req.keys : req.values.map((v: Rec) => v.id);
      const before = (await downTable.getMany({ trans, keys })) as (Rec | undefined)[];
      before.forEach((old, i) => {
        if (!old) return;
        if (req.type === 'put') previous.push(old);
        if (req.type === 'delete') removed.push(old);
        else if (companyIdOf(table, old) !== companyIdOf(table, req.values[i] as Rec))
          stale.push({ companyId: companyIdOf(table, old), source: `${table}:${old.id}`, row: null });
      });
    }
    for (const r of removed) stale.push({ companyId: companyIdOf(table, r), source: `${table}:${r.id}`, row: null });
    return async (res: { failures: Record<number, Error> }) => {
      // Every derived write is issued as soon as it is known and awaited once at the end: IndexedDB runs a
      // transaction's requests in the order they were made, so the rows end the same, without a round trip
      // between each batch (a failed request aborts the transaction, see writeDerived).
      const pending: Promise<void>[] = [];
      const issue = (p: Promise<void>) => {
        p.catch(() => {}); // reported by the Promise.all below, not as unhandled in between
        pending.push(p);
      };
      if (table === 'companies')
        issue(
          writeDerived(
            trans,
            'listKeys',
            'delete',
            removed.map((r) => r.id),
          ),
        );
      const written =
        req.type === 'add' || req.type === 'put' ? (req.values.filter((_, i) => !res.failures[i]) as Rec[]) : [];
      if (stale.length) issue(updateEntries(trans, stale));
      if (table === 'addresses') {
        // The main address gives the sheet's phone region: its phones and its contacts' are keyed again.
        if (written.length || removed.length)
          await rekeyPhones(trans, await termsFor(trans), written, [...previous, ...removed]);
      }
      if (written.length) {
        const t = await termsFor(trans);
        const regions = t.PHONE_SOURCES.has(table as SearchSource)
          ? await regionsOf(
              trans,
              t,
              written.map((v) => companyIdOf(table, v)),
            )
          : null;
        const changes: PartChange[] = [];
        const declared = table === 'companies' ? newSheets.get(trans) : undefined;
        for (const v of written) {
          const companyId = companyIdOf(table, v);
          const region = regions?.get(companyId);
          changes.push({ companyId, source: `${table}:${v.id}`, row: t.searchRowOf(table as SearchSource, v, region) });
          // A declared new sheet's entry is written whole, with its addresses (see declareNewSheets).
          for (const a of declared?.get(v.id) ?? [])
            changes.push({ companyId, source: `addresses:${a.id}`, row: t.searchRowOf('addresses', a) });
        }
        issue(updateEntries(trans, changes));
        if (table === 'companies')
          issue(
            writeDerived(
              trans,
              'listKeys',
              'put',
              written.map((c) => listKeyOf(c as unknown as Company)),
            ),
          );
      }
      await Promise.all(pending);
    };
  }

  return {
    transaction(stores, mode, options) {
      const touches = mode === 'readwrite' && stores.some((s) => SOURCES.has(s));
      // Phone keys read the sheet's addresses; an address write rewrites the sheet's and its contacts' rows.
      const scope = touches
        ? [
            ...new Set([
              ...stores,
              ...DERIVED_TABLES,
              'addresses',
              ...(stores.includes('addresses') ? ['companies', 'people'] : []),
            ]),
          ]
        : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const downTable = down.table(name);
      if (!SOURCES.has(name)) return downTable;
      return {
        ...downTable,
        async mutate(req) {
          const after = await derive(name, downTable, req);
          const res = await downTable.mutate(req);
          await after(res);
          return res;
        },
      };
    },
  };
}

/**
 * Right above IndexedDB (below Dexie's hooks, cache and observability, which read Dexie's zone and would
 * lose it across our awaits). So the index writes are not observed: the list listens to the records'
 * tables instead (`models/list.ts`).
 */
export const listIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FicheListIndex',
  level: -2,
  create: middleware,
};

/**
 * Builds both indexes from the records when they are missing (right after the upgrade to version 2, or
 * for a database restored from a file), in one transaction. A cheap check otherwise: one key of each.
 */
export async function buildListIndexesIfMissing(db: Dexie): Promise<void> {
  if (!DERIVED_TABLES.every((t) => db.tables.some((x) => x.name === t))) return;
  const [aKey, aSheet] = await Promise.all([
    db.table('listKeys').limit(1).primaryKeys(),
    db.table('companies').limit(1).primaryKeys(),
  ]);
  if (aKey.length > 0 || aSheet.length === 0) return;
  const t = await loadSearchTerms();
  await db.transaction(
    'rw',
    [...SEARCH_SOURCES, ...DERIVED_TABLES].map((n) => db.table(n)),
    async () => {
      await db.table('listKeys').clear();
      await db.table('searchIndex').clear();
      const addresses = new Map<string, Address[]>();
      for (const a of (await db.table('addresses').toArray()) as Address[])
        addresses.set(a.companyId, [...(addresses.get(a.companyId) ?? []), a]);
      const regionOf = (r: Rec) => t.sheetPhoneRegion(addresses.get(r.companyId ?? r.id) ?? []);
      const rows: SearchRow[] = [];
      for (const source of SEARCH_SOURCES) {
        const records = (await db.table(source).toArray()) as Rec[];
        for (const r of records) {
          const row = t.searchRowOf(source, r, t.PHONE_SOURCES.has(source) ? regionOf(r) : undefined);
          if (row) rows.push(row);
        }
        if (source === 'companies')
          await db.table('listKeys').bulkPut(records.map((c) => listKeyOf(c as unknown as Company)));
      }
      await db.table('searchIndex').bulkPut(entriesOf(rows));
    },
  );
}
