/**
 * Prospect → client (SPEC §4, seed "Comment un prospect devient un client"): recording an
 * issued invoice changes the sheet's flags according to the setting `invoiceMakes`:
 * - 'client' (default, Axonaut's behaviour): the sheet becomes a client and stops being a prospect;
 * - 'prospect': the sheet stays (or becomes) a prospect; `isClient` is left as it was, so a sheet
 *   already a client is not demoted;
 * - 'prospect-and-client': both flags set.
 * Drafts, cancelled invoices and credit notes change nothing: only issuing an invoice means
 * "you have billed this client". `isSupplier` is never touched.
 */
import type { Company, Invoice } from './domain';

export type InvoiceMakes = 'client' | 'prospect' | 'prospect-and-client';
export const INVOICE_MAKES_SETTING_KEY = 'invoiceMakes';
export const DEFAULT_INVOICE_MAKES: InvoiceMakes = 'client';

/** The setting as stored (unknown), falling back to the default for anything unexpected. */
export function parseInvoiceMakes(value: unknown): InvoiceMakes {
  return value === 'client' || value === 'prospect' || value === 'prospect-and-client' ? value : DEFAULT_INVOICE_MAKES;
}

export interface ProspectFlags {
  isProspect: boolean;
  isClient: boolean;
}

export function flagsAfterInvoice(flags: ProspectFlags, setting: InvoiceMakes = DEFAULT_INVOICE_MAKES): ProspectFlags {
  switch (setting) {
    case 'client':
      return { isProspect: false, isClient: true };
    case 'prospect':
      return { isProspect: true, isClient: flags.isClient };
    case 'prospect-and-client':
      return { isProspect: true, isClient: true };
  }
}

export function invoiceChangesFlags(invoice: Pick<Invoice, 'kind' | 'status'>): boolean {
  return invoice.kind === 'invoice' && invoice.status === 'issued';
}

/** The company after recording this invoice: the same object when nothing changes. */
export function applyInvoiceToCompany(
  company: Company,
  invoice: Pick<Invoice, 'kind' | 'status'>,
  setting: InvoiceMakes = DEFAULT_INVOICE_MAKES,
  now?: number,
): Company {
  if (!invoiceChangesFlags(invoice)) return company;
  const next = flagsAfterInvoice(company, setting);
  if (next.isProspect === company.isProspect && next.isClient === company.isClient) return company;
  return { ...company, ...next, ...(now !== undefined ? { updatedAt: now } : {}) };
}
