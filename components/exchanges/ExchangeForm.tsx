/**
 * One form for the six kinds of exchange (SPEC §2.4), with a tab per kind as in the seed: note, meeting
 * (with an iCalendar invitation), email (template, internal copy, documents, send later, sent through
 * the user's own webmail), call, letter (template, address, print), text message.
 */
import { failureMessage } from '../errors';
import { useId, useRef, useState } from 'preact/hooks';
import { mainAddress } from '../../core/addresses';
import type { Address, Interaction, InteractionType, Person, Template } from '../../core/domain';
import type { Sender } from '../../core/exchanges/compose';
import { renderTemplate } from '../../core/templates';
import { validateEmail } from '../../core/validation/fields';
import { exchangeActions, exchangeQueries, type InteractionFields } from '../../models/exchanges';
import { queries } from '../../models/sheets';
import { showToast } from '../../models/toast';
import { Check, ErrorNotice, Field, FormActions, Select, TextField } from '../Field';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { formatDay, t, todayIso } from '../i18n';
import { fromLocalInput, toLocalInput, TYPE_ICON, TYPE_LABEL, TYPES } from './labels';
import { downloadBlob } from '../download';
import { TabList, tabPanelProps } from '../sections/Tabs';
import { openCompose, SendButtons, SentConfirm } from './SendEmail';

interface Props {
  companyId: string;
  companyName: string;
  people: Person[];
  addresses: Address[];
  existing?: Interaction;
  /** The kind a new exchange starts as (the sheet's quick actions: log a call, a note, an email). */
  initialType?: InteractionType;
  onDone: (saved?: string) => void;
}

interface Values {
  type: InteractionType;
  at: string;
  direction: 'in' | 'out';
  title: string;
  content: string;
  personIds: string[];
  end: string;
  place: string;
  extraAttendees: string;
  internalUserIds: string[];
  documentIds: string[];
  schedule: boolean;
  scheduledAt: string;
  addressId: string;
  letterStatus: 'draft' | 'printed' | 'sent';
  templateId: string;
}

function initial(existing: Interaction | undefined, addresses: Address[], initialType?: InteractionType): Values {
  const now = Date.now();
  const start = existing?.meeting?.startAt ?? existing?.happensAt ?? now;
  return {
    type: existing?.type ?? initialType ?? 'note',
    at: toLocalInput(start),
    direction: existing?.direction ?? 'out',
    title: existing?.title ?? '',
    content: existing?.content ?? '',
    personIds: existing?.personIds ?? [],
    end: toLocalInput(existing?.meeting?.endAt ?? start + 3_600_000),
    place: existing?.meeting?.place ?? '',
    extraAttendees: (existing?.meeting?.attendees ?? []).map((a) => a.email).join(', '),
    internalUserIds: existing?.email?.internalUserIds ?? [],
    documentIds: existing?.email?.documentIds ?? [],
    schedule: existing?.email?.status === 'scheduled',
    scheduledAt: toLocalInput(existing?.email?.scheduledAt ?? now + 86_400_000),
    addressId: existing?.letter?.addressId ?? mainAddress(addresses)?.id ?? '',
    letterStatus: existing?.letter?.status ?? 'draft',
    templateId: existing?.email?.templateId ?? existing?.letter?.templateId ?? '',
  };
}

