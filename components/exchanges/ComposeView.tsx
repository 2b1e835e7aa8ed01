/**
 * `sidepanel.html?compose=<exchange id>`: what a "Send later" reminder opens (entrypoints/background/
 * reminders.ts). The email as written, the buttons that open it in the user's webmail, then the
 * question whether it left. Opening the compose turns a scheduled email into a draft: its time came.
 */
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { Sender } from '../../core/exchanges/compose';
import { exchangeActions, exchangeQueries } from '../../models/exchanges';
import { queries } from '../../models/sheets';
import { useLive } from '../hooks';
import { formatInstant, t } from '../i18n';
import { openCompose, SendButtons, SentConfirm } from './SendEmail';

export function ComposeView({ id }: { id: string }) {
  const item = useLive(() => exchangeQueries.get(id), [id]);
  const sheet = useLive(async () => (item ? queries.sheet(item.companyId) : null), [item?.companyId]);
  const [opened, setOpened] = useState(false);
  const [closed, setClosed] = useState(false);
  if (item === undefined || sheet === undefined) return <div class="loading">{t('loading')}</div>;
  if (!item || !item.email || !sheet) return <div class="notice error">{t('notFound')}</div>;
  const email = item.email;

  const send = async (sender: Sender) => {
    openCompose(sender, item);
    if (email.status === 'scheduled') await exchangeActions.unscheduleEmail(item);
    setOpened(true);
  };

  return (
    <main class="compose-view" data-testid="compose-view">
      <article class="card" aria-labelledby="compose-h">
        <h1 id="compose-h">{t('exComposeTitle', sheet.company.name)}</h1>
        {email.status === 'sent' ? <div class="notice ok">{t('exAlreadySent')}</div> : null}
        {email.status === 'scheduled' && email.scheduledAt ? (
          <div class="small muted">{t('exScheduledFor', formatInstant(email.scheduledAt))}</div>
        ) : null}
        <dl class="kv">
          <dt>{t('exTo')}</dt>
          <dd>{email.to.map((b) => (b.name ? `${b.name} <${b.email}>` : b.email)).join(', ')}</dd>
          {email.cc.length ? (
            <>
              <dt>{t('exCc')}</dt>
              <dd>{email.cc.map((b) => b.email).join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('exSubject')}</dt>
          <dd>{email.subject}</dd>
        </dl>
        <div class="small" style="white-space:pre-wrap;overflow-wrap:anywhere">
          {item.content}
        </div>
        {email.status !== 'sent' && !opened ? (
          <div class="row">
            <SendButtons onSend={(s) => void send(s)} />
          </div>
        ) : null}
        {opened && !closed ? <SentConfirm id={item.id} onDone={() => setClosed(true)} /> : null}
        <a
          href={browser.runtime.getURL(
            `/sidepanel.html?sheet=${encodeURIComponent(sheet.company.id)}` as '/sidepanel.html',
          )}
        >
          {t('exOpenSheet', sheet.company.name)}
        </a>
      </article>
    </main>
  );
}
