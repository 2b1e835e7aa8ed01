/**
 * Quotes, orders and invoices of a sheet (SPEC §2.6, §4, §5). Contract:
 * - a number is unique per kind across the whole database (case-insensitive), checked inside the
 *   write's transaction;
 * - every record is parsed with its zod schema before it is written; every write is one
 *   transaction naming all the tables it reads or writes;
 * - an invoice that becomes issued applies the prospect → client rule (setting `invoiceMakes`) to
 *   its sheet in the same transaction;
 * - linking an order to a quote that is not accepted yet accepts it (converting means the client
 *   said yes); a refused quote cannot be converted;
 * - only drafts are deleted (see `deletionBlock`): sent and issued documents stay for traceability.
 * Refusals are thrown as `SalesRefused` with a code; the model turns them into values.
 */
import type { Table } from 'dexie';
import type { Company, Invoice, Order, Payment, Quote } from '../../core/domain';
import {
  company as companySchema,
  invoice as invoiceSchema,
  newId,
  order as orderSchema,
  payment as paymentSchema,
  quote as quoteSchema,
} from '../../core/domain';
import {
  applyInvoiceToCompany,
  INVOICE_MAKES_SETTING_KEY,
  invoiceChangesFlags,
  parseInvoiceMakes,
} from '../../core/prospect';
import {
  deletionBlock,
  type DeletionBlock,
  type InvoiceFields,
  type OrderFields,
  type QuoteFields,
  type SalesDocument,
  type SalesKind,
} from '../../core/sales-form';
import { db as defaultDb, type FicheDB } from '../db';
import { stripUndefined } from './companies';

export type SalesRefusal =
  | 'number-taken'
  | 'not-found'
  | 'no-sheet'
  | 'wrong-sheet'
  | 'quote-refused'
  | 'not-issued'
  | 'payment-amount'
  | DeletionBlock;

export class SalesRefused extends Error {
  constructor(readonly code: SalesRefusal) {
    super(`sales document refused: ${code}`);
  }
}

const TABLE = { quote: 'quotes', order: 'orders', invoice: 'invoices' } as const;

function tableOf(db: FicheDB, kind: SalesKind): Table<SalesDocument, string> {
  return db[TABLE[kind]] as unknown as Table<SalesDocument, string>;
}

/** Whether another document of this kind already has this number (case and outer spaces ignored). */
export async function numberTaken(
  kind: SalesKind,
  number: string,
  exceptId?: string,
  db: FicheDB = defaultDb,
): Promise<boolean> {
  const wanted = number.trim();
  if (!wanted) return false;
  const ids = await tableOf(db, kind).where('number').equalsIgnoreCase(wanted).primaryKeys();
  return ids.some((id) => id !== exceptId);
}

/** Every number of this kind, for suggesting the next one. */
export async function allNumbers(kind: SalesKind, db: FicheDB = defaultDb): Promise<string[]> {
  return (await tableOf(db, kind).orderBy('number').uniqueKeys()) as string[];
}

export interface CompanySales {
  quotes: Quote[];
  orders: Order[];
  invoices: Invoice[];
}

export async function salesOfCompany(companyId: string, db: FicheDB = defaultDb): Promise<CompanySales> {
  const [quotes, orders, invoices] = await Promise.all([
    db.quotes.where('companyId').equals(companyId).toArray(),
    db.orders.where('companyId').equals(companyId).toArray(),
    db.invoices.where('companyId').equals(companyId).toArray(),
  ]);
  return { quotes, orders, invoices };
}

async function sheetOf(companyId: string, db: FicheDB): Promise<Company> {
  const company = await db.companies.get(companyId);
  if (!company) throw new SalesRefused('no-sheet');
  return company;
}

async function existingOf<T extends SalesDocument>(
  kind: SalesKind,
  id: string | undefined,
  companyId: string,
  db: FicheDB,
): Promise<T | undefined> {
  if (id === undefined) return undefined;
  const found = (await tableOf(db, kind).get(id)) as T | undefined;
  if (!found) throw new SalesRefused('not-found');
  if (found.companyId !== companyId) throw new SalesRefused('wrong-sheet');
  return found;
}

