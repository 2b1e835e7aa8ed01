import { beforeEach, describe, expect, test } from 'vitest';
import { orderIsOpen, invoiceIsOpen } from '../../core/sales';
import type { InvoiceFields, OrderFields, QuoteFields } from '../../core/sales-form';
import { FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import {
  addPayment,
  deleteSalesDocument,
  numberTaken,
  removePayment,
  restorePayment,
  restoreSalesDocument,
  saveInvoice,
  saveOrder,
  saveQuote,
  SalesRefused,
  setQuoteStatus,
} from './sales';
import { setSetting } from './settings';

let db: FicheDB;
let companyId: string;
beforeEach(async () => {
  db = new FicheDB('test-' + crypto.randomUUID());
  companyId = await createCompany({ ...emptyCompany(), name: 'Prospect SAS' }, {}, db);
});

const money = { amountExclTax: 100000, amountInclTax: 120000, currency: 'EUR' };
const quoteFields = (p: Partial<QuoteFields> = {}): QuoteFields => ({
  number: 'D-001',
  date: '2026-03-01',
  status: 'sent',
  ...money,
  ...p,
});
const orderFields = (p: Partial<OrderFields> = {}): OrderFields => ({
  number: 'C-001',
  date: '2026-03-05',
  closedByHand: false,
  ...money,
  ...p,
});
const invoiceFields = (p: Partial<InvoiceFields> = {}): InvoiceFields => ({
  number: 'F-001',
  date: '2026-03-10',
  dueDate: '2026-04-10',
  kind: 'invoice',
  status: 'issued',
  ...money,
  ...p,
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SalesRefused) return e.code;
    throw e;
  }
  return 'accepted';
}

