/** The data model's tables in words, for the screens that count records (restore preview, backup errors): never a table's code name. */
import type { TableName } from '../core/domain/tables';
import { t, type MessageKey } from './i18n';

const TABLE_LABEL: Record<TableName, MessageKey> = {
  companies: 'tableCompanies',
  addresses: 'tableAddresses',
  people: 'tablePeople',
  interactions: 'tableInteractions',
  opportunities: 'tableOpportunities',
  tasks: 'tableTasks',
  projects: 'tableProjects',
  tickets: 'tableTickets',
  quotes: 'tableQuotes',
  orders: 'tableOrders',
  invoices: 'tableInvoices',
  documents: 'tableDocuments',
  pipelines: 'tablePipelines',
  users: 'tableUsers',
  templates: 'tableTemplates',
  customFieldDefs: 'tableCustomFieldDefs',
  settings: 'tableSettings',
  history: 'tableHistory',
  duplicateDismissals: 'tableDuplicateDismissals',
};

/** A table's name in words; an unknown name (from a newer backup) is shown as it is. */
export function tableLabel(name: string): string {
  return Object.hasOwn(TABLE_LABEL, name) ? t(TABLE_LABEL[name as TableName]) : name;
}
