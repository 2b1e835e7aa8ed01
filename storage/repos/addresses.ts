/** A sheet's addresses; every edit rewrites the sheet's addresses in one transaction so the flag rule holds. */
import { applyAddressEdit, type AddressEdit } from '../../core/addresses';
import type { Address } from '../../core/domain';
import { newId } from '../../core/domain';
import type { AddressFields } from '../../core/domain/empty';
import { db as defaultDb, type FicheDB } from '../db';

export type { AddressFields };

async function edit(companyId: string, makeEdit: (current: Address[]) => AddressEdit, db: FicheDB): Promise<Address[]> {
  return db.transaction('rw', db.addresses, async () => {
    const current = await db.addresses.where('companyId').equals(companyId).sortBy('createdAt');
    const now = Date.now();
    const next = applyAddressEdit(current, makeEdit(current), now);
    const keep = new Set(next.map((a) => a.id));
    const removed = current.filter((a) => !keep.has(a.id)).map((a) => a.id);
    if (removed.length) await db.addresses.bulkDelete(removed);
    const changed = next.filter((a) => !current.includes(a));
    if (changed.length) await db.addresses.bulkPut(changed);
    return next;
  });
}

/** Adds (no id) or updates an address; ticking a flag moves it from the sheet's other address. */
export async function saveAddress(
  companyId: string,
  fields: AddressFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const addressId = id ?? newId();
  await edit(
    companyId,
    (current) => {
      const existing = current.find((a) => a.id === addressId);
      const now = Date.now();
      const address: Address = {
        ...fields,
        id: addressId,
        companyId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      return existing ? { kind: 'update', address } : { kind: 'add', address };
    },
    db,
  );
  return addressId;
}

/** Removes an address; returns what undo needs (the address and the flags it held). */
export async function removeAddress(
  companyId: string,
  id: string,
  db: FicheDB = defaultDb,
): Promise<Address | undefined> {
  const removed = await db.addresses.get(id);
  await edit(companyId, () => ({ kind: 'remove', addressId: id }), db);
  return removed;
}

export async function restoreAddress(address: Address, db: FicheDB = defaultDb): Promise<void> {
  await edit(address.companyId, () => ({ kind: 'add', address }), db);
}
