import { describe, expect, test } from 'vitest';
import type { Invoice, Order, Quote } from './domain';
import {
  addDays,
  applyVatRate,
  deletionBlock,
  emptySalesForm,
  formatMoneyInput,
  formFromDocument,
  invoiceFormFromOrder,
  newestFirst,
  orderFormFromQuote,
  parseMoney,
  suggestNumber,
  validateSalesForm,
  type SalesFormValues,
} from './sales-form';

describe('parseMoney', () => {
  test.each([
    ['1 234,56', 123456],
    ['1\u202f234,56', 123456],
    ['1\u00a0234,56 €', 123456],
    ['1,234.56', 123456],
    ['1.234,56', 123456],
    ['1234.5', 123450],
    ['1234,5', 123450],
    ['1234', 123400],
    ['1,234', 123400],
    ['1.234', 123400],
    ['12,345,678.9', 1234567890],
    ['0,05', 5],
    ['0.12', 12],
    ['-12,50', -1250],
    ['$ 99', 9900],
    ["1'234.50", 123450],
    ['.5', 50],
    ['12.', 1200],
  ])('%s → %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });
  test.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'money'],
    ['1.2.3', 'money'],
    ['1,23,456', 'money'],
    ['12,3.4', 'money'],
    ['1,234.567', 'money-precision'],
    ['0,123', 'money-precision'],
    ['1 234,567', 'money-precision'],
    ['1234,567', 'money-precision'],
    ['1e5', 'money'],
    ['-', 'money'],
  ])('%s is refused (%s)', (text, error) => {
    expect(parseMoney(text)).toEqual({ ok: false, error });
  });
  test('formatMoneyInput round-trips', () => {
    for (const c of [0, 5, 123456, -1250, 100]) {
      expect(parseMoney(formatMoneyInput(c, true))).toEqual({ ok: true, cents: c });
      expect(parseMoney(formatMoneyInput(c, false))).toEqual({ ok: true, cents: c });
    }
    expect(formatMoneyInput(123456, true)).toBe('1234,56');
  });
});

const d = { today: '2026-03-01', french: false };
describe('validateSalesForm', () => {
  const base = { ...emptySalesForm(d), number: ' F-1 ', amountExclTax: '1 000', amountInclTax: '1 200' };
  test('a valid invoice becomes record fields', () => {
    const r = validateSalesForm('invoice', { ...base, endDate: '2026-03-31', title: ' Site ' });
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'invoice',
        fields: {
          number: 'F-1',
          date: '2026-03-01',
          dueDate: '2026-03-31',
          amountExclTax: 100000,
          amountInclTax: 120000,
          currency: 'EUR',
          title: 'Site',
          kind: 'invoice',
          status: 'issued',
        },
      },
    });
  });
  test.each([
    [{ number: '' }, 'number', 'required'],
    [{ date: '2026-02-30' }, 'date', 'date'],
    [{ endDate: '2026-02-01' }, 'endDate', 'end-before-date'],
    [{ amountInclTax: '900' }, 'amountInclTax', 'incl-below-excl'],
    [{ amountExclTax: '-5' }, 'amountExclTax', 'money-negative'],
    [{ amountExclTax: 'douze' }, 'amountExclTax', 'money'],
    [{ currency: 'eu' }, 'currency', 'currency'],
  ] as const)('%o → %s: %s', (patch, field, code) => {
    for (const kind of ['quote', 'invoice'] as const) {
      const r = validateSalesForm(kind, { ...base, ...patch });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[field]).toBe(code);
    }
  });
  test('a credit note is typed positive, stored negative, and skips the incl ≥ excl rule', () => {
    const r = validateSalesForm('invoice', {
      ...base,
      invoiceKind: 'credit_note',
      amountExclTax: '100',
      amountInclTax: '50',
    });
    expect(r.ok && r.value.kind === 'invoice' && [r.value.fields.amountExclTax, r.value.fields.amountInclTax]).toEqual([
      -10000, -5000,
    ]);
    if (r.ok)
      expect(
        formFromDocument(
          'invoice',
          { ...(r.value.fields as Invoice), id: 'i', companyId: 'c', payments: [], createdAt: 0, updatedAt: 0 },
          true,
        ).amountExclTax,
      ).toBe('100,00');
  });
  test('orders ignore the end date and keep the quote link', () => {
    const r = validateSalesForm('order', { ...base, endDate: 'garbage', quoteId: 'q1', closedByHand: true });
    expect(r.ok && r.value.fields).toMatchObject({ quoteId: 'q1', closedByHand: true });
  });
});

