/** Words for merge and duplicate UI: reasons, counts, field names. */
import type { CustomFieldDef } from '../../core/domain';
import type { DuplicateReason, MergeCounts, MovedTable } from '../../models/merge';
import { t, type MessageKey } from '../i18n';

const REASON: Record<DuplicateReason, MessageKey> = {
  email: 'dupReasonEmail',
  domain: 'dupReasonDomain',
  'legal-id': 'dupReasonLegal',
  linkedin: 'dupReasonLinkedin',
  name: 'dupReasonName',
};
export const reasonText = (r: DuplicateReason) => t(REASON[r]);

const COUNT: Record<MovedTable, MessageKey> = {
  people: 'mergeCountPeople',
  addresses: 'mergeCountAddresses',
  interactions: 'mergeCountInteractions',
  opportunities: 'mergeCountOpportunities',
  tasks: 'mergeCountTasks',
  projects: 'mergeCountProjects',
  tickets: 'mergeCountTickets',
  quotes: 'countQuotes',
  orders: 'countOrders',
  invoices: 'countInvoices',
  documents: 'countDocuments',
};
const COUNT_ORDER: MovedTable[] = ['people', 'addresses', 'interactions', 'opportunities', 'tasks', 'projects', 'tickets', 'quotes', 'orders', 'invoices', 'documents'];

/** "2 contact(s)", "1 address(es)", … for the kinds that move, in the sheet's order. */
export function countLines(counts: MergeCounts): { table: MovedTable; text: string }[] {
  return COUNT_ORDER.filter((table) => counts[table] > 0).map((table) => ({ table, text: t(COUNT[table], counts[table]) }));
}

const FIELD: Record<string, MessageKey> = {
  name: 'fieldName',
  kind: 'fieldKind',
  vat: 'fieldVat',
  siren: 'fieldSiren',
  siret: 'fieldSiret',
  website: 'fieldWebsite',
  linkedinUrl: 'fieldLinkedin',
  phone: 'fieldPhone',
  accountManagerId: 'fieldAccountManager',
};

export function fieldLabel(field: string, defs: readonly CustomFieldDef[]): string {
  if (field.startsWith('custom:')) return defs.find((d) => d.id === field.slice(7))?.label ?? field.slice(7);
  const key = FIELD[field];
  return key ? t(key) : field;
}

export function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (v === true) return '✓';
  if (v === false) return '✗';
  return String(v ?? '');
}

export const mergeOptions = () => ({ commentHeading: (name: string) => t('mergeCommentHeading', name) });
