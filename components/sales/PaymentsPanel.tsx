/** An invoice's payments (SPEC §2.6): list, add (default: what is left, today), remove with undo; overpayment warned. */
import { useState } from 'preact/hooks';
import type { Invoice } from '../../core/domain';
import { invoicePaidAmount, invoiceRemainingAmount } from '../../core/sales';
import { formatMoneyInput, parseMoney } from '../../core/sales-form';
import { salesActions } from '../../models/sales';
import { showToast } from '../../models/toast';
import { ErrorNotice, FormActions, TextField } from '../Field';
import { Icon } from '../icons';
import { formatDay, formatMoney, isFrench, t, todayIso } from '../i18n';
import { refusalText, salesErrorText } from './labels';
import { MoneyField } from './SalesForm';

export function PaymentsPanel({ invoice }: { invoice: Invoice }) {
  const [adding, setAdding] = useState(false);
  const money = (c: number) => formatMoney(c, invoice.currency);
  const paid = invoicePaidAmount(invoice);
  const canPay = invoice.kind === 'invoice' && invoice.status === 'issued';
  return (
    <div class="field" data-testid="payments" role="group" aria-label={t('salesPayments')}>
      <span class="label">{t('salesPayments')}</span>
      {invoice.kind === 'invoice' ? (
        <div class="small" data-testid="payments-summary">
          {t('salesPaidOf', money(paid), money(invoice.amountInclTax))}
        </div>
      ) : null}
      {invoice.payments.length === 0 ? <span class="muted small">{t('salesNoPayment')}</span> : null}
      <ul class="list">
        {invoice.payments.map((p) => (
          <li key={p.id} class="row small" data-payment-id={p.id} style="justify-content:space-between">
            <span>{formatDay(p.date)}</span>
            <span class="spacer" />
            <strong>{money(p.amount)}</strong>
            <button
              class="icon-btn"
              type="button"
              aria-label={t('salesRemovePayment', money(p.amount), formatDay(p.date))}
              title={t('salesRemovePayment', money(p.amount), formatDay(p.date))}
              onClick={async () => {
                const out = await salesActions.removePayment(invoice.id, p.id);
                if (!out.ok) return showToast(refusalText('invoice', out.error), { kind: 'error' });
                showToast(t('salesPaymentRemoved', money(p.amount)), { undo: out.value });
              }}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
      {!canPay ? (
        invoice.kind === 'invoice' ? (
          <span class="muted small">{t('salesPaymentsOnIssued')}</span>
        ) : null
      ) : adding ? (
        <PaymentForm invoice={invoice} onDone={() => setAdding(false)} />
      ) : (
        <div>
          <button class="btn small" type="button" onClick={() => setAdding(true)}>
            <Icon name="plus" /> {t('salesAddPayment')}
          </button>
        </div>
      )}
    </div>
  );
}

function PaymentForm({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const remaining = invoiceRemainingAmount(invoice);
  const [date, setDate] = useState(todayIso());
  const [amount, setAmount] = useState(remaining > 0 ? formatMoneyInput(remaining, isFrench()) : '');
  const [errors, setErrors] = useState<{ date?: string | undefined; amount?: string | undefined }>({});
  const [formError, setFormError] = useState('');
  const parsed = parseMoney(amount);
  const over = parsed.ok ? parsed.cents - remaining : 0;
  return (
    <form
      class="dialog"
      aria-label={t('salesAddPayment')}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const next: typeof errors = {};
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = t('errorDate');
        if (!parsed.ok) next.amount = salesErrorText('invoice', parsed.error);
        else if (parsed.cents <= 0) next.amount = t('salesErrorPaymentAmount');
        if (next.date || next.amount || !parsed.ok) return setErrors(next);
        const out = await salesActions.addPayment(invoice.id, date, parsed.cents);
        if (!out.ok) return setFormError(refusalText('invoice', out.error));
        showToast(t('salesPaymentAdded', formatMoney(parsed.cents, invoice.currency)));
        onDone();
      }}
    >
      <ErrorNotice error={formError} />
      <div class="grid2">
        <TextField
          label={t('salesPaymentDate')}
          name="paymentDate"
          type="date"
          value={date}
          onInput={(x) => (setDate(x), setErrors({ ...errors, date: undefined }))}
          error={errors.date}
        />
        <MoneyField
          label={t('salesPaymentAmount')}
          name="paymentAmount"
          value={amount}
          onInput={(x) => (setAmount(x), setErrors({ ...errors, amount: undefined }))}
          error={errors.amount}
          autoFocus
        />
      </div>
      {over > 0 ? (
        <div class="notice warn small" role="status" data-testid="overpayment">
          {t('salesOverpaid', formatMoney(over, invoice.currency))}
        </div>
      ) : null}
      <FormActions submitLabel={t('salesAddPayment')} onCancel={onDone} />
    </form>
  );
}
