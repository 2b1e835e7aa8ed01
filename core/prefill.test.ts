import { describe, expect, test } from 'vitest';
import type { Detection } from './detect/types';
import { nameFromDomain, prefillFromDetection, splitPersonName } from './prefill';
import { applySignature, parseSignature } from './prefill-signature';
import { prefillFromSelection } from './prefill-selection';

const base = (over: Partial<Detection>): Detection => ({
  url: 'https://mail.google.com/mail/u/0/',
  kind: 'gmail-thread',
  emails: [],
  people: [],
  companies: [],
  ...over,
});
const message = (
  from: { name?: string; email: string },
  to: { name?: string; email: string }[] = [{ email: 'me@mine.fr' }],
) => ({
  provider: 'gmail' as const,
  threadId: 't',
  subject: 'Devis',
  from,
  to,
  cc: [],
  date: '2026-11-30T10:00',
  bodyText: 'Bonjour',
});

describe('splitPersonName', () => {
  test.each([
    ['Léa Dupont', 'Léa', 'Dupont'],
    ['Léa DUPONT', 'Léa', 'Dupont'],
    ['DUPONT-MARTIN Léa', 'Léa', 'Dupont-Martin'],
    ['Dupont, Léa', 'Léa', 'Dupont'],
    ['Jean Pierre de la Fontaine', 'Jean Pierre de la', 'Fontaine'],
    ['Cher', '', 'Cher'],
    ['', '', ''],
  ])('%s', (full, firstName, lastName) => expect(splitPersonName(full)).toEqual({ firstName, lastName }));
});

test('nameFromDomain', () => {
  expect(nameFromDomain('atelier-nguyen.fr')).toBe('Atelier Nguyen');
});

describe('prefillFromDetection', () => {
  test('unknown business sender: their domain company, the sender as contact', () => {
    const p = prefillFromDetection(
      base({
        message: message({ name: 'Karim Benali', email: 'Karim@Batiroc.fr' }),
        companies: [{ name: 'Batiroc SAS', domain: 'batiroc.fr', siren: '732829320' }],
      }),
      ['me@mine.fr'],
    );
    expect(p).toMatchObject({
      source: 'message',
      company: { name: 'Batiroc SAS', kind: 'company', domains: ['batiroc.fr'], siren: '732829320' },
      person: { firstName: 'Karim', lastName: 'Benali', email: 'karim@batiroc.fr' },
    });
  });

  test('a domain-only company gets a readable name', () => {
    const p = prefillFromDetection(base({ message: message({ email: 'contact@atelier-nguyen.fr' }) }));
    expect(p?.company).toMatchObject({ name: 'Atelier Nguyen', domains: ['atelier-nguyen.fr'] });
  });

  test('free-mail sender: an individual sheet, never a company for orange.fr', () => {
    const p = prefillFromDetection(base({ message: message({ name: 'Paul Martin', email: 'paul.martin@orange.fr' }) }));
    expect(p?.company).toEqual({ name: 'Paul Martin', kind: 'individual' });
    expect(p?.person?.email).toBe('paul.martin@orange.fr');
  });

  test('a message the user sent: the recipient is the correspondent', () => {
    const p = prefillFromDetection(
      base({ message: message({ email: 'me@mine.fr' }, [{ name: 'Anna Weber', email: 'a.weber@hartmann.de' }]) }),
      ['ME@mine.fr'],
    );
    expect(p?.person).toMatchObject({ firstName: 'Anna', lastName: 'Weber' });
    expect(p?.company.domains).toEqual(['hartmann.de']);
  });

  test('LinkedIn profile: the person and their employer', () => {
    const p = prefillFromDetection(
      base({
        kind: 'linkedin-profile',
        url: 'https://www.linkedin.com/in/x/',
        people: [
          {
            name: 'Chloé Marchand',
            title: 'Head of Procurement',
            company: 'Helvetia Foods',
            linkedinUrl: 'https://www.linkedin.com/in/chloe-marchand/',
          },
        ],
        companies: [{ name: 'Helvetia Foods', linkedinUrl: 'https://www.linkedin.com/company/helvetia-foods/' }],
      }),
    );
    expect(p).toMatchObject({
      source: 'person',
      company: { name: 'Helvetia Foods', linkedinUrl: 'https://www.linkedin.com/company/helvetia-foods/' },
      person: { jobTitle: 'Head of Procurement', linkedinUrl: 'https://www.linkedin.com/in/chloe-marchand/' },
    });
  });

  test('company site: the company, with an invalid SIREN left out', () => {
    const p = prefillFromDetection(
      base({
        kind: 'company-site',
        url: 'https://kestrel.io/',
        companies: [{ name: 'Kestrel', website: 'https://kestrel.io', siren: '123456789' }],
        emails: [{ address: 'press@kestrel.io' }],
      }),
    );
    expect(p?.company).toMatchObject({ name: 'Kestrel', domains: ['kestrel.io'] });
    expect(p?.company.siren).toBeUndefined();
    expect(p?.person?.email).toBe('press@kestrel.io');
  });

  test('nothing to offer: null', () => {
    expect(prefillFromDetection(base({ kind: 'gmail-inbox' }))).toBeNull();
  });
});

