/**
 * Fiche's one IndexedDB database (Dexie). Only the background and the extension pages import this
 * module; content scripts never do. Every write that spans records goes through `db.transaction`
 * naming all its tables.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Address,
  Company,
  CustomFieldDef,
  DuplicateDismissal,
  FicheDocument,
  HistoryEntry,
  Interaction,
  Invoice,
  Opportunity,
  Order,
  Person,
  Pipeline,
  Project,
  Quote,
  Setting,
  Task,
  Template,
  Ticket,
  User,
} from '../core/domain';
import { SHEET_CHILD_TABLES, TABLE_NAMES, type TableName } from '../core/domain/tables';
import { SCHEMA_VERSIONS } from './migrations';

export const DB_NAME = 'fiche';

export class FicheDB extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  addresses!: EntityTable<Address, 'id'>;
  people!: EntityTable<Person, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  pipelines!: EntityTable<Pipeline, 'id'>;
  opportunities!: EntityTable<Opportunity, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  tickets!: EntityTable<Ticket, 'id'>;
  quotes!: EntityTable<Quote, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  documents!: EntityTable<FicheDocument, 'id'>;
  users!: EntityTable<User, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  customFieldDefs!: EntityTable<CustomFieldDef, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  duplicateDismissals!: EntityTable<DuplicateDismissal, 'pairKey'>;

  constructor(name = DB_NAME, upTo = Infinity, durability: 'default' | 'strict' = 'default') {
    super(name, durability === 'strict' ? { chromeTransactionDurability: 'strict' } : {});
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade.run);
    }
  }
}

/** The tables of a sheet, for transactions that touch everything of a sheet; every table of the model. */
export const SHEET_TABLES = ['companies', ...SHEET_CHILD_TABLES] as const;
export const ALL_TABLES = TABLE_NAMES;
export type { TableName };

export const db = new FicheDB();

/**
 * The same database through a connection whose transactions are flushed to disk before they complete
 * (SPEC §7: strict durability for migrations, merges, imports and restores). Everyday edits use `db`.
 */
export const strictDb = new FicheDB(DB_NAME, Infinity, 'strict');
