/**
 * The top of a sheet, read at a glance: who it is (name, kind, status, main address), what is owed
 * (unpaid and overdue, per currency), the last exchange, the next task, the main contact, and the
 * four everyday actions: log a call, a note, an email, add a task.
 */
import { mailtoHref, sortContactsForDisplay, telHref } from '../../core/contacts';
import type { Interaction, Person } from '../../core/domain';
import { isTaskOverdue } from '../../core/pipelines';
import { revenueByCurrency } from '../../core/revenue';
import { formatAddressLine, mainAddress } from '../../core/addresses';
import { go } from '../../models/route';
import { requestAdd } from '../../models/sections';
import type { SheetGlance } from '../../models/sheet-glance';
import type { SheetData } from '../../models/sheet-queries';
import { TYPE_ICON, TYPE_LABEL } from '../exchanges/labels';
import { formatDay, formatMoney, t, todayIso } from '../i18n';
import { Icon, IconButton, type IconName } from '../icons';
import { initials } from '../../core/text/initials';
import { Flags } from '../SheetList';
import { formatRelative } from './format';
import { sectionDomId } from './Section';

const personName = (p: Person) => `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?';

/** The contact a salesperson deals with: the one of the last exchange, else the first active one who is not only billing. */
export function mainContact(people: readonly Person[], last?: Interaction): Person | undefined {
  const active = sortContactsForDisplay(people).filter((p) => p.archivedAt === undefined);
  const fromLast = last?.personIds.map((id) => active.find((p) => p.id === id)).find(Boolean);
  return fromLast ?? active.find((p) => !p.isBillingContact) ?? active[0];
}

export function SheetSummary({ data, glance }: { data: SheetData; glance: SheetGlance | undefined }) {
  const c = data.company;
  const today = todayIso();
  const main = mainAddress(data.addresses);
  const owed = revenueByCurrency(data.invoices, today).filter((f) => f.outstandingInclTax > 0);
  const last = glance?.lastExchange;
  const task = glance?.nextTask;
  const contact = mainContact(data.people, last);
  const jump = (id: 'exchanges' | 'tasks' | 'contacts' | 'sales') =>
    document.getElementById(sectionDomId(id))?.scrollIntoView({ block: 'start' });
  return (
    <header class="card summary" data-testid="summary">
      <div class="row" style="flex-wrap:nowrap">
        <span class="avatar square" aria-hidden="true">
          {initials(c.name)}
        </span>
        <div class="spacer" style="min-width:0">
          <h1 data-testid="sheet-name">{c.name}</h1>
          <div class="row small" style="gap:4px">
            <span class="muted">{c.kind === 'company' ? t('kindCompany') : t('kindIndividual')}</span>
            <Flags company={c} />
          </div>
        </div>
        <IconButton icon="edit" label={t('edit')} onClick={() => go({ name: 'edit', id: c.id })} />
      </div>
      {main ? (
        <div class="small" data-testid="main-address">
          {formatAddressLine(main)}
        </div>
      ) : null}
      <dl class="glance">
        {owed.length ? (
          <div data-testid="glance-unpaid">
            <dt>{t('revenueUnpaid')}</dt>
            <dd>
              {owed.map((f, i) => (
                <span key={f.currency}>
                  {i ? ' · ' : ''}
                  <button type="button" class="link" onClick={() => jump('sales')}>
                    {formatMoney(f.outstandingInclTax, f.currency)}
                  </button>
                  {f.overdueInclTax > 0 ? (
                    <span class="overdue"> ({t('revenueOverdue', formatMoney(f.overdueInclTax, f.currency))})</span>
                  ) : null}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div data-testid="glance-last">
          <dt>{t('glanceLastExchange')}</dt>
          <dd>
            {last ? (
              <button type="button" class="link ellipsis" onClick={() => jump('exchanges')}>
                <Icon name={TYPE_ICON[last.type]} size={13} /> {last.title || t(TYPE_LABEL[last.type])} ·{' '}
                {formatRelative(last.happensAt)}
              </button>
            ) : (
              <span class="muted">{t('glanceNone')}</span>
            )}
          </dd>
        </div>
        <div data-testid="glance-task">
          <dt>{t('glanceNextTask')}</dt>
          <dd>
            {task ? (
              <button type="button" class="link ellipsis" onClick={() => jump('tasks')}>
                {task.title}
                {task.dueDate ? ` · ${formatDay(task.dueDate)}` : ''}
                {isTaskOverdue(task, today) ? <span class="overdue"> · {t('workTaskOverdue')}</span> : null}
              </button>
            ) : (
              <span class="muted">{t('glanceNone')}</span>
            )}
          </dd>
        </div>
        {contact ? (
          <div data-testid="glance-contact">
            <dt>{t('glanceContact')}</dt>
            <dd class="row" style="gap:4px;flex-wrap:nowrap">
              <span class="ellipsis">
                {personName(contact)}
                {contact.jobTitle ? <span class="muted"> · {contact.jobTitle}</span> : null}
              </span>
              {contact.emails[0] ? (
                <a
                  class="icon-btn"
                  href={mailtoHref(contact.emails) ?? undefined}
                  aria-label={t('glanceWrite', personName(contact))}
                  title={contact.emails[0]}
                >
                  <Icon name="mail" size={14} />
                </a>
              ) : null}
              {contact.mobile || contact.phone ? (
                <a
                  class="icon-btn"
                  href={telHref(contact.mobile || contact.phone) ?? undefined}
                  aria-label={t('glanceCall', personName(contact))}
                  title={contact.mobile || contact.phone}
                >
                  <Icon name="phone" size={14} />
                </a>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <div class="quick-actions" role="group" aria-label={t('glanceQuickActions')}>
        <QuickAction
          icon="phone"
          text={t('glanceCallShort')}
          label={t('glanceLogCall')}
          onClick={() => requestAdd('exchanges', 'call')}
        />
        <QuickAction
          icon="note"
          text={t('glanceNoteShort')}
          label={t('glanceLogNote')}
          onClick={() => requestAdd('exchanges', 'note')}
        />
        <QuickAction
          icon="mail"
          text={t('glanceEmailShort')}
          label={t('glanceLogEmail')}
          onClick={() => requestAdd('exchanges', 'email')}
        />
        <QuickAction
          icon="check"
          text={t('glanceTaskShort')}
          label={t('glanceAddTask')}
          onClick={() => requestAdd('tasks')}
        />
      </div>
    </header>
  );
}

/** A short word on the button, the whole action as its name (which contains the word, WCAG 2.5.3). */
function QuickAction({
  icon,
  text,
  label,
  onClick,
}: {
  icon: IconName;
  text: string;
  label: string;
  onClick: () => void;
}) {
  return (
    <button type="button" class="btn small" aria-label={label} title={label} data-quick={text} onClick={onClick}>
      <Icon name={icon} size={14} /> {text}
    </button>
  );
}