describe('prefillFromSelection', () => {
  test.each<[string, { selectionText?: string; linkUrl?: string }, unknown]>([
    [
      'name and address',
      { selectionText: 'Léa Dupont <lea.dupont@atelier-dupont.fr>' },
      {
        company: { name: 'Atelier Dupont', domains: ['atelier-dupont.fr'] },
        person: { firstName: 'Léa', lastName: 'Dupont', email: 'lea.dupont@atelier-dupont.fr' },
      },
    ],
    [
      'a mailto link',
      { linkUrl: 'mailto:Contact@Kestrel.io?subject=Hi', selectionText: 'Write to us' },
      { company: { name: 'Kestrel' }, person: { email: 'contact@kestrel.io' } },
    ],
    [
      'an obfuscated address',
      { selectionText: 'compta [at] batiroc [dot] fr' },
      { person: { email: 'compta@batiroc.fr' } },
    ],
    [
      'a free-mail address: an individual',
      { selectionText: 'Paul Martin – paul.martin@orange.fr' },
      { company: { name: 'Paul Martin', kind: 'individual' }, person: { firstName: 'Paul', lastName: 'Martin' } },
    ],
    [
      'a name alone',
      { selectionText: 'Chloé Marchand' },
      { company: { name: 'Chloé Marchand', kind: 'individual' }, person: { email: '' } },
    ],
  ])('%s', (_, input, expected) => expect(prefillFromSelection(input)).toMatchObject(expected as object));

  test.each([
    ['a noreply address', { selectionText: 'noreply@github.com' }],
    [
      'a paragraph',
      { selectionText: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.' },
    ],
    ['nothing', {}],
  ])('%s: nothing to add', (_, input) => expect(prefillFromSelection(input)).toBeNull());
});

describe('parseSignature: the sender signature of a message', () => {
  test.each<[string, string, string, object]>([
    [
      'French: title, phone, mobile and address after "Cordialement"',
      'Bonjour,\nVoici le devis.\n\nCordialement,\n\nKarim Benali\nDirecteur des achats\nBatiroc SAS\n12 rue des Lilas\n69003 Lyon\nTél. : 04 72 00 00 00\nPortable : 06 12 34 56 78',
      'Karim Benali',
      {
        title: 'Directeur des achats',
        phone: '04 72 00 00 00',
        mobile: '06 12 34 56 78',
        address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: '' },
      },
    ],
    [
      'English: "Best regards", international numbers, a title with the company after a dash',
      'Hi,\nsee attached.\n\nBest regards,\nAnna Weber\nHead of Procurement – Hartmann GmbH\nPhone: +49 89 1234 5678\nMobile: +49 170 1234567\nLeopoldstraße 12\n80802 München, Germany',
      'Anna Weber',
      {
        title: 'Head of Procurement',
        phone: '+49 89 1234 5678',
        mobile: '+49 170 1234567',
        address: { street: 'Leopoldstraße 12', postalCode: '80802', city: 'München', country: 'Germany' },
      },
    ],
    [
      'a "--" separator and a one-line address; a 06 number is a mobile even labelled Tél',
      'Merci !\n-- \nLéa DUPONT\nGérante\n5 place Bellecour, 69002 Lyon\nTél : 06 98 76 54 32',
      'Léa Dupont',
      {
        title: 'Gérante',
        mobile: '06 98 76 54 32',
        address: { street: '5 place Bellecour', postalCode: '69002', city: 'Lyon', country: '' },
      },
    ],
    [
      'the quoted earlier message is not read',
      'Ok pour moi.\n\nLe lun. 30 nov. 2026 à 10:00, Moi <me@mine.fr> a écrit :\n> Cordialement\n> Moi\n> Commercial\n> 01 23 45 67 89',
      'Paul Martin',
      {},
    ],
    [
      'a role with its organisation after a comma or "chez": the role is the title',
      'Thanks a million,\nFiona\n\n--\nFiona Reilly\nHonorary Treasurer, Kinsale Rowing Club\n087 214 6630',
      'Fiona Reilly',
      { phone: '087 214 6630', title: 'Honorary Treasurer' },
    ],
    [
      'French "Titre chez Organisation"',
      'Cordialement,\nAgnès Fontaine\nGérante chez Fontaine Paysage',
      'Agnès Fontaine',
      { title: 'Gérante' },
    ],
    ['no signature: nothing', 'Bonjour, pouvez-vous me rappeler ?', 'Paul Martin', {}],
    [
      'a line with digits under the name is not a title; an order number is not a phone',
      'Cordialement,\nPaul Martin\n+33 1 23 45 67 89\nCommande n° 2026-1234',
      'Paul Martin',
      { phone: '+33 1 23 45 67 89' },
    ],
  ])('%s', (_, body, name, expected) => expect(parseSignature(body, name)).toEqual(expected));
});

