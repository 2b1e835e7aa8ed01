/** Templates: comment templates pre-fill sheets, email and letter templates feed the composers (SPEC §2.1, §2.4). */
import type { Template } from '../../core/domain';
import { useRef, useState } from 'preact/hooks';
import {
  actions,
  emptyTemplate,
  queries,
  TEMPLATE_PLACEHOLDERS,
  type TemplateErrors,
  type TemplateInput,
  type TemplateKind,
} from '../../models/options';
import { showToast } from '../../models/toast';
import { Check, Field, FormActions, TextField, useDraftForm } from '../Field';
import { useLive } from '../hooks';
import { t, type MessageKey } from '../i18n';
import { EditableList, Section, failureText, optErrorText, EditDelete, useEditing, Chips } from './common';

const KINDS: TemplateKind[] = ['comment', 'email', 'letter'];
const KIND_LABEL: Record<TemplateKind, MessageKey> = {
  comment: 'optTemplateKindComment',
  email: 'optTemplateKindEmail',
  letter: 'optTemplateKindLetter',
};
const DEFAULT_LABEL: Record<TemplateKind, MessageKey> = {
  comment: 'optTemplateDefaultComment',
  email: 'optTemplateDefaultEmail',
  letter: 'optTemplateDefaultLetter',
};
const EMPTY_LABEL: Record<TemplateKind, MessageKey> = {
  comment: 'optTemplatesEmptyComment',
  email: 'optTemplatesEmptyEmail',
  letter: 'optTemplatesEmptyLetter',
};

export function TemplatesTab() {
  const [kind, setKind] = useState<TemplateKind>('comment');
  const counts = useLive(queries.templateCounts, []);
  const list = useLive(() => queries.templates(kind), [kind]);
  const { editing, setEditing, close, addButton } = useEditing();

  const remove = async (tpl: Template) => {
    try {
      const deleted = await actions.deleteTemplate(tpl.id);
      if (!deleted) return;
      showToast(t('optTemplateDeleted', tpl.name), {
        undo: async () => {
          await actions.restoreTemplate(deleted);
        },
      });
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    }
  };

  return (
    <Section
      id="opt-templates-title"
      title={t('optTemplatesTitle')}
      intro={t('optTemplatesIntro')}
      actions={addButton(t('optTemplateAdd'))}
    >
      <Chips
        label={t('optTemplateKind')}
        values={KINDS}
        value={kind}
        text={(k) => `${t(KIND_LABEL[k])} (${counts?.[k] ?? 0})`}
        onChange={(k) => {
          setKind(k);
          setEditing(null);
        }}
      />
      <div class="notice small" role="note">
        <div>{t('optPlaceholdersHelp')}</div>
        <div class="chips" style="margin-top:4px">
          {TEMPLATE_PLACEHOLDERS.map((p) => (
            <code key={p}>{p}</code>
          ))}
        </div>
      </div>
      <EditableList
        list={list}
        editing={editing}
        label={t(KIND_LABEL[kind])}
        empty={t(EMPTY_LABEL[kind])}
        emptyHint={t('optTemplatesEmptyHint')}
        newForm={<TemplateForm key={`new-${kind}`} initial={emptyTemplate(kind)} onDone={close} />}
        form={(tpl) => (
          <TemplateForm
            id={tpl.id}
            initial={{
              kind: tpl.kind,
              name: tpl.name,
              subject: tpl.subject ?? '',
              body: tpl.body,
              isDefault: tpl.isDefault,
            }}
            onDone={close}
          />
        )}
        row={(tpl) => (
          <li key={tpl.id} class="list-item" style="cursor:default" data-template={tpl.name}>
            <div class="spacer" style="min-width:0">
              <div class="title">
                {tpl.name} {tpl.isDefault ? <span class="badge client">{t('optDefault')}</span> : null}
              </div>
              {tpl.subject ? <div class="sub">{tpl.subject}</div> : null}
              <div class="sub" style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">
                {tpl.body.slice(0, 160)}
              </div>
            </div>
            <div class="row" style="flex-wrap:nowrap">
              <button
                type="button"
                class="btn small"
                aria-pressed={tpl.isDefault}
                onClick={() =>
                  actions
                    .setDefaultTemplate(tpl.id, !tpl.isDefault)
                    .catch((e) => showToast(failureText(e), { kind: 'error' }))
                }
              >
                {tpl.isDefault ? t('optUnsetDefault') : t('optSetDefault')}
              </button>
              <EditDelete name={tpl.name} onEdit={() => setEditing({ id: tpl.id })} onDelete={() => remove(tpl)} />
            </div>
          </li>
        )}
      />
    </Section>
  );
}

function TemplateForm(props: { id?: string; initial: TemplateInput; onDone: () => void }) {
  const { draft, set, edit, errors, busy, submit } = useDraftForm<TemplateInput, TemplateErrors>(
    props.initial,
    (d) => actions.saveTemplate(d, props.id),
    props.onDone,
  );
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  /** Puts a placeholder where the caret is in the body. */
  const insert = (placeholder: string) => {
    const el = bodyRef.current;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? draft.body.length;
    const body = draft.body.slice(0, start) + placeholder + draft.body.slice(end);
    set({ body });
    setTimeout(() => {
      el?.focus();
      el?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    }, 0);
  };

  const bodyError = optErrorText(errors.body);
  return (
    <form
      class="dialog"
      noValidate
      onSubmit={submit}
      aria-label={props.id ? t('optTemplateEdit') : t('optTemplateAdd')}
    >
      <TextField
        label={t('optTemplateName')}
        name="name"
        autoFocus
        value={draft.name}
        error={optErrorText(errors.name)}
        onInput={(name) => edit({ name }, 'name')}
      />
      {draft.kind === 'email' ? (
        <TextField
          label={t('optTemplateSubject')}
          name="subject"
          value={draft.subject}
          error={optErrorText(errors.subject)}
          onInput={(subject) => set({ subject })}
        />
      ) : null}
      <Field label={t('optTemplateBody')} error={bodyError} hint={t('optTemplateBodyHint')}>
        {(id, describedBy) => (
          <textarea
            id={id}
            ref={bodyRef}
            name="body"
            rows={8}
            value={draft.body}
            aria-invalid={bodyError ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => edit({ body: (e.currentTarget as HTMLTextAreaElement).value }, 'body')}
          />
        )}
      </Field>
      <div class="row small" role="group" aria-label={t('optInsertPlaceholder')}>
        <span class="muted">{t('optInsertPlaceholder')}</span>
        {TEMPLATE_PLACEHOLDERS.map((p) => (
          <button type="button" key={p} class="chip" onClick={() => insert(p)}>
            {p}
          </button>
        ))}
      </div>
      <Check
        name="isDefault"
        label={t(DEFAULT_LABEL[draft.kind])}
        checked={draft.isDefault}
        onChange={(isDefault) => set({ isDefault })}
      />
      <FormActions submitLabel={t('save')} busy={busy} onCancel={props.onDone} />
    </form>
  );
}