describe('sales repository', () => {
  test('numbers are unique per kind across the database, case-insensitive; the same number may serve two kinds', async () => {
    const other = await createCompany({ ...emptyCompany(), name: 'Autre' }, {}, db);
    const q = await saveQuote(companyId, quoteFields(), undefined, db);
    expect(await refusal(saveQuote(other, quoteFields({ number: ' d-001 ' }), undefined, db))).toBe('number-taken');
    expect(await numberTaken('quote', 'D-001', undefined, db)).toBe(true);
    expect(await numberTaken('quote', 'D-001', q, db)).toBe(false);
    // Editing a document keeps its own number.
    await saveQuote(companyId, quoteFields({ title: 'Refonte' }), q, db);
    // Another kind may reuse the number.
    await saveOrder(companyId, orderFields({ number: 'D-001' }), undefined, db);
    expect(await db.quotes.count()).toBe(1);
    expect(await db.orders.count()).toBe(1);
  });

  test('every write is validated by the schema: nothing is written on a bad record', async () => {
    await expect(saveQuote(companyId, quoteFields({ date: '01/03/2026' }), undefined, db)).rejects.toThrow();
    await expect(saveInvoice(companyId, invoiceFields({ currency: 'euro' }), undefined, db)).rejects.toThrow();
    expect(await db.quotes.count()).toBe(0);
    expect(await db.invoices.count()).toBe(0);
    expect((await db.companies.get(companyId))?.isClient).toBe(false);
    expect(await refusal(saveQuote('nope', quoteFields(), undefined, db))).toBe('no-sheet');
  });

  test.each([
    [undefined, { isProspect: false, isClient: true }],
    ['client', { isProspect: false, isClient: true }],
    ['prospect', { isProspect: true, isClient: false }],
    ['prospect-and-client', { isProspect: true, isClient: true }],
  ] as const)('an issued invoice sets the flags per the setting %s', async (setting, flags) => {
    if (setting) await setSetting('invoiceMakes', setting, db);
    await saveInvoice(companyId, invoiceFields({ status: 'draft' }), undefined, db);
    const c0 = await db.companies.get(companyId);
    expect({ isProspect: c0?.isProspect, isClient: c0?.isClient }).toEqual({ isProspect: true, isClient: false });
    await saveInvoice(companyId, invoiceFields({ number: 'F-002' }), undefined, db);
    const c = await db.companies.get(companyId);
    expect({ isProspect: c?.isProspect, isClient: c?.isClient }).toEqual(flags);
  });

  test('a credit note changes no flag; re-saving an issued invoice does not undo a flag changed by hand', async () => {
    await saveInvoice(
      companyId,
      invoiceFields({ kind: 'credit_note', amountExclTax: -1000, amountInclTax: -1200 }),
      undefined,
      db,
    );
    expect((await db.companies.get(companyId))?.isClient).toBe(false);
    const id = await saveInvoice(companyId, invoiceFields({ number: 'F-002' }), undefined, db);
    expect((await db.companies.get(companyId))?.isClient).toBe(true);
    await db.companies.update(companyId, { isClient: false, isProspect: true });
    await saveInvoice(companyId, invoiceFields({ number: 'F-002', title: 'edited' }), id, db);
    expect((await db.companies.get(companyId))?.isClient).toBe(false);
  });

  test('payments: add, fully paid, remove and restore; refused on drafts and for zero amounts', async () => {
    const id = await saveInvoice(companyId, invoiceFields(), undefined, db);
    const p1 = await addPayment(id, { date: '2026-03-20', amount: 20000 }, db);
    let inv = (await db.invoices.get(id))!;
    expect(invoiceIsOpen(inv)).toBe(true);
    await addPayment(id, { date: '2026-03-15', amount: 100000 }, db);
    inv = (await db.invoices.get(id))!;
    expect(inv.payments.map((p) => p.date)).toEqual(['2026-03-15', '2026-03-20']);
    expect(invoiceIsOpen(inv)).toBe(false);
    const removed = await removePayment(id, p1, db);
    expect(removed?.amount).toBe(20000);
    expect(invoiceIsOpen((await db.invoices.get(id))!)).toBe(true);
    await restorePayment(id, removed!, db);
    await restorePayment(id, removed!, db);
    expect((await db.invoices.get(id))!.payments).toHaveLength(2);
    // Editing the invoice keeps its payments.
    await saveInvoice(companyId, invoiceFields({ title: 'x' }), id, db);
    expect((await db.invoices.get(id))!.payments).toHaveLength(2);

    const draft = await saveInvoice(companyId, invoiceFields({ number: 'F-009', status: 'draft' }), undefined, db);
    expect(await refusal(addPayment(draft, { date: '2026-03-20', amount: 100 }, db))).toBe('not-issued');
    expect(await refusal(addPayment(id, { date: '2026-03-20', amount: 0 }, db))).toBe('payment-amount');
  });

  test('conversion: a quote becomes an order (accepting it), the order is invoiced and closes', async () => {
    const q = await saveQuote(companyId, quoteFields(), undefined, db);
    const o = await saveOrder(companyId, orderFields({ quoteId: q }), undefined, db);
    expect((await db.quotes.get(q))?.status).toBe('accepted');
    let order = (await db.orders.get(o))!;
    expect(orderIsOpen(order, [])).toBe(true);
    await saveInvoice(
      companyId,
      invoiceFields({ orderId: o, amountExclTax: 40000, amountInclTax: 48000 }),
      undefined,
      db,
    );
    let invoices = await db.invoices.toArray();
    expect(orderIsOpen(order, invoices)).toBe(true);
    await saveInvoice(
      companyId,
      invoiceFields({ number: 'F-002', orderId: o, amountExclTax: 60000, amountInclTax: 72000 }),
      undefined,
      db,
    );
    invoices = await db.invoices.toArray();
    order = (await db.orders.get(o))!;
    expect(orderIsOpen(order, invoices)).toBe(false);
    expect((await db.companies.get(companyId))?.isClient).toBe(true);
  });

  test('conversion refuses a refused quote and links across sheets', async () => {
    const q = await saveQuote(companyId, quoteFields(), undefined, db);
    await setQuoteStatus(q, 'refused', db);
    expect(await refusal(saveOrder(companyId, orderFields({ quoteId: q }), undefined, db))).toBe('quote-refused');
    const other = await createCompany({ ...emptyCompany(), name: 'Autre' }, {}, db);
    await setQuoteStatus(q, 'accepted', db);
    expect(await refusal(saveOrder(other, orderFields({ quoteId: q }), undefined, db))).toBe('wrong-sheet');
    expect(await refusal(saveInvoice(companyId, invoiceFields({ orderId: 'missing' }), undefined, db))).toBe(
      'not-found',
    );
    expect(await db.orders.count()).toBe(0);
    expect(await db.invoices.count()).toBe(0);
  });

  test('only drafts are deleted: sent quotes, issued invoices and invoiced orders are kept; undo restores', async () => {
    const sent = await saveQuote(companyId, quoteFields(), undefined, db);
    expect(await refusal(deleteSalesDocument('quote', sent, db))).toBe('quote-not-draft');
    const issued = await saveInvoice(companyId, invoiceFields(), undefined, db);
    expect(await refusal(deleteSalesDocument('invoice', issued, db))).toBe('invoice-not-draft');
    await saveInvoice(companyId, invoiceFields({ status: 'cancelled', number: 'F-002' }), undefined, db);
    const order = await saveOrder(companyId, orderFields(), undefined, db);
    await saveInvoice(companyId, invoiceFields({ number: 'F-003', orderId: order, status: 'draft' }), undefined, db);
    expect(await refusal(deleteSalesDocument('order', order, db))).toBe('order-has-invoices');
    expect(await db.quotes.count()).toBe(1);
    expect(await db.invoices.count()).toBe(3);
    expect(await db.orders.count()).toBe(1);

    const draft = await saveQuote(companyId, quoteFields({ number: 'D-002', status: 'draft' }), undefined, db);
    const gone = await deleteSalesDocument('quote', draft, db);
    expect(await db.quotes.get(draft)).toBeUndefined();
    await restoreSalesDocument('quote', gone, db);
    expect((await db.quotes.get(draft))?.number).toBe('D-002');
    const draftInvoice = (await db.invoices.where('number').equals('F-003').first())!;
    const removed = await deleteSalesDocument('invoice', draftInvoice.id, db);
    await saveInvoice(companyId, invoiceFields({ number: 'F-003' }), undefined, db);
    expect(await refusal(restoreSalesDocument('invoice', removed, db))).toBe('number-taken');
  });
});
