/** Contacts: save, archive, restore. The billing-contact rule is applied to the whole sheet in one transaction. */
import { archiveContact, normalizeBillingContact, restoreContact, setBillingContact } from '../../core/contacts';
import type { Person } from '../../core/domain';
import { newId } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';

export type PersonFields = Omit<Person, 'id' | 'companyId' | 'createdAt' | 'updatedAt' | 'archivedAt' | 'origin'> &
  Partial<Pick<Person, 'origin'>>;

async function rewrite(companyId: string, change: (people: Person[], now: number) => Person[], db: FicheDB) {
  await db.transaction('rw', db.people, async () => {
    const current = await db.people.where('companyId').equals(companyId).toArray();
    const next = change(current, Date.now());
    const changed = next.filter((p) => !current.includes(p));
    if (changed.length) await db.people.bulkPut(changed);
  });
}

export async function savePerson(
  companyId: string,
  fields: PersonFields,
  id?: string,
  db: FicheDB = defaultDb,
): Promise<string> {
  const personId = id ?? newId();
  await rewrite(
    companyId,
    (people, now) => {
      const existing = people.find((p) => p.id === personId);
      const record: Person = {
        ...fields,
        emails: fields.emails.map((e) => e.toLowerCase()),
        id: personId,
        companyId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        ...(existing?.archivedAt !== undefined ? { archivedAt: existing.archivedAt } : {}),
        // The form does not edit where a contact came from: an edit keeps it.
        ...(existing?.origin && !fields.origin ? { origin: existing.origin } : {}),
      };
      const list = existing ? people.map((p) => (p.id === personId ? record : p)) : [...people, record];
      return record.isBillingContact ? setBillingContact(list, personId, now) : normalizeBillingContact(list, now);
    },
    db,
  );
  return personId;
}

export async function archivePerson(id: string, db: FicheDB = defaultDb) {
  const p = await db.people.get(id);
  if (p) await rewrite(p.companyId, (people, now) => archiveContact(people, id, now), db);
}

export async function restorePerson(id: string, db: FicheDB = defaultDb) {
  const p = await db.people.get(id);
  if (p) await rewrite(p.companyId, (people, now) => restoreContact(people, id, now), db);
}
