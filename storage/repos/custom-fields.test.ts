import { describe, expect, it } from 'vitest';
import type { CustomFieldType } from '../../core/domain';
import { FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import {
  CUSTOM_FIELD_TYPES,
  checkCustomField,
  countCustomFieldValues,
  deleteCustomField,
  listCustomFields,
  moveCustomField,
  parseOptions,
  restoreCustomField,
  saveCustomField,
  type CustomFieldInput,
} from './custom-fields';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());
const input = (patch: Partial<CustomFieldInput> = {}): CustomFieldInput => ({
  entity: 'company',
  label: 'Sector',
  type: 'text',
  optionsText: '',
  ...patch,
});
async function add(db: FicheDB, patch: Partial<CustomFieldInput> = {}) {
  const r = await saveCustomField(input(patch), undefined, db);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}
const labels = async (db: FicheDB, entity: 'company' | 'person' = 'company') =>
  (await listCustomFields(entity, db)).map((d) => d.label);

describe('parseOptions', () => {
  it.each([
    ['Gold\nSilver\n\n  Bronze  ', { options: ['Gold', 'Silver', 'Bronze'] }],
    ['a\r\nb', { options: ['a', 'b'] }],
    ['Gold\ngold', { options: ['Gold'], duplicate: 'gold' }],
    ['', { options: [] }],
  ])('%j', (text, expected) => {
    expect(parseOptions(text)).toEqual(expected);
  });
});

describe('checkCustomField', () => {
  it.each([
    [{ label: '' }, { label: 'required' }],
    [{ type: 'single' as const, optionsText: '\n \n' }, { options: 'options-required' }],
    [
      { type: 'multiple' as const, optionsText: 'A\nB\na' },
      { options: 'options-duplicate', duplicate: 'a' },
    ],
    [{ type: 'single' as const, optionsText: 'x'.repeat(201) }, { options: 'too-long' }],
  ])('refuses %o', (patch, errors) => {
    expect(checkCustomField(input(patch))).toEqual({ ok: false, errors });
  });

  it('keeps options only for choice fields', () => {
    const r = checkCustomField(input({ type: 'text', optionsText: 'A\nB' }));
    expect(r.ok && r.value.options).toEqual([]);
  });
});

describe('custom fields repo', () => {
  it('saves one field of every type, in order, per entity', async () => {
    const db = fresh();
    for (const type of CUSTOM_FIELD_TYPES) {
      await add(db, { label: `F ${type}`, type, optionsText: type === 'single' || type === 'multiple' ? 'A\nB' : '' });
    }
    await add(db, { entity: 'person', label: 'Birthday', type: 'date' });
    const defs = await listCustomFields('company', db);
    expect(defs.map((d) => d.type)).toEqual(CUSTOM_FIELD_TYPES);
    expect(defs.map((d) => d.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(defs.find((d) => d.type === 'multiple')!.options).toEqual(['A', 'B']);
    expect(await labels(db, 'person')).toEqual(['Birthday']);
  });

  it('refuses a label already used for the same entity', async () => {
    const db = fresh();
    await add(db, { label: 'Sector' });
    expect(await saveCustomField(input({ label: 'SECTOR' }), undefined, db)).toEqual({
      ok: false,
      errors: { label: 'label-taken' },
    });
    await add(db, { entity: 'person', label: 'Sector' });
  });

  it('changes the type of a field, dropping options that no longer apply', async () => {
    const db = fresh();
    const id = await add(db, { type: 'single', optionsText: 'A\nB' });
    await saveCustomField(input({ type: 'text', optionsText: 'A\nB' }), id, db);
    const def = (await db.customFieldDefs.get(id))!;
    expect(def.type).toBe('text');
    expect(def.options).toEqual([]);
    expect(def.position).toBe(0);
  });

  it('counts the records that hold a value, to warn before a type change', async () => {
    const db = fresh();
    const id = await add(db, { type: 'multiple', optionsText: 'A\nB' });
    await createCompany({ ...emptyCompany(), name: 'Acme', customFields: { [id]: ['A'] } }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Empty list', customFields: { [id]: [] } }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'None' }, {}, db);
    expect(await countCustomFieldValues({ id, entity: 'company' }, db)).toBe(1);
    expect(await countCustomFieldValues({ id, entity: 'person' }, db)).toBe(0);
  });

  it('moves fields up and down, ignoring moves past the ends', async () => {
    const db = fresh();
    const a = await add(db, { label: 'A' });
    await add(db, { label: 'B' });
    const c = await add(db, { label: 'C' });
    await moveCustomField(c, -1, db);
    expect(await labels(db)).toEqual(['A', 'C', 'B']);
    await moveCustomField(a, 1, db);
    expect(await labels(db)).toEqual(['C', 'A', 'B']);
    await moveCustomField(c, -1, db);
    await moveCustomField(c, -1, db);
    expect(await labels(db)).toEqual(['C', 'A', 'B']);
    expect((await listCustomFields('company', db)).map((d) => d.position)).toEqual([0, 1, 2]);
  });

  it('deletes and restores a field at its place, values untouched', async () => {
    const db = fresh();
    await add(db, { label: 'A' });
    const b = await add(db, { label: 'B', type: 'checkbox' as CustomFieldType });
    await add(db, { label: 'C' });
    const acme = await createCompany({ ...emptyCompany(), name: 'Acme', customFields: { [b]: true } }, {}, db);
    const deleted = (await deleteCustomField(b, db))!;
    expect(await labels(db)).toEqual(['A', 'C']);
    expect((await db.companies.get(acme))!.customFields[b]).toBe(true);
    await restoreCustomField(deleted, db);
    expect(await labels(db)).toEqual(['A', 'B', 'C']);
  });
  // Issue 10, defect 1: a text field turned into a url field must not turn its values into script links.
  it('re-checks existing values when a field becomes a url field: refuses when one is not a web address', async () => {
    const db = fresh();
    const id = await add(db, { label: 'Portal' });
    const bad = await createCompany(
      { ...emptyCompany(), name: 'Bad', customFields: { [id]: 'javascript:alert(1)' } },
      {},
      db,
    );
    await createCompany({ ...emptyCompany(), name: 'Good', customFields: { [id]: 'acme.fr' } }, {}, db);
    const r = await saveCustomField(input({ label: 'Portal', type: 'url' }), id, db);
    expect(r).toEqual({ ok: false, errors: { type: 'values-not-url', invalidCount: 1 } });
    expect((await db.customFieldDefs.get(id))!.type).toBe('text');
    // Fixing the value lets the change through, and the valid values are normalised in the same step.
    await db.companies.update(bad, { customFields: { [id]: 'https://bad.example/x' } });
    expect((await saveCustomField(input({ label: 'Portal', type: 'url' }), id, db)).ok).toBe(true);
    const values = (await db.companies.toArray()).map((c) => c.customFields[id]).sort();
    expect(values).toEqual(['https://acme.fr/', 'https://bad.example/x']);
  });
});
