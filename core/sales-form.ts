/**
 * The quote, order and invoice forms (SPEC §2.6): their text values, how they become records, the
 * money input ("1 234,56", "1,234.56", "1234.5" all read as cents), the pre-filled conversions
 * (accepted quote → order, order → invoice), number suggestions, and the deletion rule (only
 * drafts go: a sent quote or an issued invoice is kept for traceability). Pure: `today` is a
 * parameter, errors are codes the UI translates next to the field.
 */
import type { Invoice, Order, Quote } from './domain';
import { orderInvoicedAmount } from './sales';
import { inclFromExcl, parseVatKey, rateOfAmounts, vatKey } from './vat-rates';

export type SalesKind = 'quote' | 'order' | 'invoice';
export const SALES_KINDS: readonly SalesKind[] = ['quote', 'order', 'invoice'];

type Meta = 'id' | 'companyId' | 'createdAt' | 'updatedAt';
export type QuoteFields = Omit<Quote, Meta>;
export type OrderFields = Omit<Order, Meta>;
/** Payments are edited on their own (add, remove), never through the invoice form. */
export type InvoiceFields = Omit<Invoice, Meta | 'payments'>;
export type SalesFields =
  | { kind: 'quote'; fields: QuoteFields }
  | { kind: 'order'; fields: OrderFields }
  | { kind: 'invoice'; fields: InvoiceFields };
export type SalesDocument = Quote | Order | Invoice;

/**
 * Currencies offered in the form: the common ones of a European small business. Only currencies
 * with two minor digits: amounts are stored as cents and shown divided by 100.
 */
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'RON',
  'MAD',
  'TND',
  'CNY',
] as const;
export const DEFAULT_CURRENCY = 'EUR';

// ---------------------------------------------------------------------------------------------
// Money input

export type MoneyErrorCode = 'required' | 'money' | 'money-precision';
export type MoneyParse = { ok: true; cents: number } | { ok: false; error: MoneyErrorCode };

/** Above this, a typo rather than an amount (100 billion); also keeps cents a safe integer. */
const MAX_CENTS = 10_000_000_000_000;

/**
 * Reads an amount typed in French or English habits: spaces (also no-break and narrow no-break) and
 * apostrophes group thousands; with both `,` and `.`, the last one is the decimal separator; with one
 * kind only, it is a decimal separator unless it is repeated or followed by exactly three digits
 * ("1,234" and "1.234" are one thousand two hundred thirty-four; "1 234,567" is a decimal typo). At most two decimals; a currency
 * symbol is ignored; a leading minus is kept.
 */
export function parseMoney(text: string): MoneyParse {
  const trimmed = text
    .trim()
    .replace(/[€$£]|EUR|USD|GBP|CHF/gi, '')
    .trim();
  // Spaces or apostrophes already group the thousands ("1 234,567"): a lone `,` or `.` is then decimal.
  const spaceGrouped = /\d[\s\u00a0\u202f'’]+\d/.test(trimmed);
  let s = trimmed.replace(/[\s\u00a0\u202f'’]/g, '');
  if (s === '') return { ok: false, error: 'required' };
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: 'money' };
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let intPart = s;
  let fraction = '';
  let groupSep: string | null = null;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    groupSep = decimal === ',' ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    if (s.indexOf(decimal) !== at) return { ok: false, error: 'money' };
    intPart = s.slice(0, at);
    fraction = s.slice(at + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const tail = parts[parts.length - 1]!;
    const head = parts[0]!;
    const grouping = parts.length > 2 || (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head) && !spaceGrouped);
    if (grouping) {
      groupSep = sep;
    } else {
      intPart = head;
      fraction = tail;
    }
  }
  if (groupSep !== null) {
    const groups = intPart.split(groupSep);
    if (groups.length > 1) {
      if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
        return { ok: false, error: 'money' };
    }
    intPart = groups.join('');
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fraction)) return { ok: false, error: 'money' };
  if (intPart === '' && fraction === '') return { ok: false, error: 'money' };
  if (fraction.length > 2) return { ok: false, error: 'money-precision' };
  const cents = Number(intPart || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, error: 'money' };
  return { ok: true, cents: sign * cents || 0 };
}

/** Cents as the form shows them for editing: no grouping, the language's decimal mark ("1234,56"). */
export function formatMoneyInput(cents: number, french: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}${french ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
  return sign + text;
}

// ---------------------------------------------------------------------------------------------
// Form values

export interface SalesFormValues {
  number: string;
  date: string;
  /** Expiry date of a quote, due date of an invoice; unused for orders. */
  endDate: string;
  amountExclTax: string;
  amountInclTax: string;
  /** The VAT rate choice (`FR:2000`, see core/vat-rates) that computes the incl.-tax amount; '' when typed by hand. */
  vatRate: string;
  currency: string;
  title: string;
  personId: string;
  quoteStatus: Quote['status'];
  invoiceStatus: Invoice['status'];
  invoiceKind: Invoice['kind'];
  closedByHand: boolean;
  quoteId: string;
  orderId: string;
}

