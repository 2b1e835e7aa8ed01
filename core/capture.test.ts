import { describe, expect, test } from 'vitest';
import type { Detection } from './detect/types';
import {
  applyCompanyFills,
  applyPersonFills,
  candidatesFrom,
  companyFactsDiff,
  companyHintFor,
  findExisting,
  isOwnPage,
  personDiff,
  sharesDomain,
  type Candidate,
  type KnownContact,
} from './capture';

const own = { ownEmails: ['moi@cabinet-moi.fr'], ownDomains: ['cabinet-moi.fr'] };
const base: Detection = { url: 'https://example.org/', kind: 'other', emails: [], people: [], companies: [] };

function cand(over: Partial<Candidate>): Candidate {
  return {
    key: 'k',
    name: 'Léa Dupont',
    firstName: 'Léa',
    lastName: 'Dupont',
    title: '',
    company: '',
    email: '',
    phone: '',
    linkedinUrl: '',
    from: 'page',
    ...over,
  };
}
function known(over: Partial<KnownContact>): KnownContact {
  return {
    id: 'p1',
    companyId: 'c1',
    firstName: 'Léa',
    lastName: 'Dupont',
    emails: [],
    jobTitle: '',
    phone: '',
    mobile: '',
    ...over,
  };
}

describe('candidatesFrom', () => {
  test('people of the page with their fields, LinkedIn URL normalised', () => {
    const list = candidatesFrom(
      {
        ...base,
        people: [
          {
            name: 'Léa Dupont',
            title: 'CFO',
            company: 'Acme',
            email: 'LEA@acme.fr',
            phones: ['01 02 03 04 05'],
            linkedinUrl: 'https://fr.linkedin.com/in/lea-dupont?trk=x',
          },
        ],
      },
      own,
    );
    expect(list).toEqual([
      expect.objectContaining({
        firstName: 'Léa',
        lastName: 'Dupont',
        title: 'CFO',
        company: 'Acme',
        email: 'lea@acme.fr',
        phone: '01 02 03 04 05',
        linkedinUrl: 'https://www.linkedin.com/in/lea-dupont/',
        from: 'page',
        key: 'email:lea@acme.fr',
      }),
    ]);
  });

  test.each([
    ['own address', 'moi@cabinet-moi.fr', 0],
    ['own domain', 'associe@cabinet-moi.fr', 0],
    ['client', 'paul@client.fr', 1],
  ])('thread participants: %s', (_, email, n) => {
    const d: Detection = {
      ...base,
      kind: 'gmail-thread',
      message: {
        provider: 'gmail',
        threadId: 't',
        subject: 's',
        from: { email: 'moi@cabinet-moi.fr' },
        to: [],
        cc: [{ email, name: 'Someone Else' }],
        date: '2024-01-01T10:00',
        bodyText: '',
      },
    };
    expect(candidatesFrom(d, own).filter((c) => c.from === 'thread')).toHaveLength(n);
  });

  test('a participant already listed as a person of the page is listed once', () => {
    const d: Detection = {
      ...base,
      people: [{ name: 'Paul Martin', email: 'paul@client.fr' }],
      message: {
        provider: 'gmail',
        threadId: 't',
        subject: 's',
        from: { email: 'paul@client.fr', name: 'Paul Martin' },
        to: [],
        cc: [],
        date: '2024-01-01T10:00',
        bodyText: '',
      },
    };
    expect(candidatesFrom(d, own)).toHaveLength(1);
  });
});

test.each([
  ['same business domain', 'paul@client.fr', ['client.fr'], true],
  ['another domain', 'paul@other.fr', ['client.fr'], false],
  ['free mail never', 'paul@gmail.com', ['gmail.com'], false],
  ['no email', '', ['client.fr'], false],
])('sharesDomain: %s', (_, email, domains, expected) => {
  expect(sharesDomain(cand({ email }), domains)).toBe(expected);
});

describe('companyHintFor', () => {
  const page: Detection = {
    ...base,
    kind: 'linkedin-company',
    companies: [{ name: 'Acme SAS', linkedinUrl: 'https://www.linkedin.com/company/acme/' }],
  };
  test.each([
    ['the person’s own company, with what the page knows of it', cand({ company: 'ACME' }), 'Acme SAS'],
    ['a company the page does not describe', cand({ company: 'Globex' }), 'Globex'],
    ['no company: the page’s company', cand({}), 'Acme SAS'],
    ['a business email domain', cand({ email: 'x@initech.fr' }), 'initech.fr'],
  ])('%s', (_, c, name) => {
    expect(companyHintFor(c, page)?.name).toBe(name);
  });
  test('no company, a free-mail address, not a company page: none', () => {
    expect(companyHintFor(cand({ email: 'x@gmail.com' }), { ...base, kind: 'gmail-thread' })).toBeNull();
  });
  const lab = [{ name: 'Laboratoire Hydro-Sols' }];
  test.each([
    ['a firm’s site', { ...base, kind: 'company-site', companies: lab }, 'Laboratoire Hydro-Sols'],
    [
      'a lab’s members, no firm’s site but its own',
      { ...base, ownSite: true, companies: lab },
      'Laboratoire Hydro-Sols',
    ],
    ['a directory of others', { ...base, companies: lab }, undefined],
  ] as [string, Detection, string | undefined][])('no company, no address: %s', (_, d, name) => {
    expect(companyHintFor(cand({}), d)?.name).toBe(name);
  });
});

