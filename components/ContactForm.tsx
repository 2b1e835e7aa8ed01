/** Add or edit a contact, with a photo resized and stored locally. */
import { useState } from 'preact/hooks';
import {
  formFromPerson,
  validateContactForm,
  type ContactFormErrors,
  type ContactFormValues,
} from '../core/contact-form';
import type { CustomFieldDef, Person } from '../core/domain';
import { contactActions, resizePhoto } from '../models/contacts';
import { showToast } from '../models/toast';
import { Photo } from './ContactsSection';
import { CustomFieldInputs } from './CustomFieldInput';
import { Check, ErrorNotice, Field, FormActions, TextField } from './Field';
import { failureMessage, errorText } from './errors';
import { t } from './i18n';

interface Props {
  companyId: string;
  person?: Person;
  defs: CustomFieldDef[];
  onDone: () => void;
}

export function ContactForm({ companyId, person, defs, onDone }: Props) {
  const [v, setV] = useState<ContactFormValues>(() => formFromPerson(person));
  const [photo, setPhoto] = useState<Blob | undefined | null>(person?.photo);
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ContactFormValues>(k: K, value: ContactFormValues[K]) => {
    setV({ ...v, [k]: value });
    if (errors[k]) setErrors({ ...errors, [k]: undefined });
  };
  const err = (k: keyof ContactFormErrors) =>
    errors[k] === 'name-or-email' ? t('errorNameOrEmail') : errorText(errors[k]);

  return (
    <form
      class="dialog"
      aria-label={person ? t('edit') : t('addContact')}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        const r = validateContactForm(v, defs);
        if (!r.ok) {
          setErrors(r.errors);
          return;
        }
        setBusy(true);
        try {
          await contactActions.save(companyId, { ...r.value, ...(photo ? { photo } : {}) }, person?.id);
          showToast(t('contactSaved'));
          onDone();
        } catch (error) {
          setFormError(failureMessage(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ErrorNotice error={formError} />
      <div class="grid2">
        <TextField
          label={t('fieldLastName')}
          name="lastName"
          value={v.lastName}
          onInput={(x) => set('lastName', x)}
          error={err('lastName')}
          autoFocus
        />
        <TextField
          label={t('fieldFirstName')}
          name="firstName"
          value={v.firstName}
          onInput={(x) => set('firstName', x)}
        />
      </div>
      <TextField
        label={t('fieldEmails')}
        name="emails"
        type="text"
        value={v.emails}
        onInput={(x) => set('emails', x)}
        error={err('emails')}
        hint={t('fieldEmailsHint')}
      />
      <TextField label={t('fieldJobTitle')} name="jobTitle" value={v.jobTitle} onInput={(x) => set('jobTitle', x)} />
      <div class="grid2">
        <TextField
          label={t('fieldPhone')}
          name="phone"
          type="tel"
          value={v.phone}
          onInput={(x) => set('phone', x)}
          error={err('phone')}
        />
        <TextField
          label={t('fieldMobile')}
          name="mobile"
          type="tel"
          value={v.mobile}
          onInput={(x) => set('mobile', x)}
          error={err('mobile')}
        />
      </div>
      <TextField
        label={t('fieldPersonLinkedin')}
        name="linkedinUrl"
        value={v.linkedinUrl}
        onInput={(x) => set('linkedinUrl', x)}
        error={err('linkedinUrl')}
      />
      <Field label={t('fieldPhoto')} error={errors.customFields === 'photo' ? t('errorPhoto') : undefined}>
        {(id) => (
          <div class="row">
            <Photo person={{ photo: photo ?? undefined, firstName: v.firstName, lastName: v.lastName }} />
            <input
              id={id}
              name="photo"
              type="file"
              accept="image/*"
              onChange={async (e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (!file) return;
                try {
                  setPhoto(await resizePhoto(file));
                  setErrors({ ...errors, customFields: undefined });
                } catch {
                  setErrors({ ...errors, customFields: 'photo' });
                }
              }}
            />
            {photo ? (
              <button class="btn small" type="button" onClick={() => setPhoto(null)}>
                {t('removePhoto')}
              </button>
            ) : null}
          </div>
        )}
      </Field>
      <Check
        name="isBillingContact"
        label={t('fieldIsBilling')}
        checked={v.isBillingContact}
        onChange={(x) => set('isBillingContact', x)}
      />
      <CustomFieldInputs
        defs={defs}
        values={v.customFields}
        errors={errors}
        onChange={(customFields) => setV({ ...v, customFields })}
      />
      <FormActions submitLabel={t('save')} busy={busy} onCancel={onDone} />
    </form>
  );
}
