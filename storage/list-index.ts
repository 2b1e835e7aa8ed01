/**
 * Keeps the list and search indexes (`listKeys`, `searchTerms`, see `core/search.ts`) true to the
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
import { listKeyOf, SEARCH_SOURCES, type SearchRow, type SearchSource } from '../core/search';
import type { Address, Company } from '../core/domain';

export const DERIVED_TABLES = ['listKeys', 'searchTerms'] as const;

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
 * otherwise query each new sheet's addresses three times (for the sheet, its address, its contacts).
 * The ids must be new (no address of the sheet exists before) and the addresses exactly those written.
 */
export function declareNewSheets(idbTransaction: object, addresses: ReadonlyMap<string, readonly Address[]>): void {
  newSheets.set(idbTransaction, addresses);
}

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
    const rows: SearchRow[] = [];
    const drop: [string, string][] = [];
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
      for (const [table, r] of records) {
        const row = t.searchRowOf(table, r, region);
        if (row) rows.push(row);
        else drop.push([id, `${table}:${r.id}`]);
      }
    }
    await writeDerived(trans, 'searchTerms', 'delete', drop);
    await writeDerived(trans, 'searchTerms', 'put', rows);
  }

  async function derive(table: string, downTable: DBCoreTable, req: DBCoreMutateRequest) {
    const { trans } = req;
    // Rows of the previous versions that the write removes: deleted records, contacts moved elsewhere.
    const stale: [string, string][] = [];
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
          stale.push([companyIdOf(table, old), `${table}:${old.id}`]);
      });
    }
    for (const r of removed) stale.push([companyIdOf(table, r), `${table}:${r.id}`]);
    return async (res: { failures: Record<number, Error> }) => {
      // Every derived write is issued as soon as it is known and awaited once at the end: IndexedDB runs a
      // transaction's requests in the order they were made, so the rows end the same, without a round trip
      // between each batch (a failed request aborts the transaction, see writeDerived).
      const pending: Promise<void>[] = [];
      const issue = (p: Promise<void>) => {
        p.catch(() => {}); // reported by the Promise.all below, not as unhandled in between
        pending.push(p);
      };
      issue(writeDerived(trans, 'searchTerms', 'delete', stale));
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
        const rows: SearchRow[] = [];
        const drop: [string, string][] = [];
        for (const v of written) {
          const row = t.searchRowOf(table as SearchSource, v, regions?.get(companyIdOf(table, v)));
          if (row) rows.push(row);
          else drop.push([companyIdOf(table, v), `${table}:${v.id}`]);
        }
        issue(writeDerived(trans, 'searchTerms', 'delete', drop));
        issue(writeDerived(trans, 'searchTerms', 'put', rows));
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
      await db.table('searchTerms').clear();
      const addresses = new Map<string, Address[]>();
      for (const a of (await db.table('addresses').toArray()) as Address[])
        addresses.set(a.companyId, [...(addresses.get(a.companyId) ?? []), a]);
      const regionOf = (r: Rec) => t.sheetPhoneRegion(addresses.get(r.companyId ?? r.id) ?? []);
      for (const source of SEARCH_SOURCES) {
        const records = (await db.table(source).toArray()) as Rec[];
        const rows = records
          .map((r) => t.searchRowOf(source, r, t.PHONE_SOURCES.has(source) ? regionOf(r) : undefined))
          .filter((r): r is SearchRow => r !== null);
        await db.table('searchTerms').bulkPut(rows);
        if (source === 'companies')
          await db.table('listKeys').bulkPut(records.map((c) => listKeyOf(c as unknown as Company)));
      }
    },
  );
}
