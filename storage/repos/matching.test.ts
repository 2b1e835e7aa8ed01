import { beforeEach, describe, expect, test } from 'vitest';
import type { Detection } from '../../core/detect/types';
import { personFields } from '../../core/domain/test-records';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { createCompany, emptyCompany, trashCompany } from './companies';
import { findMatches } from './matching';
import { setSetting } from './settings';

let db: FicheDB;
let dupont: string;
let kestrel: string;
let martin: string;

const person = (emails: string[], linkedinUrl?: string) =>
  personFields({ firstName: 'X', lastName: 'Y', emails, ...(linkedinUrl ? { linkedinUrl } : {}) });

beforeEach(async () => {
  db = freshDb();
  dupont = await createCompany(
    { ...emptyCompany(), name: 'Atelier Dupont SARL', siren: '732829320', domains: ['dupont.fr'] },
    { people: [person(['lea@dupont.fr'], 'https://www.linkedin.com/in/lea-dupont/')] },
    db,
  );
  kestrel = await createCompany(
    {
      ...emptyCompany(),
      name: 'Kestrel',
      website: 'https://kestrel.io',
      linkedinUrl: 'https://www.linkedin.com/company/kestrel/',
    },
    {},
    db,
  );
  martin = await createCompany(
    { ...emptyCompany(), name: 'Boulangerie Martin' },
    { people: [person(['paul.martin@orange.fr'])] },
    db,
  );
});

const detection = (over: Partial<Detection>): Detection => ({
  url: 'https://example.test/',
  kind: 'other',
  emails: [],
  people: [],
  companies: [],
  ...over,
});

describe('matching', () => {
  test.each<[string, Partial<Detection>, () => string, string]>([
    ['exact email of a contact', { emails: [{ address: 'Lea@Dupont.fr' }] }, () => dupont, 'email'],
    [
      'email on a free-mail domain still matches its contact',
      { emails: [{ address: 'paul.martin@orange.fr' }] },
      () => martin,
      'email',
    ],
    ['another address at the company domain', { emails: [{ address: 'compta@dupont.fr' }] }, () => dupont, 'domain'],
    [
      'subdomain of the website',
      { companies: [{ name: 'Something', website: 'https://app.kestrel.io/login' }] },
      () => kestrel,
      'domain',
    ],
    [
      'LinkedIn person URL, another host and suffix',
      { people: [{ name: 'Léa', linkedinUrl: 'https://fr.linkedin.com/in/lea-dupont/overlay/contact-info/' }] },
      () => dupont,
      'linkedin',
    ],
    [
      'LinkedIn company URL',
      { companies: [{ name: 'K', linkedinUrl: 'https://www.linkedin.com/company/kestrel/about/' }] },
      () => kestrel,
      'linkedin',
    ],
    ['SIRET of the sheet SIREN', { companies: [{ name: 'ADS', siret: '73282932000074' }] }, () => dupont, 'legal-id'],
    ['normalised name, legal form and case removed', { companies: [{ name: 'atelier DUPONT' }] }, () => dupont, 'name'],
  ])('%s', async (_, over, id, reason) => {
    const matches = await findMatches(detection(over), db);
    expect(matches[0]).toMatchObject({ companyId: id(), reason });
  });

  test('free-mail domains never match a company by domain', async () => {
    await createCompany({ ...emptyCompany(), name: 'Orange SA', domains: ['orange.fr'] }, {}, db);
    const matches = await findMatches(detection({ emails: [{ address: 'someone.else@orange.fr' }] }), db);
    expect(matches).toEqual([]);
  });

  test("the user's own addresses and domains are never matched", async () => {
    await setSetting('ownEmails', ['lea@dupont.fr'], db);
    await setSetting('ownDomains', ['dupont.fr'], db);
    expect(
      await findMatches(detection({ emails: [{ address: 'lea@dupont.fr' }, { address: 'x@dupont.fr' }] }), db),
    ).toEqual([]);
  });

  test('best reason wins, one entry per sheet; trashed sheets are not matched', async () => {
    const m = await findMatches(
      detection({
        emails: [{ address: 'lea@dupont.fr' }, { address: 'compta@dupont.fr' }],
        companies: [{ name: 'Atelier Dupont' }],
      }),
      db,
    );
    expect(m).toHaveLength(1);
    expect(m[0]?.reason).toBe('email');
    await trashCompany(kestrel, db);
    expect(await findMatches(detection({ companies: [{ name: 'Kestrel' }] }), db)).toEqual([]);
  });

  test('an absorbed sheet resolves to the sheet that absorbed it', async () => {
    await db.companies.update(martin, { mergedIntoId: dupont });
    const m = await findMatches(detection({ emails: [{ address: 'paul.martin@orange.fr' }] }), db);
    expect(m[0]?.companyId).toBe(dupont);
  });
});
