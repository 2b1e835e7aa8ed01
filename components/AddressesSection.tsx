/** A sheet's addresses: any number, named, with the three priority flags held by one address each. */
import { failureMessage } from './errors';
import { useState } from 'preact/hooks';
import { SectionList } from './sections/SectionList';
import { formatAddressLines } from '../core/addresses';
import type { Address } from '../core/domain';
import { emptyAddressFields } from '../core/domain/empty';
import { addressActions, type AddressFields } from '../models/addresses';
import { showToast } from '../models/toast';
import { Check, ErrorNotice, FormActions, TextField } from './Field';
import { IconButton } from './icons';
import { t } from './i18n';

export function AddressesSection({ companyId, addresses }: { companyId: string; addresses: Address[] }) {
  const sorted = [...addresses].sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.createdAt - b.createdAt);
  return (
    <SectionList
      id="addresses"
      title={t('sectionAddresses')}
      testId="addresses"
      addLabel={t('addAddress')}
      emptyText={t('noAddress')}
      open={sorted}
      form={(a, done) => (
        <AddressForm
          initial={a ?? { ...emptyAddressFields(), isMain: addresses.length === 0 }}
          onCancel={done}
          onSave={async (fields) => {
            await addressActions.save(companyId, fields, a?.id);
            done();
          }}
        />
      )}
      row={(a, edit) => <AddressRow key={a.id} companyId={companyId} address={a} onEdit={edit} />}
    />
  );
}

function AddressRow({ companyId, address: a, onEdit }: { companyId: string; address: Address; onEdit: () => void }) {
  return (
    <li class="list-item" style="cursor:default;align-items:flex-start" data-address-label={a.label}>
      <span class="spacer">
        <div class="title">{a.label || t('addressUnnamed')}</div>
        {a.contactName ? <div class="sub">{t('addressContact', a.contactName)}</div> : null}
        <div class="small" style="white-space:pre-line">
          {formatAddressLines(a, { withContactName: false }).join('\n')}
        </div>
        <div class="row" style="gap:3px;margin-top:3px">
          {a.isMain ? <span class="badge">{t('flagMain')}</span> : null}
          {a.forInvoices ? (
            <span class="badge client" data-flag="invoices">
              {t('flagInvoices')}
            </span>
          ) : null}
          {a.forDeliveries ? (
            <span class="badge prospect" data-flag="deliveries">
              {t('flagDeliveries')}
            </span>
          ) : null}
          {a.forQuotes ? (
            <span class="badge supplier" data-flag="quotes">
              {t('flagQuotes')}
            </span>
          ) : null}
        </div>
      </span>
      <IconButton icon="edit" label={t('edit')} onClick={onEdit} />
      <IconButton
        icon="close"
        label={t('delete')}
        onClick={async () => {
          const undo = await addressActions.remove(companyId, a.id);
          showToast(t('addressRemoved'), { undo });
        }}
      />
    </li>
  );
}

function AddressForm(props: {
  initial: AddressFields;
  onSave: (f: AddressFields) => Promise<void>;
  onCancel: () => void;
}) {
  const [f, setF] = useState<AddressFields>({ ...emptyAddressFields(), ...pick(props.initial) });
  const [error, setError] = useState('');
  const set = <K extends keyof AddressFields>(k: K, v: AddressFields[K]) => setF({ ...f, [k]: v });
  return (
    <form
      class="dialog"
      aria-label={t('addAddress')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (![f.street, f.city, f.postalCode, f.label].some((x) => x.trim())) return setError(t('addressEmpty'));
        try {
          await props.onSave(f);
        } catch (err) {
          setError(failureMessage(err));
        }
      }}
    >
      <ErrorNotice error={error} />
      <div class="grid2">
        <TextField
          label={t('fieldAddressLabel')}
          name="label"
          value={f.label}
          onInput={(v) => set('label', v)}
          autoFocus
        />
        <TextField
          label={t('fieldAddressContact')}
          name="contactName"
          value={f.contactName}
          onInput={(v) => set('contactName', v)}
        />
      </div>
      <TextField label={t('fieldStreet')} name="street" value={f.street} onInput={(v) => set('street', v)} multiline />
      <div class="grid2">
        <TextField
          label={t('fieldPostalCode')}
          name="postalCode"
          value={f.postalCode}
          onInput={(v) => set('postalCode', v)}
        />
        <TextField label={t('fieldCity')} name="city" value={f.city} onInput={(v) => set('city', v)} />
      </div>
      <TextField label={t('fieldCountry')} name="country" value={f.country} onInput={(v) => set('country', v)} />
      <div class="row" role="group" aria-label={t('addressPriority')}>
        <Check name="isMain" label={t('flagMain')} checked={f.isMain} onChange={(v) => set('isMain', v)} />
        <Check
          name="forInvoices"
          label={t('flagInvoices')}
          checked={f.forInvoices}
          onChange={(v) => set('forInvoices', v)}
        />
        <Check
          name="forDeliveries"
          label={t('flagDeliveries')}
          checked={f.forDeliveries}
          onChange={(v) => set('forDeliveries', v)}
        />
        <Check name="forQuotes" label={t('flagQuotes')} checked={f.forQuotes} onChange={(v) => set('forQuotes', v)} />
      </div>
      <div class="small muted">{t('addressFlagHint')}</div>
      <FormActions submitLabel={t('save')} onCancel={props.onCancel} />
    </form>
  );
}

function pick(a: AddressFields): AddressFields {
  const { label, contactName, street, postalCode, city, country, isMain, forInvoices, forDeliveries, forQuotes } = a;
  return { label, contactName, street, postalCode, city, country, isMain, forInvoices, forDeliveries, forQuotes };
}
