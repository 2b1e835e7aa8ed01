import { beforeEach, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { archivePerson, restorePerson, savePerson, type PersonFields } from './people';
import { personFields } from '../../core/domain/test-records';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const person = (over: Partial<PersonFields>): PersonFields => personFields(over);

test('at most one billing contact per sheet; archiving takes the flag away; restore brings the contact back', async () => {
  const a = await savePerson(
    'c1',
    person({ lastName: 'Alpha', isBillingContact: true, emails: ['A@X.FR'] }),
    undefined,
    db,
  );
  const b = await savePerson('c1', person({ lastName: 'Bravo' }), undefined, db);
  const other = await savePerson('c2', person({ lastName: 'Other', isBillingContact: true }), undefined, db);
  expect((await db.people.get(a))?.emails).toEqual(['a@x.fr']);
  await savePerson('c1', person({ lastName: 'Bravo', isBillingContact: true }), b, db);
  expect((await db.people.get(a))?.isBillingContact).toBe(false);
  expect((await db.people.get(b))?.isBillingContact).toBe(true);
  expect((await db.people.get(other))?.isBillingContact).toBe(true);
  await archivePerson(b, db);
  const archived = await db.people.get(b);
  expect(archived?.archivedAt).toBeGreaterThan(0);
  expect(archived?.isBillingContact).toBe(false);
  await restorePerson(b, db);
  expect((await db.people.get(b))?.archivedAt).toBeUndefined();
});
