import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { buildDedupIndex, parseRows, planImport } from './plan';

describe('guessMapping', () => {
  it.each([
    [
      ['Société', 'N° SIRET', 'Code postal', 'Prénom', 'Nom', 'E-mail', 'Téléphone portable'],
      ['name', 'siret', 'postalCode', 'firstName', 'lastName', 'email', 'mobile'],
    ],
    [
      [
        'name',
        'siret',
        'intracommunity_number',
        'address_street',
        'address_zip_code',
        'address_city',
        'address_country',
        'is_prospect',
        'is_customer',
      ],
      ['name', 'siret', 'vat', 'street', 'postalCode', 'city', 'country', 'isProspect', 'isClient'],
    ],
    [
      ['firstname', 'lastname', 'email', 'job', 'phone_number', 'cellphone_number', 'is_billing_contact'],
      ['firstName', 'lastName', 'email', 'jobTitle', 'phone', 'mobile', 'isBillingContact'],
    ],
    [
      ['Company', 'Email', 'Email', 'Whatever'],
      ['name', 'email', null, null],
    ],
    // A bare "Nom": the sheet's name in a list of companies, the contact's last name beside "Prénom".
    [
      ['Nom', 'SIRET', 'Ville'],
      ['name', 'siret', 'city'],
    ],
    [
      ['Nom', 'Ville', 'Prénom', 'Nom du contact', 'E-mail'],
      ['name', 'city', 'firstName', 'lastName', 'email'],
    ],
    [
      ['Prénom', 'Nom', 'E-mail'],
      ['firstName', 'lastName', 'email'],
    ],
  ])('%j', (headers, mapping) => expect(guessMapping(headers)).toEqual(mapping));
});

describe('parseRows: errors name the row and the field', () => {
  const header = ['name', 'siret', 'email', 'phone_number', 'is_customer', 'siren'];
  const mapping = guessMapping(header);
  it.each([
    [['Acme', '73282932000074', 'a@acme.fr', '01 23 45 67 89', 'oui', ''], []],
    [['Acme', '73282932000075', '', '', '', ''], [{ field: 'siret', reason: 'siret-checksum' }]],
    [['Acme', '1234', '', '', '', ''], [{ field: 'siret', reason: 'siret-format' }]],
    [['Acme', '', 'not-an-email', '', '', ''], [{ field: 'email', reason: 'email' }]],
    [['Acme', '', '', 'call me', '', ''], [{ field: 'phone', reason: 'phone' }]],
    [['Acme', '', '', '', 'maybe', ''], [{ field: 'isClient', reason: 'boolean' }]],
    [['Acme', '73282932000074', '', '', '', '552100554'], [{ field: 'siren', reason: 'siren-mismatch' }]],
    [['', '', '', '', '', ''], [{ field: 'name', reason: 'required' }]],
  ])('%j', (cells, expected) => {
    const [row] = parseRows([header, cells], mapping);
    expect(row!.row).toBe(2);
    expect(row!.errors.map(({ field, reason }) => ({ field, reason }))).toEqual(expected);
    for (const e of row!.errors) expect(e.row).toBe(2);
  });
});

describe('planImport', () => {
  const header = ['Société', 'SIRET', 'Site web', 'Prénom', 'Nom', 'Email'];
  const rows = [
    header,
    ['Acme', '73282932000074', '', 'Ana', 'Lopez', 'ana@acme.fr'],
    ['ACME', '73282932000074', 'https://acme.fr', 'Bob', 'Roy', 'bob@acme.fr'],
    ['Gamma SARL', '', '', 'Gil', 'Roy', 'gil@gamma.fr'],
    ['Delta', '', '', 'Dan', 'D', 'dan@delta.io'],
    ['Epsilon', '', 'https://eps.example', '', '', ''],
    ['Bad', '1', '', '', '', ''],
  ];
  const parsed = parseRows(rows, guessMapping(header));
  const index = buildDedupIndex(
    [
      { id: 'c1', name: 'Acme SAS', nameKey: 'acme', siret: '73282932000074', domains: [] },
      { id: 'c2', name: 'Gamma', nameKey: 'gamma', domains: [] },
      { id: 'c3', name: 'Eps', nameKey: 'eps', domains: ['eps.example'] },
      { id: 'c4', name: 'Other', nameKey: 'other', domains: [] },
    ],
    [{ companyId: 'c4', emails: ['dan@delta.io'] }],
  );

  it('refuses to plan rows with errors unless asked to leave them out', () => {
    expect(() => planImport(parsed, index)).toThrow(/row 7/);
  });

  it('groups rows by SIRET and matches by SIRET, name, email and domain', () => {
    const plan = planImport(parsed, index, { skipInvalid: true });
    expect(plan.skippedRows).toEqual([7]);
    expect(
      plan.groups.map((g) => [
        g.company.name,
        g.rows,
        g.people.length,
        g.match?.companyId ?? null,
        g.match?.by ?? null,
      ]),
    ).toEqual([
      ['Acme', [2, 3], 2, 'c1', 'siret'],
      ['Gamma SARL', [4], 1, 'c2', 'name'],
      ['Delta', [5], 1, 'c4', 'email'],
      ['Epsilon', [6], 0, 'c3', 'domain'],
    ]);
    expect(plan.groups[0]!.company.website).toBe('https://acme.fr/');
    expect(plan.contactCount).toBe(4);
  });
});
