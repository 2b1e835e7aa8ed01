/**
 * Custom field definitions for sheets (entity 'company') and contacts (entity 'person'), SPEC §2.1.
 * Values live on the records (`customFields[defId]`). Deleting a definition leaves the values in
 * place, unseen, so that undo (`restoreCustomField`) brings the field back whole. Order is the
 * `position` field, renumbered 0…n-1 on every move, in one transaction.
 */
import { customFieldDef as defSchema, newId, type CustomFieldDef, type CustomFieldType } from '../../core/domain';
import { validateCustomField } from '../../core/custom-fields';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export type CustomFieldEntity = CustomFieldDef['entity'];

export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = [
  'text',
  'number',
  'date',
  'single',
  'multiple',
  'checkbox',
  'url',
];

export const hasOptions = (type: CustomFieldType) => type === 'single' || type === 'multiple';

export interface CustomFieldInput {
  entity: CustomFieldEntity;
  label: string;
  type: CustomFieldType;
  /** One option per line as typed; only single and multiple choice fields keep them. */
  optionsText: string;
}

export type CustomFieldError =
  | 'required'
  | 'too-long'
  | 'label-taken'
  | 'options-required'
  | 'options-duplicate'
  | 'options-too-many'
  | 'values-not-url';
export type CustomFieldErrors = Partial<Record<'label' | 'options' | 'type', CustomFieldError>> & {
  duplicate?: string;
  invalidCount?: number;
};
export type SaveCustomFieldResult = { ok: true; id: string } | { ok: false; errors: CustomFieldErrors };

export function emptyCustomField(entity: CustomFieldEntity): CustomFieldInput {
  return { entity, label: '', type: 'text', optionsText: '' };
}

/** The options of a choice field: trimmed, blank lines dropped; duplicates (ignoring case) reported. */
export function parseOptions(text: string): { options: string[]; duplicate?: string; tooLong?: boolean } {
  const options: string[] = [];
  const seen = new Set<string>();
  let duplicate: string | undefined;
  let tooLong = false;
  for (const raw of text.split(/\r?\n/)) {
    const o = raw.trim();
    if (o === '') continue;
    if (o.length > 200) tooLong = true;
    const key = o.toLocaleLowerCase();
    if (seen.has(key)) duplicate ??= o;
    else {
      seen.add(key);
      options.push(o);
    }
  }
  return { options, ...(duplicate !== undefined ? { duplicate } : {}), ...(tooLong ? { tooLong } : {}) };
}

export function checkCustomField(
  input: CustomFieldInput,
):
  | { ok: true; value: { entity: CustomFieldEntity; label: string; type: CustomFieldType; options: string[] } }
  | { ok: false; errors: CustomFieldErrors } {
  const errors: CustomFieldErrors = {};
  const label = input.label.trim().replace(/\s+/g, ' ');
  if (label === '') errors.label = 'required';
  else if (label.length > 200) errors.label = 'too-long';
  let options: string[] = [];
  if (hasOptions(input.type)) {
    const parsed = parseOptions(input.optionsText);
    options = parsed.options;
    if (parsed.duplicate !== undefined) {
      errors.options = 'options-duplicate';
      errors.duplicate = parsed.duplicate;
    } else if (parsed.tooLong) errors.options = 'too-long';
    else if (options.length === 0) errors.options = 'options-required';
    else if (options.length > 200) errors.options = 'options-too-many';
  }
  if (errors.label || errors.options) return { ok: false, errors };
  return { ok: true, value: { entity: input.entity, label, type: input.type, options } };
}

