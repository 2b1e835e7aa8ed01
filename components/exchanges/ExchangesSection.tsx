/** The sheet's history (SPEC §2.4): exchanges newest first, filtered by kind, with "+" to add. */
import { useState } from 'preact/hooks';
import type { Address, Interaction, InteractionType, Person } from '../../core/domain';
import { buildInvitation, googleCalendarLink, outlookCalendarLink } from '../../core/exchanges/ical';
import { exchangeActions, exchangeQueries } from '../../models/exchanges';
import { queries } from '../../models/sheets';
import { showToast } from '../../models/toast';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { formatInstant, t } from '../i18n';
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

export function ExchangesSection({ companyId, companyName, people, addresses }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [type, setType] = useState<InteractionType | 'all'>('all');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const items = useLive(() => exchangeQueries.timeline(companyId, type === 'all' ? limit : 2000), [companyId, limit, type]);
  const total = useLive(() => exchangeQueries.count(companyId), [companyId], 0);
  const users = useLive(() => queries.users(), [], []);
  const shown = (items ?? []).filter((i) => type === 'all' || i.type === type).slice(0, limit);
  const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?']));
  const authors = new Map(users.map((u) => [u.id, u.name]));

  return (
    <section class="card" aria-labelledby="exchanges-h" data-testid="exchanges">
      <div class="section-head">
        <h3 id="exchanges-h">{t('sectionExchanges')}</h3>
        <button class="icon-btn" aria-label={t('exAdd')} title={t('exAdd')} onClick={() => setEditing('new')}>
          <Icon name="plus" />
        </button>
      </div>
      {editing === 'new' ? (
        <ExchangeForm companyId={companyId} companyName={companyName} people={people} addresses={addresses} onDone={() => setEditing(null)} />
      ) : null}
      {total > 0 ? (
        <div class="chips" role="group" aria-label={t('sectionExchanges')}>
          <button class="chip" aria-pressed={type === 'all' ? 'true' : 'false'} onClick={() => setType('all')}>
            {t('exFilterAll')}
          </button>
          {TYPES.map((x) => (
            <button key={x} class="chip" aria-pressed={type === x ? 'true' : 'false'} onClick={() => setType(x)}>
              {t(TYPE_LABEL[x])}
            </button>
          ))}
        </div>
      ) : null}
      {items === undefined ? <div class="loading">{t('loading')}</div> : null}
      {items && total === 0 && editing !== 'new' ? <span class="muted small">{t('exNone')}</span> : null}
      {items && total > 0 && shown.length === 0 ? <span class="muted small">{t('exNoneOfType')}</span> : null}
      <ol class="list" aria-label={t('sectionExchanges')}>
        {shown.map((i) =>
          editing === i.id ? (
            <li key={i.id}>
              <ExchangeForm companyId={companyId} companyName={companyName} people={people} addresses={addresses} existing={i} onDone={() => setEditing(null)} />
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
          ),
        )}
      </ol>
      {type === 'all' && total > shown.length ? (
        <button class="btn ghost small" onClick={() => setLimit(limit + PAGE)}>
          {t('exShowMore', total - shown.length)}
        </button>
      ) : null}
    </section>
  );
}

function ExchangeItem(props: {
  item: Interaction;
  names: Map<string, string>;
  author: string | undefined;
  addresses: Address[];
  onEdit: () => void;
}) {
  const { item: i } = props;
  const [open, setOpen] = useState(false);
  const long = i.content.length > 280 || i.content.split('\n').length > 4;
  const people = i.personIds.map((id) => props.names.get(id)).filter(Boolean).join(', ');
  const status = exchangeStatus(i);
  return (
    <li class="list-item" style="cursor:default;align-items:flex-start" data-exchange-type={i.type} data-exchange-title={i.title}>
      <span class="avatar" aria-hidden="true" title={t(TYPE_LABEL[i.type])}>
        <Icon name={TYPE_ICON[i.type]} />
      </span>
      <span class="spacer" style="min-width:0">
        <div class="row" style="gap:6px">
          <span class="badge">{t(TYPE_LABEL[i.type])}</span>
          {status ? <span class={`badge${status.pending ? ' supplier' : ''}`} data-testid="exchange-status">{t(status.label)}</span> : null}
          <span class="small muted">
            {i.email?.status === 'scheduled' && i.email.scheduledAt ? t('exScheduledFor', formatInstant(i.email.scheduledAt)) : formatInstant(i.happensAt)}
          </span>
        </div>
        {i.title ? <div class="title">{i.title}</div> : null}
        {i.email?.from && i.email.status === 'logged' ? <div class="sub">{t('exFrom', i.email.from.name || i.email.from.email)}</div> : null}
        {people ? <div class="sub">{t('exWith', people)}</div> : null}
        {i.meeting ? (
          <div class="sub">
            {formatInstant(i.meeting.startAt)} → {formatInstant(i.meeting.endAt)}
            {i.meeting.place ? ` · ${i.meeting.place}` : ''}
          </div>
        ) : null}
        {i.content ? (
          <p class="small" style={`white-space:pre-wrap;margin:4px 0 0;overflow-wrap:anywhere${!open && long ? ';max-height:5.8em;overflow:hidden' : ''}`}>
            {i.content}
          </p>
        ) : null}
        {long ? (
          <button class="btn ghost small" onClick={() => setOpen(!open)}>
            {open ? t('exCollapse') : t('exExpand')}
          </button>
        ) : null}
        <div class="row small" style="gap:8px;margin-top:2px">
          {props.author ? <span class="muted">{t('exAuthor', props.author)}</span> : null}
          {i.sourceUrl && /^https:\/\//.test(i.sourceUrl) ? (
            <a href={i.sourceUrl} target="_blank" rel="noopener noreferrer">
              {t('exOpenSource')}
            </a>
          ) : null}
          {i.meeting ? <MeetingLinks item={i} /> : null}
          {i.type === 'letter' ? <LetterActions item={i} /> : null}
          {i.email?.status === 'scheduled' || i.email?.status === 'draft' ? (
            <button class="btn small" onClick={() => void exchangeActions.markEmailSent(i)}>
              {t('exMarkSent')}
            </button>
          ) : null}
        </div>
      </span>
      <span class="row" style="gap:0;flex-wrap:nowrap">
        <button class="icon-btn" aria-label={t('edit')} title={t('edit')} onClick={props.onEdit}>
          <Icon name="edit" />
        </button>
        <button
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
      </span>
    </li>
  );
}

function MeetingLinks({ item }: { item: Interaction }) {
  const m = item.meeting!;
  const event = { startAt: m.startAt, endAt: m.endAt, summary: item.title || t('exMeeting'), description: item.content, location: m.place, attendees: m.attendees };
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
      <a href={googleCalendarLink(event)} target="_blank" rel="noopener noreferrer">
        {t('exGoogleCalendar')}
      </a>
      <a href={outlookCalendarLink(event)} target="_blank" rel="noopener noreferrer">
        {t('exOutlookCalendar')}
      </a>
    </>
  );
}

function LetterActions({ item }: { item: Interaction }) {
  return (
    <>
      <button class="btn small" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?print=${encodeURIComponent(item.id)}`) })}>
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
