import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Address, Company, Person } from '../core/domain';
import { phoneQueryKeys } from '../core/phone-keys';
import { prepareQuery } from '../core/search';
import type { FicheDB } from './db';
import { searchList } from './repos/list';
import { freshDb } from './test-db';
import { addressRecord, companyRecord, personRecord } from '../core/domain/test-records';

const company = (id: string, phone: string): Company => companyRecord(id, { nameKey: id, phone });
const person = (id: string, companyId: string, mobile: string): Person =>
  personRecord(id, companyId, { firstName: 'Anne', lastName: id, mobile });
const address = (id: string, companyId: string, country: string, isMain = true): Address =>
  addressRecord(id, companyId, { country, isMain });

let db: FicheDB;
const ids = async (q: string) =>
  (await searchList(prepareQuery(q, phoneQueryKeys)!, 'all', 50, db)).hits.map((h) => h.id);

beforeEach(async () => {
  db = freshDb();
  await db.transaction('rw', db.companies, db.people, db.addresses, async () => {
    await db.companies.bulkAdd([company('bruxelles', '02 123 45 67'), company('paris', '01 42 00 00 00')]);
    await db.addresses.bulkAdd([address('a1', 'bruxelles', 'Belgique'), address('a2', 'paris', 'France')]);
  });
});
afterEach(async () => {
  await db.delete();
});

describe("phone keys in the sheet's country (its main address), else France", () => {
  it.each([
    ['+32 2 123 45 67', ['bruxelles']],
    ['0032 2 123 45 67', ['bruxelles']],
    ['02 123 45 67', ['bruxelles']],
    ['+33 1 42 00 00 00', ['paris']],
    ['01 42 00 00 00', ['paris']],
  ])('%j → %j', async (q, expected) => {
    expect(await ids(q)).toEqual(expected);
  });

  it("a contact added later is keyed in its sheet's country", async () => {
    await db.people.add(person('p1', 'bruxelles', '0470 12 34 56'));
    expect(await ids('+32 470 12 34 56')).toEqual(['bruxelles']);
  });

  it("a change of the main address's country keys the sheet and its contacts again, in the same write", async () => {
    await db.people.add(person('p1', 'bruxelles', '0470 12 34 56'));
    await db.addresses.update('a1', { country: 'France' });
    expect(await ids('+32 2 123 45 67')).toEqual([]);
    expect(await ids('+32 470 12 34 56')).toEqual([]);
    await db.addresses.update('a1', { country: 'BE' });
    expect(await ids('+32 470 12 34 56')).toEqual(['bruxelles']);
    // No address left: France.
    await db.addresses.delete('a1');
    expect(await ids('+32 2 123 45 67')).toEqual([]);
  });
});
