import { describe, expect, it } from 'vitest';
import type { Invoice, Payment } from './domain';
import { invoice as invoiceSchema } from './domain';
import { fullPaymentDate, revenueByCurrency, type RevenueFigures } from './revenue';

let seq = 0;
function inv(p: Omit<Partial<Invoice>, 'payments'> & { ttc: number; payments?: Array<[string, number]> }): Invoice {
  seq++;
  const { ttc, payments, ...rest } = p;
  const value: Invoice = {
    id: `inv-${seq}`,
    companyId: 'c1',
    number: `F-${seq}`,
    date: '2025-01-10',
    amountExclTax: Math.round(ttc / 1.2),
    amountInclTax: ttc,
    currency: 'EUR',
    kind: 'invoice',
    status: 'issued',
    payments: (payments ?? []).map(([date, amount], i): Payment => ({ id: `pay-${seq}-${i}`, date, amount })),
    createdAt: 0,
    updatedAt: 0,
    ...rest,
  };
  return invoiceSchema.parse(value);
}

const TODAY = '2025-03-01';

type Case = [name: string, invoices: Invoice[], expected: Array<Partial<RevenueFigures>>];
const cases: Case[] = [
  ['no invoice', [], []],
  [
    'drafts and cancelled are ignored',
    [inv({ ttc: 12000, status: 'draft' }), inv({ ttc: 12000, status: 'cancelled' })],
    [],
  ],
  [
    'one unpaid, not yet due',
    [inv({ ttc: 12000, dueDate: '2025-03-01' })],
    [
      {
        currency: 'EUR',
        totalExclTax: 10000,
        totalInclTax: 12000,
        invoiceCount: 1,
        paidInvoiceCount: 0,
        averagePaymentDelayDays: null,
        outstandingInclTax: 12000,
        overdueInclTax: 0,
        unpaidInvoiceCount: 1,
        overdueInvoiceCount: 0,
      },
    ],
  ],
  [
    'one unpaid and overdue',
    [inv({ ttc: 12000, dueDate: '2025-02-28' })],
    [{ outstandingInclTax: 12000, overdueInclTax: 12000, overdueInvoiceCount: 1 }],
  ],
  [
    'paid in one payment after 20 days',
    [inv({ ttc: 12000, date: '2025-01-10', payments: [['2025-01-30', 12000]] })],
    [{ paidInvoiceCount: 1, averagePaymentDelayDays: 20, outstandingInclTax: 0, unpaidInvoiceCount: 0 }],
  ],
  [
    'partial payment: outstanding is the rest, no delay',
    [inv({ ttc: 12000, dueDate: '2025-02-10', payments: [['2025-01-20', 5000]] })],
    [{ paidInvoiceCount: 0, averagePaymentDelayDays: null, outstandingInclTax: 7000, overdueInclTax: 7000 }],
  ],
  [
    'two partial payments completing: delay to the completing one, whatever the order recorded',
    [
      inv({
        ttc: 12000,
        date: '2025-01-01',
        payments: [
          ['2025-02-15', 7000],
          ['2025-01-11', 5000],
        ],
      }),
    ],
    [{ paidInvoiceCount: 1, averagePaymentDelayDays: 45, outstandingInclTax: 0 }],
  ],
  [
    'overpayment: paid, outstanding not negative',
    [inv({ ttc: 12000, date: '2025-01-01', payments: [['2025-01-08', 13000]] })],
    [{ paidInvoiceCount: 1, averagePaymentDelayDays: 7, outstandingInclTax: 0 }],
  ],
  [
    'deposit before the invoice date counts as 0 days',
    [inv({ ttc: 12000, date: '2025-01-10', payments: [['2025-01-01', 12000]] })],
    [{ averagePaymentDelayDays: 0 }],
  ],
  [
    'average over paid invoices only, one decimal',
    [
      inv({ ttc: 1200, date: '2025-01-01', payments: [['2025-01-11', 1200]] }),
      inv({ ttc: 1200, date: '2025-01-01', payments: [['2025-01-12', 1200]] }),
      inv({ ttc: 1200, date: '2025-01-01', payments: [['2025-01-12', 1200]] }),
      inv({ ttc: 1200, date: '2025-01-01', payments: [['2025-06-01', 100]] }),
    ],
    [{ invoiceCount: 4, paidInvoiceCount: 3, averagePaymentDelayDays: 10.7, outstandingInclTax: 1100 }],
  ],
  [
    'credit note (negative) reduces totals, not the outstanding amount',
    [inv({ ttc: 12000 }), inv({ ttc: -2400, amountExclTax: -2000, kind: 'credit_note' })],
    [{ totalExclTax: 8000, totalInclTax: 9600, invoiceCount: 1, creditNoteCount: 1, outstandingInclTax: 12000 }],
  ],
  [
    'credit note typed with positive amounts still reduces',
    [inv({ ttc: 12000 }), inv({ ttc: 2400, amountExclTax: 2000, kind: 'credit_note' })],
    [{ totalExclTax: 8000, totalInclTax: 9600 }],
  ],
  [
    'several currencies: never summed, sorted by total desc',
    [
      inv({ ttc: 1200, currency: 'EUR' }),
      inv({ ttc: 60000, currency: 'GBP', payments: [['2025-01-20', 60000]] }),
      inv({ ttc: 2400, currency: 'EUR', dueDate: '2025-01-31' }),
      inv({ ttc: 120, currency: 'CHF', status: 'draft' }),
    ],
    [
      { currency: 'GBP', totalInclTax: 60000, invoiceCount: 1, outstandingInclTax: 0, averagePaymentDelayDays: 10 },
      { currency: 'EUR', totalInclTax: 3600, invoiceCount: 2, outstandingInclTax: 3600, overdueInclTax: 2400 },
    ],
  ],
  ['no due date: never overdue', [inv({ ttc: 12000 })], [{ outstandingInclTax: 12000, overdueInclTax: 0 }]],
];

describe('revenueByCurrency', () => {
  it.each(cases)('%s', (_name, invoices, expected) => {
    const got = revenueByCurrency(invoices, TODAY);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});

describe('fullPaymentDate', () => {
  it.each([
    [
      inv({
        ttc: 100,
        payments: [
          ['2025-01-05', 40],
          ['2025-01-09', 60],
          ['2025-01-20', 10],
        ],
      }),
      '2025-01-09',
    ],
    [inv({ ttc: 100, payments: [['2025-01-05', 40]] }), null],
    [inv({ ttc: 0 }), null],
  ])('%#', (i, date) => {
    expect(fullPaymentDate(i)).toBe(date);
  });
});