async function checkNumber(kind: SalesKind, number: string, id: string, db: FicheDB) {
  if (await numberTaken(kind, number, id, db)) throw new SalesRefused('number-taken');
}

/**
 * What a save checks first, inside its transaction: the sheet exists, the document edited (`id`) is
 * this sheet's, the number is free for `recordId`. Gives the sheet and the document as it was.
 */
async function checkSave<T extends SalesDocument>(
  kind: SalesKind,
  companyId: string,
  number: string,
  id: string | undefined,
  recordId: string,
  db: FicheDB,
): Promise<{ company: Company; existing: T | undefined }> {
  const company = await sheetOf(companyId, db);
  const existing = await existingOf<T>(kind, id, companyId, db);
  await checkNumber(kind, number, recordId, db);
  return { company, existing };
}

/** A saved document's own fields: the form's, its ids and its times (an edit keeps its creation time). */
function stamped<F extends object>(
  fields: F,
  id: string,
  companyId: string,
  existing: { createdAt: number } | undefined,
  now: number,
) {
  return { ...stripUndefined(fields), id, companyId, createdAt: existing?.createdAt ?? now, updatedAt: now };
}

export async function saveQuote(
  companyId: string,
  fields: QuoteFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const quoteId = id ?? newId();
  await db.transaction('rw', [db.companies, db.quotes], async () => {
    const { existing } = await checkSave<Quote>('quote', companyId, fields.number, id, quoteId, db);
    await db.quotes.put(quoteSchema.parse(stamped(fields, quoteId, companyId, existing, Date.now())));
  });
  return quoteId;
}

export async function saveOrder(
  companyId: string,
  fields: OrderFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const orderId = id ?? newId();
  await db.transaction('rw', [db.companies, db.orders, db.quotes], async () => {
    const { existing } = await checkSave<Order>('order', companyId, fields.number, id, orderId, db);
    const now = Date.now();
    if (fields.quoteId !== undefined) {
      const quote = await existingOf<Quote>('quote', fields.quoteId, companyId, db);
      if (quote && quote.status === 'refused') throw new SalesRefused('quote-refused');
      if (quote && quote.status !== 'accepted')
        await db.quotes.put(quoteSchema.parse({ ...quote, status: 'accepted', updatedAt: now }));
    }
    await db.orders.put(orderSchema.parse(stamped(fields, orderId, companyId, existing, now)));
  });
  return orderId;
}

/** Records or edits an invoice (payments kept); when it becomes issued, the sheet's flags follow `invoiceMakes`. */
export async function saveInvoice(
  companyId: string,
  fields: InvoiceFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const invoiceId = id ?? newId();
  await db.transaction('rw', [db.companies, db.invoices, db.orders, db.settings], async () => {
    const { company, existing } = await checkSave<Invoice>('invoice', companyId, fields.number, id, invoiceId, db);
    if (fields.orderId !== undefined) await existingOf<Order>('order', fields.orderId, companyId, db);
    const now = Date.now();
    const record = invoiceSchema.parse({
      ...stamped(fields, invoiceId, companyId, existing, now),
      payments: existing?.payments ?? [],
    });
    await db.invoices.put(record);
    // Only the moment of issuing changes the flags: re-saving an issued invoice does not undo a
    // flag the user changed by hand since.
    if (invoiceChangesFlags(record) && !(existing && invoiceChangesFlags(existing))) {
      const setting = parseInvoiceMakes((await db.settings.get(INVOICE_MAKES_SETTING_KEY))?.value);
      const next = applyInvoiceToCompany(company, record, setting, now);
      if (next !== company) await db.companies.put(companySchema.parse(next));
    }
  });
  return invoiceId;
}

export async function setQuoteStatus(
  id: string,
  status: Quote['status'],
  db: FicheDB = defaultDb,
): Promise<Quote['status']> {
  return db.transaction('rw', [db.quotes], async () => {
    const quote = await db.quotes.get(id);
    if (!quote) throw new SalesRefused('not-found');
    await db.quotes.put(quoteSchema.parse({ ...quote, status, updatedAt: Date.now() }));
    return quote.status;
  });
}

