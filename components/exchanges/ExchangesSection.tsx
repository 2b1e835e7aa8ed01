/** The sheet's history (SPEC §2.4): exchanges newest first, filtered by kind, with "+" to add. */
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { Address, Interaction, InteractionType, Person } from '../../core/domain';
import { buildInvitation, googleCalendarLink, outlookCalendarLink } from '../../core/exchanges/ical';
import { safeHref } from '../../core/links';
import { exchangeActions, exchangeQueries } from '../../models/exchanges';
import { queries } from '../../models/sheets';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { formatInstant, t } from '../i18n';
import { AddButton, Section, useAddRequest } from '../sections/Section';
import { formatRange, formatWhen } from '../sections/format';
import { downloadBlob } from '../download';
import { ExchangeForm } from './ExchangeForm';
import { exchangeStatus, TYPE_ICON, TYPE_LABEL, TYPES } from './labels';

const PAGE = 30;

interface Props {
  companyId: string;
  companyName: string;
  people: Person[];
  addresses: Address[];
}

/** When an exchange takes place: a meeting's start, a scheduled email's sending time, else its date. */
export function exchangeTime(i: Interaction): number {
  if (i.meeting) return i.meeting.startAt;
  if (i.email?.status === 'scheduled' && i.email.scheduledAt) return i.email.scheduledAt;
  return i.happensAt;
}

