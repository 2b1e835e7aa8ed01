/**
 * Quotes, orders and invoices for the side panel: the live query of a sheet's documents and the
 * actions, whose refusals (number taken, not a draft, …) come back as values, never as throws.
 */
import type { Payment, Quote } from '../core/domain';
import { suggestNumber, type SalesDocument, type SalesFields, type SalesKind } from '../core/sales-form';
import * as repo from '../storage/repos/sales';

export type { CompanySales, SalesRefusal } from '../storage/repos/sales';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: repo.SalesRefusal };

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (e instanceof repo.SalesRefused) return { ok: false, error: e.code };
    throw e;
  }
}

export const salesQueries = {
  ofCompany: (companyId: string) => repo.salesOfCompany(companyId),
  numberTaken: (kind: SalesKind, number: string, exceptId?: string) => repo.numberTaken(kind, number, exceptId),
  async suggestNumber(kind: SalesKind, prefix: string, year: string): Promise<string> {
    return suggestNumber(await repo.allNumbers(kind), prefix, year);
  },
};

export const salesActions = {
  save(companyId: string, value: SalesFields, id?: string): Promise<Outcome<string>> {
    return attempt(() =>
      value.kind === 'quote'
        ? repo.saveQuote(companyId, value.fields, id)
        : value.kind === 'order'
          ? repo.saveOrder(companyId, value.fields, id)
          : repo.saveInvoice(companyId, value.fields, id),
    );
  },
  /** Sets a quote's status; the outcome carries the previous one, for undo. */
  setQuoteStatus: (id: string, status: Quote['status']) => attempt(() => repo.setQuoteStatus(id, status)),
  setOrderClosed: (id: string, closed: boolean) => attempt(() => repo.setOrderClosed(id, closed)),
  addPayment: (invoiceId: string, date: string, amount: number) =>
    attempt(() => repo.addPayment(invoiceId, { date, amount })),
  /** Removes a payment; the outcome carries the undo. */
  async removePayment(invoiceId: string, paymentId: string): Promise<Outcome<() => Promise<void>>> {
    return attempt(async () => {
      const removed: Payment | undefined = await repo.removePayment(invoiceId, paymentId);
      return async () => {
        if (removed) await repo.restorePayment(invoiceId, removed);
      };
    });
  },
  /** Deletes a draft; the outcome carries the undo. */
  async remove(kind: SalesKind, id: string): Promise<Outcome<() => Promise<Outcome<void>>>> {
    return attempt(async () => {
      const doc: SalesDocument = await repo.deleteSalesDocument(kind, id);
      return () => attempt(() => repo.restoreSalesDocument(kind, doc));
    });
  },
};
