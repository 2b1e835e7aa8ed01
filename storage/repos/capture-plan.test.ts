import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { detectionFromSelection } from '../../core/capture';
import { detect } from '../../core/detect/registry';
import type { Detection } from '../../core/detect/types';
import type { FicheDB } from '../db';
import { freshDb } from '../test-db';
import { planCapture } from './capture-plan';
import { createCompany, emptyCompany } from './companies';
import { savePerson } from './people';

let db: FicheDB;
let acme: string;
let globex: string;
beforeEach(async () => {
  db = freshDb();
  await db.settings.put({ key: 'ownDomains', value: ['cabinet-moi.fr'] });
  acme = await createCompany(
    { ...emptyCompany(), name: 'Acme', domains: ['acme.fr'], linkedinUrl: 'https://www.linkedin.com/company/acme/' },
    {},
    db,
  );
  globex = await createCompany({ ...emptyCompany(), name: 'Globex' }, {}, db);
  const contact = { emails: [], jobTitle: '', phone: '', mobile: '', isBillingContact: false, customFields: {} };
  await savePerson(
    globex,
    { ...contact, firstName: 'Marc', lastName: 'Éluard', linkedinUrl: 'https://www.linkedin.com/in/marc-eluard/' },
    undefined,
    db,
  );
  await savePerson(
    acme,
    { ...contact, firstName: 'Paul', lastName: 'Client', emails: ['paul@acme.fr'], jobTitle: 'CEO' },
    undefined,
    db,
  );
});

test('a LinkedIn company People page: new people go to the company’s sheet; one already on another sheet says so; facts to fill', async () => {
  const d: Detection = {
    url: 'https://www.linkedin.com/company/acme/people/',
    kind: 'linkedin-company',
    emails: [],
    companies: [
      {
        name: 'Acme',
        linkedinUrl: 'https://www.linkedin.com/company/acme/',
        website: 'https://www.acme.fr/',
        phones: ['+33 1 23 45 67 89'],
      },
    ],
    people: [
      { name: 'Léa Dupont', title: 'CFO', linkedinUrl: 'https://www.linkedin.com/in/lea-dupont/' },
      { name: 'Marc Eluard', title: 'Buyer', linkedinUrl: 'https://www.linkedin.com/in/marc-eluard/' },
    ],
  };
  const plan = await planCapture(d, db);
  expect(plan.rows.map((r) => [r.candidate.name, r.target?.name, r.existing?.sheet.name, r.existing?.reason])).toEqual([
    ['Léa Dupont', 'Acme', undefined, undefined],
    ['Marc Eluard', 'Acme', 'Globex', 'linkedin'],
  ]);
  expect(plan.rows[1]!.existing!.changes).toEqual([{ field: 'jobTitle', current: '', proposed: 'Buyer', fill: true }]);
  expect(plan.facts?.sheet.name).toBe('Acme');
  expect(plan.facts?.changes.map((c) => c.field)).toEqual(['website', 'phone']);
});

test('a thread: participants sharing the matched sheet’s domain, never the user’s own domain, nor a stranger', async () => {
  const d: Detection = {
    url: 'https://mail.google.com/mail/u/0/#inbox/x',
    kind: 'gmail-thread',
    emails: [],
    // Mail detectors list the participants as people too.
    people: [
      { name: 'Xavier Stranger', email: 'x@stranger.fr' },
      { name: 'Julie Martin', email: 'julie.martin@acme.fr' },
    ],
    companies: [],
    message: {
      provider: 'gmail',
      threadId: 't',
      subject: 'Devis',
      from: { email: 'paul@acme.fr', name: 'Paul Client' },
      to: [{ email: 'moi@cabinet-moi.fr' }],
      cc: [
        { email: 'julie.martin@acme.fr', name: 'Julie Martin' },
        { email: 'associe@cabinet-moi.fr' },
        { email: 'x@stranger.fr' },
      ],
      date: '2024-03-01T10:00',
      bodyText: '',
    },
  };
  const plan = await planCapture(d, db);
  expect(plan.rows.map((r) => [r.candidate.email, r.target?.name, r.existing?.sheet.name])).toEqual([
    ['paul@acme.fr', 'Acme', 'Acme'],
    ['julie.martin@acme.fr', 'Acme', undefined],
  ]);
});

test('a directory: each person’s own company, an existing sheet or one to create', async () => {
  const d: Detection = {
    url: 'https://www.annuaire.example/membres',
    kind: 'company-site',
    emails: [],
    companies: [{ name: 'Annuaire', domain: 'annuaire.example' }, { name: 'Initech SARL' }],
    people: [
      { name: 'Ana Bell', title: 'CTO', company: 'ACME' },
      { name: 'Bo Chen', title: 'CEO', company: 'Initech SARL', email: 'bo@initech.fr' },
    ],
  };
  const plan = await planCapture(d, db);
  expect(plan.rows.map((r) => [r.candidate.name, r.target?.name, r.newSheet])).toEqual([
    ['Ana Bell', 'Acme', undefined],
    ['Bo Chen', undefined, { name: 'Initech SARL', domain: 'initech.fr', website: 'https://initech.fr' }],
  ]);
});

test('a member directory read by the real company-site detector: each member’s own company, the club itself never a target', async () => {
  const url = 'https://www.rvbc.example/members/';
  const html = fs.readFileSync(
    path.resolve(__dirname, '../../tests/fixtures/e2e-capture/directory-members.html'),
    'utf8',
  );
  const detection = detect(new DOMParser().parseFromString(html, 'text/html'), url);
  await createCompany({ ...emptyCompany(), name: 'Demir Transports', domains: ['demir-transports.example'] }, {}, db);
  const plan = await planCapture(detection, db);
  expect(plan.rows.map((r) => [r.candidate.name, r.target?.name ?? `new: ${r.newSheet?.name}`])).toEqual([
    ['Clara Vidal', 'new: Vidal Menuiseries'],
    ['Yusuf Demir', 'Demir Transports'],
    ['Agathe Morel', 'new: Atelier Morel'],
    ['Hugo Lambert', 'new: Lambert Conseil'],
  ]);
  expect(plan.rows[0]!.newSheet).toMatchObject({ domain: 'vidal-menuiseries.example' });
});

test('"Add to Fiche" on a selection: the same plan, for the one person it names', async () => {
  const d = detectionFromSelection(
    {
      company: { name: 'Acme', kind: 'company', domains: ['acme.fr'] },
      person: {
        firstName: 'Julie',
        lastName: 'Martin',
        email: 'julie@acme.fr',
        jobTitle: '',
        phone: '',
        linkedinUrl: '',
      },
      source: 'person',
    },
    'https://www.example.org/blog',
  );
  const plan = await planCapture(d, db);
  expect(plan.rows.map((r) => [r.candidate.name, r.candidate.email, r.target?.name])).toEqual([
    ['Julie Martin', 'julie@acme.fr', 'Acme'],
  ]);
  const known = detectionFromSelection(
    {
      company: { name: 'paul@acme.fr', kind: 'individual' },
      person: { firstName: '', lastName: '', email: 'paul@acme.fr', jobTitle: '', phone: '', linkedinUrl: '' },
      source: 'person',
    },
    'https://x.org/',
  );
  expect((await planCapture(known, db)).rows.map((r) => [r.candidate.name, r.existing?.sheet.name])).toEqual([
    ['', 'Acme'],
  ]);
});
