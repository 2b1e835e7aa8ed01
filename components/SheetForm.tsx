/** Create and edit a client sheet in one form (SPEC §2.2): the same fields in both. */
import { useEffect, useState } from 'preact/hooks';
import {
  formFromCompany,
  validateCompanyForm,
  type CompanyFormErrors,
  type CompanyFormValues,
} from '../core/company-form';
import { go, type EditPrefill } from '../models/route';
import type { PersonPrefill } from '../core/prefill';
import { applySignature } from '../core/prefill-signature';
import { actions, queries, type AddressDraft } from '../models/sheets';
import { showToast } from '../models/toast';
import { exchangeActions } from '../models/exchanges';
import { CustomFieldInputs } from './CustomFieldInput';
import { Check, ErrorNotice, Field, FormActions, Select, TextField } from './Field';
import { failureMessage, errorText } from './errors';
import { useLive } from './hooks';
import { formatDay, t, todayIso } from './i18n';
import { renderTemplate } from '../core/templates';
import { TemplatePicker } from './TemplatePicker';
import { MergeSection } from './merge/MergeSection';

interface Props {
  id?: string | undefined;
  prefill?: EditPrefill | undefined;
}

const emptyAddress = (): AddressDraft => ({ street: '', postalCode: '', city: '', country: '' });

