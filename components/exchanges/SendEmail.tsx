/**
 * Sending that tells the truth (issue 12): Fiche has no mail server, so "Send with Gmail/Outlook/your
 * mail app" only opens a pre-filled compose window. The email stays a draft until the user says it
 * left (here) or Fiche sees it in the webmail's sent mail (storage/repos/interactions markDraftsSentSeen).
 */
import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import { composeUrl, type Sender } from '../../core/exchanges/compose';
import type { Interaction } from '../../core/domain';
import { exchangeActions, exchangeQueries } from '../../models/exchanges';
import { showToast } from '../../models/toast';
import { Icon } from '../icons';
import { t } from '../i18n';

export const SENDERS: readonly Sender[] = ['gmail', 'outlook', 'mailto'];

/** Opens the compose window of `sender`, pre-filled with the email (call it inside the click: a user gesture). */
export function openCompose(sender: Sender, email: Pick<Interaction, 'content'> & { email?: Interaction['email'] }) {
  if (!email.email) return;
  void browser.tabs.create({
    url: composeUrl(sender, {
      to: email.email.to.map((b) => b.email),
      cc: email.email.cc.map((b) => b.email),
      subject: email.email.subject,
      body: email.content,
    }),
  });
}

export function SendButtons({ disabled, onSend }: { disabled?: boolean; onSend: (s: Sender) => void }) {
  return (
    <>
      <span class="small muted">{t('exSendWith')}</span>
      {SENDERS.map((s) => (
        <button
          key={s}
          class={`btn${s === 'gmail' ? ' primary' : ''}`}
          type="button"
          disabled={disabled}
          onClick={() => onSend(s)}
        >
          <Icon name="external" size={14} />{' '}
          {t(s === 'gmail' ? 'exSendGmail' : s === 'outlook' ? 'exSendOutlook' : 'exSendMailto')}
        </button>
      ))}
    </>
  );
}

/** "Did it leave?": the one place where a compose window opened by Fiche becomes a sent email. */
export function SentConfirm({ id, onDone }: { id: string; onDone: () => void }) {
  const yesRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => yesRef.current?.focus(), []);
  return (
    <div class="dialog confirm-sent" role="group" aria-labelledby="sent-confirm-q" data-testid="sent-confirm">
      <strong id="sent-confirm-q">{t('exSentQuestion')}</strong>
      <span class="small muted">{t('exSentExplain')}</span>
      <div class="row">
        <button
          ref={yesRef}
          class="btn primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const record = await exchangeQueries.get(id);
            if (record) await exchangeActions.markEmailSent(record);
            showToast(t('exMarkedSent'));
            onDone();
          }}
        >
          {t('exSentYes')}
        </button>
        <button
          class="btn"
          disabled={busy}
          onClick={() => {
            showToast(t('exKeptDraft'));
            onDone();
          }}
        >
          {t('exSentNo')}
        </button>
      </div>
    </div>
  );
}
