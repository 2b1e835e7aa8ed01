/**
 * The client sheet form (creation and edit share it, SPEC §2.2): its text values, how they become a
 * record, and their validation. Errors are codes; the UI translates them next to the field.
 */
import type { Company, CustomFieldDef } from './domain';
import { customFieldsFromForm } from './custom-fields';
import { validatePhone, validateUrl } from './validation/fields';
import { validateSiren, validateSiret, siretMatchesSiren } from './validation/siren';
import { validateVat } from './validation/vat';
import { normalizeLinkedinUrl } from './text/linkedin';

export interface CompanyFormValues {
  name: string;
  kind: Company['kind'];
  isProspect: boolean;
  isClient: boolean;
  isSupplier: boolean;
  vat: string;
  siren: string;
  siret: string;
  website: string;
  domains: string;
  linkedinUrl: string;
  phone: string;
  categories: string;
  accountManagerId: string;
  comment: string;
  customFields: Record<string, unknown>;
}

export type FormErrorCode =
  | 'required'
  | 'vat-format'
  | 'vat-checksum'
  | 'vat-country'
  | 'vat-siren-mismatch'
  | 'siren-format'
  | 'siret-format'
  | 'luhn'
  | 'siret-siren'
  | 'url'
  | 'phone'
  | 'linkedin'
  | 'number'
  | 'date'
  | 'choice';

export type CompanyFormErrors = Partial<Record<keyof CompanyFormValues | `custom:${string}`, FormErrorCode>>;

export function formFromCompany(c: Partial<Company>): CompanyFormValues {
  return {
    name: c.name ?? '',
    kind: c.kind ?? 'company',
    isProspect: c.isProspect ?? true,
    isClient: c.isClient ?? false,
    isSupplier: c.isSupplier ?? false,
    vat: c.vat ?? '',
    siren: c.siren ?? '',
    siret: c.siret ?? '',
    website: c.website ?? '',
    domains: (c.domains ?? []).join(', '),
    linkedinUrl: c.linkedinUrl ?? '',
    phone: c.phone ?? '',
    categories: (c.categories ?? []).join(', '),
    accountManagerId: c.accountManagerId ?? '',
    comment: c.comment ?? '',
    customFields: { ...(c.customFields ?? {}) },
  };
}

const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const idReason = (r: 'format' | 'checksum', format: FormErrorCode): FormErrorCode => (r === 'format' ? format : 'luhn');

/** Validates the form; on success returns the record fields (normalised), else the errors by field. */
export function validateCompanyForm(
  v: CompanyFormValues,
  defs: CustomFieldDef[] = [],
):
  | { ok: true; value: Omit<Company, 'id' | 'nameKey' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'mergedIntoId'> }
  | { ok: false; errors: CompanyFormErrors } {
  const errors: CompanyFormErrors = {};
  const name = v.name.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'required';

  let siren: string | undefined;
  if (v.siren.trim()) {
    const r = validateSiren(v.siren);
    if (r.ok) siren = r.normalized;
    else errors.siren = idReason(r.reason, 'siren-format');
  }
  let siret: string | undefined;
  if (v.siret.trim()) {
    const r = validateSiret(v.siret);
    if (!r.ok) errors.siret = idReason(r.reason, 'siret-format');
    else if (siren && !siretMatchesSiren(r.normalized, siren)) errors.siret = 'siret-siren';
    else siret = r.normalized;
  }
  if (!siren && siret) siren = siret.slice(0, 9);
  let vat: string | undefined;
  if (v.vat.trim()) {
    const r = validateVat(v.vat, { ...(siren ? { siren } : {}), defaultCountry: 'FR' });
    if (r.ok) vat = r.normalized;
    else errors.vat = r.reason === 'siren-mismatch' ? 'vat-siren-mismatch' : (`vat-${r.reason}` as FormErrorCode);
  }
  let website: string | undefined;
  if (v.website.trim()) {
    const r = validateUrl(v.website.trim());
    if (r.ok) website = r.value;
    else errors.website = 'url';
  }
  let linkedinUrl: string | undefined;
  if (v.linkedinUrl.trim()) {
    const r = normalizeLinkedinUrl(v.linkedinUrl.trim());
    if (r) linkedinUrl = r;
    else errors.linkedinUrl = 'linkedin';
  }
  const phone = v.phone.trim();
  if (phone && !validatePhone(phone).ok) errors.phone = 'phone';

  const { values: customFields, errors: customErrors } = customFieldsFromForm(defs, v.customFields);
  for (const [id, reason] of Object.entries(customErrors)) errors[`custom:${id}`] = reason as FormErrorCode;

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      kind: v.kind,
      isProspect: v.isProspect,
      isClient: v.isClient,
      isSupplier: v.isSupplier,
      ...(vat ? { vat } : {}),
      ...(siren ? { siren } : {}),
      ...(siret ? { siret } : {}),
      ...(website ? { website } : {}),
      domains: splitList(v.domains).map((d) => d.toLowerCase().replace(/^@/, '')),
      ...(linkedinUrl ? { linkedinUrl } : {}),
      ...(phone ? { phone } : {}),
      categories: splitList(v.categories),
      ...(v.accountManagerId ? { accountManagerId: v.accountManagerId } : {}),
      customFields,
      comment: v.comment,
    },
  };
}