export type SalesErrorCode =
  | MoneyErrorCode
  | 'date'
  | 'money-negative'
  | 'incl-below-excl'
  | 'end-before-date'
  | 'number-taken'
  | 'currency'
  | 'too-long';
export type SalesFormErrors = Partial<Record<keyof SalesFormValues, SalesErrorCode>>;

export interface FormDefaults {
  today: string;
  french: boolean;
  personId?: string | undefined;
  currency?: string | undefined;
  number?: string | undefined;
}

export function emptySalesForm(d: FormDefaults): SalesFormValues {
  return {
    number: d.number ?? '',
    date: d.today,
    endDate: '',
    amountExclTax: '',
    amountInclTax: '',
    vatRate: 'FR:2000',
    currency: d.currency ?? DEFAULT_CURRENCY,
    title: '',
    personId: d.personId ?? '',
    // Fiche records documents made elsewhere: most are already sent or issued when typed in.
    quoteStatus: 'sent',
    invoiceStatus: 'issued',
    invoiceKind: 'invoice',
    closedByHand: false,
    quoteId: '',
    orderId: '',
  };
}

/** The form of an existing document; a credit note's amounts are shown without their minus sign. */
export function formFromDocument(kind: SalesKind, doc: SalesDocument, french: boolean): SalesFormValues {
  const abs = kind === 'invoice' && (doc as Invoice).kind === 'credit_note';
  const money = (c: number) => formatMoneyInput(abs ? Math.abs(c) : c, french);
  const base: SalesFormValues = {
    ...emptySalesForm({ today: doc.date, french }),
    number: doc.number,
    date: doc.date,
    amountExclTax: money(doc.amountExclTax),
    amountInclTax: money(doc.amountInclTax),
    vatRate: rateKeyOf(doc.amountExclTax, doc.amountInclTax),
    currency: doc.currency,
    title: doc.title ?? '',
    personId: doc.personId ?? '',
  };
  if (kind === 'quote') {
    const q = doc as Quote;
    return { ...base, endDate: q.expiryDate ?? '', quoteStatus: q.status };
  }
  if (kind === 'order') {
    const o = doc as Order;
    return { ...base, closedByHand: o.closedByHand, quoteId: o.quoteId ?? '' };
  }
  const i = doc as Invoice;
  return { ...base, endDate: i.dueDate ?? '', invoiceStatus: i.status, invoiceKind: i.kind, orderId: i.orderId ?? '' };
}

/** An order pre-filled from an accepted quote: same amounts, currency, title and contact. */
export function orderFormFromQuote(quote: Quote, d: FormDefaults): SalesFormValues {
  return {
    ...emptySalesForm({ ...d, currency: quote.currency, personId: quote.personId }),
    amountExclTax: formatMoneyInput(quote.amountExclTax, d.french),
    amountInclTax: formatMoneyInput(quote.amountInclTax, d.french),
    vatRate: rateKeyOf(quote.amountExclTax, quote.amountInclTax),
    title: quote.title ?? '',
    quoteId: quote.id,
  };
}

/**
 * An invoice pre-filled from an order: what is left to invoice excl. tax (issued invoices and
 * credit notes of the order deducted), incl. tax in the order's proportion.
 */
export function invoiceFormFromOrder(order: Order, invoices: readonly Invoice[], d: FormDefaults): SalesFormValues {
  const left = Math.max(0, order.amountExclTax - orderInvoicedAmount(order, invoices));
  const incl =
    order.amountExclTax === 0 ? order.amountInclTax : Math.round((left * order.amountInclTax) / order.amountExclTax);
  return {
    ...emptySalesForm({ ...d, currency: order.currency, personId: order.personId }),
    amountExclTax: formatMoneyInput(left, d.french),
    amountInclTax: formatMoneyInput(incl, d.french),
    vatRate: rateKeyOf(order.amountExclTax, order.amountInclTax),
    title: order.title ?? '',
    orderId: order.id,
  };
}

/** The rate choice that gives these amounts, or '' (typed by hand); a credit note's signs are ignored. */
function rateKeyOf(excl: number, incl: number): string {
  const r = rateOfAmounts(Math.abs(excl), Math.abs(incl));
  return r ? vatKey(r) : '';
}

/**
 * The form after an edit of the excl.-tax amount or of the rate: with a rate chosen and a readable
 * excl.-tax amount, the incl.-tax amount is computed (integer cents, core/vat-rates); otherwise the
 * values are returned as they are (an amount typed by hand stays).
 */
