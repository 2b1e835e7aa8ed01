import type { FormErrorCode } from '../core/company-form';
import { t, type MessageKey } from './i18n';

const KEYS: Record<string, MessageKey> = {
  required: 'errorRequired',
  'vat-format': 'errorVatFormat',
  'vat-checksum': 'errorVatChecksum',
  'vat-country': 'errorVatCountry',
  'vat-siren-mismatch': 'errorVatSiren',
  'siren-format': 'errorSirenFormat',
  'siret-format': 'errorSiretFormat',
  luhn: 'errorLuhn',
  'siret-siren': 'errorSiretSiren',
  url: 'errorUrl',
  email: 'errorEmail',
  phone: 'errorPhone',
  linkedin: 'errorLinkedin',
  number: 'errorNumber',
  date: 'errorDate',
  choice: 'errorChoice',
};

/** The UI sentence for a validation code; unknown codes fall back to a generic message. */
export function errorText(code: FormErrorCode | string | undefined): string | undefined {
  if (!code) return undefined;
  const key = KEYS[code];
  return key ? t(key) : t('errorFormInvalid');
}
