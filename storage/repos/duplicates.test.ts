import { beforeEach, describe, expect, test } from 'vitest';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { createCompany, emptyCompany } from './companies';
import { dismissDuplicate, findDuplicatesFor, scanAllDuplicates, undismissDuplicate } from './duplicates';
import { mergeCompanies } from './merge';
import { setSetting } from './settings';

let db: FicheDB;
beforeEach(() => {
  db = freshDb();
});

const contact = (email: string) => ({
  firstName: '',
  lastName: '',
  emails: [email],
  jobTitle: '',
  phone: '',
  mobile: '',
  isBillingContact: false,
  customFields: {},
});

describe('duplicates repository', () => {
  test('one sheet: candidates through the indexes, with their reasons, best first', async () => {
    const a = await createCompany(
      { ...emptyCompany(), name: 'Dupont SARL', website: 'https://dupont.fr' },
      { people: [contact('lea@dupont.fr')] },
      db,
    );
    const b = await createCompany({ ...emptyCompany(), name: 'Établissements Dupont', domains: ['dupont.fr'] }, {}, db);
    const c = await createCompany({ ...emptyCompany(), name: 'Autre' }, { people: [contact('lea@dupont.fr')] }, db);
    const d = await createCompany({ ...emptyCompany(), name: 'DUPONT' }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Sans rapport', domains: ['gmail.com'] }, {}, db);
    const found = await findDuplicatesFor(a, db);
    expect(found.map((f) => [f.companyId, f.reason, f.on])).toEqual([
      [c, 'email', 'lea@dupont.fr'],
      [b, 'domain', 'dupont.fr'],
      [d, 'name', 'dupont'],
    ]);
  });

  test('"not a duplicate" hides the pair, both ways; merged and trashed sheets are not candidates', async () => {
    const a = await createCompany({ ...emptyCompany(), name: 'Alpha', domains: ['alpha.fr'] }, {}, db);
    const b = await createCompany({ ...emptyCompany(), name: 'Alpha Bis', domains: ['alpha.fr'] }, {}, db);
    await dismissDuplicate(b, a, db);
    expect(await findDuplicatesFor(a, db)).toEqual([]);
    expect(await findDuplicatesFor(b, db)).toEqual([]);
    expect(await scanAllDuplicates({}, db)).toEqual([]);
    await undismissDuplicate(a, b, db);
    expect((await findDuplicatesFor(a, db)).map((f) => f.companyId)).toEqual([b]);
    await mergeCompanies(a, b, {}, db);
    expect(await findDuplicatesFor(a, db)).toEqual([]);
    expect(await findDuplicatesFor(b, db)).toEqual([]);
  });

  test('the user’s own domains are no reason', async () => {
    await setSetting('ownDomains', ['myagency.fr'], db);
    const a = await createCompany({ ...emptyCompany(), name: 'One', domains: ['myagency.fr'] }, {}, db);
    await createCompany({ ...emptyCompany(), name: 'Two', domains: ['myagency.fr'] }, {}, db);
    expect(await findDuplicatesFor(a, db)).toEqual([]);
  });

  test('whole base, by pages, with progress', async () => {
    for (let i = 0; i < 25; i++)
      await createCompany(
        { ...emptyCompany(), name: `Sheet ${i}`, domains: [i % 5 === 0 ? 'shared.fr' : `own${i}.fr`] },
        {},
        db,
      );
    const progress: number[] = [];
    const pairs = await scanAllDuplicates({ pageSize: 10, onProgress: (p) => progress.push(p.done) }, db);
    expect(progress).toEqual([0, 10, 20, 25]);
    expect(pairs).toHaveLength(10); // 5 sheets on one domain: 5·4/2 pairs
    expect(new Set(pairs.map((p) => p.reason))).toEqual(new Set(['domain']));
  });
});
