/** Labelled form controls with the validation message next to the field. */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { showToast } from '../models/toast';
import { failureMessage } from './errors';
import { t } from './i18n';
import { useFormKeeper } from './form-keeper';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, describedBy)}
      {error ? (
        <span class="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** What went wrong, said where it happened (a refused form, a failed action); nothing when all is well. */
export function ErrorNotice({
  error,
  testId,
  small,
}: {
  error: string | null | undefined;
  testId?: string;
  small?: boolean;
}) {
  if (!error) return null;
  return (
    <div class={small ? 'notice error small' : 'notice error'} role="alert" data-testid={testId}>
      {error}
    </div>
  );
}

/** The same, as a line of text under a control (the options' file pickers and imports). */
export function ErrorLine({ error, testId }: { error: string | null | undefined; testId?: string }) {
  if (!error) return null;
  return (
    <p class="error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'url' | 'tel' | 'search' | 'date';
  name?: string;
  placeholder?: string;
  autoFocus?: boolean;
  multiline?: boolean;
  onBlur?: () => void;
}

/** What a labelled control takes from its field: id, name, value, and the error or hint that describes it. */
const control = (
  id: string,
  describedBy: string | undefined,
  props: { name?: string | undefined; value: string; error?: string | undefined },
) => ({
  id,
  name: props.name,
  value: props.value,
  'aria-invalid': props.error ? ('true' as const) : undefined,
  'aria-describedby': describedBy,
});

export function TextField(props: TextFieldProps) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, describedBy) =>
        props.multiline ? (
          <textarea
            {...control(id, describedBy, props)}
            onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
            onBlur={props.onBlur}
          />
        ) : (
          <input
            {...control(id, describedBy, props)}
            type={(props.type ?? 'text') as 'text'}
            placeholder={props.placeholder}
            autoFocus={props.autoFocus}
            onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
            onBlur={props.onBlur}
          />
        )
      }
    </Field>
  );
}

export function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void; name?: string }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

/**
 * The action bar that ends a form, sticky at the bottom of the panel while the form is on screen.
 * It also keeps the form's behaviour (./form-keeper.ts): focus in and back out, Escape closes, an
 * edited form asks before Escape or Back close it. `children` gets the cancel for its Cancel button.
 */
function FormBar({
  onCancel,
  children,
}: {
  onCancel: () => void;
  children: (cancel: () => void) => ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const cancel = useFormKeeper(ref, onCancel);
  return (
    <div class="row form-actions" ref={ref}>
      {children(cancel)}
    </div>
  );
}

/**
 * The buttons that end a form: submit (disabled while saving), or the form's own `submit` buttons, then
 * cancel, then `children` (a delete at the far end).
 */
export function FormActions({
  submitLabel,
  submit,
  busy,
  onCancel,
  children,
}: {
  submitLabel?: string;
  submit?: ComponentChildren;
  busy?: boolean;
  onCancel: () => void;
  children?: ComponentChildren;
}) {
  return (
    <FormBar onCancel={onCancel}>
      {(cancel) => (
        <>
          {submit ?? (
            <button type="submit" class="btn primary" disabled={busy}>
              {submitLabel}
            </button>
          )}
          <button type="button" class="btn" onClick={cancel}>
            {t('cancel')}
          </button>
          {children}
        </>
      )}
    </FormBar>
  );
}

/** A form in a dialog box (add or edit one item): its fields, then Save and Cancel. */
export function DialogForm(props: {
  label: string;
  busy: boolean;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  return (
    <form class="dialog" noValidate aria-label={props.label} onSubmit={props.onSubmit}>
      {props.children}
      <FormActions submitLabel={t('save')} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select of `choices`; `empty` adds a first "none" choice whose value is ''. Other props go to the element. */
export function Select({
  choices,
  empty,
  onChange,
  ...attributes
}: {
  id?: string;
  name?: string;
  value?: string;
  style?: string;
  disabled?: boolean;
  'aria-label'?: string | undefined;
  'aria-invalid'?: 'true' | undefined;
  'aria-describedby'?: string | undefined;
  'data-custom-field'?: string;
  choices: readonly Choice[];
  empty?: string;
  onChange: (value: string, select: HTMLSelectElement) => void;
}) {
  return (
    <select
      {...attributes}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value, e.currentTarget as HTMLSelectElement)}
    >
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select; `empty` adds a first "none" choice whose value is ''. */
export function SelectField(props: {
  label: string;
  name: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  empty?: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, describedBy) => (
        <Select
          {...control(id, describedBy, props)}
          choices={props.choices}
          empty={props.empty}
          onChange={(value) => props.onChange(value)}
        />
      )}
    </Field>
  );
}

/**
 * A form's save or a one-click action: `run` marks it busy (a second run meanwhile does nothing), awaits
 * the write, then says `saved` (or what `saved` makes of the write's answer) and calls `onDone`, or says
 * what failed in the user's words and keeps the form and its edits. A write that answers `false`
 * (refused with field errors, already shown) keeps the form quietly.
 */
export function useSave(onDone?: () => void): {
  busy: boolean;
  run: <T>(write: () => Promise<T>, saved: string | ((answer: Exclude<T, false>) => string)) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = async <T,>(write: () => Promise<T>, saved: string | ((answer: Exclude<T, false>) => string)) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const answer = await write();
      if (answer === false) return;
      showToast(typeof saved === 'string' ? saved : saved(answer as Exclude<T, false>));
      onDone?.();
    } catch (err) {
      showToast(failureMessage(err), { kind: 'error' });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * A form's draft, its validation errors and its save: `set` patches the draft, `edit` patches it and
 * clears the errors of the fields being corrected, `submit` saves and shows the errors a refusal names.
 */
export function useDraftForm<D, E extends object>(
  initial: D,
  save: (draft: D) => Promise<{ ok: true } | { ok: false; errors: E }>,
  onDone: () => void,
) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const { busy, run } = useSave(onDone);
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const edit = (patch: Partial<D>, ...fields: (keyof E)[]) => {
    set(patch);
    if (fields.some((f) => errors[f]))
      setErrors({ ...errors, ...Object.fromEntries(fields.map((f) => [f, undefined])) });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      const result = await save(draft);
      if (!result.ok) setErrors(result.errors);
      return result.ok;
    }, t('saved'));
  };
  return { draft, set, edit, errors, setErrors, busy, submit };
}