describe('the Gmail pre-fill reads the signature', () => {
  test('the sender gets the title, phone, mobile and address of their signature', () => {
    const m = {
      ...message({ name: 'Karim Benali', email: 'karim@batiroc.fr' }),
      bodyText:
        'Bonjour,\n\nCordialement,\nKarim Benali\nDirecteur des achats\n12 rue des Lilas\n69003 Lyon\nTél. : 04 72 00 00 00\nMobile : 06 12 34 56 78',
    };
    const p = prefillFromDetection(base({ message: m }), ['me@mine.fr']);
    // The text travels with the prefill; the create form reads it when it opens.
    expect(p?.person?.signatureText).toContain('Directeur des achats');
    expect(applySignature(p!.person!)).toMatchObject({
      jobTitle: 'Directeur des achats',
      phone: '04 72 00 00 00',
      mobile: '06 12 34 56 78',
      address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon' },
    });
  });

  test('what a detector found about the sender wins over the text (people[].title/phones)', () => {
    const m = {
      ...message({ name: 'Karim Benali', email: 'karim@batiroc.fr' }),
      bodyText: 'Cordialement,\nKarim Benali\nAcheteur',
    };
    const p = prefillFromDetection(
      base({
        message: m,
        people: [
          {
            name: 'Karim Benali',
            email: 'karim@batiroc.fr',
            title: 'Directeur des achats',
            phones: ['+33 6 12 34 56 78', '+33 4 72 00 00 00'],
          },
        ],
      }),
      ['me@mine.fr'],
    );
    expect(applySignature(p!.person!)).toMatchObject({
      jobTitle: 'Directeur des achats',
      phone: '+33 4 72 00 00 00',
      mobile: '+33 6 12 34 56 78',
    });
  });

  test('a message the user sent: their own signature is not the recipient’s', () => {
    const m = {
      ...message({ email: 'me@mine.fr' }, [{ name: 'Anna Weber', email: 'a.weber@hartmann.de' }]),
      bodyText: 'Cordialement,\nMoi Même\nCommercial\n06 11 22 33 44',
    };
    const p = prefillFromDetection(base({ message: m }), ['me@mine.fr']);
    const person = applySignature(p!.person!);
    expect(person).toMatchObject({ jobTitle: '', phone: '' });
    expect(person.address).toBeUndefined();
    expect(p?.person?.signatureText).toBeUndefined();
  });
});

test('a hostile body is read in bounded time', () => {
  const body = `Cordialement,\n${'1 rue '.repeat(20_000)}\n${'12345 '.repeat(20_000)}\n${'0'.repeat(100_000)}`;
  const t0 = performance.now();
  parseSignature(body, 'x');
  expect(performance.now() - t0).toBeLessThan(200);
});