export function ExchangeForm({ companyId, companyName, people, addresses, existing, initialType, onDone }: Props) {
  const [v, setV] = useState<Values>(() => initial(existing, addresses, initialType));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const tabsId = useId();
  /** After "Send with…": the saved draft, waiting for the user to say whether it left. */
  const [awaiting, setAwaiting] = useState<string | null>(null);
  /** The title and body a template last wrote: a change of address re-renders them while untouched. */
  const rendered = useRef<{ title: string; content: string } | null>(null);
  const users = useLive(() => queries.users(), [], []);
  const emailTemplates = useLive(() => queries.templates('email'), [], []);
  const letterTemplates = useLive(() => queries.templates('letter'), [], []);
  const documents = useLive(() => exchangeQueries.documents(companyId), [companyId], []);
  const active = people.filter((p) => p.archivedAt === undefined || v.personIds.includes(p.id));
  const me = users.find((u) => u.isMe);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => {
    setV({ ...v, [k]: value });
    setError('');
  };

  const chosen = active.filter((p) => v.personIds.includes(p.id));
  const applyTemplate = (tpl: Template | undefined, over: Partial<Values> = {}) => {
    const next = { ...v, ...over };
    if (!tpl) return setV({ ...next, templateId: '' });
    const first = chosen[0];
    // A letter's placeholders are those of the address it goes to, not the sheet's main one.
    const address = addresses.find((a) => a.id === next.addressId);
    const context = {
      company: { name: companyName },
      ...(first ? { contact: first } : {}),
      ...(me ? { user: me } : {}),
      ...(address ? { address } : {}),
      today: todayIso(),
      formatDay,
    };
    const text = {
      title: renderTemplate(tpl.subject ?? tpl.name, context),
      content: renderTemplate(tpl.body, context),
    };
    rendered.current = text;
    setV({ ...next, templateId: tpl.id, ...text });
  };
  const chooseAddress = (addressId: string) => {
    const tpl = letterTemplates.find((x) => x.id === v.templateId);
    const untouched = rendered.current && rendered.current.title === v.title && rendered.current.content === v.content;
    if (tpl && untouched) applyTemplate(tpl, { addressId });
    else set('addressId', addressId);
  };

  /** Builds the record; returns an error message instead when the form is incomplete. */
  function build(emailStatus: 'draft' | 'scheduled' | 'sent' | 'logged'): InteractionFields | string {
    const at = fromLocalInput(v.at);
    if (at === null) return t('exBadDate');
    if (!v.title.trim() && !v.content.trim()) return t('exNeedTitle');
    const base: InteractionFields = {
      companyId,
      type: v.type,
      happensAt: at,
      title: v.title.trim(),
      content: v.content,
      personIds: v.personIds,
      ...(me ? { authorId: me.id } : existing?.authorId ? { authorId: existing.authorId } : {}),
      ...(existing?.sourceUrl ? { sourceUrl: existing.sourceUrl } : {}),
      ...(existing?.dedupKey ? { dedupKey: existing.dedupKey } : {}),
    };
    if (v.type === 'call' || v.type === 'text') return { ...base, direction: v.direction };
    if (v.type === 'meeting') {
      const end = fromLocalInput(v.end);
      if (end === null) return t('exBadDate');
      if (end < at) return t('exEndBeforeStart');
      const extra = v.extraAttendees.split(/[,;\s]+/).filter(Boolean);
      const emails: { name?: string; email: string }[] = [];
      for (const raw of extra) {
        const r = validateEmail(raw);
        if (!r.ok) return t('exBadEmails');
        emails.push({ email: r.value });
      }
      for (const p of chosen)
        if (p.emails[0]) emails.unshift({ name: `${p.firstName} ${p.lastName}`.trim(), email: p.emails[0] });
      return {
        ...base,
        meeting: {
          startAt: at,
          endAt: end,
          place: v.place.trim(),
          attendees: emails,
          invitationSent: existing?.meeting?.invitationSent ?? false,
        },
      };
    }
    if (v.type === 'email') {
      if (existing?.email?.status === 'logged')
        return { ...base, direction: existing.direction ?? 'in', email: existing.email };
      const to = chosen.flatMap((p) =>
        p.emails[0] ? [{ name: `${p.firstName} ${p.lastName}`.trim(), email: p.emails[0] }] : [],
      );
      if (to.length === 0) return t('exNeedRecipient');
      const scheduledAt = fromLocalInput(v.scheduledAt);
      const internal = users.filter((u) => v.internalUserIds.includes(u.id) && u.email);
      return {
        ...base,
        direction: 'out',
        ...(emailStatus === 'scheduled' && scheduledAt !== null ? { happensAt: scheduledAt } : {}),
        email: {
          provider: 'manual',
          subject: v.title.trim(),
          ...(me?.email ? { from: { name: me.name, email: me.email } } : {}),
          to,
          cc: internal.map((u) => ({ name: u.name, email: u.email })),
          internalUserIds: v.internalUserIds,
          documentIds: v.documentIds,
          ...(v.templateId ? { templateId: v.templateId } : {}),
          ...(emailStatus === 'scheduled' && scheduledAt !== null ? { scheduledAt } : {}),
          status: emailStatus === 'logged' ? 'sent' : emailStatus,
        },
      };
    }
    if (v.type === 'letter') {
      return {
        ...base,
        direction: 'out',
        letter: {
          ...(v.addressId ? { addressId: v.addressId } : {}),
          ...(v.templateId ? { templateId: v.templateId } : {}),
          status: v.letterStatus,
        },
      };
    }
    return base;
  }

  async function save(emailStatus: 'draft' | 'scheduled' | 'sent' | 'logged' = 'logged', sender?: Sender) {
    if (busy) return;
    const record = build(emailStatus);
    if (typeof record === 'string') return setError(record);
    // Opening the compose window first keeps the user gesture (a tab opened after an await may be blocked).
    if (sender && record.email) {
      openCompose(sender, record);
      for (const d of documents.filter((x) => v.documentIds.includes(x.id))) downloadBlob(d.content, d.name);
    }
    setBusy(true);
    try {
      const id = await exchangeActions.save(record, existing?.id);
      // The email is a draft until the user says it left, or Fiche sees it in the webmail's sent mail.
      if (sender) return setAwaiting(id);
      showToast(t('exSaved'));
      onDone(id);
    } catch (e) {
      setError(failureMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (awaiting) return <SentConfirm id={awaiting} onDone={() => onDone(awaiting)} />;

  const isLogged = existing?.email?.status === 'logged';
  const contentLabel =
    v.type === 'email'
      ? t('exBody')
      : v.type === 'note' || v.type === 'call' || v.type === 'meeting'
        ? t('exReport')
        : t('exContent');

  return (
    <form
      class="dialog"
      aria-label={existing ? t('edit') : t('exAdd')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(v.type === 'email' ? (v.schedule ? 'scheduled' : 'draft') : 'logged');
      }}
    >
      {!existing ? (
        <TabList
          prefix={tabsId}
          label={t('exAdd')}
          items={TYPES.map((type) => ({
            value: type,
            label: [<Icon key="i" name={TYPE_ICON[type]} size={14} />, t(TYPE_LABEL[type])],
          }))}
          selected={v.type}
          onSelect={(type) => set('type', type)}
        />
      ) : null}
      <div {...(existing ? { class: 'tab-panel' } : tabPanelProps(tabsId, v.type))}>
        <ErrorNotice error={error} />

        {v.type === 'email' && !isLogged && emailTemplates.length ? (
          <TemplateSelect
            templates={emailTemplates}
            value={v.templateId}
            onChange={(id) => applyTemplate(emailTemplates.find((x) => x.id === id))}
          />
        ) : null}
        {v.type === 'letter' && letterTemplates.length ? (
          <TemplateSelect
            templates={letterTemplates}
            value={v.templateId}
            onChange={(id) => applyTemplate(letterTemplates.find((x) => x.id === id))}
          />
        ) : null}

        {active.length ? (
          <fieldset>
            <legend>{t('exContacts')}</legend>
            <div class="row">
              {active.map((p) => (
                <Check
                  key={p.id}
                  label={`${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?'}
                  checked={v.personIds.includes(p.id)}
                  onChange={(on) =>
                    set('personIds', on ? [...v.personIds, p.id] : v.personIds.filter((x) => x !== p.id))
                  }
                />
              ))}
            </div>
          </fieldset>
        ) : null}

        <TextField
          label={v.type === 'email' ? t('exSubject') : t('exTitle')}
          name="title"
          value={v.title}
          onInput={(x) => set('title', x)}
        />
        <TextField label={contentLabel} name="content" value={v.content} onInput={(x) => set('content', x)} multiline />

        {v.type === 'meeting' ? (
          <>
            <div class="grid2">
              <DateTime label={t('exStart')} name="start" value={v.at} onInput={(x) => set('at', x)} />
              <DateTime label={t('exEnd')} name="end" value={v.end} onInput={(x) => set('end', x)} />
            </div>
            <TextField label={t('exPlace')} name="place" value={v.place} onInput={(x) => set('place', x)} />
            <TextField
              label={t('exAttendees')}
              name="attendees"
              value={v.extraAttendees}
              onInput={(x) => set('extraAttendees', x)}
            />
          </>
        ) : (
          <DateTime label={t('exDate')} name="at" value={v.at} onInput={(x) => set('at', x)} />
        )}

        {v.type === 'call' || v.type === 'text' ? (
          <div class="row" role="radiogroup" aria-label={t('exDirection')}>
            <label class="check">
              <input
                type="radio"
                name="direction"
                checked={v.direction === 'out'}
                onChange={() => set('direction', 'out')}
              />
              {t('exOut')}
            </label>
            <label class="check">
              <input
                type="radio"
                name="direction"
                checked={v.direction === 'in'}
                onChange={() => set('direction', 'in')}
              />
              {t('exIn')}
            </label>
          </div>
        ) : null}

        {v.type === 'email' && !isLogged ? (
          <>
            {users.some((u) => !u.isMe && u.email) ? (
              <fieldset>
                <legend>{t('exInternalCopy')}</legend>
                <div class="row">
                  {users
                    .filter((u) => !u.isMe && u.email)
                    .map((u) => (
                      <Check
                        key={u.id}
                        label={u.name}
                        checked={v.internalUserIds.includes(u.id)}
                        onChange={(on) =>
                          set(
                            'internalUserIds',
                            on ? [...v.internalUserIds, u.id] : v.internalUserIds.filter((x) => x !== u.id),
                          )
                        }
                      />
                    ))}
                </div>
              </fieldset>
            ) : null}
            {documents.length ? (
              <fieldset>
                <legend>{t('exAttach')}</legend>
                <div class="row">
                  {documents.map((d) => (
                    <Check
                      key={d.id}
                      label={d.name}
                      checked={v.documentIds.includes(d.id)}
                      onChange={(on) =>
                        set('documentIds', on ? [...v.documentIds, d.id] : v.documentIds.filter((x) => x !== d.id))
                      }
                    />
                  ))}
                </div>
                <span class="small muted">{t('exAttachHint')}</span>
              </fieldset>
            ) : null}
            <Check name="schedule" label={t('exSchedule')} checked={v.schedule} onChange={(x) => set('schedule', x)} />
            {v.schedule ? (
              <DateTime
                label={t('exSchedule')}
                name="scheduledAt"
                value={v.scheduledAt}
                onInput={(x) => set('scheduledAt', x)}
              />
            ) : null}
          </>
        ) : null}

        {v.type === 'letter' ? (
          <div class="grid2">
            <Field label={t('exAddress')}>
              {(id) => (
                <Select
                  id={id}
                  value={v.addressId}
                  empty="—"
                  choices={addresses.map((a) => ({ value: a.id, label: a.label || a.city || a.street }))}
                  onChange={chooseAddress}
                />
              )}
            </Field>
            <Field label={t('exLetterStatus')}>
              {(id) => (
                <select
                  id={id}
                  value={v.letterStatus}
                  onChange={(e) =>
                    set('letterStatus', (e.currentTarget as HTMLSelectElement).value as Values['letterStatus'])
                  }
                >
                  <option value="draft">{t('exStatusDraft')}</option>
                  <option value="printed">{t('exStatusPrinted')}</option>
                  <option value="sent">{t('exStatusSent')}</option>
                </select>
              )}
            </Field>
          </div>
        ) : null}
      </div>

      <FormActions
        onCancel={() => onDone()}
        busy={busy}
        submitLabel={v.type === 'email' && !isLogged && v.schedule ? t('exSaveScheduled') : t('save')}
        submit={
          v.type === 'email' && !isLogged && !v.schedule ? (
            <>
              <SendButtons disabled={busy} onSend={(s) => void save('draft', s)} />
              <button class="btn" type="submit" disabled={busy}>
                {t('exSaveDraft')}
              </button>
            </>
          ) : undefined
        }
      />
    </form>
  );
}

function TemplateSelect({
  templates,
  value,
  onChange,
}: {
  templates: Template[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={t('exTemplate')}>
      {(id) => (
        <Select
          id={id}
          value={value}
          empty={t('exNoTemplate')}
          choices={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={(v) => onChange(v)}
        />
      )}
    </Field>
  );
}

function DateTime(props: { label: string; name: string; value: string; onInput: (v: string) => void }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <input
          id={id}
          name={props.name}
          type="datetime-local"
          value={props.value}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}
