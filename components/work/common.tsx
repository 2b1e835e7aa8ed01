/** Small pieces shared by the sheet's opportunities, tasks and tickets sections. */
import { browser } from 'wxt/browser';
import { errorText, failureMessage } from '../errors';
import type { Person, User } from '../../core/domain';
import { t } from '../i18n';

export function personName(p: Pick<Person, 'firstName' | 'lastName' | 'emails'> | undefined): string {
  if (!p) return '';
  return `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?';
}

export const userName = (users: readonly User[], id: string | undefined) =>
  id ? (users.find((u) => u.id === id)?.name ?? '') : '';

/** The "me" user, the natural default for an owner, an assignee or a comment's author. */
export const meUser = (users: readonly User[]) => users.find((u) => u.isMe);

export { SelectField } from '../Field';

/** What is wrong with a title or subject (required, at most 500 characters), or undefined. */
export function titleError(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return errorText('required');
  return trimmed.length > 500 ? t('optErrorTooLong') : undefined;
}

export function failure(e: unknown): string {
  return failureMessage(e);
}

export function openPipelinesOptions() {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#pipelines') });
}

/** Localised names of the default pipeline created on first use. */
export function defaultPipelineNames() {
  return {
    name: t('workDefaultPipeline'),
    steps: [t('workDefaultStep1'), t('workDefaultStep2'), t('workDefaultStep3'), t('workDefaultStep4')],
  };
}

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK', 'JPY', 'AUD'] as const;
