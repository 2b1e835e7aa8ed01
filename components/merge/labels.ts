/** Words for merge and duplicate UI: reasons, counts, field names. */
import type { CustomFieldDef, User } from '../../core/domain';
import type { DuplicateReason, MergeCounts, MovedTable } from '../../models/merge';
import { t, type MessageKey } from '../i18n';
import { plural, type PluralKey } from '../plural';

const REASON: Record<DuplicateReason, MessageKey> = {
  email: 'dupReasonEmail',
  domain: 'dupReasonDomain',
  'legal-id': 'dupReasonLegal',
  linkedin: 'dupReasonLinkedin',
  name: 'dupReasonName',
};
export const reasonText = (r: DuplicateReason) => t(REASON[r]);

const COUNT: Record<MovedTable, PluralKey> = {
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
/** The sheet's order: the keys of COUNT as written above. */
const COUNT_ORDER = Object.keys(COUNT) as MovedTable[];

/** "2 contacts", "1 address", … for the kinds that move, in the sheet's order. */
export function countLines(counts: MergeCounts): { table: MovedTable; text: string }[] {
  return COUNT_ORDER.filter((table) => counts[table] > 0).map((table) => ({
    table,
    text: plural(COUNT[table], counts[table]),
  }));
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

/** A value as words: a user's name for an account manager (never the user's id), lists joined. */
export function valueText(v: unknown, field?: string, users: readonly Pick<User, 'id' | 'name'>[] = []): string {
  if (field === 'accountManagerId' && typeof v === 'string') return users.find((u) => u.id === v)?.name ?? '—';
  if (Array.isArray(v)) return v.join(', ');
  if (v === true) return '✓';
  if (v === false) return '✗';
  return String(v ?? '');
}

export const mergeOptions = () => ({ commentHeading: (name: string) => t('mergeCommentHeading', name) });
