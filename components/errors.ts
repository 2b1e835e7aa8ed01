import type { FormErrorCode } from '../core/company-form';
import { classifyFailure, type FailureKind } from '../core/failures';
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

const FAILURE_KEYS: Record<FailureKind, MessageKey> = {
  quota: 'failureQuota',
  database: 'failureDatabase',
  aborted: 'failureAborted',
  constraint: 'failureConstraint',
  'too-deep': 'failureTooDeep',
  'invalid-data': 'failureInvalidData',
  unknown: 'failureUnknown',
};

/**
 * The sentence for a failed action (a write refused, the database gone, a stack overflow…), in the
 * user's language; never the raw message. Every write is one transaction: the sentences say nothing
 * was saved, which is true.
 */
export function failureMessage(e: unknown): string {
  return t(FAILURE_KEYS[classifyFailure(e)]);
}
