import { describe, expect, it } from 'vitest';
import type { Invoice, Order, Quote } from './domain';
import {
  daysBetween,
  invoiceIsOpen,
  invoiceIsOverdue,
  invoicePaidAmount,
  invoiceRemainingAmount,
  openSales,
  orderInvoicedAmount,
  orderIsOpen,
  quoteIsOpen,
} from './sales';

const base = { companyId: 'c1', date: '2025-01-10', currency: 'EUR', createdAt: 0, updatedAt: 0 };
const quote = (p: Partial<Quote>): Quote => ({
  ...base,
  id: 'q',
  number: 'D-1',
  amountExclTax: 1000,
  amountInclTax: 1200,
  status: 'sent',
  ...p,
});
const order = (p: Partial<Order>): Order => ({
  ...base,
  id: 'o1',
  number: 'C-1',
  amountExclTax: 1000,
  amountInclTax: 1200,
  closedByHand: false,
  ...p,
});
let n = 0;
const invoice = (p: Partial<Invoice> & { paid?: number[] }): Invoice => {
  const { paid, ...rest } = p;
  n++;
  return {
    ...base,
    id: `i${n}`,
    number: `F-${n}`,
    amountExclTax: 1000,
    amountInclTax: 1200,
    kind: 'invoice',
    status: 'issued',
    payments: (paid ?? []).map((amount, i) => ({ id: `p${n}-${i}`, date: '2025-01-20', amount })),
    ...rest,
  };
};

const TODAY = '2025-03-01';

describe('quoteIsOpen', () => {
  it.each([
    [{ status: 'draft' }, true],
    [{ status: 'sent' }, true],
    [{ status: 'accepted' }, false],
    [{ status: 'refused' }, false],
    [{ status: 'sent', expiryDate: '2025-02-28' }, false],
    [{ status: 'sent', expiryDate: '2025-03-01' }, true],
    [{ status: 'sent', expiryDate: '2025-04-01' }, true],
  ] as Array<[Partial<Quote>, boolean]>)('%j → %s', (p, open) => {
    expect(quoteIsOpen(quote(p), TODAY)).toBe(open);
  });
});

describe('orderIsOpen', () => {
  it.each([
    ['nothing invoiced', {}, [], true],
    ['closed by hand', { closedByHand: true }, [], false],
    ['partly invoiced', {}, [invoice({ orderId: 'o1', amountExclTax: 400 })], true],
    [
      'fully invoiced in two',
      {},
      [invoice({ orderId: 'o1', amountExclTax: 400 }), invoice({ orderId: 'o1', amountExclTax: 600 })],
      false,
    ],
    ['over-invoiced', {}, [invoice({ orderId: 'o1', amountExclTax: 1500 })], false],
    ['draft invoices do not count', {}, [invoice({ orderId: 'o1', status: 'draft' })], true],
    ['cancelled invoices do not count', {}, [invoice({ orderId: 'o1', status: 'cancelled' })], true],
    ['invoices of other orders do not count', {}, [invoice({ orderId: 'o2' })], true],
    [
      'a credit note reopens',
      {},
      [
        invoice({ orderId: 'o1' }),
        invoice({ orderId: 'o1', kind: 'credit_note', amountExclTax: -300, amountInclTax: -360 }),
      ],
      true,
    ],
    ['other currency does not count', {}, [invoice({ orderId: 'o1', currency: 'USD' })], true],
  ] as Array<[string, Partial<Order>, Invoice[], boolean]>)('%s', (_n, p, invoices, open) => {
    expect(orderIsOpen(order(p), invoices)).toBe(open);
  });
  it('sums what was invoiced', () => {
    expect(
      orderInvoicedAmount(order({}), [
        invoice({ orderId: 'o1', amountExclTax: 250 }),
        invoice({ orderId: 'o1', amountExclTax: 250 }),
      ]),
    ).toBe(500);
  });
});

describe('invoices', () => {
  it.each([
    ['unpaid', {}, 0, 1200, true, true],
    ['partly paid', { paid: [500] }, 500, 700, true, true],
    ['paid in two', { paid: [500, 700] }, 1200, 0, false, false],
    ['overpaid', { paid: [1300] }, 1300, 0, false, false],
    ['draft', { status: 'draft' }, 0, 0, false, false],
    ['cancelled', { status: 'cancelled' }, 0, 0, false, false],
    ['credit note', { kind: 'credit_note', amountInclTax: -1200, amountExclTax: -1000 }, 0, 0, false, false],
    ['not yet due', { dueDate: '2025-03-01' }, 0, 1200, true, false],
    ['no due date', { dueDate: undefined }, 0, 1200, true, false],
  ] as Array<[string, Partial<Invoice> & { paid?: number[] }, number, number, boolean, boolean]>)(
    '%s',
    (_n, p, paid, remaining, open, overdue) => {
      const i = invoice({ dueDate: '2025-02-01', ...p });
      expect(invoicePaidAmount(i)).toBe(paid);
      expect(invoiceRemainingAmount(i)).toBe(remaining);
      expect(invoiceIsOpen(i)).toBe(open);
      expect(invoiceIsOverdue(i, TODAY)).toBe(overdue);
    },
  );
  it('lists open documents', () => {
    const invoices = [invoice({ orderId: 'o1' }), invoice({ paid: [1200] })];
    const r = openSales([quote({}), quote({ status: 'accepted' })], [order({}), order({ id: 'o2' })], invoices, TODAY);
    expect(r.quotes).toHaveLength(1);
    expect(r.orders.map((o) => o.id)).toEqual(['o2']);
    expect(r.invoices).toEqual([invoices[0]]);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-01-01', '2025-01-31', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-29', '2025-03-31', 2],
    ['2025-01-10', '2025-01-01', -9],
  ])('%s → %s = %s', (a, b, d) => {
    expect(daysBetween(a, b)).toBe(d);
  });
});
