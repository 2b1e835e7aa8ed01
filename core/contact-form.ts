/** The contact form's values and validation (SPEC §2.3); error codes, translated by the UI. */
import type { CustomFieldDef, Person } from './domain';
import { customFieldsFromForm } from './custom-fields';
import { validateEmail, validatePhone } from './validation/fields';
import { normalizeLinkedinUrl } from './text/linkedin';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  emails: string;
  jobTitle: string;
  phone: string;
  mobile: string;
  linkedinUrl: string;
  isBillingContact: boolean;
  customFields: Record<string, unknown>;
}

export type ContactFormErrors = Partial<Record<keyof ContactFormValues | `custom:${string}`, string>>;

export function formFromPerson(p?: Partial<Person>): ContactFormValues {
  return {
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    emails: (p?.emails ?? []).join(', '),
    jobTitle: p?.jobTitle ?? '',
    phone: p?.phone ?? '',
    mobile: p?.mobile ?? '',
    linkedinUrl: p?.linkedinUrl ?? '',
    isBillingContact: p?.isBillingContact ?? false,
    customFields: { ...(p?.customFields ?? {}) },
  };
}

export type ContactFields = Pick<
  Person,
  'firstName' | 'lastName' | 'emails' | 'jobTitle' | 'phone' | 'mobile' | 'isBillingContact' | 'customFields'
> & { linkedinUrl?: string };

export function validateContactForm(
  v: ContactFormValues,
  defs: CustomFieldDef[] = [],
): { ok: true; value: ContactFields } | { ok: false; errors: ContactFormErrors } {
  const errors: ContactFormErrors = {};
  const emails: string[] = [];
  for (const raw of v.emails.split(/[,;\s]+/).filter(Boolean)) {
    const r = validateEmail(raw);
    if (r.ok) {
      if (!emails.includes(r.value)) emails.push(r.value);
    } else errors.emails = 'email';
  }
  const firstName = v.firstName.trim();
  const lastName = v.lastName.trim();
  if (!firstName && !lastName && emails.length === 0 && !errors.emails) errors.lastName = 'name-or-email';
  for (const key of ['phone', 'mobile'] as const) {
    if (v[key].trim() && !validatePhone(v[key]).ok) errors[key] = 'phone';
  }
  let linkedinUrl: string | undefined;
  if (v.linkedinUrl.trim()) {
    linkedinUrl = normalizeLinkedinUrl(v.linkedinUrl) ?? undefined;
    if (!linkedinUrl) errors.linkedinUrl = 'linkedin';
  }
  const { values: customFields, errors: customErrors } = customFieldsFromForm(defs, v.customFields);
  for (const [id, reason] of Object.entries(customErrors)) errors[`custom:${id}`] = reason;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      firstName,
      lastName,
      emails,
      jobTitle: v.jobTitle.trim(),
      phone: v.phone.trim(),
      mobile: v.mobile.trim(),
      isBillingContact: v.isBillingContact,
      customFields,
      ...(linkedinUrl ? { linkedinUrl } : {}),
    },
  };
}