export function SheetForm({ id, prefill }: Props) {
  const existing = useLive(async () => (id ? ((await queries.sheet(id))?.company ?? null) : null), [id]);
  const users = useLive(() => queries.users(), [], []);
  const defs = useLive(() => queries.customFieldDefs('company'), [], []);
  const loadedTemplates = useLive(() => queries.templates('comment'), []);
  const commentTemplates = loadedTemplates ?? [];
  const [values, setValues] = useState<CompanyFormValues | null>(null);
  // The sender's signature fills the contact's title and phones; its address is proposed as the main one.
  const [person, setPerson] = useState<PersonPrefill | null>(() =>
    prefill?.person ? applySignature(prefill.person) : null,
  );
  const [address, setAddress] = useState<AddressDraft>(() =>
    person?.address ? { ...person.address } : emptyAddress(),
  );
  const [errors, setErrors] = useState<CompanyFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState('');

  // The form starts from the sheet being edited, or from the prefill and the default comment template.
  useEffect(() => {
    if (values) return;
    if (id) {
      if (existing) setValues(formFromCompany(existing));
      return;
    }
    if (!loadedTemplates) return;
    const base = formFromCompany(prefill?.company ?? {});
    const def = commentTemplates.find((tpl) => tpl.isDefault);
    if (def && !base.comment) base.comment = def.body;
    setValues(base);
  }, [existing, id, loadedTemplates]);

  if (id && existing === null) return <div class="notice error">{t('notFound')}</div>;
  if (!values) return <div class="loading">{t('loading')}</div>;

  const set = <K extends keyof CompanyFormValues>(key: K, value: CompanyFormValues[K]) => {
    setValues({ ...values, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };
  const err = (key: keyof CompanyFormErrors) => errorText(errors[key]);
  const cancel = () => go(id ? { name: 'sheet', id } : { name: 'list' });
  // Optional parts fold away on creation (the form pre-filled from Gmail fits the screen, Create in view);
  // they open when editing, or when one of them has an error.
  const optionalKeys: (keyof CompanyFormErrors)[] = ['siren', 'siret', 'vat', 'website', 'linkedinUrl', 'phone'];
  const moreOpen =
    !!id || optionalKeys.some((k) => errors[k]) || Object.keys(errors).some((k) => k.startsWith('custom:'));
  const addressText = [address.street, `${address.postalCode} ${address.city}`.trim(), address.country]
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');

  async function submit(e: Event) {
    e.preventDefault();
    if (!values || saving) return;
    const result = validateCompanyForm(values, defs);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('errorFormInvalid'));
      return;
    }
    setSaving(true);
    setFormError('');
    try {
      if (id) {
        await actions.updateCompany(id, result.value);
        showToast(t('saved'));
        go({ name: 'sheet', id });
      } else {
        const hasAddress = Object.values(address).some((x) => x.trim());
        const contact = person && (person.firstName || person.lastName || person.email) ? person : undefined;
        // Template placeholders in the comment are filled now that the sheet's name and contact are known.
        const me = users.find((u) => u.isMe);
        const comment = renderTemplate(result.value.comment, {
          company: { name: result.value.name },
          ...(contact ? { contact: { firstName: contact.firstName, lastName: contact.lastName } } : {}),
          ...(me ? { user: { name: me.name } } : {}),
          today: todayIso(),
          formatDay,
        });
        const newId = await actions.createSheet(
          { ...result.value, comment },
          hasAddress ? address : undefined,
          contact,
        );
        if (prefill?.logFromTab !== undefined) {
          const reply = await exchangeActions.logTabEmail(prefill.logFromTab, [newId]);
          if (!reply.ok) showToast(t('exLogFailed', reply.error.message), { kind: 'error' });
        }
        showToast(t('sheetCreated', result.value.name));
        go({ name: 'sheet', id: newId });
      }
    } catch (error) {
      setFormError(failureMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card" onSubmit={submit} noValidate aria-label={id ? t('edit') : t('newSheet')}>
      <h2>{id ? t('edit') : t('newSheet')}</h2>
      <ErrorNotice error={formError} />
      <TextField
        label={t('fieldName')}
        name="name"
        value={values.name}
        autoFocus
        onInput={(v) => set('name', v)}
        error={err('name')}
      />
      <div class="row">
        <span class="small muted">{t('fieldKind')}</span>
        <label class="check">
          <input type="radio" name="kind" checked={values.kind === 'company'} onChange={() => set('kind', 'company')} />
          {t('kindCompany')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="kind"
            checked={values.kind === 'individual'}
            onChange={() => set('kind', 'individual')}
          />
          {t('kindIndividual')}
        </label>
      </div>
      <div class="row" role="group" aria-label={t('fieldFlags')}>
        <Check
          name="isProspect"
          label={t('flagProspect')}
          checked={values.isProspect}
          onChange={(v) => set('isProspect', v)}
        />
        <Check name="isClient" label={t('flagClient')} checked={values.isClient} onChange={(v) => set('isClient', v)} />
        <Check
          name="isSupplier"
          label={t('flagSupplier')}
          checked={values.isSupplier}
          onChange={(v) => set('isSupplier', v)}
        />
      </div>
      {prefill?.from ? <div class="notice small">{t('prefilledFrom', prefill.from)}</div> : null}
      {!id && person ? (
        <fieldset data-testid="prefill-contact">
          <legend>{t('firstContact')}</legend>
          <div class="grid2">
            <TextField
              label={t('fieldLastName')}
              name="contactLastName"
              value={person.lastName}
              onInput={(v) => setPerson({ ...person, lastName: v })}
            />
            <TextField
              label={t('fieldFirstName')}
              name="contactFirstName"
              value={person.firstName}
              onInput={(v) => setPerson({ ...person, firstName: v })}
            />
          </div>
          <TextField
            label={t('fieldEmails')}
            name="contactEmail"
            value={person.email}
            onInput={(v) => setPerson({ ...person, email: v })}
          />
          <TextField
            label={t('fieldJobTitle')}
            name="contactJobTitle"
            value={person.jobTitle}
            onInput={(v) => setPerson({ ...person, jobTitle: v })}
          />
          {person.phone || person.mobile ? (
            <div class="grid2">
              <TextField
                label={t('fieldPhone')}
                name="contactPhone"
                type="tel"
                value={person.phone}
                onInput={(v) => setPerson({ ...person, phone: v })}
              />
              <TextField
                label={t('fieldMobile')}
                name="contactMobile"
                type="tel"
                value={person.mobile ?? ''}
                onInput={(v) => setPerson({ ...person, mobile: v })}
              />
            </div>
          ) : null}
          <button class="btn small ghost" type="button" onClick={() => setPerson(null)}>
            {t('noFirstContact')}
          </button>
        </fieldset>
      ) : null}
      {!id ? (
        <details class="more" data-testid="form-main-address">
          <summary>
            {t('fieldMainAddress')}
            {addressText ? ` · ${addressText}` : ''}
          </summary>
          <div>
            <TextField
              label={t('fieldStreet')}
              name="street"
              value={address.street}
              onInput={(v) => setAddress({ ...address, street: v })}
              multiline
            />
            <div class="grid2">
              <TextField
                label={t('fieldPostalCode')}
                name="postalCode"
                value={address.postalCode}
                onInput={(v) => setAddress({ ...address, postalCode: v })}
              />
              <TextField
                label={t('fieldCity')}
                name="city"
                value={address.city}
                onInput={(v) => setAddress({ ...address, city: v })}
              />
            </div>
            <TextField
              label={t('fieldCountry')}
              name="country"
              value={address.country}
              onInput={(v) => setAddress({ ...address, country: v })}
            />
          </div>
        </details>
      ) : null}
      <details class="more" open={moreOpen} data-testid="more-details">
        <summary>{t('moreDetails')}</summary>
        <div>
          <div class="grid2">
            <TextField
              label={t('fieldSiren')}
              name="siren"
              value={values.siren}
              onInput={(v) => set('siren', v)}
              error={err('siren')}
            />
            <TextField
              label={t('fieldSiret')}
              name="siret"
              value={values.siret}
              onInput={(v) => set('siret', v)}
              error={err('siret')}
            />
          </div>
          <TextField
            label={t('fieldVat')}
            name="vat"
            value={values.vat}
            onInput={(v) => set('vat', v)}
            error={err('vat')}
          />
          <TextField
            label={t('fieldWebsite')}
            name="website"
            type="url"
            value={values.website}
            onInput={(v) => set('website', v)}
            error={err('website')}
          />
          <TextField
            label={t('fieldDomains')}
            name="domains"
            value={values.domains}
            onInput={(v) => set('domains', v)}
            hint={t('fieldDomainsHint')}
          />
          <TextField
            label={t('fieldLinkedin')}
            name="linkedinUrl"
            value={values.linkedinUrl}
            onInput={(v) => set('linkedinUrl', v)}
            error={err('linkedinUrl')}
          />
          <TextField
            label={t('fieldPhone')}
            name="phone"
            type="tel"
            value={values.phone}
            onInput={(v) => set('phone', v)}
            error={err('phone')}
          />
          <TextField
            label={t('fieldCategories')}
            name="categories"
            value={values.categories}
            onInput={(v) => set('categories', v)}
            hint={t('fieldCategoriesHint')}
          />
          <CustomFieldInputs
            defs={defs}
            values={values.customFields}
            errors={errors}
            onChange={(customFields, fieldId) => {
              setValues({ ...values, customFields });
              setErrors({ ...errors, [`custom:${fieldId}`]: undefined });
            }}
          />
          <TextField
            label={t('fieldComment')}
            name="comment"
            value={values.comment}
            onInput={(v) => set('comment', v)}
            multiline
          />
          <TemplatePicker
            templates={commentTemplates}
            onInsert={(body) => set('comment', values.comment ? `${values.comment}\n${body}` : body)}
          />
          <fieldset>
            <legend>{t('advanced')}</legend>
            <Field label={t('fieldAccountManager')}>
              {(fid) => (
                <Select
                  id={fid}
                  name="accountManagerId"
                  value={values.accountManagerId}
                  empty={t('noAccountManager')}
                  choices={users.map((u) => ({ value: u.id, label: u.isMe ? `${u.name} (${t('me')})` : u.name }))}
                  onChange={(v) => set('accountManagerId', v)}
                />
              )}
            </Field>
            {id ? <MergeSection companyId={id} /> : null}
          </fieldset>
        </div>
      </details>
      <FormActions submitLabel={id ? t('save') : t('create')} busy={saving} onCancel={cancel} />
    </form>
  );
}
