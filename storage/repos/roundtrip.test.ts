/**
 * Issue 10, defect 5: a CSV export imported back gives the same records. Cells the export
 * neutralised (a leading "'" before = + - @) come back as they were, and every exported field
 * that the import reads lands in the same place (a sheet's phone and LinkedIn stay the sheet's).
 */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../core/interchange/columns';
import { parseCsv } from '../../core/interchange/csv';
import { dedupKeys, parseRows, planImport } from '../../core/interchange/plan';
import { FicheDB } from '../db';
import { createCompany, emptyCompany } from './companies';
import { exportCsv } from './export';
import { applyImport, loadDedupIndex } from './import';

const freshDb = () => new FicheDB('test-' + crypto.randomUUID());

async function importText(db: FicheDB, text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const rows = parseRows(parsed.rows, guessMapping(parsed.rows[0]!));
  expect(rows.flatMap((r) => r.errors)).toEqual([]);
  const plan = planImport(rows, await loadDedupIndex(db, dedupKeys(rows)), { skipInvalid: true });
  return applyImport(plan, {}, db);
}

const COMPANY_FIELDS = [
  'name',
  'kind',
  'siret',
  'siren',
  'vat',
  'website',
  'phone',
  'linkedinUrl',
  'isProspect',
  'isClient',
  'isSupplier',
  'categories',
  'comment',
] as const;
const ADDRESS_FIELDS = ['street', 'postalCode', 'city', 'country'] as const;
const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'emails',
  'jobTitle',
  'phone',
  'mobile',
  'isBillingContact',
  'linkedinUrl',
] as const;
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]]));

describe('CSV export → import round trip', () => {
  it('gives back every field of sheets, their main address and their contacts', async () => {
    const source = freshDb();
    await createCompany(
      {
        ...emptyCompany(),
        name: '=Épi; d\'Or, "Boulangerie"',
        siret: '73282932000074',
        siren: '732829320',
        website: 'https://www.epidor.fr/',
        phone: '+33 1 23 45 67 89',
        linkedinUrl: 'https://www.linkedin.com/company/epidor/',
        isProspect: false,
        isClient: true,
        isSupplier: true,
        categories: ['@vip', 'boulangerie'],
        comment: '-first line\r\nsecond; line, "quoted"\ttab',
      },
      {
        addresses: [
          {
            label: '',
            contactName: '',
            street: '+12 rue des Lilas',
            postalCode: '69001',
            city: 'Lyon',
            country: 'France',
            isMain: true,
            forInvoices: true,
            forDeliveries: true,
            forQuotes: true,
          },
        ],
        people: [
          {
            firstName: '-Élodie',
            lastName: "'Martin",
            emails: ['elodie@epidor.fr', 'e.martin@gmail.com'],
            jobTitle: '@Gérante, fondatrice',
            phone: '+33 1 23 45 67 00',
            mobile: '+33 6 12 34 56 78',
            isBillingContact: true,
            linkedinUrl: 'https://www.linkedin.com/in/elodie-martin/',
            customFields: {},
          },
        ],
      },
      source,
    );
    await createCompany({ ...emptyCompany(), name: 'Plain SAS', phone: '01 23 45 67 89' }, {}, source);

    const target = freshDb();
    await importText(target, (await exportCsv('companies', source)).text);
    await importText(target, (await exportCsv('contacts', source)).text);

    const byName = async (db: FicheDB) => {
      const out: Record<string, unknown> = {};
      for (const c of await db.companies.toArray()) {
        const addresses = await db.addresses.where('companyId').equals(c.id).toArray();
        const people = await db.people.where('companyId').equals(c.id).toArray();
        out[c.name] = {
          ...pick(c, COMPANY_FIELDS),
          addresses: addresses.map((a) => pick(a, ADDRESS_FIELDS)),
          people: people.map((p) => pick(p, PERSON_FIELDS)),
        };
      }
      return out;
    };
    expect(await byName(target)).toEqual(await byName(source));
  });
});
