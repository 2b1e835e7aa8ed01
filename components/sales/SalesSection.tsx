/**
 * Quotes, orders and invoices of a sheet (SPEC §2.6, seed section 6): the open ones by default,
 * every one under "All quotes, orders and sales" (grouped by kind, newest first); a "+" menu to record
 * one; per row, the actions of its kind (accept/refuse, convert, close by hand, payments, edit).
 */
import { useState } from 'preact/hooks';
import { invoiceRecipient } from '../../core/contacts';
import type { Invoice, Order, Person, Quote } from '../../core/domain';
import { invoiceIsOpen, orderIsOpen, quoteIsOpen } from '../../core/sales';
import {
  emptySalesForm,
  formFromDocument,
  invoiceFormFromOrder,
  newestFirst,
  orderFormFromQuote,
  SALES_KINDS,
  type SalesDocument,
  type SalesFormValues,
  type SalesKind,
} from '../../core/sales-form';
import { salesActions, salesQueries, type CompanySales } from '../../models/sales';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { formatDay, formatMoney, isFrench, t, todayIso } from '../i18n';
import { AddMenu } from './AddMenu';
import { Section, useAddRequest } from '../sections/Section';
import {
  addLabel,
  invoiceBadges,
  kindGroupLabel,
  kindLabel,
  numberPrefix,
  orderBadges,
  orderProgress,
  quoteBadges,
  refusalText,
  type Badge,
} from './labels';
import { PaymentsPanel } from './PaymentsPanel';
import { SalesForm } from './SalesForm';
import './sales.css';

type Editing = { kind: SalesKind; id?: string; initial: SalesFormValues; label: string } | null;

const EMPTY: CompanySales = { quotes: [], orders: [], invoices: [] };

export function SalesSection({ companyId, people }: { companyId: string; people: Person[] }) {
  const sales = useLive(() => salesQueries.ofCompany(companyId), [companyId], EMPTY);
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const today = todayIso();
  const defaults = () => ({ today, french: isFrench(), personId: invoiceRecipient(people)?.id });

  const lists: Record<SalesKind, SalesDocument[]> = showAll
    ? { quote: newestFirst(sales.quotes), order: newestFirst(sales.orders), invoice: newestFirst(sales.invoices) }
    : {
        // The row being worked on stays until it is folded, even once settled: it does not vanish
        // under the user's hand after "accept" or the last payment.
        quote: newestFirst(sales.quotes.filter((q) => q.id === expanded || quoteIsOpen(q, today))),
        order: newestFirst(sales.orders.filter((o) => o.id === expanded || orderIsOpen(o, sales.invoices))),
        invoice: newestFirst(sales.invoices.filter((i) => i.id === expanded || invoiceIsOpen(i))),
      };
  const total = sales.quotes.length + sales.orders.length + sales.invoices.length;
  const shown = lists.quote.length + lists.order.length + lists.invoice.length;

  // The next free number is looked up before the form opens, so that it never lands in a field
  // the user is already typing in.
  const startNew = async (kind: SalesKind, initial?: SalesFormValues) => {
    const base = initial ?? emptySalesForm(defaults());
    const number = base.number || (await salesQueries.suggestNumber(kind, numberPrefix(kind), today.slice(0, 4)));
    setExpanded(null);
    setEditing({ kind, initial: { ...base, number }, label: addLabel(kind) });
  };

  useAddRequest('sales', (kind) => void startNew(kind === 'order' || kind === 'invoice' ? kind : 'quote'));

  const form = (e: NonNullable<Editing>) => (
    <SalesForm
      key={`${e.kind}:${e.id ?? 'new'}`}
      kind={e.kind}
      companyId={companyId}
      people={people}
      sales={sales}
      initial={e.initial}
      doc={e.id ? findDoc(sales, e.kind, e.id) : undefined}
      label={e.label}
      onDone={() => setEditing(null)}
    />
  );

  return (
    <Section
      id="sales"
      title={t('salesSection')}
      count={shown}
      testId="sales"
      actions={<AddMenu onPick={(kind) => void startNew(kind)} />}
    >
      {editing && !editing.id ? form(editing) : null}
      {shown === 0 && !editing ? (
        <span class="muted small" data-testid="sales-empty">
          {total === 0 ? t('salesNone') : t('salesNoneOpen')}
        </span>
      ) : null}
      {SALES_KINDS.map((kind) =>
        lists[kind].length || (showAll && total > 0) ? (
          <div class="sales-group" key={kind} data-sales-group={kind}>
            <h3 class="subhead" id={`sales-${kind}-h`}>
              {kindGroupLabel(kind)}
            </h3>
            {lists[kind].length === 0 ? <span class="muted small">{t('salesNoneOfKind')}</span> : null}
            <ul class="list" aria-labelledby={`sales-${kind}-h`}>
              {lists[kind].map((doc) =>
                editing?.id === doc.id ? (
                  <li key={doc.id}>{form(editing)}</li>
                ) : (
                  <SalesRow
                    key={doc.id}
                    kind={kind}
                    doc={doc}
                    sales={sales}
                    people={people}
                    today={today}
                    expanded={expanded === doc.id}
                    onToggle={() => setExpanded(expanded === doc.id ? null : doc.id)}
                    onEdit={() =>
                      setEditing({
                        kind,
                        id: doc.id,
                        initial: formFromDocument(kind, doc, isFrench()),
                        label: t('salesEditNamed', `${kindLabel(kind)} ${doc.number}`),
                      })
                    }
                    onConvert={(nextKind, initial) => void startNew(nextKind, initial)}
                    defaults={defaults}
                  />
                ),
              )}
            </ul>
          </div>
        ) : null,
      )}
      {total > 0 ? (
        <div>
          <button
            class="btn ghost small"
            type="button"
            aria-pressed={showAll ? 'true' : 'false'}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('salesShowOpen') : t('salesShowAll')}
          </button>
        </div>
      ) : null}
    </Section>
  );
}

