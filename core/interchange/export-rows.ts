/**
 * CSV export rows per entity, headed with the Axonaut API v2 field names where Axonaut has one
 * (companies, employees, events, invoices), our own snake_case names otherwise. Pure: records in,
 * rows of cells out; `serializeCsv` makes the file.
 */
import type { Address, Company, Interaction, InteractionType, Invoice, Person } from '../domain';
import type { CsvCell } from './csv';
import { mainAddress } from '../addresses';

export const COMPANY_HEADERS = [
  'id',
  'name',
  'siret',
  'siren',
  'intracommunity_number',
  'address_street',
  'address_zip_code',
  'address_city',
  'address_country',
  'is_prospect',
  'is_customer',
  'is_supplier',
  'website',
  'phone_number',
  'linkedin',
  'categories',
  'comments',
  'created_at',
  'updated_at',
] as const;

export const CONTACT_HEADERS = [
  'id',
  'company_id',
  'company_name',
  'firstname',
  'lastname',
  'email',
  'job',
  'phone_number',
  'cellphone_number',
  'is_billing_contact',
  'linkedin',
  'archived',
] as const;

export const EVENT_HEADERS = [
  'id',
  'company_id',
  'company_name',
  'title',
  'date',
  'nature',
  'flow',
  'content',
  'attendees',
] as const;

export const INVOICE_HEADERS = [
  'id',
  'number',
  'company_id',
  'company_name',
  'date',
  'due_date',
  'kind',
  'status',
  'pre_tax_amount',
  'total',
  'currency',
  'paid_amount',
  'title',
] as const;

/**
 * Axonaut's event natures: 1 email, 2 call, 3 meeting, 4 letter (mail), 5 text message, 6 note.
 * (Axonaut API v2 "events": nature 1–6; flow 1 = received, 2 = sent.)
 */
export const EVENT_NATURE: Record<InteractionType, number> = {
  email: 1,
  call: 2,
  meeting: 3,
  letter: 4,
  text: 5,
  note: 6,
};
export const eventFlow = (direction: Interaction['direction']): number | '' =>
  direction === 'in' ? 1 : direction === 'out' ? 2 : '';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
/**
 * Cents as a decimal with a comma ("1234,50"): the file is for French Excel (`;` delimiter), which
 * reads "1234.50" as text and "1234,50" as a number it can sum. No thousands separator, so the value
 * stays one plain number; our own CSV import reads both marks (core/sales-form parseMoney).
 */
export const centsToDecimal = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
};

export function companyRow(c: Company, addresses: readonly Address[]): CsvCell[] {
  const a = mainAddress(addresses);
  return [
    c.id,
    c.name,
    c.siret ?? '',
    c.siren ?? '',
    c.vat ?? '',
    a?.street ?? '',
    a?.postalCode ?? '',
    a?.city ?? '',
    a?.country ?? '',
    c.isProspect,
    c.isClient,
    c.isSupplier,
    c.website ?? '',
    c.phone ?? '',
    c.linkedinUrl ?? '',
    c.categories.join(', '),
    c.comment,
    iso(c.createdAt),
    iso(c.updatedAt),
  ];
}

export function contactRow(p: Person, companyName: string): CsvCell[] {
  return [
    p.id,
    p.companyId,
    companyName,
    p.firstName,
    p.lastName,
    p.emails.join(', '),
    p.jobTitle,
    p.phone,
    p.mobile,
    p.isBillingContact,
    p.linkedinUrl ?? '',
    p.archivedAt !== undefined,
  ];
}

export function eventRow(i: Interaction, companyName: string, personNames: ReadonlyMap<string, string>): CsvCell[] {
  return [
    i.id,
    i.companyId,
    companyName,
    i.title,
    iso(i.happensAt),
    EVENT_NATURE[i.type],
    eventFlow(i.direction),
    i.content,
    i.personIds
      .map((id) => personNames.get(id) ?? '')
      .filter(Boolean)
      .join(', '),
  ];
}

export function invoiceRow(inv: Invoice, companyName: string): CsvCell[] {
  const paid = inv.payments.reduce((s, p) => s + p.amount, 0);
  return [
    inv.id,
    inv.number,
    inv.companyId,
    companyName,
    inv.date,
    inv.dueDate ?? '',
    inv.kind,
    inv.status,
    centsToDecimal(inv.amountExclTax),
    centsToDecimal(inv.amountInclTax),
    inv.currency,
    centsToDecimal(paid),
    inv.title ?? '',
  ];
}
