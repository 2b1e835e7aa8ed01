/** Small pieces shared by the options tabs: a section card, an editable list, an inline confirmation, error sentences. */
import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { failureMessage } from '../errors';
import { plural } from '../plural';

export function Section(props: {
  title: string;
  intro?: string;
  actions?: ComponentChildren;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <div class="section-head">
        <h2 id={props.id} style="flex:1">
          {props.title}
        </h2>
        {props.actions}
      </div>
      {props.intro ? (
        <p class="muted small" style="margin:0">
          {props.intro}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}

/** An inline confirmation (not a modal): the question, the action, and Cancel, which has the focus. Escape cancels. */
export function InlineConfirm(props: {
  text: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
  busy?: boolean;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      class="dialog"
      role="alertdialog"
      aria-modal="false"
      aria-label={props.confirmLabel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <div>{props.text}</div>
      <div class="row">
        <button
          type="button"
          class={props.danger ? 'btn danger' : 'btn primary'}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="btn" ref={cancelRef} onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

const ERROR_KEYS: Record<string, MessageKey> = {
  required: 'errorRequired',
  email: 'errorEmail',
  'email-taken': 'optErrorEmailTaken',
  'too-long': 'optErrorTooLong',
  'name-taken': 'optErrorNameTaken',
  'label-taken': 'optErrorLabelTaken',
  'options-required': 'optErrorOptionsRequired',
  'options-too-many': 'optErrorOptionsTooMany',
};

/** The sentence for an options-page validation code. */
export function optErrorText(code: string | undefined, detail?: string): string | undefined {
  if (!code) return undefined;
  if (code === 'options-duplicate') return t('optErrorOptionsDuplicate', detail ?? '');
  if (code === 'values-not-url') return plural('optErrorValuesNotUrl', Number(detail) || 0);
  const key = ERROR_KEYS[code];
  return key ? t(key) : t('errorFormInvalid');
}

/** Reports an unexpected failure (quota, closed database) instead of swallowing it. */
export function failureText(e: unknown): string {
  return failureMessage(e);
}

/** The Edit and Delete buttons of a named item in a settings list, each naming the item for screen readers. */
export function EditDelete(props: { name: string; onEdit: () => void; onDelete: () => void; remove?: boolean }) {
  return (
    <>
      <button type="button" class="btn small" aria-label={t('optEditNamed', props.name)} onClick={props.onEdit}>
        {t('edit')}
      </button>
      <button
        type="button"
        class="btn small danger"
        aria-label={props.remove ? t('optRemoveNamed', props.name) : t('optDeleteNamed', props.name)}
        onClick={props.onDelete}
      >
        {props.remove ? t('optRemove') : t('delete')}
      </button>
    </>
  );
}

/** Which item of a settings list is open in its form (`id: null`: a new one); closing gives the focus back to Add. */
export function useEditing() {
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(null);
    setTimeout(() => addRef.current?.focus(), 0);
  };
  /** The list's "+ Add …" button, off while the new item's form is open. */
  const addButton = (label: string) => (
    <button
      ref={addRef}
      type="button"
      class="btn primary"
      disabled={editing?.id === null}
      onClick={() => setEditing({ id: null })}
    >
      + {label}
    </button>
  );
  return { editing, setEditing, close, addButton };
}

/** One choice among a few, as pressed chips (the kind of template, the records a field belongs to). */
export function Chips<T extends string>(props: {
  label: string;
  values: readonly T[];
  value: T;
  text: (v: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <div class="chips" role="group" aria-label={props.label}>
      {props.values.map((v) => (
        <button type="button" key={v} class="chip" aria-pressed={props.value === v} onClick={() => props.onChange(v)}>
          {props.text(v)}
        </button>
      ))}
    </div>
  );
}

/**
 * A settings list (users, custom fields, templates): the new item's form on top, then "loading", the
 * empty state, or the items, the one being edited replaced by its form.
 */
export function EditableList<T extends { id: string }>(props: {
  list: readonly T[] | undefined;
  editing: { id: string | null } | null;
  /** The list's accessible name. */
  label: string;
  ordered?: boolean;
  empty: string;
  emptyHint: string;
  newForm: ComponentChildren;
  form: (item: T) => ComponentChildren;
  row: (item: T, index: number) => VNode;
}) {
  const { list, editing } = props;
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <>
      {editing?.id === null ? props.newForm : null}
      {list === undefined ? (
        <div class="loading">{t('loading')}</div>
      ) : list.length === 0 && editing === null ? (
        <div class="empty">
          <span class="big">{props.empty}</span>
          <span>{props.emptyHint}</span>
        </div>
      ) : (
        <List class="list" aria-label={props.label}>
          {list.map((item, i) =>
            editing?.id === item.id ? <li key={item.id}>{props.form(item)}</li> : props.row(item, i),
          )}
        </List>
      )}
    </>
  );
}
