/** Sentences for the interchange values (reason codes, targets, problems): one place, both languages. */
import type { BackupProblem, FileProblemLike, ImportTarget, MatchReason, RowError, RowErrorReason } from './types';
import { t, type MessageKey } from '../../i18n';
import { tableLabel } from '../../tables';

const REASONS: Record<RowErrorReason, MessageKey> = {
  required: 'ioReasonRequired',
  'too-long': 'ioReasonTooLong',
  'siret-format': 'ioReasonSiretFormat',
  'siret-checksum': 'ioReasonSiretChecksum',
  'siren-format': 'ioReasonSirenFormat',
  'siren-checksum': 'ioReasonSirenChecksum',
  'siren-mismatch': 'ioReasonSirenMismatch',
  vat: 'ioReasonVat',
  email: 'ioReasonEmail',
  phone: 'ioReasonPhone',
  url: 'ioReasonUrl',
  linkedin: 'ioReasonLinkedin',
  boolean: 'ioReasonBoolean',
};

const TARGETS: Record<ImportTarget, MessageKey> = {
  name: 'ioTargetName',
  siret: 'ioTargetSiret',
  siren: 'ioTargetSiren',
  vat: 'ioTargetVat',
  street: 'ioTargetStreet',
  postalCode: 'ioTargetPostalCode',
  city: 'ioTargetCity',
  country: 'ioTargetCountry',
  isProspect: 'ioTargetIsProspect',
  isClient: 'ioTargetIsClient',
  isSupplier: 'ioTargetIsSupplier',
  website: 'ioTargetWebsite',
  companyPhone: 'ioTargetCompanyPhone',
  companyLinkedin: 'ioTargetCompanyLinkedin',
  categories: 'ioTargetCategories',
  comment: 'ioTargetComment',
  firstName: 'ioTargetFirstName',
  lastName: 'ioTargetLastName',
  email: 'ioTargetEmail',
  jobTitle: 'ioTargetJobTitle',
  phone: 'ioTargetPhone',
  mobile: 'ioTargetMobile',
  isBillingContact: 'ioTargetIsBillingContact',
  personLinkedin: 'ioTargetPersonLinkedin',
};

const MATCHES: Record<MatchReason, MessageKey> = {
  siret: 'ioMatchSiret',
  siren: 'ioMatchSiren',
  email: 'ioMatchEmail',
  domain: 'ioMatchDomain',
  name: 'ioMatchName',
  chosen: 'ioMatchChosen',
};

export const targetText = (target: ImportTarget) => t(TARGETS[target]);
export const matchText = (by: MatchReason) => t(MATCHES[by]);

export function rowErrorText(e: RowError, header?: string, kind: 'row' | 'card' = 'row'): string {
  const field = header ? `${targetText(e.field)} (“${header}”)` : targetText(e.field);
  const reason = t(REASONS[e.reason]) + (e.value ? ` — “${e.value.slice(0, 60)}”` : '');
  return t(kind === 'row' ? 'ioRowError' : 'ioCardError', e.row, field, reason);
}

export function fileProblemText(p: FileProblemLike): string {
  switch (p.code) {
    case 'too-big':
      return t('ioTooBig', (p.size / 1024 / 1024).toFixed(1));
    case 'empty':
      return t('ioEmptyFile');
    case 'unterminated-quote':
      return t('ioUnterminatedQuote', p.row);
    case 'too-many-rows':
      return t('ioTooManyRows');
    case 'too-many-columns':
      return t('ioTooManyColumns', p.row);
    case 'no-vcard':
      return t('ioNoVcard');
    case 'unterminated-vcard':
      return t('ioUnterminatedVcard', p.card);
  }
}

export function backupProblemText(p: BackupProblem): string {
  switch (p.code) {
    case 'not-backup':
      return t('ioRestoreNotBackup');
    case 'other-app':
      return t('ioRestoreOtherApp');
    case 'newer-format':
      return t('ioRestoreNewer', p.found, '1');
    case 'newer-schema':
      return t('ioRestoreNewer', p.found, p.current);
    case 'unknown-table':
      return t('ioRestoreUnknownTable', p.table);
    case 'count-mismatch':
      return t('ioRestoreCountMismatch', tableLabel(p.table), p.expected, p.found);
  }
}

export const percent = (done: number, total: number) =>
  total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
