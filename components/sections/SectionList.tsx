/**
 * A section of records with "+" to add, the current records, and the closed (or archived) ones on
 * demand (SPEC §2.5): the shape shared by contacts, addresses, opportunities, tasks and tickets. It
 * owns which record is being edited, gives the focus back to "+" when a form closes, and answers the
 * summary's "add" requests.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { SectionId } from '../../models/sections';
import { t, type MessageKey } from '../i18n';
import { AddButton, Section, useAddRequest } from './Section';

export interface SectionListProps<T extends { id: string }> {
  id: SectionId;
  title: string;
  testId: string;
  addLabel: string;
  emptyText: string;
  /** Accessible names of the open and closed lists. */
  openLabel?: string;
  closedLabel?: string;
  open: readonly T[];
  closed?: readonly T[];
  /** Test ids of the closed list and its toggle (kept from the sections' first version). */
  closedTestId?: string;
  toggleTestId?: string;
  /** The toggle's text: showing `n` closed records, and hiding them. */
  showClosedText?: (n: number) => string;
  hideClosedText?: string;
  /** Closed records shown after the open ones in the same list (archived contacts), not in a list of their own. */
  closedInline?: boolean;
  /** Runs before the add form opens; `false` keeps it closed. */
  beforeAdd?: () => Promise<boolean>;
  /** The form, for a new record (no item) or the one being edited. */
  form: (item: T | undefined, done: () => void) => ComponentChildren;
  row: (item: T, edit: () => void) => VNode;
  /** Shown between the heading and the form (e.g. totals). */
  summary?: ComponentChildren;
}

/** The message keys of each work section: title, add, empty, open list, closed list (named whole, so the catalogue test sees them). */
const WORK_KEYS = {
  tasks: ['workTaskTitle', 'workTaskAdd', 'workTaskEmpty', 'workTaskOpenList', 'workTaskClosedList'],
  tickets: ['workTicketTitle', 'workTicketAdd', 'workTicketEmpty', 'workTicketOpenList', 'workTicketClosedList'],
  opportunities: ['workOppTitle', 'workOppAdd', 'workOppEmpty', 'workOppOpenList', 'workOppClosedList'],
} as const satisfies Record<string, readonly MessageKey[]>;

/** The labels and test ids of a work section, from its id and its test-id stem. */
export function workListLabels(id: keyof typeof WORK_KEYS, testStem: string) {
  const [title, add, empty, open, closed] = WORK_KEYS[id];
  return {
    id,
    testId: id,
    title: t(title),
    addLabel: t(add),
    emptyText: t(empty),
    openLabel: t(open),
    closedLabel: t(closed),
    closedTestId: `${testStem}-closed`,
    toggleTestId: `${testStem}-show-closed`,
  };
}

export function SectionList<T extends { id: string }>(p: SectionListProps<T>) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const closed = p.closed ?? [];
  const done = () => {
    setEditing(null);
    setTimeout(() => addRef.current?.focus(), 0);
  };
  const add = async () => {
    if (p.beforeAdd && !(await p.beforeAdd())) return;
    setEditing('new');
  };
  useAddRequest(p.id, () => void add());
  const item = (x: T) => (editing === x.id ? <li key={x.id}>{p.form(x, done)}</li> : p.row(x, () => setEditing(x.id)));
  const listed = p.closedInline && showClosed ? [...p.open, ...closed] : p.open;
  return (
    <Section
      id={p.id}
      title={p.title}
      count={p.open.length}
      testId={p.testId}
      actions={
        <AddButton label={p.addLabel} expanded={editing === 'new'} onClick={() => void add()} buttonRef={addRef} />
      }
    >
      {p.summary}
      {editing === 'new' ? p.form(undefined, done) : null}
      {p.open.length === 0 && editing !== 'new' ? <span class="muted small">{p.emptyText}</span> : null}
      {listed.length ? (
        <ul class="list" aria-label={p.openLabel}>
          {listed.map(item)}
        </ul>
      ) : null}
      {closed.length ? (
        <button
          type="button"
          class="btn ghost small"
          aria-expanded={showClosed}
          data-testid={p.toggleTestId}
          onClick={() => setShowClosed(!showClosed)}
        >
          {showClosed
            ? (p.hideClosedText ?? t('workHideClosed'))
            : (p.showClosedText ?? ((n) => t('workShowClosed', n)))(closed.length)}
        </button>
      ) : null}
      {showClosed && closed.length && !p.closedInline ? (
        <>
          <h3 class="subhead">{p.closedLabel}</h3>
          <ul class="list" aria-label={p.closedLabel} data-testid={p.closedTestId}>
            {closed.map(item)}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
