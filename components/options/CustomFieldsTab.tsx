/** Custom fields for sheets and for contacts (SPEC §2.1): define, order, retype, delete with undo. */
import type { CustomFieldDef, CustomFieldType } from '../../core/domain';
import { useEffect, useState } from 'preact/hooks';
import {
  actions,
  CUSTOM_FIELD_TYPES,
  emptyCustomField,
  hasOptions,
  queries,
  type CustomFieldEntity,
  type CustomFieldErrors,
  type CustomFieldInput,
} from '../../models/options';
import { showToast } from '../../models/toast';
import { DialogForm, Field, TextField, useDraftForm } from '../Field';
import { useLive } from '../hooks';
import { t, type MessageKey } from '../i18n';
import { EditableList, Section, failureText, optErrorText, EditDelete, useEditing, Chips } from './common';
import { plural } from '../plural';

export const TYPE_LABEL: Record<CustomFieldType, MessageKey> = {
  text: 'optFieldTypeText',
  number: 'optFieldTypeNumber',
  date: 'optFieldTypeDate',
  single: 'optFieldTypeSingle',
  multiple: 'optFieldTypeMultiple',
  checkbox: 'optFieldTypeCheckbox',
  url: 'optFieldTypeUrl',
};
const ENTITY_LABEL: Record<CustomFieldEntity, MessageKey> = {
  company: 'optFieldsForSheets',
  person: 'optFieldsForContacts',
};

export function CustomFieldsTab() {
  const [entity, setEntity] = useState<CustomFieldEntity>('company');
  const list = useLive(() => queries.customFields(entity), [entity]);
  const { editing, setEditing, close, addButton } = useEditing();

  const remove = async (def: CustomFieldDef) => {
    try {
      const deleted = await actions.deleteCustomField(def.id);
      if (!deleted) return;
      showToast(t('optFieldDeleted', def.label), { undo: () => actions.restoreCustomField(deleted) });
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    }
  };
  const move = (def: CustomFieldDef, delta: -1 | 1, button: HTMLButtonElement) => {
    actions
      .moveCustomField(def.id, delta)
      // Keep the focus on the field that moved, so repeated presses keep moving it.
      .then(() =>
        setTimeout(
          () =>
            document.querySelector<HTMLButtonElement>(`[data-move="${def.id}:${delta}"]`)?.focus() ?? button.focus(),
          50,
        ),
      )
      .catch((e) => showToast(failureText(e), { kind: 'error' }));
  };

  return (
    <Section
      id="opt-fields-title"
      title={t('optFieldsTitle')}
      intro={t('optFieldsIntro')}
      actions={addButton(t('optFieldAdd'))}
    >
      <Chips
        label={t('optFieldsEntity')}
        values={['company', 'person'] as const}
        value={entity}
        text={(e) => t(ENTITY_LABEL[e])}
        onChange={(e) => {
          setEntity(e);
          setEditing(null);
        }}
      />
      <EditableList
        list={list}
        editing={editing}
        label={t(ENTITY_LABEL[entity])}
        ordered
        empty={entity === 'company' ? t('optFieldsEmptySheets') : t('optFieldsEmptyContacts')}
        emptyHint={t('optFieldsEmptyHint')}
        newForm={<CustomFieldForm key={`new-${entity}`} initial={emptyCustomField(entity)} onDone={close} />}
        form={(def) => (
          <CustomFieldForm
            id={def.id}
            initial={{ entity: def.entity, label: def.label, type: def.type, optionsText: def.options.join('\n') }}
            onDone={close}
          />
        )}
        row={(def, i) => (
          <li key={def.id} class="list-item" style="cursor:default" data-field={def.label}>
            <div class="spacer" style="min-width:0">
              <div class="title">{def.label}</div>
              <div class="sub">
                {t(TYPE_LABEL[def.type])}
                {def.options.length ? ` · ${def.options.join(', ')}` : ''}
              </div>
            </div>
            <div class="row" style="flex-wrap:nowrap">
              <button
                type="button"
                class="icon-btn"
                data-move={`${def.id}:-1`}
                disabled={i === 0}
                aria-label={t('optMoveUp', def.label)}
                title={t('optMoveUp', def.label)}
                onClick={(e) => move(def, -1, e.currentTarget as HTMLButtonElement)}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon-btn"
                data-move={`${def.id}:1`}
                disabled={i === (list?.length ?? 0) - 1}
                aria-label={t('optMoveDown', def.label)}
                title={t('optMoveDown', def.label)}
                onClick={(e) => move(def, 1, e.currentTarget as HTMLButtonElement)}
              >
                ↓
              </button>
              <EditDelete name={def.label} onEdit={() => setEditing({ id: def.id })} onDelete={() => remove(def)} />
            </div>
          </li>
        )}
      />
    </Section>
  );
}

function CustomFieldForm(props: { id?: string; initial: CustomFieldInput; onDone: () => void }) {
  const { draft, edit, errors, busy, submit } = useDraftForm<CustomFieldInput, CustomFieldErrors>(
    props.initial,
    (d) => actions.saveCustomField(d, props.id),
    props.onDone,
  );
  const [valueCount, setValueCount] = useState(0);
  const typeChanged = props.id !== undefined && draft.type !== props.initial.type;

  useEffect(() => {
    if (!props.id) return;
    queries
      .customFieldValueCount({ id: props.id, entity: props.initial.entity })
      .then(setValueCount)
      .catch(() => setValueCount(0));
  }, [props.id]);

  const optionsError = optErrorText(errors.options, errors.duplicate);
  return (
    <DialogForm
      label={props.id ? t('optFieldEdit') : t('optFieldAdd')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onDone}
    >
      <div class="grid2">
        <TextField
          label={t('optFieldLabel')}
          name="label"
          autoFocus
          value={draft.label}
          error={optErrorText(errors.label)}
          onInput={(label) => edit({ label }, 'label')}
        />
        <Field label={t('optFieldType')} error={optErrorText(errors.type, String(errors.invalidCount ?? ''))}>
          {(id) => (
            <select
              id={id}
              name="type"
              value={draft.type}
              onChange={(e) =>
                edit({ type: (e.currentTarget as HTMLSelectElement).value as CustomFieldType }, 'options', 'type')
              }
            >
              {CUSTOM_FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(TYPE_LABEL[type])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {typeChanged && valueCount > 0 ? (
        <div
          class="notice"
          role="status"
          style="background:var(--warn-soft);color:var(--warn);border-color:transparent"
        >
          {plural(
            props.initial.entity === 'company' ? 'optFieldTypeWarnSheets' : 'optFieldTypeWarnContacts',
            valueCount,
          )}
        </div>
      ) : null}
      {hasOptions(draft.type) ? (
        <Field label={t('optFieldOptions')} error={optionsError} hint={t('optFieldOptionsHint')}>
          {(id, describedBy) => (
            <textarea
              id={id}
              name="options"
              rows={5}
              value={draft.optionsText}
              aria-invalid={optionsError ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => edit({ optionsText: (e.currentTarget as HTMLTextAreaElement).value }, 'options')}
            />
          )}
        </Field>
      ) : null}
    </DialogForm>
  );
}
