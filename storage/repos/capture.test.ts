import { beforeEach, describe, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import {
  addCapturedPeople,
  CaptureError,
  fillCompanyFacts,
  fillPersonFields,
  undoCapture,
  type CapturePerson,
} from './capture';
import { createCompany, emptyCompany, updateCompany } from './companies';
import { savePerson } from './people';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const who = (over: Partial<CapturePerson>): CapturePerson => ({
  firstName: '',
  lastName: '',
  email: '',
  jobTitle: '',
  phone: '',
  linkedinUrl: '',
  ...over,
});
const origin = { url: 'https://www.example.org/team', kind: 'company-site' };

async function sheet(name: string, over: Partial<ReturnType<typeof emptyCompany>> = {}) {
  return createCompany({ ...emptyCompany(), name, ...over }, {}, db);
}

describe('addCapturedPeople', () => {
  test('adds to an existing sheet and creates missing company sheets, once per company, with the origin', async () => {
    const acme = await sheet('Acme');
    const r = await addCapturedPeople(
      [
        { person: who({ firstName: 'Léa', lastName: 'Dupont', jobTitle: 'CFO' }), target: { companyId: acme } },
        {
          person: who({ firstName: 'Jo', lastName: 'Li', email: 'JO@GLOBEX.FR' }),
          target: { newCompany: { name: 'Globex SA', domain: 'globex.fr' } },
        },
        { person: who({ firstName: 'Al', lastName: 'Bo' }), target: { newCompany: { name: 'GLOBEX' } } },
        { person: who({ firstName: 'Cy', lastName: 'Do' }), target: { newCompany: { name: 'acme sas' } } },
      ],
      origin,
      db,
    );
    expect(r.companies).toHaveLength(1);
    expect(r.people).toHaveLength(4);
    const globex = (await db.companies.get(r.companies[0]!))!;
    expect(globex).toMatchObject({ name: 'Globex SA', domains: ['globex.fr'], isProspect: true });
    const people = await db.people.bulkGet(r.people);
    expect(people.map((p) => p?.companyId)).toEqual([acme, globex.id, globex.id, acme]);
    expect(people[1]).toMatchObject({ emails: ['jo@globex.fr'], origin: { ...origin, at: expect.any(Number) } });
  });

  test.each([
    ['same email anywhere', who({ firstName: 'X', lastName: 'Y', email: 'lea@acme.fr' })],
    [
      'same LinkedIn URL anywhere',
      who({ firstName: 'X', lastName: 'Y', linkedinUrl: 'https://fr.linkedin.com/in/lea-d' }),
    ],
    ['same name on the sheet', who({ firstName: 'LÉA', lastName: 'dupont' })],
  ])('a duplicate (%s) refuses the whole batch, nothing is written', async (_, dup) => {
    const acme = await sheet('Acme');
    await savePerson(
      acme,
      {
        firstName: 'Léa',
        lastName: 'Dupont',
        emails: ['lea@acme.fr'],
        jobTitle: '',
        phone: '',
        mobile: '',
        linkedinUrl: 'https://www.linkedin.com/in/lea-d/',
        isBillingContact: false,
        customFields: {},
      },
      undefined,
      db,
    );
    const before = { companies: await db.companies.count(), people: await db.people.count() };
    const run = addCapturedPeople(
      [
        { person: who({ firstName: 'New', lastName: 'One' }), target: { newCompany: { name: 'Initech' } } },
        { person: dup, target: { companyId: acme } },
      ],
      origin,
      db,
    );
    await expect(run).rejects.toBeInstanceOf(CaptureError);
    expect({ companies: await db.companies.count(), people: await db.people.count() }).toEqual(before);
  });

  test('a sheet gone to the trash is refused', async () => {
    const acme = await sheet('Acme');
    await db.companies.update(acme, { deletedAt: 1 });
    await expect(
      addCapturedPeople([{ person: who({ lastName: 'A' }), target: { companyId: acme } }], origin, db),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

test('undo removes the people added and the sheets created, but keeps a sheet used since', async () => {
  const acme = await sheet('Acme');
  const r = await addCapturedPeople(
    [
      { person: who({ lastName: 'A' }), target: { companyId: acme } },
      { person: who({ lastName: 'B' }), target: { newCompany: { name: 'Globex' } } },
      { person: who({ lastName: 'C' }), target: { newCompany: { name: 'Initech' } } },
    ],
    origin,
    db,
  );
  const initech = r.companies[1]!;
  await db.addresses.add({
    id: 'addr',
    companyId: initech,
    label: '',
    contactName: '',
    street: '1 rue',
    postalCode: '',
    city: '',
    country: '',
    isMain: true,
    forInvoices: false,
    forDeliveries: false,
    forQuotes: false,
    createdAt: 1,
    updatedAt: 1,
  });
  const removed = await undoCapture(r, db);
  expect(removed.people).toHaveLength(3);
  expect(removed.companies).toEqual([r.companies[0]]);
  expect(await db.companies.get(acme)).toBeDefined();
  expect(await db.companies.get(initech)).toBeDefined();
  expect(await db.people.count()).toBe(0);
});

test('fillPersonFields fills empty fields only; a field set meanwhile refuses everything', async () => {
  const acme = await sheet('Acme');
  const id = await savePerson(
    acme,
    {
      firstName: 'Léa',
      lastName: 'Dupont',
      emails: [],
      jobTitle: 'CEO',
      phone: '',
      mobile: '',
      isBillingContact: false,
      customFields: {},
    },
    undefined,
    db,
  );
  expect(
    await fillPersonFields(id, { phone: '01 02 03 04 05', linkedinUrl: 'https://www.linkedin.com/in/lea/' }, db),
  ).toEqual(['phone', 'linkedinUrl']);
  expect(await db.people.get(id)).toMatchObject({
    jobTitle: 'CEO',
    phone: '01 02 03 04 05',
    linkedinUrl: 'https://www.linkedin.com/in/lea/',
  });
  await expect(fillPersonFields(id, { jobTitle: 'CFO', email: 'lea@acme.fr' }, db)).rejects.toMatchObject({
    code: 'conflict',
  });
  expect(await db.people.get(id)).toMatchObject({ jobTitle: 'CEO', emails: [] });
});

test('fillCompanyFacts keeps the source of each accepted value, and an edit of the sheet keeps them', async () => {
  const acme = await sheet('Acme', { domains: ['acme.fr'] });
  expect(
    await fillCompanyFacts(acme, { siren: '732829320', domain: 'acme.com' }, 'https://www.acme.fr/mentions', db),
  ).toEqual(['siren', 'domain']);
  const after = (await db.companies.get(acme))!;
  expect(after).toMatchObject({ siren: '732829320', domains: ['acme.fr', 'acme.com'] });
  expect(after.sources?.siren).toEqual({ url: 'https://www.acme.fr/mentions', at: expect.any(Number) });
  await expect(fillCompanyFacts(acme, { siren: '552100554' }, 'https://x.fr/', db)).rejects.toMatchObject({
    code: 'conflict',
  });
  const { id: _id, nameKey: _k, createdAt: _c, updatedAt: _u, ...input } = after;
  await updateCompany(acme, { ...input, sources: undefined, comment: 'edited' }, db);
  expect((await db.companies.get(acme))?.sources?.siren?.url).toBe('https://www.acme.fr/mentions');
});