function findDoc(sales: CompanySales, kind: SalesKind, id: string): SalesDocument | undefined {
  const list: SalesDocument[] = kind === 'quote' ? sales.quotes : kind === 'order' ? sales.orders : sales.invoices;
  return list.find((d) => d.id === id);
}

interface RowProps {
  kind: SalesKind;
  doc: SalesDocument;
  sales: CompanySales;
  people: Person[];
  today: string;
  expanded: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onConvert: (kind: SalesKind, initial: SalesFormValues) => void;
  defaults: () => { today: string; french: boolean; personId?: string | undefined };
}

function SalesRow({ kind, doc, sales, people, today, expanded, onToggle, onEdit, onConvert, defaults }: RowProps) {
  const badges: Badge[] =
    kind === 'quote'
      ? quoteBadges(doc as Quote, today)
      : kind === 'order'
        ? orderBadges(doc as Order, sales.invoices)
        : invoiceBadges(doc as Invoice, today);
  const isCredit = kind === 'invoice' && (doc as Invoice).kind === 'credit_note';
  const name = `${isCredit ? t('salesKindCreditNote') : kindLabel(kind)} ${doc.number}`;
  const person = people.find((p) => p.id === doc.personId);
  const end = kind === 'quote' ? (doc as Quote).expiryDate : kind === 'invoice' ? (doc as Invoice).dueDate : undefined;
  const detailsId = `sales-details-${doc.id}`;
  return (
    <li
      class="list-item sales-row"
      data-sales-kind={kind}
      data-number={doc.number}
      data-status={badges.map((b) => b.status).join(' ')}
      data-expanded={expanded ? 'true' : 'false'}
    >
      <button
        class="sales-toggle"
        type="button"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={detailsId}
        onClick={onToggle}
      >
        <span class="spacer">
          <span class="sales-line">
            <span class="title spacer">{name}</span>
            <span class="amount" data-testid="sales-amount">
              {formatMoney(doc.amountInclTax, doc.currency)} <span class="small muted">{t('salesInclTaxShort')}</span>
            </span>
          </span>
          <span class="sub">
            {[formatDay(doc.date), doc.title, person ? `${person.firstName} ${person.lastName}`.trim() : '']
              .filter(Boolean)
              .join(' · ')}
            {end ? ` · ${kind === 'quote' ? t('salesExpires', formatDay(end)) : t('salesDue', formatDay(end))}` : ''}
          </span>
          <span class="sales-badges">
            {badges.map((b) => (
              <span key={b.status} class={`badge${b.tone ? ` ${b.tone}` : ''}`} data-badge={b.status}>
                {b.text}
              </span>
            ))}
          </span>
        </span>
      </button>
      {expanded ? (
        <div class="sales-details" id={detailsId} role="region" aria-label={t('salesDetails', name)}>
          <Links kind={kind} doc={doc} sales={sales} />
          <div class="row">
            <Actions kind={kind} doc={doc} sales={sales} onConvert={onConvert} defaults={defaults} />
            <span class="spacer" />
            <button class="btn small" type="button" onClick={onEdit} aria-label={t('salesEditNamed', name)}>
              <Icon name="edit" /> {t('edit')}
            </button>
          </div>
          {kind === 'invoice' ? <PaymentsPanel invoice={doc as Invoice} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function Links({ kind, doc, sales }: { kind: SalesKind; doc: SalesDocument; sales: CompanySales }) {
  const parts: string[] = [];
  if (kind === 'order') {
    const o = doc as Order;
    const q = o.quoteId ? sales.quotes.find((x) => x.id === o.quoteId) : undefined;
    if (q) parts.push(t('salesFromQuote', q.number));
    parts.push(orderProgress(o, sales.invoices));
  }
  if (kind === 'invoice') {
    const i = doc as Invoice;
    const o = i.orderId ? sales.orders.find((x) => x.id === i.orderId) : undefined;
    if (o) parts.push(t('salesForOrder', o.number));
  }
  parts.push(`${t('salesFieldExcl')} ${formatMoney(doc.amountExclTax, doc.currency)}`);
  return <div class="small muted">{parts.join(' · ')}</div>;
}

function Actions({
  kind,
  doc,
  sales,
  onConvert,
  defaults,
}: Omit<RowProps, 'people' | 'expanded' | 'onToggle' | 'onEdit' | 'today'>) {
  if (kind === 'quote') {
    const q = doc as Quote;
    const setStatus = async (status: Quote['status']) => {
      const out = await salesActions.setQuoteStatus(q.id, status);
      if (!out.ok) return showToast(refusalText('quote', out.error), { kind: 'error' });
      const previous = out.value;
      showToast(t(status === 'accepted' ? 'salesQuoteAccepted' : 'salesQuoteRefused', q.number), {
        undo: async () => void (await salesActions.setQuoteStatus(q.id, previous)),
      });
    };
    return (
      <>
        {q.status === 'draft' || q.status === 'sent' ? (
          <>
            <button class="btn small" type="button" onClick={() => setStatus('accepted')}>
              {t('salesAccept')}
            </button>
            <button class="btn small" type="button" onClick={() => setStatus('refused')}>
              {t('salesRefuse')}
            </button>
          </>
        ) : null}
        {q.status === 'accepted' ? (
          <button
            class="btn small primary"
            type="button"
            onClick={() =>
              onConvert('order', orderFormFromQuote(q, { ...defaults(), personId: q.personId ?? defaults().personId }))
            }
          >
            {t('salesToOrder')}
          </button>
        ) : null}
      </>
    );
  }
  if (kind === 'order') {
    const o = doc as Order;
    const open = orderIsOpen(o, sales.invoices);
    const setClosed = async (closed: boolean) => {
      const out = await salesActions.setOrderClosed(o.id, closed);
      if (!out.ok) return showToast(refusalText('order', out.error), { kind: 'error' });
      showToast(t(closed ? 'salesOrderClosed' : 'salesOrderReopened', o.number), {
        undo: async () => void (await salesActions.setOrderClosed(o.id, !closed)),
      });
    };
    return (
      <>
        {open ? (
          <button
            class="btn small primary"
            type="button"
            onClick={() =>
              onConvert(
                'invoice',
                invoiceFormFromOrder(o, sales.invoices, { ...defaults(), personId: o.personId ?? defaults().personId }),
              )
            }
          >
            {t('salesToInvoice')}
          </button>
        ) : null}
        {open ? (
          <button class="btn small" type="button" onClick={() => setClosed(true)}>
            {t('salesCloseOrder')}
          </button>
        ) : o.closedByHand ? (
          <button class="btn small" type="button" onClick={() => setClosed(false)}>
            {t('salesReopenOrder')}
          </button>
        ) : null}
      </>
    );
  }
  return null;
}
