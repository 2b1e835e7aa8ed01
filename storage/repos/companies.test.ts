import { beforeEach, describe, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import {
  createCompany,
  DeletionRefused,
  deletionBlockers,
  emptyCompany,
  purgeCompany,
  restoreCompany,
  trashCompany,
  updateCompany,
} from './companies';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const invoice = (companyId: string) => ({
  id: 'f1',
  companyId,
  number: 'F-1',
  date: '2026-01-04',
  amountExclTax: 1000,
  amountInclTax: 1200,
  currency: 'EUR',
  kind: 'invoice' as const,
  status: 'issued' as const,
  payments: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('companies repository', () => {
  test('create derives the name key and the matching domains, with the address and contacts in one go', async () => {
    const id = await createCompany(
      {
        ...emptyCompany(),
        name: 'Boulangerie Martin SARL',
        website: 'https://www.boulangerie-martin.fr/contact',
        domains: ['Martin-Group.CO.UK'],
      },
      {
        addresses: [
          {
            label: '',
            contactName: '',
            street: '1 rue A',
            postalCode: '75001',
            city: 'Paris',
            country: 'France',
            isMain: true,
            forInvoices: true,
            forDeliveries: true,
            forQuotes: true,
          },
        ],
        people: [
          {
            firstName: 'Paul',
            lastName: 'Martin',
            emails: ['paul@boulangerie-martin.fr'],
            jobTitle: '',
            phone: '',
            mobile: '',
            isBillingContact: true,
            customFields: {},
          },
        ],
      },
      db,
    );
    const c = await db.companies.get(id);
    expect(c?.nameKey).toBe('boulangerie martin');
    expect(c?.domains.sort()).toEqual(['boulangerie-martin.fr', 'martin-group.co.uk']);
    expect(await db.addresses.where('companyId').equals(id).count()).toBe(1);
    expect(await db.people.where('emails').equals('paul@boulangerie-martin.fr').count()).toBe(1);
  });

  test('a failing part of a create writes nothing (one transaction)', async () => {
    const bad = {
      firstName: 'X',
      lastName: 'Y',
      emails: [],
      jobTitle: '',
      phone: '',
      mobile: '',
      isBillingContact: false,
      customFields: {},
    };
    // Two contacts with the same forced id cannot both be added: the whole create must roll back.
    const origRandom = crypto.randomUUID.bind(crypto);
    let calls = 0;
    const spy = () => (++calls >= 2 ? 'same-id' : origRandom());
    Object.defineProperty(crypto, 'randomUUID', { value: spy, configurable: true });
    try {
      await expect(
        createCompany({ ...emptyCompany(), name: 'Rollback' }, { people: [bad, bad] }, db),
      ).rejects.toThrow();
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: origRandom, configurable: true });
    }
    expect(await db.companies.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  test('update keeps creation date and trash state, recomputes derived fields', async () => {
    const id = await createCompany({ ...emptyCompany(), name: 'Alpha' }, {}, db);
    const before = await db.companies.get(id);
    await updateCompany(id, { ...emptyCompany(), name: 'Alpha Conseil SAS', website: 'https://alpha-conseil.fr/' }, db);
    const after = await db.companies.get(id);
    expect(after?.createdAt).toBe(before?.createdAt);
    expect(after?.nameKey).toBe('alpha conseil');
    expect(after?.domains).toEqual(['alpha-conseil.fr']);
  });

  test('an empty sheet goes to the trash and comes back', async () => {
    const id = await createCompany({ ...emptyCompany(), name: 'Vide' }, {}, db);
    await trashCompany(id, db);
    expect((await db.companies.get(id))?.deletedAt).toBeGreaterThan(0);
    expect(await db.history.where('companyId').equals(id).count()).toBe(1);
    await restoreCompany(id, db);
    expect((await db.companies.get(id))?.deletedAt).toBeUndefined();
    expect((await db.history.where('companyId').equals(id).first())?.undoneAt).toBeGreaterThan(0);
  });

  test('a sheet with an invoice cannot be deleted, and nothing changes', async () => {
    const id = await createCompany({ ...emptyCompany(), name: 'Facturée' }, {}, db);
    await db.invoices.add(invoice(id));
    expect(await deletionBlockers(id, db)).toEqual({ quotes: 0, orders: 0, invoices: 1, documents: 0 });
    await expect(trashCompany(id, db)).rejects.toBeInstanceOf(DeletionRefused);
    expect((await db.companies.get(id))?.deletedAt).toBeUndefined();
    expect(await db.history.count()).toBe(0);
  });

  test('purge deletes a trashed sheet and its contacts for good; a live sheet is not purged', async () => {
    const id = await createCompany(
      { ...emptyCompany(), name: 'Ancienne' },
      {
        people: [
          {
            firstName: 'A',
            lastName: 'B',
            emails: [],
            jobTitle: '',
            phone: '',
            mobile: '',
            isBillingContact: false,
            customFields: {},
          },
        ],
      },
      db,
    );
    await purgeCompany(id, db);
    expect(await db.companies.get(id)).toBeDefined();
    await trashCompany(id, db);
    await purgeCompany(id, db);
    expect(await db.companies.get(id)).toBeUndefined();
    expect(await db.people.count()).toBe(0);
  });
});
