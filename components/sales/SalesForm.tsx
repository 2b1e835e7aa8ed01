/** Record or edit a quote, an order or an invoice; an edited draft can be deleted from here, with undo. */
import { failureMessage } from '../errors';
import { useState } from 'preact/hooks';
import { sortContactsForDisplay } from '../../core/contacts';
import type { Invoice, Order, Person, Quote } from '../../core/domain';
import {
  applyVatRate,
  COMMON_CURRENCIES,
  deletionBlock,
  validateSalesForm,
  type SalesDocument,
  type SalesFormErrors,
  type SalesFormValues,
  type SalesKind,
} from '../../core/sales-form';
import { salesActions, salesQueries, type CompanySales } from '../../models/sales';
import { showToast } from '../../models/toast';
import { Check, ErrorNotice, Field, FormActions, SelectField, TextField } from '../Field';
import { formatMoney, isFrench, t, uiLanguage } from '../i18n';
import { formatRate, vatChoices, vatKey } from '../../core/vat-rates';
import { INVOICE_STATUS, keepReason, kindLabel, QUOTE_STATUS, refusalText, salesErrorText } from './labels';

interface Props {
  kind: SalesKind;
  companyId: string;
  people: Person[];
  sales: CompanySales;
  initial: SalesFormValues;
  /** The document being edited; absent when recording a new one. */
  doc?: SalesDocument | undefined;
  /** A label for the form (e.g. "Record an order"). */
  label: string;
  onDone: () => void;
}