describe('isOwnPage: the page is its first company’s own', () => {
  test.each([
    ['company-site', undefined, true],
    ['linkedin-company', undefined, true],
    ['other', true, true],
    ['other', undefined, false],
    ['linkedin-search', undefined, false],
    ['gmail-thread', undefined, false],
  ] as [Detection['kind'], boolean | undefined, boolean][])('%s (ownSite %s)', (kind, ownSite, want) => {
    expect(isOwnPage({ ...base, kind, ...(ownSite ? { ownSite } : {}) })).toBe(want);
  });
});

describe('findExisting: never a duplicate', () => {
  const contacts = [
    known({ id: 'a', companyId: 'other', emails: ['lea@acme.fr'] }),
    known({
      id: 'b',
      companyId: 'other',
      firstName: 'Jo',
      lastName: 'Li',
      linkedinUrl: 'https://www.linkedin.com/in/joli/',
    }),
    known({ id: 'c', companyId: 'acme', firstName: 'Marc', lastName: 'Éluard' }),
  ];
  test.each([
    ['same email', cand({ email: 'lea@acme.fr' }), 'acme', 'a', 'email'],
    [
      'same LinkedIn URL',
      cand({ name: 'Jo Li', linkedinUrl: 'https://www.linkedin.com/in/joli/' }),
      'acme',
      'b',
      'linkedin',
    ],
    ['same name on the same sheet', cand({ firstName: 'marc', lastName: 'ELUARD' }), 'acme', 'c', 'name'],
  ])('%s', (_, c, target, id, reason) => {
    expect(findExisting(c, contacts, target)).toEqual({ contact: expect.objectContaining({ id }), reason });
  });
  test('same name on another sheet is another person', () => {
    expect(findExisting(cand({ firstName: 'Marc', lastName: 'Eluard' }), contacts, 'globex')).toBeNull();
  });
});

describe('personDiff', () => {
  test.each([
    [
      'fills an empty title',
      known({}),
      cand({ title: 'CFO' }),
      [{ field: 'jobTitle', current: '', proposed: 'CFO', fill: true }],
    ],
    [
      'shows a different title, never fills it',
      known({ jobTitle: 'CEO' }),
      cand({ title: 'CFO' }),
      [{ field: 'jobTitle', current: 'CEO', proposed: 'CFO', fill: false }],
    ],
    [
      'same phone written differently: no change',
      known({ phone: '+33 1 02 03 04 05' }),
      cand({ phone: '01.02.03.04.05' }),
      [],
    ],
    ['same phone with 0033: no change', known({ phone: '0033 1 02 03 04 05' }), cand({ phone: '01 02 03 04 05' }), []],
    [
      'same foreign mobile, + or 00: no change',
      known({ mobile: '+32 470 12 34 56' }),
      cand({ phone: '0032 470 12 34 56' }),
      [],
    ],
    [
      'an email when none is known',
      known({}),
      cand({ email: 'lea@acme.fr' }),
      [{ field: 'email', current: '', proposed: 'lea@acme.fr', fill: true }],
    ],
    [
      'LinkedIn URL when empty',
      known({}),
      cand({ linkedinUrl: 'https://www.linkedin.com/in/lea/' }),
      [{ field: 'linkedinUrl', current: '', proposed: 'https://www.linkedin.com/in/lea/', fill: true }],
    ],
  ])('%s', (_, k, c, expected) => {
    expect(personDiff(k, c)).toEqual(expected);
  });
});

describe('companyFactsDiff', () => {
  const sheet = { domains: ['acme.fr'], website: 'https://www.acme.fr/' } as const;
  test('valid identifiers and a new phone fill; the known domain and website are not changes', () => {
    const diff = companyFactsDiff(
      { ...sheet, domains: [...sheet.domains] },
      {
        name: 'Acme',
        siren: '732 829 320',
        siret: '12345678901234', // bad Luhn key: not a fact
        vat: 'FR 44 732829320',
        website: 'https://acme.fr/',
        domain: 'acme.fr',
        phones: ['+33 1 23 45 67 89'],
        linkedinUrl: 'https://www.linkedin.com/company/acme/',
      },
    );
    expect(diff.map((d) => [d.field, d.proposed, d.fill])).toEqual([
      ['siren', '732829320', true],
      ['vat', 'FR44732829320', true],
      ['phone', '+33 1 23 45 67 89', true],
      ['linkedinUrl', 'https://www.linkedin.com/company/acme/', true],
    ]);
  });
  test('a different value already there is shown, not filled', () => {
    expect(
      companyFactsDiff({ domains: [], phone: '01 11 11 11 11' }, { name: 'Acme', phones: ['01 22 22 22 22'] }),
    ).toEqual([{ field: 'phone', current: '01 11 11 11 11', proposed: '01 22 22 22 22', fill: false }]);
  });
});

describe('apply fills only empty fields', () => {
  test('person', () => {
    expect(
      applyPersonFills(
        { emails: [], jobTitle: 'CEO', phone: '', linkedinUrl: undefined },
        { jobTitle: 'CFO', phone: '0102030405', email: 'a@b.fr' },
      ),
    ).toEqual({
      changed: { phone: '0102030405', emails: ['a@b.fr'] },
      refused: ['jobTitle'],
    });
  });
  test('company: a domain is added, a website brings its domain, a set phone is refused', () => {
    expect(
      applyCompanyFills(
        { domains: ['acme.fr'], phone: '01' },
        { domain: 'acme.com', website: 'https://acme.eu/', phone: '02', siren: '732829320' },
      ),
    ).toEqual({
      changed: { domains: ['acme.fr', 'acme.com', 'acme.eu'], website: 'https://acme.eu/', siren: '732829320' },
      refused: ['phone'],
    });
  });
});
