// @vitest-environment node
// Node environment: its structuredClone keeps Blobs through fake-indexeddb (happy-dom's Blobs do not survive it).
import { describe, expect, it } from 'vitest';
// dexie-export-import expects browser globals (`self`, FileReader): set before the code under test loads.
import '../../tests/robustness/node-globals';
import { TABLE_SCHEMAS } from '../../core/interchange/backup';
import { ALL_TABLES, FicheDB } from '../db';
import { CURRENT_VERSION } from '../migrations';
import { createBackup, readBackupHeader, restoreBackup, RestoreRecordInvalid, RestoreRefused } from './backup';
import { createCompany, emptyCompany } from './companies';
import { setSetting } from './settings';
import { saveUser } from './users';
import { saveCustomField } from './custom-fields';

const freshDb = () => new FicheDB('test-' + crypto.randomUUID());

async function seed(db: FicheDB) {
  const id = await createCompany(
    { ...emptyCompany(), name: 'Acme SAS', siren: '732829320', website: 'https://acme.fr' },
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
          firstName: 'Élodie',
          lastName: 'Martin',
          emails: ['elodie@acme.fr'],
          jobTitle: 'CEO',
          phone: '',
          mobile: '',
          isBillingContact: true,
          customFields: {},
          photo: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02])], { type: 'image/jpeg' }),
        },
      ],
    },
    db,
  );
  await saveUser({ name: 'Me', email: 'me@acme.fr', isMe: true }, undefined, db);
  await setSetting('theme', 'dark', db);
  return id;
}

async function dump(db: FicheDB) {
  const out: Record<string, unknown[]> = {};
  for (const name of ALL_TABLES) {
    const rows = await db.table(name).toArray();
    out[name] = await Promise.all(
      rows.map(async (r: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...r };
        for (const [k, v] of Object.entries(copy))
          if (v instanceof Blob) copy[k] = { type: v.type, bytes: [...new Uint8Array(await v.arrayBuffer())] };
        return copy;
      }),
    );
  }
  return out;
}

describe('backup and restore', () => {
  it('knows a record schema for every table (a new table must be added to TABLE_SCHEMAS)', () => {
    expect(Object.keys(TABLE_SCHEMAS).sort()).toEqual([...ALL_TABLES].sort());
  });

  it('round-trips every table, Blobs included, and the header counts what is in the file', async () => {
    const db = freshDb();
    await seed(db);
    const before = await dump(db);
    const { blob, header } = await createBackup(db);
    expect(header).toMatchObject({ app: 'fiche', backupFormat: 1, schemaVersion: CURRENT_VERSION });
    expect(header.counts).toMatchObject({ companies: 1, people: 1, addresses: 1, users: 1, settings: 1 });
    const checked = await readBackupHeader(blob);
    expect(checked.ok).toBe(true);

    // Restore over different data: what was there is replaced, exactly.
    const other = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Other' }, {}, other);
    await restoreBackup(blob, other);
    expect(await dump(other)).toEqual(before);
  });

  it('refuses a newer schema version and a file that is not a backup, changing nothing', async () => {
    const db = freshDb();
    await seed(db);
    const { blob } = await createBackup(db);
    const text = (await blob.text()).replace(`"schemaVersion":${CURRENT_VERSION}`, '"schemaVersion":99');
    const target = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Keep me' }, {}, target);
    const newer = await readBackupHeader(new Blob([text]));
    expect(newer).toEqual({ ok: false, problem: { code: 'newer-schema', found: 99, current: CURRENT_VERSION } });
    await expect(restoreBackup(new Blob([text]), target)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await readBackupHeader(new Blob(['{"hello": 1}']))).toEqual({ ok: false, problem: { code: 'not-backup' } });
    expect(await readBackupHeader(new Blob(['not json at all']))).toEqual({
      ok: false,
      problem: { code: 'not-backup' },
    });
    expect((await target.companies.toArray()).map((c) => c.name)).toEqual(['Keep me']);
  });

  it('a bad record anywhere in the file restores nothing', async () => {
    const db = freshDb();
    await seed(db);
    const { blob } = await createBackup(db);
    // Break the last table's record (settings come late in the file) so that earlier tables were already written.
    const text = (await blob.text()).replace('"name":"Me"', '"name":""');
    const target = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Keep me' }, {}, target);
    await expect(restoreBackup(new Blob([text]), target)).rejects.toBeInstanceOf(RestoreRecordInvalid);
    expect((await target.companies.toArray()).map((c) => c.name)).toEqual(['Keep me']);
    expect(await target.users.count()).toBe(0);
  });

  it('refuses a file whose counts disagree with its rows (truncated or edited)', async () => {
    const db = freshDb();
    await seed(db);
    const { blob } = await createBackup(db);
    const text = (await blob.text()).replace('"companies":1', '"companies":2');
    expect(await readBackupHeader(new Blob([text]))).toMatchObject({
      ok: false,
      problem: { code: 'count-mismatch', table: 'companies' },
    });
  });
  // Issue 10, defects 1 and 6: a restored file must not bring script URLs or header-breaking emails in.
  it.each([
    [
      'a javascript: website',
      (t: string) => t.replace(/"website":"https:\/\/acme.fr\/?"/, '"website":"javascript:alert(1)"'),
    ],
    [
      'a data: website',
      (t: string) => t.replace(/"website":"https:\/\/acme.fr\/?"/, '"website":"data:text/html,<b>x</b>"'),
    ],
    [
      'a javascript: contact LinkedIn URL',
      (t: string) =>
        t.replace('"emails":["elodie@acme.fr"]', '"emails":["elodie@acme.fr"],"linkedinUrl":"javascript:alert(1)"'),
    ],
    [
      'an email holding CRLF',
      (t: string) =>
        t.replace('"emails":["elodie@acme.fr"]', '"emails":["elodie@acme.fr\\r\\nATTENDEE:x@evil.example"]'),
    ],
    [
      'a javascript: value in a url custom field',
      (t: string) => t.replace('"customFields":{}', '"customFields":{"cf-url":"javascript:alert(1)"}'),
    ],
  ])('refuses %s, restoring nothing', async (_what, edit) => {
    const db = freshDb();
    await seed(db);
    await saveCustomField({ entity: 'company', label: 'Portal', type: 'url', optionsText: '' }, undefined, db);
    const def = (await db.customFieldDefs.toArray())[0]!;
    const { blob } = await createBackup(db);
    const original = await blob.text();
    const text = edit(original).replaceAll('cf-url', def.id);
    expect(text).not.toBe(original);
    const target = freshDb();
    await createCompany({ ...emptyCompany(), name: 'Keep me' }, {}, target);
    await expect(restoreBackup(new Blob([text]), target)).rejects.toBeInstanceOf(RestoreRecordInvalid);
    expect((await target.companies.toArray()).map((c) => c.name)).toEqual(['Keep me']);
  });
});