export function SalesForm({ kind, companyId, people, sales, initial, doc, label, onDone }: Props) {
  const [v, setV] = useState<SalesFormValues>(initial);
  const [errors, setErrors] = useState<SalesFormErrors>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof SalesFormValues>(k: K, value: SalesFormValues[K]) => {
    setV((cur) => ({ ...cur, [k]: value }));
    if (errors[k]) setErrors((cur) => ({ ...cur, [k]: undefined }));
    setFormError('');
  };
  const err = (k: keyof SalesFormErrors) => salesErrorText(kind, errors[k]);
  const french = isFrench();
  /** The excl.-tax amount or the rate changed: the incl.-tax amount is computed from them. */
  const setTaxed = (k: 'amountExclTax' | 'vatRate', value: string) => {
    setV((cur) => applyVatRate({ ...cur, [k]: value }, french));
    if (errors[k] || errors.amountInclTax) setErrors((cur) => ({ ...cur, [k]: undefined, amountInclTax: undefined }));
    setFormError('');
  };

  async function checkNumber() {
    if (v.number.trim() && (await salesQueries.numberTaken(kind, v.number, doc?.id))) {
      setErrors((cur) => ({ ...cur, number: 'number-taken' }));
    }
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const r = validateSalesForm(kind, v);
    const taken = v.number.trim() ? await salesQueries.numberTaken(kind, v.number, doc?.id) : false;
    if (!r.ok || taken) {
      setErrors({ ...(r.ok ? {} : r.errors), ...(taken ? { number: 'number-taken' } : {}) });
      return;
    }
    setBusy(true);
    try {
      const out = await salesActions.save(companyId, r.value, doc?.id);
      if (!out.ok) {
        if (out.error === 'number-taken') setErrors({ number: 'number-taken' });
        else setFormError(refusalText(kind, out.error));
        return;
      }
      const number = r.value.fields.number;
      showToast(
        t(kind === 'quote' ? 'salesSavedQuote' : kind === 'order' ? 'salesSavedOrder' : 'salesSavedInvoice', number),
      );
      onDone();
    } catch (error) {
      setFormError(failureMessage(error));
    } finally {
      setBusy(false);
    }
  }

  const contacts = sortContactsForDisplay(people).filter((p) => p.archivedAt === undefined || p.id === v.personId);
  const currencies: string[] = [...COMMON_CURRENCIES];
  if (v.currency && !currencies.includes(v.currency)) currencies.unshift(v.currency);
  const creditNote = kind === 'invoice' && v.invoiceKind === 'credit_note';
  const block = doc ? deletionBlock(kind, doc, sales) : null;

  return (
    <form class="dialog" aria-label={label} noValidate onSubmit={submit} data-testid="sales-form">
      <strong>{label}</strong>
      <ErrorNotice error={formError} />
      {kind === 'invoice' ? (
        <SelectField
          label={t('salesFieldInvoiceKind')}
          name="invoiceKind"
          value={v.invoiceKind}
          onChange={(x) => set('invoiceKind', x as Invoice['kind'])}
          choices={[
            { value: 'invoice', label: t('salesKindInvoice') },
            { value: 'credit_note', label: t('salesKindCreditNote') },
          ]}
        />
      ) : null}
      <div class="grid2">
        <TextField
          label={t('salesFieldNumber')}
          name="number"
          value={v.number}
          onInput={(x) => set('number', x)}
          onBlur={checkNumber}
          error={err('number')}
          autoFocus
        />
        <TextField
          label={t('salesFieldDate')}
          name="date"
          type="date"
          value={v.date}
          onInput={(x) => set('date', x)}
          error={err('date')}
        />
      </div>
      <div class="grid2">
        {kind !== 'order' ? (
          <TextField
            label={kind === 'quote' ? t('salesFieldExpiryDate') : t('salesFieldDueDate')}
            name="endDate"
            type="date"
            value={v.endDate}
            onInput={(x) => set('endDate', x)}
            error={err('endDate')}
          />
        ) : null}
        {kind === 'quote' ? (
          <SelectField
            label={t('salesFieldStatus')}
            name="status"
            value={v.quoteStatus}
            onChange={(x) => set('quoteStatus', x as Quote['status'])}
            choices={(Object.keys(QUOTE_STATUS) as Quote['status'][]).map((s) => ({
              value: s,
              label: t(QUOTE_STATUS[s]),
            }))}
          />
        ) : kind === 'invoice' ? (
          <SelectField
            label={t('salesFieldStatus')}
            name="status"
            value={v.invoiceStatus}
            onChange={(x) => set('invoiceStatus', x as Invoice['status'])}
            choices={(Object.keys(INVOICE_STATUS) as Invoice['status'][]).map((s) => ({
              value: s,
              label: t(INVOICE_STATUS[s]),
            }))}
          />
        ) : null}
      </div>
      <div class="grid2">
        <MoneyField
          label={t('salesFieldExcl')}
          name="amountExclTax"
          value={v.amountExclTax}
          onInput={(x) => setTaxed('amountExclTax', x)}
          error={err('amountExclTax')}
        />
        <SelectField
          label={t('salesFieldVatRate')}
          name="vatRate"
          value={v.vatRate}
          onChange={(x) => setTaxed('vatRate', x)}
          choices={[
            ...vatChoices().map((r) => ({
              value: vatKey(r),
              label: `${countryName(r.country)} ${formatRate(r.basisPoints, french)}`,
            })),
            { value: '', label: t('salesVatByHand') },
          ]}
        />
      </div>
      <MoneyField
        label={t('salesFieldIncl')}
        name="amountInclTax"
        value={v.amountInclTax}
        onInput={(x) => {
          // Typing the incl.-tax amount by hand leaves the rate: the amount is then the user's.
          set('amountInclTax', x);
          setV((cur) => ({ ...cur, amountInclTax: x, vatRate: '' }));
        }}
        error={err('amountInclTax')}
      />
      <div class="small muted">{creditNote ? t('salesCreditNoteHint') : t('salesMoneyHint')}</div>
      <SelectField
        label={t('salesFieldCurrency')}
        name="currency"
        value={v.currency}
        onChange={(x) => set('currency', x)}
        error={err('currency')}
        choices={currencies.map((c) => ({ value: c, label: c }))}
      />
      <TextField
        label={t('salesFieldTitle')}
        name="title"
        value={v.title}
        onInput={(x) => set('title', x)}
        error={err('title')}
      />
      <SelectField
        label={t('salesFieldContact')}
        name="personId"
        value={v.personId}
        onChange={(x) => set('personId', x)}
        choices={[
          { value: '', label: t('salesNoContact') },
          ...contacts.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?' })),
        ]}
      />
      {kind === 'order' ? (
        <>
          <SelectField
            label={t('salesFieldQuote')}
            name="quoteId"
            value={v.quoteId}
            onChange={(x) => set('quoteId', x)}
            choices={[
              { value: '', label: t('salesNoLink') },
              ...sales.quotes
                .filter((q) => q.status !== 'refused' || q.id === v.quoteId)
                .map((q) => ({ value: q.id, label: `${q.number} · ${formatMoney(q.amountExclTax, q.currency)}` })),
            ]}
          />
          <Check
            name="closedByHand"
            label={t('salesFieldClosed')}
            checked={v.closedByHand}
            onChange={(x) => set('closedByHand', x)}
          />
        </>
      ) : null}
      {kind === 'invoice' ? (
        <SelectField
          label={t('salesFieldOrder')}
          name="orderId"
          value={v.orderId}
          onChange={(x) => set('orderId', x)}
          choices={[
            { value: '', label: t('salesNoLink') },
            ...sales.orders.map((o: Order) => ({
              value: o.id,
              label: `${o.number} · ${formatMoney(o.amountExclTax, o.currency)}`,
            })),
          ]}
        />
      ) : null}
      <FormActions submitLabel={t('save')} busy={busy} onCancel={onDone}>
        <span class="spacer" />
        {doc && !block ? <DeleteButton kind={kind} doc={doc} onDone={onDone} /> : null}
      </FormActions>
      {doc && block ? (
        <div class="small muted" data-testid="sales-keep-reason">
          {keepReason(block)}
        </div>
      ) : null}
    </form>
  );
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' });
  } catch {
    return null;
  }
})();
const countryName = (code: string) => regionNames?.of(code) ?? code;

function DeleteButton({ kind, doc, onDone }: { kind: SalesKind; doc: SalesDocument; onDone: () => void }) {
  const [error, setError] = useState('');
  const name = `${kindLabel(kind)} ${doc.number}`;
  return (
    <>
      {error ? (
        <span class="error small" role="alert">
          {error}
        </span>
      ) : null}
      <button
        class="btn danger"
        type="button"
        onClick={async () => {
          const out = await salesActions.remove(kind, doc.id);
          if (!out.ok) return setError(refusalText(kind, out.error));
          onDone();
          showToast(t('salesDeleted', name), {
            undo: async () => {
              const back = await out.value();
              if (!back.ok) showToast(t('salesRestoreFailed', refusalText(kind, back.error)), { kind: 'error' });
            },
          });
        }}
      >
        {kind === 'order' ? t('salesDeleteOrder') : t('salesDeleteDraft')}
      </button>
    </>
  );
}

export function MoneyField(props: {
  label: string;
  name: string;
  value: string;
  onInput: (v: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, describedBy) => (
        <input
          id={id}
          name={props.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          autoFocus={props.autoFocus}
          value={props.value}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}
