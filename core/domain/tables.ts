/**
 * The tables of the data model and the record each holds: one list that the database, the merge, the
 * demo data and the backup all derive from, so that a new table cannot be forgotten by one of them.
 */
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
} from './records';

export interface TableRecords {
  companies: Company;
  addresses: Address;
  people: Person;
  interactions: Interaction;
  opportunities: Opportunity;
  tasks: Task;
  projects: Project;
  tickets: Ticket;
  quotes: Quote;
  orders: Order;
  invoices: Invoice;
  documents: FicheDocument;
  pipelines: Pipeline;
  users: User;
  templates: Template;
  customFieldDefs: CustomFieldDef;
  settings: Setting;
  history: HistoryEntry;
  duplicateDismissals: DuplicateDismissal;
}

/** The tables whose records belong to one sheet (`companyId`): what a merge moves. */
export const SHEET_CHILD_TABLES = [
  'addresses',
  'people',
  'interactions',
  'opportunities',
  'tasks',
  'projects',
  'tickets',
  'quotes',
  'orders',
  'invoices',
  'documents',
] as const satisfies readonly (keyof TableRecords)[];

export const TABLE_NAMES = [
  'companies',
  ...SHEET_CHILD_TABLES,
  'pipelines',
  'users',
  'templates',
  'customFieldDefs',
  'settings',
  'history',
  'duplicateDismissals',
] as const satisfies readonly (keyof TableRecords)[];

export type TableName = (typeof TABLE_NAMES)[number];
