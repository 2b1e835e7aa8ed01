/**
 * Revenue figures of a sheet (SPEC §2.1), one entry per currency: amounts in two currencies
 * are never added together, and no exchange rate is invented.
 * - totals: issued invoices minus credit notes, excl. and incl. tax; drafts and cancelled ignored;
 * - average payment delay: days from the invoice date to the date of the payment that completes
 *   it, over fully paid invoices only (a payment dated before the invoice, a deposit, counts as 0
 *   days); null when no invoice is fully paid;
 * - outstanding: what remains to pay on issued invoices incl. tax (overpayments do not make it
 *   negative), and its overdue part (due date before `today`).
 * Credit notes do not reduce the outstanding amount: the schema does not say which invoice a
 * credit note cancels, so the user records it as a payment of that invoice.
 */
import type { Invoice } from './domain';
import { daysBetween, invoicePaidAmount, invoiceRemainingAmount, signedAmount } from './sales';

export interface RevenueFigures {
  currency: string;
  /** Cents. */
  totalExclTax: number;
  totalInclTax: number;
  /** Issued invoices (credit notes not included). */
  invoiceCount: number;
  creditNoteCount: number;
  paidInvoiceCount: number;
  /** Days, one decimal; null when no invoice is fully paid. */
  averagePaymentDelayDays: number | null;
  outstandingInclTax: number;
  overdueInclTax: number;
  unpaidInvoiceCount: number;
  overdueInvoiceCount: number;
}

function emptyFigures(currency: string): RevenueFigures {
  return {
    currency,
    totalExclTax: 0,
    totalInclTax: 0,
    invoiceCount: 0,
    creditNoteCount: 0,
    paidInvoiceCount: 0,
    averagePaymentDelayDays: null,
    outstandingInclTax: 0,
    overdueInclTax: 0,
    unpaidInvoiceCount: 0,
    overdueInvoiceCount: 0,
  };
}

/** The date of the payment that brings the paid total to the invoice amount, or null if it never does. */
export function fullPaymentDate(invoice: Invoice): string | null {
  if (invoice.amountInclTax <= 0 || invoicePaidAmount(invoice) < invoice.amountInclTax) return null;
  const payments = [...invoice.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  for (const p of payments) {
    paid += p.amount;
    if (paid >= invoice.amountInclTax) return p.date;
  }
  // Unreachable once the total reached the amount, except through negative refunds reordered; use the last.
  return payments[payments.length - 1]?.date ?? null;
}

export function revenueByCurrency(invoices: readonly Invoice[], today: string): RevenueFigures[] {
  const byCurrency = new Map<string, RevenueFigures>();
  const delaySums = new Map<string, number>();
  for (const inv of invoices) {
    if (inv.status !== 'issued') continue;
    let f = byCurrency.get(inv.currency);
    if (!f) {
      f = emptyFigures(inv.currency);
      byCurrency.set(inv.currency, f);
    }
    f.totalExclTax += signedAmount(inv, inv.amountExclTax);
    f.totalInclTax += signedAmount(inv, inv.amountInclTax);
    if (inv.kind === 'credit_note') {
      f.creditNoteCount++;
      continue;
    }
    f.invoiceCount++;
    const paidOn = fullPaymentDate(inv);
    if (paidOn !== null) {
      f.paidInvoiceCount++;
      delaySums.set(inv.currency, (delaySums.get(inv.currency) ?? 0) + Math.max(0, daysBetween(inv.date, paidOn)));
    }
    const remaining = invoiceRemainingAmount(inv);
    if (remaining > 0) {
      f.outstandingInclTax += remaining;
      f.unpaidInvoiceCount++;
      if (inv.dueDate !== undefined && inv.dueDate < today) {
        f.overdueInclTax += remaining;
        f.overdueInvoiceCount++;
      }
    }
  }
  for (const f of byCurrency.values()) {
    if (f.paidInvoiceCount > 0) {
      f.averagePaymentDelayDays = Math.round(((delaySums.get(f.currency) ?? 0) / f.paidInvoiceCount) * 10) / 10;
    }
  }
  return [...byCurrency.values()].sort(
    (a, b) => b.totalExclTax - a.totalExclTax || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0),
  );
}
