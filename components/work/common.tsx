/** Small pieces shared by the sheet's opportunities, tasks and tickets sections. */
import { failureMessage } from '../errors';
import type { ComponentChildren } from 'preact';
import type { Person, User } from '../../core/domain';
import { t } from '../i18n';

export function personName(p: Pick<Person, 'firstName' | 'lastName' | 'emails'> | undefined): string {
  if (!p) return '';
  return `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?';
}

export const userName = (users: readonly User[], id: string | undefined) => (id ? (users.find((u) => u.id === id)?.name ?? '') : '');

/** The "me" user, the natural default for an owner, an assignee or a comment's author. */
export const meUser = (users: readonly User[]) => users.find((u) => u.isMe);

export type { Choice } from '../Field';
export { SelectField } from '../Field';

/** "Show closed (N)" / "Hide closed": the closed records are shown on demand only. */
export function ClosedToggle(props: { count: number; shown: boolean; onToggle: () => void; testId: string }) {
  if (props.count === 0) return null;
  return (
    <button type="button" class="btn ghost small" aria-expanded={props.shown} data-testid={props.testId} onClick={props.onToggle}>
      {props.shown ? t('workHideClosed') : t('workShowClosed', props.count)}
    </button>
  );
}

/** The heading of a closed list, shown under the open one. */
export function ClosedHeading({ children }: { children: ComponentChildren }) {
  return <div class="small muted" style="font-weight:600;margin-top:4px">{children}</div>;
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