export function applyVatRate(v: SalesFormValues, french: boolean): SalesFormValues {
  const rate = parseVatKey(v.vatRate);
  if (!rate) return v;
  const excl = parseMoney(v.amountExclTax);
  if (!excl.ok) return v.amountExclTax.trim() === '' ? { ...v, amountInclTax: '' } : v;
  return { ...v, amountInclTax: formatMoneyInput(inclFromExcl(excl.cents, rate.basisPoints), french) };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isRealDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates the form of one kind; on success the record fields, else the error codes by field. */
export function validateSalesForm(
  kind: SalesKind,
  v: SalesFormValues,
): { ok: true; value: SalesFields } | { ok: false; errors: SalesFormErrors } {
  const errors: SalesFormErrors = {};
  const number = v.number.trim();
  if (!number) errors.number = 'required';
  else if (number.length > 100) errors.number = 'too-long';
  if (!v.date) errors.date = 'required';
  else if (!isRealDay(v.date)) errors.date = 'date';
  const endDate = kind === 'order' ? '' : v.endDate.trim();
  if (endDate) {
    if (!isRealDay(endDate)) errors.endDate = 'date';
    else if (!errors.date && endDate < v.date) errors.endDate = 'end-before-date';
  }
  if (!/^[A-Z]{3}$/.test(v.currency)) errors.currency = 'currency';
  if (v.title.length > 500) errors.title = 'too-long';

  const creditNote = kind === 'invoice' && v.invoiceKind === 'credit_note';
  const excl = parseMoney(v.amountExclTax);
  const incl = parseMoney(v.amountInclTax);
  if (!excl.ok) errors.amountExclTax = excl.error;
  if (!incl.ok) errors.amountInclTax = incl.error;
  if (excl.ok && incl.ok) {
    // A credit note is typed as positive amounts and stored negative; other documents are never negative.
    if (!creditNote && excl.cents < 0) errors.amountExclTax = 'money-negative';
    if (!creditNote && incl.cents < 0) errors.amountInclTax = 'money-negative';
    if (!creditNote && !errors.amountExclTax && !errors.amountInclTax && incl.cents < excl.cents)
      errors.amountInclTax = 'incl-below-excl';
  }
  if (Object.keys(errors).length || !excl.ok || !incl.ok) return { ok: false, errors };

  const amountExclTax = creditNote ? -Math.abs(excl.cents) : excl.cents;
  const amountInclTax = creditNote ? -Math.abs(incl.cents) : incl.cents;
  const common = {
    number,
    date: v.date,
    amountExclTax,
    amountInclTax,
    currency: v.currency,
    ...(v.title.trim() ? { title: v.title.trim() } : {}),
    ...(v.personId ? { personId: v.personId } : {}),
  };
  if (kind === 'quote') {
    return {
      ok: true,
      value: { kind, fields: { ...common, status: v.quoteStatus, ...(endDate ? { expiryDate: endDate } : {}) } },
    };
  }
  if (kind === 'order') {
    return {
      ok: true,
      value: {
        kind,
        fields: { ...common, closedByHand: v.closedByHand, ...(v.quoteId ? { quoteId: v.quoteId } : {}) },
      },
    };
  }
  return {
    ok: true,
    value: {
      kind,
      fields: {
        ...common,
        kind: v.invoiceKind,
        status: v.invoiceStatus,
        ...(endDate ? { dueDate: endDate } : {}),
        ...(v.orderId ? { orderId: v.orderId } : {}),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers, deletion, ordering

/**
 * The next number after the existing ones: the greatest trailing number (by value) plus one,
 * its padding kept ("F-2026-009" → "F-2026-010"); `${prefix}${year}-001` when there is none.
 */
export function suggestNumber(existing: readonly string[], prefix: string, year: string): string {
  let best: { head: string; n: number; width: number } | null = null;
  for (const s of existing) {
    const m = /^(.*?)(\d+)$/.exec(s.trim());
    if (!m) continue;
    const n = Number(m[2]);
    if (!Number.isSafeInteger(n)) continue;
    if (!best || n > best.n || (n === best.n && m[1]! > best.head)) best = { head: m[1]!, n, width: m[2]!.length };
  }
  if (!best) return `${prefix}${year}-001`;
  return `${best.head}${String(best.n + 1).padStart(best.width, '0')}`;
}

export type DeletionBlock = 'quote-not-draft' | 'invoice-not-draft' | 'quote-has-orders' | 'order-has-invoices';

/**
 * Why a document may not be deleted, or null when it may. Only drafts go: a sent quote, an issued
 * or cancelled invoice is kept for traceability. Orders have no draft state: one may be deleted
 * until an invoice refers to it; a quote, until an order does.
 */
export function deletionBlock(
  kind: SalesKind,
  doc: SalesDocument,
  related: { orders: readonly Order[]; invoices: readonly Invoice[] },
): DeletionBlock | null {
  if (kind === 'quote') {
    if ((doc as Quote).status !== 'draft') return 'quote-not-draft';
    if (related.orders.some((o) => o.quoteId === doc.id)) return 'quote-has-orders';
    return null;
  }
  if (kind === 'order') return related.invoices.some((i) => i.orderId === doc.id) ? 'order-has-invoices' : null;
  return (doc as Invoice).status !== 'draft' ? 'invoice-not-draft' : null;
}

/** Newest first: by date, then by creation time, then by number. */
export function newestFirst<T extends { date: string; createdAt: number; number: string }>(docs: readonly T[]): T[] {
  return [...docs].sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      b.createdAt - a.createdAt ||
      (a.number < b.number ? 1 : a.number > b.number ? -1 : 0),
  );
}

/** Adds `days` to a calendar day ('YYYY-MM-DD'), in UTC so that no DST shift moves it. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
