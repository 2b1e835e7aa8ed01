/** UI words for the sales section: kinds, statuses and the error and refusal codes. */
import type { Invoice, Order, Quote } from '../../core/domain';
import {
  invoiceIsOverdue,
  invoicePaidAmount,
  invoiceRemainingAmount,
  orderInvoicedAmount,
  orderIsOpen,
  quoteIsExpired,
} from '../../core/sales';
import type { DeletionBlock, SalesErrorCode, SalesKind } from '../../core/sales-form';
import type { SalesRefusal } from '../../models/sales';
import { formatMoney, t, type MessageKey } from '../i18n';

export const kindLabel = (kind: SalesKind): string =>
  t(kind === 'quote' ? 'salesKindQuote' : kind === 'order' ? 'salesKindOrder' : 'salesKindInvoice');

export const kindGroupLabel = (kind: SalesKind): string =>
  t(kind === 'quote' ? 'salesKindQuotes' : kind === 'order' ? 'salesKindOrders' : 'salesKindInvoices');

export const addLabel = (kind: SalesKind): string =>
  t(kind === 'quote' ? 'salesAddQuote' : kind === 'order' ? 'salesAddOrder' : 'salesAddInvoice');

export const numberPrefix = (kind: SalesKind): string =>
  t(kind === 'quote' ? 'salesPrefixQuote' : kind === 'order' ? 'salesPrefixOrder' : 'salesPrefixInvoice');

export const QUOTE_STATUS: Record<Quote['status'], MessageKey> = {
  draft: 'salesStatusDraft',
  sent: 'salesStatusSent',
  accepted: 'salesStatusAccepted',
  refused: 'salesStatusRefused',
};

export const INVOICE_STATUS: Record<Invoice['status'], MessageKey> = {
  draft: 'salesStatusDraft',
  issued: 'salesStatusIssued',
  cancelled: 'salesStatusCancelled',
};

export interface Badge {
  text: string;
  tone: '' | 'client' | 'prospect' | 'supplier' | 'danger';
  /** For tests and styling hooks: a stable status name. */
  status: string;
}

export function quoteBadges(q: Quote, today: string): Badge[] {
  if ((q.status === 'draft' || q.status === 'sent') && quoteIsExpired(q, today)) {
    return [{ text: t('salesStatusExpired'), tone: 'danger', status: 'expired' }];
  }
  const tone =
    q.status === 'accepted' ? 'client' : q.status === 'refused' ? 'danger' : q.status === 'sent' ? 'prospect' : '';
  return [{ text: t(QUOTE_STATUS[q.status]), tone, status: q.status }];
}

export function orderBadges(o: Order, invoices: readonly Invoice[]): Badge[] {
  if (o.closedByHand) return [{ text: t('salesStatusClosed'), tone: '', status: 'closed' }];
  if (!orderIsOpen(o, invoices)) return [{ text: t('salesStatusInvoiced'), tone: 'client', status: 'invoiced' }];
  return [{ text: t('salesStatusToInvoice'), tone: 'prospect', status: 'to-invoice' }];
}

export function invoiceBadges(i: Invoice, today: string): Badge[] {
  const out: Badge[] = [];
  if (i.kind === 'credit_note') out.push({ text: t('salesKindCreditNote'), tone: 'supplier', status: 'credit-note' });
  if (i.status !== 'issued') {
    out.push({ text: t(INVOICE_STATUS[i.status]), tone: '', status: i.status });
    return out;
  }
  if (i.kind === 'credit_note') return out;
  const remaining = invoiceRemainingAmount(i);
  if (remaining === 0) {
    out.push({ text: t('salesStatusPaid'), tone: 'client', status: 'paid' });
    const over = invoicePaidAmount(i) - i.amountInclTax;
    if (over > 0)
      out.push({ text: t('salesOverpaidBy', formatMoney(over, i.currency)), tone: 'danger', status: 'overpaid' });
  } else {
    out.push({ text: t('salesRemaining', formatMoney(remaining, i.currency)), tone: 'supplier', status: 'remaining' });
    if (invoiceIsOverdue(i, today)) out.push({ text: t('salesOverdue'), tone: 'danger', status: 'overdue' });
  }
  return out;
}

export function orderProgress(o: Order, invoices: readonly Invoice[]): string {
  return t(
    'salesInvoicedPart',
    formatMoney(orderInvoicedAmount(o, invoices), o.currency),
    formatMoney(o.amountExclTax, o.currency),
  );
}

const ERRORS: Record<Exclude<SalesErrorCode, 'number-taken'>, MessageKey> = {
  required: 'errorRequired',
  money: 'salesErrorMoney',
  'money-precision': 'salesErrorPrecision',
  'money-negative': 'salesErrorNegative',
  'incl-below-excl': 'salesErrorInclBelowExcl',
  'end-before-date': 'salesErrorEndBeforeDate',
  date: 'errorDate',
  currency: 'salesErrorCurrency',
  'too-long': 'salesErrorTooLong',
};

export function numberTakenText(kind: SalesKind): string {
  return t(
    kind === 'quote'
      ? 'salesErrorNumberTakenQuote'
      : kind === 'order'
        ? 'salesErrorNumberTakenOrder'
        : 'salesErrorNumberTakenInvoice',
  );
}

export function salesErrorText(kind: SalesKind, code: SalesErrorCode | undefined): string | undefined {
  if (!code) return undefined;
  return code === 'number-taken' ? numberTakenText(kind) : t(ERRORS[code]);
}

const KEEP: Record<DeletionBlock, MessageKey> = {
  'quote-not-draft': 'salesKeepQuote',
  'quote-has-orders': 'salesKeepQuoteOrdered',
  'invoice-not-draft': 'salesKeepInvoice',
  'order-has-invoices': 'salesKeepOrder',
};

export const keepReason = (block: DeletionBlock): string => t(KEEP[block]);

const REFUSAL: Record<Exclude<SalesRefusal, 'number-taken'>, MessageKey> = {
  ...KEEP,
  'not-found': 'salesErrorNotFound',
  'no-sheet': 'salesErrorNoSheet',
  'wrong-sheet': 'salesErrorWrongSheet',
  'quote-refused': 'salesErrorQuoteRefused',
  'not-issued': 'salesErrorNotIssued',
  'payment-amount': 'salesErrorPaymentAmount',
};

/** A refusal from the repository, as a sentence (form-level; the number error goes next to its field). */
export function refusalText(kind: SalesKind, code: SalesRefusal): string {
  return code === 'number-taken' ? numberTakenText(kind) : t(REFUSAL[code]);
}
