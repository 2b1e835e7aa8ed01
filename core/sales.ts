/**
 * "Open" quotes, orders and invoices (SPEC §2.6): what the sheet shows until it is settled.
 * Calendar days are 'YYYY-MM-DD' strings, compared as strings (same width, so lexical order is
 * date order) and `today` is a parameter: these functions never read a clock.
 * - quote: open unless accepted, refused, or expired (expiry date before today);
 * - order: open until its issued invoices (credit notes deducted) reach its amount excl. tax,
 *   or it is closed by hand;
 * - invoice: open while issued and not fully paid. Credit notes are never "open": they settle
 *   nothing by themselves and most users record no refund on them.
 */
import type { Invoice, Order, Quote } from './domain';

export function quoteIsExpired(quote: Quote, today: string): boolean {
  return quote.expiryDate !== undefined && quote.expiryDate < today;
}

export function quoteIsOpen(quote: Quote, today: string): boolean {
  return quote.status !== 'accepted' && quote.status !== 'refused' && !quoteIsExpired(quote, today);
}

/** Sum excl. tax of the issued invoices of this order in its currency; credit notes count negative. */
export function orderInvoicedAmount(order: Order, invoices: readonly Invoice[]): number {
  let sum = 0;
  for (const inv of invoices) {
    if (inv.orderId !== order.id || inv.status !== 'issued' || inv.currency !== order.currency) continue;
    sum += signedAmount(inv, inv.amountExclTax);
  }
  return sum;
}

export function orderIsOpen(order: Order, invoices: readonly Invoice[]): boolean {
  return !order.closedByHand && orderInvoicedAmount(order, invoices) < order.amountExclTax;
}

export function invoicePaidAmount(invoice: Invoice): number {
  let sum = 0;
  for (const p of invoice.payments) sum += p.amount;
  return sum;
}

/** What is left to pay, incl. tax; 0 when fully paid or overpaid, and for credit notes. */
export function invoiceRemainingAmount(invoice: Invoice): number {
  if (invoice.kind !== 'invoice' || invoice.status !== 'issued') return 0;
  return Math.max(0, invoice.amountInclTax - invoicePaidAmount(invoice));
}

export function invoiceIsOpen(invoice: Invoice): boolean {
  return invoiceRemainingAmount(invoice) > 0;
}

/** Open and past its due date. An invoice without a due date is never overdue. */
export function invoiceIsOverdue(invoice: Invoice, today: string): boolean {
  return invoiceIsOpen(invoice) && invoice.dueDate !== undefined && invoice.dueDate < today;
}

/**
 * Credit notes carry negative amounts (schema); one typed with positive amounts by hand still
 * reduces revenue rather than adding to it.
 */
export function signedAmount(invoice: Invoice, amount: number): number {
  return invoice.kind === 'credit_note' ? -Math.abs(amount) : amount;
}

export interface OpenSales {
  quotes: Quote[];
  orders: Order[];
  invoices: Invoice[];
}

/** The open documents of a sheet, each list in its input order. */
export function openSales(
  quotes: readonly Quote[],
  orders: readonly Order[],
  invoices: readonly Invoice[],
  today: string,
): OpenSales {
  return {
    quotes: quotes.filter((q) => quoteIsOpen(q, today)),
    orders: orders.filter((o) => orderIsOpen(o, invoices)),
    invoices: invoices.filter(invoiceIsOpen),
  };
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` ('YYYY-MM-DD'), negative when `to` is earlier; UTC, so no DST drift. */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoDayToUtcMs(to) - isoDayToUtcMs(from)) / DAY_MS);
}

function isoDayToUtcMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}
