import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/interchange/csv';
import { parseVcards } from '../../core/interchange/vcard';
import { FicheDB } from '../db';
import { createCompany, emptyCompany, trashCompany } from './companies';
import { exportCsv, exportVcards } from './export';

describe('exports', () => {
  it('sheets CSV: BOM, ";", Axonaut headers, trashed sheets left out, formula-safe', async () => {
    const db = new FicheDB('test-' + crypto.randomUUID());
    await createCompany({ ...emptyCompany(), name: '=Evil', siret: '73282932000074', siren: '732829320' }, {}, db);
    const gone = await createCompany({ ...emptyCompany(), name: 'Gone' }, {}, db);
    await trashCompany(gone, db);
    const { text, rows } = await exportCsv('companies', db);
    expect(rows).toBe(1);
    expect(text.startsWith('\ufeffid;name;siret;siren;intracommunity_number;')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows[1]!.slice(1, 4)).toEqual(["'=Evil", '73282932000074', '732829320']);
  });

  it('vCard of one sheet round-trips its contacts', async () => {
    const db = new FicheDB('test-' + crypto.randomUUID());
    const person = {
      firstName: 'Ana',
      lastName: 'Lopez',
      emails: ['ana@acme.fr'],
      jobTitle: 'CEO',
      phone: '01 23 45 67 89',
      mobile: '',
      isBillingContact: false,
      customFields: {},
    };
    const id = await createCompany({ ...emptyCompany(), name: 'Acme' }, { people: [person] }, db);
    await createCompany({ ...emptyCompany(), name: 'Other' }, { people: [{ ...person, emails: ['x@o.fr'] }] }, db);
    const { text, count } = await exportVcards(id, db);
    expect(count).toBe(1);
    const back = parseVcards(text);
    expect(back.ok && back.contacts).toEqual([
      {
        firstName: 'Ana',
        lastName: 'Lopez',
        emails: ['ana@acme.fr'],
        phone: '01 23 45 67 89',
        mobile: '',
        org: 'Acme',
        title: 'CEO',
      },
    ]);
  });
});
