/** One editor per custom field type (SPEC §2.1): text, number, date, single, multiple, checkbox, URL. */
import type { CustomFieldDef } from '../core/domain';
import { Field, Select } from './Field';
import { errorText } from './errors';

interface Props {
  def: CustomFieldDef;
  value: unknown;
  error?: string | undefined;
  onChange: (value: unknown) => void;
}

export function CustomFieldInput({ def, value, error, onChange }: Props) {
  const message = errorText(error);
  if (def.type === 'checkbox') {
    return (
      <label class="check" data-custom-field={def.label}>
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        {def.label}
      </label>
    );
  }
  if (def.type === 'multiple') {
    const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
    return (
      <fieldset data-custom-field={def.label} aria-invalid={message ? 'true' : undefined}>
        <legend>{def.label}</legend>
        <div class="row">
          {def.options.map((o) => (
            <label class="check" key={o}>
              <input
                type="checkbox"
                checked={chosen.has(o)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if ((e.currentTarget as HTMLInputElement).checked) next.add(o);
                  else next.delete(o);
                  onChange(def.options.filter((x) => next.has(x)));
                }}
              />
              {o}
            </label>
          ))}
        </div>
        {message ? <span class="error">{message}</span> : null}
      </fieldset>
    );
  }
  return (
    <Field label={def.label} error={message}>
      {(id, describedBy) =>
        def.type === 'single' ? (
          <Select
            id={id}
            data-custom-field={def.label}
            value={typeof value === 'string' ? value : ''}
            aria-describedby={describedBy}
            aria-invalid={message ? 'true' : undefined}
            empty="—"
            choices={def.options.map((o) => ({ value: o, label: o }))}
            onChange={(v) => onChange(v)}
          />
        ) : (
          <input
            id={id}
            data-custom-field={def.label}
            type={(def.type === 'date' ? 'date' : def.type === 'url' ? 'url' : 'text') as 'text'}
            inputMode={def.type === 'number' ? 'decimal' : undefined}
            value={value === undefined || value === null ? '' : String(value)}
            aria-describedby={describedBy}
            aria-invalid={message ? 'true' : undefined}
            onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
          />
        )
      }
    </Field>
  );
}

/** The editors of a record's custom fields: `values` by field id, errors under `custom:<id>`; `onChange` gets them all. */
export function CustomFieldInputs({
  defs,
  values,
  errors,
  onChange,
}: {
  defs: readonly CustomFieldDef[];
  values: Record<string, unknown>;
  errors: Partial<Record<string, string>>;
  onChange: (values: Record<string, unknown>, fieldId: string) => void;
}) {
  return (
    <>
      {defs.map((def) => (
        <CustomFieldInput
          key={def.id}
          def={def}
          value={values[def.id]}
          error={errors[`custom:${def.id}`]}
          onChange={(x) => onChange({ ...values, [def.id]: x }, def.id)}
        />
      ))}
    </>
  );
}
