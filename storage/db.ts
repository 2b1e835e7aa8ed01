/**
 * Fiche's one IndexedDB database (Dexie). Only the background and the extension pages import this
 * module; content scripts never do. Every write that spans records goes through `db.transaction`
 * naming all its tables.
 */
import Dexie, { type EntityTable } from 'dexie';
import { SHEET_CHILD_TABLES, TABLE_NAMES, type TableRecords } from '../core/domain/tables';
import type { ListKey, SearchEntry } from '../core/search';
import { buildListIndexesIfMissing, DERIVED_TABLES, listIndexMiddleware } from './list-index';
import { SCHEMA_VERSIONS } from './migrations';

export const DB_NAME = 'fiche';

export class FicheDB extends Dexie {
  companies!: EntityTable<TableRecords['companies'], 'id'>;
  addresses!: EntityTable<TableRecords['addresses'], 'id'>;
  people!: EntityTable<TableRecords['people'], 'id'>;
  interactions!: EntityTable<TableRecords['interactions'], 'id'>;
  pipelines!: EntityTable<TableRecords['pipelines'], 'id'>;
  opportunities!: EntityTable<TableRecords['opportunities'], 'id'>;
  projects!: EntityTable<TableRecords['projects'], 'id'>;
  tasks!: EntityTable<TableRecords['tasks'], 'id'>;
  tickets!: EntityTable<TableRecords['tickets'], 'id'>;
  quotes!: EntityTable<TableRecords['quotes'], 'id'>;
  orders!: EntityTable<TableRecords['orders'], 'id'>;
  invoices!: EntityTable<TableRecords['invoices'], 'id'>;
  documents!: EntityTable<TableRecords['documents'], 'id'>;
  users!: EntityTable<TableRecords['users'], 'id'>;
  templates!: EntityTable<TableRecords['templates'], 'id'>;
  customFieldDefs!: EntityTable<TableRecords['customFieldDefs'], 'id'>;
  settings!: EntityTable<TableRecords['settings'], 'key'>;
  history!: EntityTable<TableRecords['history'], 'id'>;
  duplicateDismissals!: EntityTable<TableRecords['duplicateDismissals'], 'pairKey'>;
  /** Derived (storage/list-index.ts): never written directly, not in backups. */
  listKeys!: EntityTable<ListKey, 'id'>;
  searchIndex!: EntityTable<SearchEntry, 'key'>;

  constructor(name = DB_NAME, upTo = Infinity, durability: 'default' | 'strict' = 'default') {
    super(name, durability === 'strict' ? { chromeTransactionDurability: 'strict' } : {});
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade.run);
    }
    this.use(listIndexMiddleware);
    this.on('ready', (vip) => {
      // (the bench splits a cold panel's first paint with it: page load, database open, list read)
      if (name === DB_NAME) performance.mark('fiche:db-ready');
      return buildListIndexesIfMissing(vip);
    });
  }
}

/** The tables of a sheet, for transactions that touch everything of a sheet; every table of the model. */
export const SHEET_TABLES = ['companies', ...SHEET_CHILD_TABLES] as const;
export const ALL_TABLES = TABLE_NAMES;
/** Indexes derived from the records, rebuilt from them: not part of the data model nor of a backup. */
export { DERIVED_TABLES };

export const db = new FicheDB();

let strict: FicheDB | null = null;
/**
 * The same database through a connection whose transactions are flushed to disk before they complete
 * (SPEC §7: strict durability for migrations, merges, imports and restores). Everyday edits use `db`.
 * Made on first use: the background never needs it, and a Dexie instance costs ~3 ms of its cold wake.
 */
export function strictDb(): FicheDB {
  return (strict ??= new FicheDB(DB_NAME, Infinity, 'strict'));
}