export function ExchangesSection({ companyId, companyName, people, addresses }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [type, setType] = useState<InteractionType | 'all'>('all');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [newType, setNewType] = useState<InteractionType | undefined>(undefined);
  const items = useLive(
    () => exchangeQueries.timeline(companyId, type === 'all' ? limit : 2000),
    [companyId, limit, type],
  );
  const total = useLive(() => exchangeQueries.count(companyId), [companyId], 0);
  const users = useLive(() => queries.users(), [], []);
  const shown = (items ?? []).filter((i) => type === 'all' || i.type === type).slice(0, limit);
  const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?']));
  const authors = new Map(users.map((u) => [u.id, u.name]));
  const present = new Set((items ?? []).map((i) => i.type));
  const now = Date.now();
  // Future items (a meeting to come, an email to send) sit apart, soonest first, above the history.
  const upcoming = shown.filter((i) => exchangeTime(i) > now).sort((a, b) => exchangeTime(a) - exchangeTime(b));
  const past = shown.filter((i) => exchangeTime(i) <= now);
  const add = (kind?: string) => {
    setNewType(TYPES.includes(kind as InteractionType) ? (kind as InteractionType) : undefined);
    setEditing('new');
  };
  useAddRequest('exchanges', add);

  const card = (i: Interaction) =>
    editing === i.id ? (
      <li key={i.id}>
        <ExchangeForm
          companyId={companyId}
          companyName={companyName}
          people={people}
          addresses={addresses}
          existing={i}
          onDone={() => setEditing(null)}
        />
      </li>
    ) : (
      <ExchangeItem
        key={i.id}
        item={i}
        names={names}
        author={i.authorId ? authors.get(i.authorId) : undefined}
        addresses={addresses}
        onEdit={() => setEditing(i.id)}
      />
    );

  return (
    <Section
      id="exchanges"
      title={t('sectionExchanges')}
      count={total}
      testId="exchanges"
      actions={<AddButton label={t('exAdd')} expanded={editing === 'new'} onClick={() => add()} />}
    >
      {editing === 'new' ? (
        <ExchangeForm
          key={newType ?? 'any'}
          companyId={companyId}
          companyName={companyName}
          people={people}
          addresses={addresses}
          initialType={newType}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {total > 1 && present.size > 1 ? (
        <div class="chips one-line" role="group" aria-label={t('exFilterLabel')}>
          <button
            type="button"
            class="chip"
            aria-pressed={type === 'all' ? 'true' : 'false'}
            onClick={() => setType('all')}
          >
            {t('exFilterAll')}
          </button>
          {TYPES.filter((x) => present.has(x) || type === x).map((x) => (
            <button
              type="button"
              key={x}
              class="chip"
              aria-pressed={type === x ? 'true' : 'false'}
              onClick={() => setType(x)}
            >
              {t(TYPE_LABEL[x])}
            </button>
          ))}
        </div>
      ) : null}
      {items === undefined ? <div class="loading">{t('loading')}</div> : null}
      {items && total === 0 && editing !== 'new' ? <span class="muted small">{t('exNone')}</span> : null}
      {items && total > 0 && shown.length === 0 ? <span class="muted small">{t('exNoneOfType')}</span> : null}
      {upcoming.length ? (
        <div class="timeline-group" data-testid="exchanges-upcoming">
          <h3 class="subhead" id="exchanges-upcoming-h">
            {t('exUpcoming')}
          </h3>
          <ol class="list timeline" aria-labelledby="exchanges-upcoming-h">
            {upcoming.map(card)}
          </ol>
        </div>
      ) : null}
      {past.length ? (
        <div class="timeline-group" data-testid="exchanges-past">
          {upcoming.length ? (
            <h3 class="subhead" id="exchanges-past-h">
              {t('exPast')}
            </h3>
          ) : null}
          <ol
            class="list timeline"
            aria-label={upcoming.length ? undefined : t('sectionExchanges')}
            aria-labelledby={upcoming.length ? 'exchanges-past-h' : undefined}
          >
            {past.map(card)}
          </ol>
        </div>
      ) : null}
      {type === 'all' && total > shown.length ? (
        <button type="button" class="btn ghost small" onClick={() => setLimit(limit + PAGE)}>
          {t('exShowMore', total - shown.length)}
        </button>
      ) : null}
    </Section>
  );
}

/**
 * One exchange as a one-line card (kind, title, first words, when); a click unfolds the whole of it:
 * status, people, the text, the author, the calendar links and the actions.
 */
function ExchangeItem(props: {
  item: Interaction;
  names: Map<string, string>;
  author: string | undefined;
  addresses: Address[];
  onEdit: () => void;
}) {
  const { item: i } = props;
  const [open, setOpen] = useState(false);
  const people = i.personIds
    .map((id) => props.names.get(id))
    .filter(Boolean)
    .join(', ');
  const st = exchangeStatus(i);
  const when = exchangeTime(i);
  const detailsId = `exchange-${i.id}`;
  const snippet = i.content.replace(/\s+/g, ' ').trim();
  const pending = !!st?.pending;
  return (
    <li
      class="ex-card"
      data-exchange-type={i.type}
      data-exchange-title={i.title}
      data-expanded={open ? 'true' : undefined}
    >
      <button
        type="button"
        class="ex-line"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        <span class="ex-icon" title={t(TYPE_LABEL[i.type])}>
          <Icon name={TYPE_ICON[i.type]} size={14} />
          <span class="sr-only">{t(TYPE_LABEL[i.type])}</span>
        </span>
        <span class="ex-text">
          <span class="ex-title">{i.title || t(TYPE_LABEL[i.type])}</span>
          {snippet && snippet !== i.title ? <span class="ex-snippet"> — {snippet}</span> : null}
        </span>
        {st && pending ? (
          <span class="badge supplier" data-testid="exchange-status">
            {t(st.label)}
          </span>
        ) : null}
        <time class="ex-when" dateTime={new Date(when).toISOString()} data-testid="exchange-when">
          {formatWhen(when, i.meeting ? i.meeting.endAt : undefined)}
        </time>
      </button>
      {open ? (
        <div class="ex-details" id={detailsId}>
          <div class="row small" style="gap:6px">
            <span class="badge">{t(TYPE_LABEL[i.type])}</span>
            {i.direction && !st ? (
              <span class="muted">{i.direction === 'in' ? `↙ ${t('exIn')}` : `↗ ${t('exOut')}`}</span>
            ) : null}
            {st && !pending ? (
              <span class="badge" data-testid="exchange-status">
                {t(st.label)}
              </span>
            ) : null}
            <span class="muted">
              {i.email?.status === 'scheduled' && i.email.scheduledAt
                ? t('exScheduledFor', formatInstant(i.email.scheduledAt))
                : formatInstant(when)}
            </span>
          </div>
          {i.email?.from && i.email.status === 'logged' ? (
            <div class="sub">{t('exFrom', i.email.from.name || i.email.from.email)}</div>
          ) : null}
          {people ? <div class="sub">{t('exWith', people)}</div> : null}
          {i.meeting ? (
            <div class="sub" data-testid="meeting-time">
              {formatRange(i.meeting.startAt, i.meeting.endAt)}
              {i.meeting.place ? ` · ${i.meeting.place}` : ''}
            </div>
          ) : null}
          {i.content ? <p class="small ex-content">{i.content}</p> : null}
          <div class="row small" style="gap:8px">
            {props.author ? <span class="muted">{t('exAuthor', props.author)}</span> : null}
            {i.sourceUrl && /^https:\/\//.test(i.sourceUrl) ? (
              <a href={safeHref(i.sourceUrl)} target="_blank" rel="noopener noreferrer">
                {t('exOpenSource')}
              </a>
            ) : null}
          </div>
          <div class="row small" style="gap:8px">
            {i.meeting ? <MeetingLinks item={i} /> : null}
            {i.type === 'letter' ? <LetterActions item={i} /> : null}
            {i.email?.status === 'scheduled' || i.email?.status === 'draft' ? (
              <button type="button" class="btn small" onClick={() => void exchangeActions.markEmailSent(i)}>
                {t('exMarkSent')}
              </button>
            ) : null}
            <span class="spacer" />
            <button type="button" class="icon-btn" aria-label={t('edit')} title={t('edit')} onClick={props.onEdit}>
              <Icon name="edit" />
            </button>
            <button
              type="button"
              class="icon-btn"
              aria-label={t('delete')}
              title={t('delete')}
              onClick={async () => {
                const undo = await exchangeActions.remove(i.id);
                showToast(t('exDeleted'), { undo });
              }}
            >
              <Icon name="close" />
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function MeetingLinks({ item }: { item: Interaction }) {
  const m = item.meeting!;
  const event = {
    startAt: m.startAt,
    endAt: m.endAt,
    summary: item.title || t('exMeeting'),
    description: item.content,
    location: m.place,
    attendees: m.attendees,
  };
  return (
    <>
      <button
        class="btn small"
        onClick={() => {
          const ics = buildInvitation({ ...event, uid: `${item.id}@fiche`, stampAt: Date.now() });
          downloadBlob(new Blob([ics], { type: 'text/calendar;method=REQUEST;charset=utf-8' }), 'invitation.ics');
        }}
      >
        <Icon name="download" size={14} /> {t('exDownloadIcs')}
      </button>
      <a href={safeHref(googleCalendarLink(event))} target="_blank" rel="noopener noreferrer">
        {t('exGoogleCalendar')}
      </a>
      <a href={safeHref(outlookCalendarLink(event))} target="_blank" rel="noopener noreferrer">
        {t('exOutlookCalendar')}
      </a>
    </>
  );
}

function LetterActions({ item }: { item: Interaction }) {
  return (
    <>
      <button
        class="btn small"
        onClick={() =>
          void browser.tabs.create({
            url: browser.runtime.getURL(`/sidepanel.html?print=${encodeURIComponent(item.id)}`),
          })
        }
      >
        <Icon name="print" size={14} /> {t('exPrint')}
      </button>
      {item.letter?.status === 'draft' ? (
        <button class="btn small" onClick={() => void exchangeActions.setLetterStatus(item, 'printed')}>
          {t('exMarkPrinted')}
        </button>
      ) : null}
      {item.letter?.status !== 'sent' ? (
        <button class="btn small" onClick={() => void exchangeActions.setLetterStatus(item, 'sent')}>
          {t('exMarkSent')}
        </button>
      ) : null}
    </>
  );
}