const stamp = { companyId: 'c', createdAt: 0, updatedAt: 0, currency: 'EUR' };
const quote: Quote = {
  ...stamp,
  id: 'q1',
  number: 'D-1',
  date: '2026-01-01',
  amountExclTax: 100000,
  amountInclTax: 120000,
  status: 'accepted',
  title: 'Site',
  personId: 'p1',
};
const order: Order = {
  ...stamp,
  id: 'o1',
  number: 'C-1',
  date: '2026-01-02',
  amountExclTax: 100000,
  amountInclTax: 120000,
  closedByHand: false,
};
const inv = (p: Partial<Invoice>): Invoice => ({
  ...stamp,
  id: 'i1',
  number: 'F-1',
  date: '2026-01-03',
  amountExclTax: 40000,
  amountInclTax: 48000,
  kind: 'invoice',
  status: 'issued',
  payments: [],
  orderId: 'o1',
  ...p,
});

describe('conversions', () => {
  test('order from quote', () => {
    expect(orderFormFromQuote(quote, d)).toMatchObject({
      quoteId: 'q1',
      amountExclTax: '1000.00',
      amountInclTax: '1200.00',
      title: 'Site',
      personId: 'p1',
      date: '2026-03-01',
    });
  });
  test('invoice from order: what is left to invoice', () => {
    expect(
      invoiceFormFromOrder(order, [inv({}), inv({ id: 'x', status: 'draft' })], { ...d, french: true }),
    ).toMatchObject({ orderId: 'o1', amountExclTax: '600,00', amountInclTax: '720,00' });
  });
});

describe('numbers, deletion, order', () => {
  test.each([
    [[], 'F-', '2026', 'F-2026-001'],
    [['F-2026-009', 'F-2026-002'], 'F-', '2026', 'F-2026-010'],
    [['INV7', 'abc'], 'F-', '2026', 'INV8'],
    [['D-99'], 'D-', '2026', 'D-100'],
  ])('suggestNumber(%j) → %s', (existing, prefix, year, next) => {
    expect(suggestNumber(existing, prefix, year)).toBe(next);
  });
  test('deletion is for drafts only', () => {
    const none = { orders: [], invoices: [] };
    expect(deletionBlock('quote', quote, none)).toBe('quote-not-draft');
    expect(deletionBlock('quote', { ...quote, status: 'draft' }, none)).toBeNull();
    expect(
      deletionBlock('quote', { ...quote, status: 'draft' }, { orders: [{ ...order, quoteId: 'q1' }], invoices: [] }),
    ).toBe('quote-has-orders');
    expect(deletionBlock('order', order, { orders: [], invoices: [inv({ status: 'draft' })] })).toBe(
      'order-has-invoices',
    );
    expect(deletionBlock('order', order, none)).toBeNull();
    expect(deletionBlock('invoice', inv({ status: 'cancelled' }), none)).toBe('invoice-not-draft');
    expect(deletionBlock('invoice', inv({ status: 'draft' }), none)).toBeNull();
  });
  test('newestFirst and addDays', () => {
    expect(
      newestFirst([inv({ number: 'a', date: '2026-01-01' }), inv({ number: 'b', date: '2026-02-01' })]).map(
        (x) => x.number,
      ),
    ).toEqual(['b', 'a']);
    expect(addDays('2026-03-28', 5)).toBe('2026-04-02');
  });
});

describe('applyVatRate: the incl.-tax amount follows the excl.-tax amount and the rate', () => {
  const form = (over: Partial<SalesFormValues>) => ({
    ...emptySalesForm({ today: '2026-12-04', french: true }),
    ...over,
  });
  test.each<[string, Partial<SalesFormValues>, boolean, string]>([
    ['20 % on 12 000', { amountExclTax: '12000', vatRate: 'FR:2000' }, true, '14400,00'],
    ['5.5 % rounds to the cent', { amountExclTax: '9,99', vatRate: 'FR:550' }, true, '10,54'],
    ['2.1 %', { amountExclTax: '123,45', vatRate: 'FR:210' }, false, '126.04'],
    ['0 %', { amountExclTax: '1 000', vatRate: 'FR:0' }, true, '1000,00'],
    ['Germany 19 %', { amountExclTax: '1000', vatRate: 'DE:1900' }, false, '1190.00'],
    ['typed by hand: unchanged', { amountExclTax: '1000', amountInclTax: '1234,00', vatRate: '' }, true, '1234,00'],
    ['unreadable excl.: unchanged', { amountExclTax: '12a', amountInclTax: '5', vatRate: 'FR:2000' }, true, '5'],
    ['excl. cleared: incl. cleared', { amountExclTax: '', amountInclTax: '5', vatRate: 'FR:2000' }, true, ''],
  ])('%s', (_, over, french, incl) => expect(applyVatRate(form(over), french).amountInclTax).toBe(incl));

  test('an existing document gets the rate its amounts were made with, or none', () => {
    const quote = {
      id: 'q',
      companyId: 'c',
      number: 'D-1',
      date: '2026-01-01',
      amountExclTax: 10_000,
      amountInclTax: 10_550,
      currency: 'EUR',
      status: 'sent',
      createdAt: 0,
      updatedAt: 0,
    } as Quote;
    expect(formFromDocument('quote', quote, true).vatRate).toBe('FR:550');
    expect(formFromDocument('quote', { ...quote, amountInclTax: 10_001 }, true).vatRate).toBe('');
  });
});
