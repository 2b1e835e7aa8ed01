import { describe, expect, it } from 'vitest';
import { ALL_TABLES, FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import { saveCustomField } from './custom-fields';
import { setSetting } from './settings';
import { saveTemplate } from './templates';
import { saveUser } from './users';
import { countAllRecords, wipeAllData } from './wipe';

describe('wipeAllData', () => {
  it('empties every table', async () => {
    const db = new FicheDB('test-' + crypto.randomUUID());
    await createCompany(
      { ...emptyCompany(), name: 'Acme' },
      {
        people: [
          {
            firstName: 'A',
            lastName: 'B',
            emails: ['a@acme.fr'],
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
    await saveUser({ name: 'Me', email: '', isMe: true }, undefined, db);
    await saveTemplate({ kind: 'comment', name: 'T', subject: '', body: 'b', isDefault: true }, undefined, db);
    await saveCustomField({ entity: 'company', label: 'L', type: 'text', optionsText: '' }, undefined, db);
    await setSetting('theme', 'dark', db);
    expect(await countAllRecords(db)).toBe(6);
    await wipeAllData(db);
    expect(await countAllRecords(db)).toBe(0);
    for (const name of ALL_TABLES) expect(await db.table(name).count()).toBe(0);
    // The database still opens and takes new records.
    await saveUser({ name: 'Again', email: '', isMe: false }, undefined, db);
    expect(await db.users.count()).toBe(1);
  });
});
