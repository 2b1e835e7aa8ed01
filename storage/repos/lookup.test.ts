import { expect, test } from 'vitest';
import { personFields } from '../../core/domain/test-records';
import { freshDb } from '../test-db';
import { createCompany, emptyCompany, trashCompany } from './companies';
import { quickLookup } from './lookup';

test('by name prefix (legal form and accents aside) and by contact email prefix; trashed sheets left out', async () => {
  const db = freshDb();
  const person = (email: string) => personFields({ emails: [email] });
  await createCompany({ ...emptyCompany(), name: 'Élan Menuiserie SARL' }, {}, db);
  await createCompany({ ...emptyCompany(), name: 'Garage Morel' }, { people: [person('jules@garage-morel.test')] }, db);
  const gone = await createCompany({ ...emptyCompany(), name: 'Elan Ancien' }, {}, db);
  await trashCompany(gone, db);
  expect((await quickLookup('elan', 6, db)).map((c) => c.name)).toEqual(['Élan Menuiserie SARL']);
  expect((await quickLookup('jules@', 6, db)).map((c) => c.name)).toEqual(['Garage Morel']);
  expect(await quickLookup('x', 6, db)).toEqual([]);
});
