import { describe, expect, it } from 'vitest';
import { FicheDB } from '../db';
import {
  checkTemplate,
  defaultTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  saveTemplate,
  setDefaultTemplate,
  type TemplateInput,
} from './templates';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());
const input = (patch: Partial<TemplateInput> = {}): TemplateInput => ({
  kind: 'comment',
  name: 'Intro',
  subject: '',
  body: 'Met {{contact.firstName}} on {{today}}',
  isDefault: false,
  ...patch,
});

async function add(db: FicheDB, patch: Partial<TemplateInput> = {}) {
  const r = await saveTemplate(input(patch), undefined, db);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

describe('checkTemplate', () => {
  it.each([
    [{ name: '' }, { name: 'required' }],
    [{ body: '   ' }, { body: 'required' }],
    [
      { name: ' ', body: '' },
      { name: 'required', body: 'required' },
    ],
    [{ name: 'x'.repeat(201) }, { name: 'too-long' }],
  ])('refuses %o', (patch, errors) => {
    expect(checkTemplate(input(patch))).toEqual({ ok: false, errors });
  });

  it('drops the subject of a non-email template', () => {
    const r = checkTemplate(input({ subject: 'ignored' }));
    expect(r.ok && r.value.subject).toBe('');
  });
});

describe('templates repo', () => {
  it('stores a subject for email templates only', async () => {
    const db = fresh();
    const mail = await add(db, { kind: 'email', name: 'Follow-up', subject: 'Hello {{contact.firstName}}' });
    const letter = await add(db, { kind: 'letter', name: 'Reminder', subject: 'nope' });
    expect((await db.templates.get(mail))!.subject).toBe('Hello {{contact.firstName}}');
    expect('subject' in (await db.templates.get(letter))!).toBe(false);
  });

  it('keeps at most one default per kind', async () => {
    const db = fresh();
    const a = await add(db, { name: 'A', isDefault: true });
    const b = await add(db, { name: 'B', isDefault: true });
    const mail = await add(db, { kind: 'email', name: 'M', isDefault: true });
    expect((await defaultTemplate('comment', db))!.id).toBe(b);
    expect((await db.templates.get(a))!.isDefault).toBe(false);
    expect((await db.templates.get(mail))!.isDefault).toBe(true);
    await setDefaultTemplate(a, true, db);
    expect(
      (
        await db.templates
          .where('kind')
          .equals('comment')
          .filter((t) => t.isDefault)
          .toArray()
      ).map((t) => t.id),
    ).toEqual([a]);
    await setDefaultTemplate(a, false, db);
    expect(await defaultTemplate('comment', db)).toBeUndefined();
  });

  it('refuses two templates of one kind with the same name', async () => {
    const db = fresh();
    await add(db, { name: 'Intro' });
    expect(await saveTemplate(input({ name: 'intro' }), undefined, db)).toEqual({
      ok: false,
      errors: { name: 'name-taken' },
    });
    await add(db, { kind: 'email', name: 'Intro' });
  });

  it('updates in place', async () => {
    const db = fresh();
    const id = await add(db);
    expect(await saveTemplate(input({ body: 'New body' }), id, db)).toEqual({ ok: true, id });
    expect((await listTemplates('comment', db)).map((t) => t.body)).toEqual(['New body']);
  });

  it('deletes and restores (undo); a newer default wins over the restored one', async () => {
    const db = fresh();
    const a = await add(db, { name: 'A', isDefault: true });
    const deleted = await deleteTemplate(a, db);
    expect(deleted?.id).toBe(a);
    expect(await db.templates.count()).toBe(0);
    await restoreTemplate(deleted!, db);
    expect((await db.templates.get(a))!.isDefault).toBe(true);

    const again = (await deleteTemplate(a, db))!;
    const b = await add(db, { name: 'B', isDefault: true });
    await restoreTemplate(again, db);
    expect((await db.templates.get(a))!.isDefault).toBe(false);
    expect((await db.templates.get(b))!.isDefault).toBe(true);
  });

  it('deleting an unknown template returns nothing', async () => {
    expect(await deleteTemplate('nope', fresh())).toBeUndefined();
  });
});