export async function setOrderClosed(id: string, closedByHand: boolean, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.orders], async () => {
    const order = await db.orders.get(id);
    if (!order) throw new SalesRefused('not-found');
    await db.orders.put(orderSchema.parse({ ...order, closedByHand, updatedAt: Date.now() }));
  });
}

export type PaymentInput = Omit<Payment, 'id'>;

/** Adds a payment to an issued invoice (an overpayment is allowed: the UI warns before). */
export async function addPayment(invoiceId: string, input: PaymentInput, db: FicheDB = defaultDb): Promise<string> {
  const payment = paymentSchema.parse({ ...stripUndefined(input), id: newId() });
  if (payment.amount <= 0) throw new SalesRefused('payment-amount');
  await db.transaction('rw', [db.invoices], async () => {
    const inv = await db.invoices.get(invoiceId);
    if (!inv) throw new SalesRefused('not-found');
    if (inv.status !== 'issued' || inv.kind !== 'invoice') throw new SalesRefused('not-issued');
    await db.invoices.put(
      invoiceSchema.parse({ ...inv, payments: sortPayments([...inv.payments, payment]), updatedAt: Date.now() }),
    );
  });
  return payment.id;
}

/** Removes a payment and returns it, for undo. */
export async function removePayment(
  invoiceId: string,
  paymentId: string,
  db: FicheDB = defaultDb,
): Promise<Payment | undefined> {
  return db.transaction('rw', [db.invoices], async () => {
    const inv = await db.invoices.get(invoiceId);
    if (!inv) throw new SalesRefused('not-found');
    const removed = inv.payments.find((p) => p.id === paymentId);
    if (!removed) return undefined;
    await db.invoices.put(
      invoiceSchema.parse({ ...inv, payments: inv.payments.filter((p) => p.id !== paymentId), updatedAt: Date.now() }),
    );
    return removed;
  });
}

export async function restorePayment(invoiceId: string, payment: Payment, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.invoices], async () => {
    const inv = await db.invoices.get(invoiceId);
    if (!inv) throw new SalesRefused('not-found');
    if (inv.payments.some((p) => p.id === payment.id)) return;
    const payments = sortPayments([...inv.payments, paymentSchema.parse(payment)]);
    await db.invoices.put(invoiceSchema.parse({ ...inv, payments, updatedAt: Date.now() }));
  });
}

const sortPayments = (list: Payment[]) => [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** Deletes a draft (see `deletionBlock`) and returns it, for undo. */
export async function deleteSalesDocument(
  kind: SalesKind,
  id: string,
  db: FicheDB = defaultDb,
): Promise<SalesDocument> {
  return db.transaction('rw', [db.quotes, db.orders, db.invoices], async () => {
    const doc = await tableOf(db, kind).get(id);
    if (!doc) throw new SalesRefused('not-found');
    const [orders, invoices] = await Promise.all([
      db.orders.where('companyId').equals(doc.companyId).toArray(),
      db.invoices.where('companyId').equals(doc.companyId).toArray(),
    ]);
    const block = deletionBlock(kind, doc, { orders, invoices });
    if (block) throw new SalesRefused(block);
    await tableOf(db, kind).delete(id);
    return doc;
  });
}

/** Undo of a deletion: puts the document back as it was, unless its number was taken meanwhile. */
export async function restoreSalesDocument(
  kind: SalesKind,
  doc: SalesDocument,
  db: FicheDB = defaultDb,
): Promise<void> {
  const schema = kind === 'quote' ? quoteSchema : kind === 'order' ? orderSchema : invoiceSchema;
  const record = schema.parse(doc) as SalesDocument;
  await db.transaction('rw', [db.companies, db.quotes, db.orders, db.invoices], async () => {
    await sheetOf(record.companyId, db);
    await checkNumber(kind, record.number, record.id, db);
    await tableOf(db, kind).put(record);
  });
}