export async function listCustomFields(entity: CustomFieldEntity, db: FicheDB = defaultDb): Promise<CustomFieldDef[]> {
  const rows = await db.customFieldDefs.where('entity').equals(entity).toArray();
  return rows.sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

export async function saveCustomField(
  input: CustomFieldInput,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<SaveCustomFieldResult> {
  const checked = checkCustomField(input);
  if (!checked.ok) return checked;
  const value = checked.value;
  return db.transaction(
    'rw',
    [db.customFieldDefs, db.companies, db.people],
    async (): Promise<SaveCustomFieldResult> => {
      const current = id ? await db.customFieldDefs.get(id) : undefined;
      if (id && !current) throw new Error(`no custom field ${id}`);
      const siblings = await db.customFieldDefs.where('entity').equals(value.entity).toArray();
      const key = value.label.toLocaleLowerCase();
      if (siblings.some((d) => d.id !== id && d.label.toLocaleLowerCase() === key))
        return { ok: false, errors: { label: 'label-taken' } };
      const now = Date.now();
      const position =
        current && current.entity === value.entity
          ? current.position
          : siblings.reduce((max, d) => Math.max(max, d.position + 1), 0);
      const record = defSchema.parse({
        id: current?.id ?? newId(),
        ...value,
        position,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      });
      if (current && current.type !== 'url' && record.type === 'url') {
        const recheck = await recheckAsUrl(record, db);
        if (recheck.invalid > 0)
          return { ok: false, errors: { type: 'values-not-url', invalidCount: recheck.invalid } };
        await recheck.apply();
      }
      await db.customFieldDefs.put(record);
      return { ok: true, id: record.id };
    },
  );
}

/**
 * A field becoming a url field: every existing value must be a web address, since the sheet turns it
 * into a link. Valid values are normalised ("acme.fr" → "https://acme.fr/"); any invalid one refuses
 * the change (nothing is dropped silently). Runs inside the caller's transaction.
 */
async function recheckAsUrl(
  def: CustomFieldDef,
  db: FicheDB,
): Promise<{ invalid: number; apply: () => Promise<void> }> {
  const table = (def.entity === 'company' ? db.companies : db.people) as typeof db.companies;
  const rows = await table.filter((r) => isFilled(r.customFields?.[def.id])).toArray();
  let invalid = 0;
  const changed: typeof rows = [];
  for (const r of rows) {
    const v = validateCustomField(def, r.customFields[def.id]);
    if (!v.ok) invalid++;
    else if (v.value !== r.customFields[def.id])
      changed.push({ ...r, customFields: { ...r.customFields, [def.id]: v.value } });
  }
  return { invalid, apply: async () => void (await table.bulkPut(changed)) };
}

const isFilled = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** How many sheets or contacts hold a value for this field (to warn before a type change). */
export async function countCustomFieldValues(
  def: Pick<CustomFieldDef, 'id' | 'entity'>,
  db: FicheDB = defaultDb,
): Promise<number> {
  const table = def.entity === 'company' ? db.companies : db.people;
  return (table as typeof db.companies | typeof db.people)
    .filter((r: { customFields: Record<string, unknown> }) => isFilled(r.customFields?.[def.id]))
    .count();
}

/** Moves a field one place up (-1) or down (+1) among its entity's fields. */
export async function moveCustomField(id: string, delta: -1 | 1, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.customFieldDefs, async () => {
    const def = await db.customFieldDefs.get(id);
    if (!def) throw new Error(`no custom field ${id}`);
    const list = await listCustomFields(def.entity, db);
    const from = list.findIndex((d) => d.id === id);
    const to = from + delta;
    if (to < 0 || to >= list.length) return;
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved!);
    const now = Date.now();
    const changed = list.flatMap((d, position) =>
      d.position === position ? [] : [{ ...d, position, updatedAt: now }],
    );
    await db.customFieldDefs.bulkPut(changed);
  });
}

/** Deletes a definition (values stay on the records) and returns it, for undo. */
export function deleteCustomField(id: string, db: FicheDB = defaultDb): Promise<CustomFieldDef | undefined> {
  return deleteForUndo(db, db.customFieldDefs, id);
}

/** Puts a deleted definition back at its place; the fields after it move down one. */
export async function restoreCustomField(deleted: CustomFieldDef, db: FicheDB = defaultDb): Promise<void> {
  const record = defSchema.parse(deleted);
  await db.transaction('rw', db.customFieldDefs, async () => {
    const list = (await listCustomFields(record.entity, db)).filter((d) => d.id !== record.id);
    const at = Math.min(Math.max(0, record.position), list.length);
    list.splice(at, 0, record);
    await db.customFieldDefs.bulkPut(list.map((d, position) => ({ ...d, position })));
  });
}
