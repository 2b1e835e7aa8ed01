/** A sheet's after-sales tickets (SPEC §2.5): open and pending ones, priority badge, contact, comment thread, close/reopen. */
import { useState } from 'preact/hooks';
import type { Person, Ticket } from '../../core/domain';
import { partitionTickets, TICKET_PRIORITIES } from '../../core/pipelines';
import { showToast } from '../../models/toast';
import { workActions, type SheetWork } from '../../models/work';
import { DialogForm, Field, TextField, useSave } from '../Field';
import { errorText } from '../errors';
import { IconButton } from '../icons';
import { formatInstant, t, type MessageKey } from '../i18n';
import { SectionList, workListLabels } from '../sections/SectionList';
import { SelectField, failure, personName, titleError, userName } from './common';

const PRIORITY_LABEL: Record<Ticket['priority'], MessageKey> = {
  urgent: 'workPriorityUrgent',
  high: 'workPriorityHigh',
  normal: 'workPriorityNormal',
  low: 'workPriorityLow',
};
const PRIORITY_BADGE: Record<Ticket['priority'], string> = {
  urgent: 'badge danger',
  high: 'badge supplier',
  normal: 'badge prospect',
  low: 'badge',
};
const STATUS_LABEL: Record<Ticket['status'], MessageKey> = {
  open: 'workStatusOpen',
  pending: 'workStatusPending',
  closed: 'workStatusClosed',
};

export function TicketsSection({ companyId, work, people }: { companyId: string; work: SheetWork; people: Person[] }) {
  const { open, closed } = partitionTickets(work.tickets);
  return (
    <SectionList
      {...workListLabels('tickets', 'ticket')}
      open={open}
      closed={closed}
      form={(ticket, done) => <TicketForm companyId={companyId} people={people} ticket={ticket} onDone={done} />}
      row={(ticket, edit) => <TicketRow key={ticket.id} ticket={ticket} work={work} people={people} onEdit={edit} />}
    />
  );
}

function TicketRow({
  ticket,
  work,
  people,
  onEdit,
}: {
  ticket: Ticket;
  work: SheetWork;
  people: Person[];
  onEdit: () => void;
}) {
  const [thread, setThread] = useState(false);
  const contact = personName(people.find((p) => p.id === ticket.personId));
  const isClosed = ticket.status === 'closed';
  const run = (p: Promise<unknown>) => p.catch((e) => showToast(failure(e), { kind: 'error' }));
  const setStatus = (status: Ticket['status']) => {
    const previous = ticket.status;
    run(
      workActions.setTicketStatus(ticket.id, status).then(() => {
        if (status === 'closed')
          showToast(t('workTicketClosedToast', ticket.subject), {
            undo: () => workActions.setTicketStatus(ticket.id, previous),
          });
      }),
    );
  };
  const threadId = `ticket-thread-${ticket.id}`;
  return (
    <li
      class={`list-item static${isClosed ? ' closed' : ''}`}
      style="flex-direction:column;align-items:stretch"
      data-ticket={ticket.subject}
      data-status={ticket.status}
    >
      <div class="row" style="flex-wrap:nowrap;align-items:flex-start">
        <span class="spacer" style="min-width:0">
          <div class="title">{ticket.subject}</div>
          <div class="sub row" style="gap:6px">
            <span class={PRIORITY_BADGE[ticket.priority]} data-testid="ticket-priority">
              {t(PRIORITY_LABEL[ticket.priority])}
            </span>
            <span
              class={isClosed ? 'badge' : ticket.status === 'pending' ? 'badge supplier' : 'badge client'}
              data-testid="ticket-status"
            >
              {t(STATUS_LABEL[ticket.status])}
            </span>
            {contact ? <span>{contact}</span> : null}
            <span>{t('workTicketUpdated', formatInstant(ticket.updatedAt))}</span>
          </div>
        </span>
        <span class="row" style="gap:0;flex-wrap:nowrap">
          {!isClosed ? <IconButton icon="edit" label={t('edit')} onClick={onEdit} /> : null}
          <IconButton
            icon="trash"
            label={t('delete')}
            onClick={() =>
              run(
                workActions.deleteTicket(ticket.id).then((gone) => {
                  if (gone)
                    showToast(t('workTicketDeleted', ticket.subject), { undo: () => workActions.restoreTicket(gone) });
                }),
              )
            }
          />
        </span>
      </div>
      <div class="row small">
        <button
          type="button"
          class="btn ghost small"
          aria-expanded={thread}
          aria-controls={threadId}
          onClick={() => setThread(!thread)}
        >
          {t('workTicketComments', ticket.comments.length)}
        </button>
        <span class="spacer" />
        {!isClosed ? (
          <>
            {ticket.status === 'open' ? (
              <button type="button" class="btn small" onClick={() => setStatus('pending')}>
                {t('workTicketSetPending')}
              </button>
            ) : (
              <button type="button" class="btn small" onClick={() => setStatus('open')}>
                {t('workTicketSetOpen')}
              </button>
            )}
            <button
              type="button"
              class="btn small"
              onClick={() => setStatus('closed')}
              aria-label={t('workTicketCloseNamed', ticket.subject)}
            >
              {t('workTicketClose')}
            </button>
          </>
        ) : (
          <button type="button" class="btn small" onClick={() => setStatus('open')}>
            {t('workReopen')}
          </button>
        )}
      </div>
      {thread ? <Thread id={threadId} ticket={ticket} work={work} /> : null}
    </li>
  );
}

