import { beforeEach, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { removeAddress, restoreAddress, saveAddress, type AddressFields } from './addresses';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const fields = (over: Partial<AddressFields>): AddressFields => ({
  label: '',
  contactName: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'France',
  isMain: false,
  forInvoices: false,
  forDeliveries: false,
  forQuotes: false,
  ...over,
});

const flags = async () =>
  Object.fromEntries(
    (await db.addresses.toArray()).map((a) => [a.label, [a.isMain, a.forInvoices, a.forDeliveries, a.forQuotes]]),
  );

test('the first address is main; moving the invoice priority takes it from the other address', async () => {
  const siege = await saveAddress('c1', fields({ label: 'Siège', city: 'Lyon', forInvoices: true }), undefined, db);
  const depot = await saveAddress(
    'c1',
    fields({ label: 'Dépôt', city: 'Vénissieux', forDeliveries: true }),
    undefined,
    db,
  );
  expect(await flags()).toEqual({ Siège: [true, true, false, false], Dépôt: [false, false, true, false] });
  await saveAddress(
    'c1',
    fields({ label: 'Dépôt', city: 'Vénissieux', forDeliveries: true, forInvoices: true }),
    depot,
    db,
  );
  expect(await flags()).toEqual({ Siège: [true, false, false, false], Dépôt: [false, true, true, false] });
  // Removing the main address hands "main" to the remaining one; undo puts everything back.
  const removed = await removeAddress('c1', siege, db);
  expect(await flags()).toEqual({ Dépôt: [true, true, true, false] });
  await restoreAddress(removed!, db);
  expect((await db.addresses.get(siege))?.isMain).toBe(true);
  expect((await db.addresses.get(depot))?.isMain).toBe(false);
});

test("one sheet's flags never move another sheet's addresses", async () => {
  await saveAddress('c1', fields({ label: 'A', forQuotes: true }), undefined, db);
  await saveAddress('c2', fields({ label: 'B', forQuotes: true }), undefined, db);
  expect(await flags()).toEqual({ A: [true, false, false, true], B: [true, false, false, true] });
});
