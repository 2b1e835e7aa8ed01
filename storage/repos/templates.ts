/**
 * Comment, email and letter templates (SPEC §2.1, §2.4). At most one template per kind is the
 * default (the default comment template pre-fills new sheets): saving a default clears the flag
 * on the other templates of its kind in the same transaction. Deletion returns the record so the
 * UI can offer undo through `restoreTemplate`.
 */
import { newId, template as templateSchema, type Template } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export type TemplateKind = Template['kind'];

export interface TemplateInput {
  kind: TemplateKind;
  name: string;
  /** Email templates only; ignored for the other kinds. */
  subject: string;
  body: string;
  isDefault: boolean;
}

export type TemplateFieldError = 'required' | 'too-long' | 'name-taken';
export type TemplateErrors = Partial<Record<'name' | 'subject' | 'body', TemplateFieldError>>;
export type SaveTemplateResult = { ok: true; id: string } | { ok: false; errors: TemplateErrors };

/** The placeholders the composer replaces (SPEC §2.4), listed in the settings help text. */
export const TEMPLATE_PLACEHOLDERS = [
  '{{contact.firstName}}',
  '{{contact.lastName}}',
  '{{company.name}}',
  '{{user.name}}',
  '{{today}}',
] as const;

export function emptyTemplate(kind: TemplateKind): TemplateInput {
  return { kind, name: '', subject: '', body: '', isDefault: false };
}

export function checkTemplate(
  input: TemplateInput,
): { ok: true; value: TemplateInput } | { ok: false; errors: TemplateErrors } {
  const errors: TemplateErrors = {};
  const name = input.name.trim();
  if (name === '') errors.name = 'required';
  else if (name.length > 200) errors.name = 'too-long';
  const subject = input.kind === 'email' ? input.subject.trim() : '';
  if (subject.length > 2000) errors.subject = 'too-long';
  if (input.body.trim() === '') errors.body = 'required';
  else if (input.body.length > 200_000) errors.body = 'too-long';
  if (errors.name || errors.subject || errors.body) return { ok: false, errors };
  return { ok: true, value: { ...input, name, subject } };
}

export async function listTemplates(kind?: TemplateKind, db: FicheDB = defaultDb): Promise<Template[]> {
  const rows = kind ? await db.templates.where('kind').equals(kind).toArray() : await db.templates.toArray();
  return rows.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}

/** The default template of a kind, if one is set. */
export async function defaultTemplate(kind: TemplateKind, db: FicheDB = defaultDb): Promise<Template | undefined> {
  return db.templates
    .where('kind')
    .equals(kind)
    .filter((t) => t.isDefault)
    .first();
}

export async function saveTemplate(
  input: TemplateInput,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<SaveTemplateResult> {
  const checked = checkTemplate(input);
  if (!checked.ok) return checked;
  const value = checked.value;
  return db.transaction('rw', db.templates, async (): Promise<SaveTemplateResult> => {
    const current = id ? await db.templates.get(id) : undefined;
    if (id && !current) throw new Error(`no template ${id}`);
    const sameKind = await db.templates.where('kind').equals(value.kind).toArray();
    const key = value.name.toLocaleLowerCase();
    if (sameKind.some((t) => t.id !== id && t.name.toLocaleLowerCase() === key))
      return { ok: false, errors: { name: 'name-taken' } };
    const now = Date.now();
    const record: Template = templateSchema.parse({
      id: current?.id ?? newId(),
      kind: value.kind,
      name: value.name,
      ...(value.kind === 'email' ? { subject: value.subject } : {}),
      body: value.body,
      isDefault: value.isDefault,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    if (record.isDefault) await clearOtherDefaults(sameKind, record.id, now, db);
    await db.templates.put(record);
    return { ok: true, id: record.id };
  });
}

async function clearOtherDefaults(sameKind: Template[], keepId: string, now: number, db: FicheDB) {
  for (const t of sameKind)
    if (t.isDefault && t.id !== keepId) await db.templates.put({ ...t, isDefault: false, updatedAt: now });
}

/** Makes a template its kind's default (clearing the others), or clears its flag. */
export async function setDefaultTemplate(id: string, isDefault: boolean, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const target = await db.templates.get(id);
    if (!target) throw new Error(`no template ${id}`);
    const now = Date.now();
    if (isDefault)
      await clearOtherDefaults(await db.templates.where('kind').equals(target.kind).toArray(), id, now, db);
    if (target.isDefault !== isDefault) await db.templates.put({ ...target, isDefault, updatedAt: now });
  });
}

/** Deletes a template and returns it, for undo. */
export function deleteTemplate(id: string, db: FicheDB = defaultDb): Promise<Template | undefined> {
  return deleteForUndo(db, db.templates, id);
}

/**
 * Puts a deleted template back. If another template of its kind became the default meanwhile,
 * the newer choice wins and the restored one comes back as not default.
 */
export async function restoreTemplate(deleted: Template, db: FicheDB = defaultDb): Promise<void> {
  const record = templateSchema.parse(deleted);
  await db.transaction('rw', db.templates, async () => {
    const otherDefault = record.isDefault
      ? await db.templates
          .where('kind')
          .equals(record.kind)
          .filter((t) => t.isDefault && t.id !== record.id)
          .first()
      : undefined;
    await db.templates.put({ ...record, isDefault: record.isDefault && !otherDefault });
  });
}
