/**
 * "On this page": the sheets matching what the active tab shows, each with its reason, and a one-click
 * pre-filled creation when nothing matches (SPEC §4). Page content is rendered as text only.
 */
import { useState } from 'preact/hooks';
import type { MatchReason } from '../core/messages';
import { prefillFromDetection } from '../core/prefill';
import { currentTab, logTabEmail, pageDetection, pendingSelection, readPageOnDemand } from '../models/page';
import { pageQueries } from '../models/page-queries';
import { go } from '../models/route';
import { queries } from '../models/sheet-queries';
import { showToast } from '../models/toast';
import { useLive } from './hooks';
import { t, type MessageKey } from './i18n';
import { Icon } from './icons';
import { lazy } from './lazy';
import { plural } from './plural';

// People on the page and their diffs load on first use: the first paint stays small (SPEC §8).
const PeopleOnPage = lazy(() => import('./page/PeopleOnPage').then((m) => m.PeopleOnPage));
const SelectionCapture = lazy(() => import('./page/PeopleOnPage').then((m) => m.SelectionCapture));

const REASON: Record<MatchReason, MessageKey> = {
  email: 'matchEmail',
  linkedin: 'matchLinkedin',
  'legal-id': 'matchLegalId',
  domain: 'matchDomain',
  name: 'matchName',
  'fuzzy-name': 'matchFuzzy',
};

const FOLLOWED =
  /^https:\/\/(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|www\.linkedin\.com)\//;

export function PagePanel() {
  const selection = pendingSelection.value;
  return (
    <>
      {selection ? (
        <section class="card" aria-labelledby="selection-h" data-testid="selection-panel">
          <div class="section-head">
            <h3 id="selection-h" class="spacer">
              {t('menuAddToFiche')}
            </h3>
            <button
              class="icon-btn"
              aria-label={t('close')}
              title={t('close')}
              onClick={() => (pendingSelection.value = null)}
            >
              <Icon name="close" />
            </button>
          </div>
          <SelectionCapture key={selection.at} selection={selection} />
        </section>
      ) : null}
      <PageSection />
    </>
  );
}

function PageSection() {
  const stored = pageDetection.value;
  const tab = currentTab.value;
  const detection = stored?.detection;
  // Each result carries the page it answers (tab and URL): after a tab switch, the previous page's matches are
  // never shown under the new page while its own are read; the same page stored again keeps its rows meanwhile.
  const page = `${tab?.id}|${stored?.url ?? ''}`;
  const found = useLive(
    async () => ({ page, list: detection ? await pageQueries.matches(detection) : [] }),
    [detection],
    { page, list: [] },
  );
  const matches = found.page === page ? found.list : [];
  const settings = useLive(() => queries.settings(), []);
  const [reading, setReading] = useState<'idle' | 'busy' | 'denied' | 'unsupported'>('idle');
  const [logging, setLogging] = useState(false);
  const message = detection?.message;
  const sureIds = matches.filter((m) => !m.possible).map((m) => m.companyId);
  const loggedFound = useLive(
    async () => ({ page, list: message && sureIds.length ? await pageQueries.loggedOn(message, sureIds) : [] }),
    [message, sureIds.join('|')],
    { page, list: [] as string[] },
  );
  const logged = loggedFound.page === page ? loggedFound.list : [];

  if (!tab) return null;
  if (!detection) {
    if (!/^https?:\/\//.test(tab.url) || FOLLOWED.test(tab.url)) return null;
    return (
      <section class="card" aria-labelledby="page-h" data-testid="page-panel">
        <div class="section-head">
          <h3 id="page-h">{t('onThisPage')}</h3>
        </div>
        <div class="row">
          <span class="spacer small muted">{t('pageNotRead')}</span>
          <button
            class="btn small"
            disabled={reading === 'busy'}
            onClick={async () => {
              setReading('busy');
              setReading(await readPageOnDemand().then((r) => (r === 'ok' ? 'idle' : r)));
            }}
          >
            {t('readThisPage')}
          </button>
        </div>
        {reading === 'denied' ? <div class="notice small">{t('readDenied')}</div> : null}
        {reading === 'unsupported' ? <div class="notice small">{t('readUnsupported')}</div> : null}
      </section>
    );
  }

  const sure = matches.filter((m) => !m.possible);
  const possible = matches.filter((m) => m.possible);
  const prefill = settings ? prefillFromDetection(detection, settings.ownEmails) : null;
  const nothing =
    !detection.message && detection.emails.length + detection.people.length + detection.companies.length === 0;
  if (nothing) return null;

  return (
    <section class="card" aria-labelledby="page-h" data-testid="page-panel">
      <div class="section-head">
        <h3 id="page-h">{t('onThisPage')}</h3>
        <span class="small muted">
          {t('pageFound', detection.people.length, detection.companies.length, detection.emails.length)}
        </span>
      </div>
      {detection.message ? (
        <div class="small">
          <strong>{detection.message.subject}</strong>
          <div class="muted">
            {detection.message.from.name
              ? `${detection.message.from.name} <${detection.message.from.email}>`
              : detection.message.from.email}
          </div>
        </div>
      ) : null}
      {sure.length ? (
        <ul class="list" data-testid="page-matches">
          {sure.map((m) => (
            <li
              key={m.companyId}
              class="list-item"
              data-company-id={m.companyId}
              onClick={() => go({ name: 'sheet', id: m.companyId })}
            >
              <span class="spacer">
                <div class="title">{m.companyName}</div>
                <div class="sub">{t(REASON[m.reason], m.on)}</div>
              </span>
              {message && logged.includes(m.companyId) ? (
                <span class="badge client" data-testid="already-logged">
                  {t('exAlreadyLogged')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {message && tab && sure.length && sure.some((m) => !logged.includes(m.companyId)) ? (
        <button
          class="btn primary"
          data-testid="log-email"
          disabled={logging}
          onClick={async () => {
            setLogging(true);
            const reply = await logTabEmail(tab.id, sureIds);
            setLogging(false);
            if (reply.ok) showToast(plural('exLogged', reply.value.logged.length));
            else showToast(t('exLogFailed', reply.error.message), { kind: 'error' });
          }}
        >
          <Icon name="mail" /> {sure.length === 1 ? t('exLogEmailOn', sure[0]!.companyName) : t('exLogEmail')}
        </button>
      ) : null}
      {possible.length ? (
        <ul class="list">
          {possible.map((m) => (
            <li key={m.companyId} class="list-item" onClick={() => go({ name: 'sheet', id: m.companyId })}>
              <span class="spacer">
                <div class="title">{m.companyName}</div>
                <div class="sub">{t('matchFuzzy', m.on)}</div>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {sure.length === 0 && prefill ? (
        <div class="row">
          <span class="spacer small">{t('noSheetForPage')}</span>
          <button
            class="btn primary small"
            data-testid="create-from-page"
            onClick={() =>
              go({
                name: 'edit',
                prefill: {
                  company: { ...prefill.company, isProspect: true },
                  ...(prefill.person ? { person: prefill.person } : {}),
                  from: new URL(detection.url).hostname,
                  ...(detection.message ? { logFromTab: tab.id } : {}),
                },
              })
            }
          >
            {t('createSheetFor', prefill.company.name)}
          </button>
        </div>
      ) : null}
      {detection.people.length || detection.message || detection.companies.length ? (
        <PeopleOnPage detection={detection} originUrl={stored.url} />
      ) : null}
    </section>
  );
}
