/**
 * The team list (SPEC §2.1 account manager). At most one user is "me": saving a user as me clears
 * the flag on every other user in the same transaction. A user who manages sheets is not removed
 * unless the caller asks to clear those sheets' account manager, again in one transaction.
 * Errors a person can fix come back as values; thrown errors are programmer errors.
 */
import { newId, user as userSchema, type User } from '../../core/domain';
import { validateEmail } from '../../core/validation/fields';
import { db as defaultDb, type FicheDB } from '../db';

export interface UserInput {
  name: string;
  email: string;
  isMe: boolean;
}

export type UserFieldError = 'required' | 'email' | 'email-taken' | 'too-long';
export type UserErrors = Partial<Record<'name' | 'email', UserFieldError>>;
export type SaveUserResult = { ok: true; id: string } | { ok: false; errors: UserErrors };

export function emptyUser(): UserInput {
  return { name: '', email: '', isMe: false };
}

/** Trims the name and normalises the email (lowercase); the email may be left empty. */
export function checkUser(input: UserInput): { ok: true; value: UserInput } | { ok: false; errors: UserErrors } {
  const errors: UserErrors = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = 'required';
  else if (name.length > 200) errors.name = 'too-long';
  let email = '';
  if (input.email.trim() !== '') {
    const v = validateEmail(input.email);
    if (v.ok) email = v.value;
    else errors.email = 'email';
  }
  if (errors.name || errors.email) return { ok: false, errors };
  return { ok: true, value: { name, email, isMe: input.isMe } };
}

export async function listUsers(db: FicheDB = defaultDb): Promise<User[]> {
  const all = await db.users.toArray();
  return all.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}

/** Creates (no id) or updates a user. */
export async function saveUser(input: UserInput, id?: string, db: FicheDB = defaultDb): Promise<SaveUserResult> {
  const checked = checkUser(input);
  if (!checked.ok) return checked;
  const value = checked.value;
  return db.transaction('rw', db.users, async (): Promise<SaveUserResult> => {
    const current = id ? await db.users.get(id) : undefined;
    if (id && !current) throw new Error(`no user ${id}`);
    if (value.email !== '') {
      const sameEmail = await db.users.where('email').equals(value.email).toArray();
      if (sameEmail.some((u) => u.id !== id)) return { ok: false, errors: { email: 'email-taken' } };
    }
    const now = Date.now();
    const record = userSchema.parse({
      id: current?.id ?? newId(),
      ...value,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    if (record.isMe) {
      const others = await db.users.filter((u) => u.isMe && u.id !== record.id).toArray();
      for (const o of others) await db.users.put({ ...o, isMe: false, updatedAt: now });
    }
    await db.users.put(record);
    return { ok: true, id: record.id };
  });
}

/** Makes one user "me" (and no other), or clears the flag when `isMe` is false. */
export async function setMe(id: string, isMe: boolean, db: FicheDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.users, async () => {
    const target = await db.users.get(id);
    if (!target) throw new Error(`no user ${id}`);
    const now = Date.now();
    const all = await db.users.toArray();
    for (const u of all) {
      const next = u.id === id ? isMe : isMe ? false : u.isMe;
      if (next !== u.isMe) await db.users.put({ ...u, isMe: next, updatedAt: now });
    }
  });
}

/** How many sheets (trashed ones included) have this user as account manager. */
export function countManagedSheets(id: string, db: FicheDB = defaultDb): Promise<number> {
  return db.companies.where('accountManagerId').equals(id).count();
}

export type RemoveUserResult =
  { ok: true; clearedSheets: number } | { ok: false; reason: 'manages-sheets'; sheets: number };

/**
 * Removes a user. When the user manages sheets, refuses (with the count) unless `clearSheets` is set:
 * then the sheets lose their account manager in the same transaction. Tasks assigned to the user and
 * opportunities owned by the user lose that reference too, so that no record points to a removed user.
 */
export async function removeUser(
  id: string,
  options: { clearSheets?: boolean } = {},
  db: FicheDB = defaultDb,
): Promise<RemoveUserResult> {
  return db.transaction(
    'rw',
    [db.users, db.companies, db.tasks, db.opportunities],
    async (): Promise<RemoveUserResult> => {
      const managed = await db.companies.where('accountManagerId').equals(id).toArray();
      if (managed.length > 0 && !options.clearSheets)
        return { ok: false, reason: 'manages-sheets', sheets: managed.length };
      const now = Date.now();
      for (const c of managed) {
        const { accountManagerId: _gone, ...rest } = c;
        await db.companies.put({ ...rest, updatedAt: now });
      }
      const tasks = await db.tasks.where('assigneeId').equals(id).toArray();
      for (const task of tasks) {
        const { assigneeId: _gone, ...rest } = task;
        await db.tasks.put({ ...rest, updatedAt: now });
      }
      const owned = await db.opportunities.filter((o) => o.ownerId === id).toArray();
      for (const o of owned) {
        const { ownerId: _gone, ...rest } = o;
        await db.opportunities.put({ ...rest, updatedAt: now });
      }
      await db.users.delete(id);
      return { ok: true, clearedSheets: managed.length };
    },
  );
}
