import { describe, expect, it } from 'vitest';
import { newId } from '../../core/domain';
import { FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import { checkUser, countManagedSheets, listUsers, removeUser, saveUser, setMe } from './users';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());

async function add(db: FicheDB, name: string, email = '', isMe = false) {
  const r = await saveUser({ name, email, isMe }, undefined, db);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

describe('checkUser', () => {
  it.each([
    [{ name: '', email: '', isMe: false }, { name: 'required' }],
    [
      { name: '  ', email: 'bad', isMe: false },
      { name: 'required', email: 'email' },
    ],
    [{ name: 'Ana', email: 'ana@', isMe: false }, { email: 'email' }],
    [{ name: 'x'.repeat(201), email: '', isMe: false }, { name: 'too-long' }],
  ])('refuses %o', (input, errors) => {
    expect(checkUser(input)).toEqual({ ok: false, errors });
  });

  it('trims the name and lowercases the email', () => {
    expect(checkUser({ name: '  Ana   Lopez ', email: ' Ana@Acme.FR ', isMe: true })).toEqual({
      ok: true,
      value: { name: 'Ana Lopez', email: 'ana@acme.fr', isMe: true },
    });
  });
});

describe('users repo', () => {
  it('creates and updates a user, keeping createdAt', async () => {
    const db = fresh();
    const id = await add(db, 'Ana', 'ana@acme.fr');
    const before = (await db.users.get(id))!;
    const r = await saveUser({ name: 'Ana Lopez', email: 'ana@acme.fr', isMe: false }, id, db);
    expect(r).toEqual({ ok: true, id });
    const after = (await db.users.get(id))!;
    expect(after.name).toBe('Ana Lopez');
    expect(after.createdAt).toBe(before.createdAt);
    expect(await db.users.count()).toBe(1);
  });

  it('returns validation errors and writes nothing', async () => {
    const db = fresh();
    expect(await saveUser({ name: '', email: 'nope', isMe: false }, undefined, db)).toEqual({
      ok: false,
      errors: { name: 'required', email: 'email' },
    });
    expect(await db.users.count()).toBe(0);
  });

  it('refuses an email another user has, but allows several users without email', async () => {
    const db = fresh();
    await add(db, 'Ana', 'ana@acme.fr');
    expect(await saveUser({ name: 'Other', email: 'ANA@acme.fr', isMe: false }, undefined, db)).toEqual({
      ok: false,
      errors: { email: 'email-taken' },
    });
    await add(db, 'Bob');
    await add(db, 'Cléo');
    expect(await db.users.count()).toBe(3);
  });

  it('keeps at most one "me": saving a new me clears the other', async () => {
    const db = fresh();
    const ana = await add(db, 'Ana', '', true);
    const bob = await add(db, 'Bob', '', true);
    expect((await db.users.get(ana))!.isMe).toBe(false);
    expect((await db.users.get(bob))!.isMe).toBe(true);
    await setMe(ana, true, db);
    expect((await db.users.get(ana))!.isMe).toBe(true);
    expect((await db.users.get(bob))!.isMe).toBe(false);
    await setMe(ana, false, db);
    expect((await db.users.toArray()).filter((u) => u.isMe)).toHaveLength(0);
  });

  it('lists "me" first, then by name', async () => {
    const db = fresh();
    await add(db, 'Zoé');
    await add(db, 'Bob');
    await add(db, 'Marc', '', true);
    expect((await listUsers(db)).map((u) => u.name)).toEqual(['Marc', 'Bob', 'Zoé']);
  });

  it('refuses to remove an account manager, naming the number of sheets', async () => {
    const db = fresh();
    const ana = await add(db, 'Ana');
    await createCompany({ ...emptyCompany(), name: 'Acme', accountManagerId: ana }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Globex', accountManagerId: ana }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Initech' }, {}, db);
    expect(await countManagedSheets(ana, db)).toBe(2);
    expect(await removeUser(ana, {}, db)).toEqual({ ok: false, reason: 'manages-sheets', sheets: 2 });
    expect(await db.users.get(ana)).toBeDefined();
  });

  it('removes an account manager and clears the sheets, tasks and opportunities in one go', async () => {
    const db = fresh();
    const ana = await add(db, 'Ana');
    const acme = await createCompany({ ...emptyCompany(), name: 'Acme', accountManagerId: ana }, {}, db);
    const now = Date.now();
    await db.tasks.add({ id: newId(), title: 'Call', done: false, assigneeId: ana, createdAt: now, updatedAt: now });
    expect(await removeUser(ana, { clearSheets: true }, db)).toEqual({ ok: true, clearedSheets: 1 });
    expect(await db.users.get(ana)).toBeUndefined();
    const sheet = (await db.companies.get(acme))!;
    expect('accountManagerId' in sheet).toBe(false);
    expect((await db.tasks.toArray())[0]!.assigneeId).toBeUndefined();
  });

  it('removes a user who manages nothing', async () => {
    const db = fresh();
    const bob = await add(db, 'Bob');
    expect(await removeUser(bob, {}, db)).toEqual({ ok: true, clearedSheets: 0 });
    expect(await db.users.count()).toBe(0);
  });
});