function Thread({ id, ticket, work }: { id: string; ticket: Ticket; work: SheetWork }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const r = await workActions.addTicketComment(ticket.id, text);
      if (!r.ok) setError(errorText(r.error));
      else setText('');
    } catch (err) {
      showToast(failure(err), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id={id} class="dialog" style="gap:6px">
      {ticket.comments.length === 0 ? <span class="muted small">{t('workTicketNoComment')}</span> : null}
      <ol class="list" aria-label={t('workTicketThread')} data-testid="ticket-comments">
        {ticket.comments.map((c, i) => (
          <li key={`${c.at}-${i}`} class="small" style="padding:4px 0;border-bottom:1px solid var(--border)">
            <div class="muted">
              <strong>{userName(work.users, c.authorId) || t('workTicketNoAuthor')}</strong> · {formatInstant(c.at)}
            </div>
            <div style="white-space:pre-wrap">{c.text}</div>
          </li>
        ))}
      </ol>
      <form
        noValidate
        onSubmit={submit}
        aria-label={t('workTicketAddComment')}
        style="display:flex;flex-direction:column;gap:6px"
      >
        <Field label={t('workTicketNewComment')} error={error}>
          {(fid, describedBy) => (
            <textarea
              id={fid}
              name="comment"
              value={text}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => {
                setText((e.currentTarget as HTMLTextAreaElement).value);
                setError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
              }}
            />
          )}
        </Field>
        <div class="row">
          <button type="submit" class="btn small primary" disabled={busy}>
            {t('workTicketAddComment')}
          </button>
          <span class="muted small">{t('workTicketCommentHint')}</span>
        </div>
      </form>
    </div>
  );
}

function TicketForm(props: { companyId: string; people: Person[]; ticket?: Ticket; onDone: () => void }) {
  const { ticket } = props;
  const [subject, setSubject] = useState(ticket?.subject ?? '');
  const [priority, setPriority] = useState<Ticket['priority']>(ticket?.priority ?? 'normal');
  const [status, setStatus] = useState<Ticket['status']>(ticket?.status ?? 'open');
  const [personId, setPersonId] = useState(ticket?.personId ?? '');
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { busy, run } = useSave(props.onDone);
  const people = props.people.filter((p) => p.archivedAt === undefined || p.id === ticket?.personId);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const problem = titleError(subject);
    if (problem) return setError(problem);
    await run(
      () =>
        workActions.saveTicket(
          props.companyId,
          { subject, priority, status, personId: personId || undefined, firstComment: question },
          ticket?.id,
        ),
      t('workTicketSaved'),
    );
  };
  return (
    <DialogForm
      label={ticket ? t('workTicketEdit') : t('workTicketAdd')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onDone}
    >
      <TextField
        label={t('workFieldSubject')}
        name="subject"
        value={subject}
        autoFocus
        error={error}
        onInput={(v) => {
          setSubject(v);
          setError(undefined);
        }}
      />
      <div class="grid2">
        <SelectField
          label={t('workFieldPriority')}
          name="priority"
          value={priority}
          choices={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(PRIORITY_LABEL[p]) }))}
          onChange={(v) => setPriority(v as Ticket['priority'])}
        />
        <SelectField
          label={t('workFieldStatus')}
          name="status"
          value={status}
          choices={(ticket?.status === 'closed'
            ? (['open', 'pending', 'closed'] as const)
            : (['open', 'pending'] as const)
          ).map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
          onChange={(v) => setStatus(v as Ticket['status'])}
        />
      </div>
      <SelectField
        label={t('workFieldContact')}
        name="personId"
        value={personId}
        empty={t('workNone')}
        choices={people.map((p) => ({ value: p.id, label: personName(p) }))}
        onChange={setPersonId}
      />
      {!ticket ? (
        <TextField
          label={t('workFieldQuestion')}
          name="question"
          multiline
          value={question}
          onInput={setQuestion}
          hint={t('workFieldQuestionHint')}
        />
      ) : null}
    </DialogForm>
  );
}
