/**
 * A section of records with "+" to add, the open records, and the closed ones on demand (SPEC §2.5):
 * the shape shared by opportunities, tasks and tickets. It owns which record is being edited, gives
 * the focus back to "+" when a form closes, and answers the summary's "add" requests.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { SectionId } from '../../models/sections';
import { t } from '../i18n';
import { AddButton, Section, useAddRequest } from './Section';

export interface SectionListProps<T extends { id: string }> {
  id: SectionId;
  title: string;
  testId: string;
  addLabel: string;
  emptyText: string;
  openLabel: string;
  closedLabel: string;
  open: readonly T[];
  closed: readonly T[];
  /** Test ids of the closed list and its toggle (kept from the sections' first version). */
  closedTestId: string;
  toggleTestId: string;
  /** Runs before the add form opens; `false` keeps it closed. */
  beforeAdd?: () => Promise<boolean>;
  /** The form, for a new record (no item) or the one being edited. */
  form: (item: T | undefined, done: () => void) => ComponentChildren;
  row: (item: T, edit: () => void) => VNode;
  /** Shown between the heading and the form (e.g. totals). */
  summary?: ComponentChildren;
}

export function SectionList<T extends { id: string }>(p: SectionListProps<T>) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
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
  return (
    <Section
      id={p.id}
      title={p.title}
      count={p.open.length}
      testId={p.testId}
      actions={<AddButton label={p.addLabel} expanded={editing === 'new'} onClick={() => void add()} buttonRef={addRef} />}
    >
      {p.summary}
      {editing === 'new' ? p.form(undefined, done) : null}
      {p.open.length === 0 && editing !== 'new' ? <span class="muted small">{p.emptyText}</span> : null}
      {p.open.length ? (
        <ul class="list" aria-label={p.openLabel}>
          {p.open.map(item)}
        </ul>
      ) : null}
      {p.closed.length ? (
        <button type="button" class="btn ghost small" aria-expanded={showClosed} data-testid={p.toggleTestId} onClick={() => setShowClosed(!showClosed)}>
          {showClosed ? t('workHideClosed') : t('workShowClosed', p.closed.length)}
        </button>
      ) : null}
      {showClosed && p.closed.length ? (
        <>
          <h3 class="subhead">{p.closedLabel}</h3>
          <ul class="list" aria-label={p.closedLabel} data-testid={p.closedTestId}>
            {p.closed.map(item)}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
