import { describe, expect, it } from 'vitest';
import { renderTemplate, unknownPlaceholders, type TemplateContext } from './templates';

const ctx: TemplateContext = {
  contact: { firstName: 'Élodie', lastName: 'Martin', emails: ['elodie@acme.fr'], jobTitle: 'DAF' },
  company: { name: 'Acme <SAS> & Cie' },
  user: { name: 'Paul Lefèvre', email: 'paul@fiche.fr' },
  today: '2025-03-01',
};

describe('renderTemplate', () => {
  it.each([
    ['Bonjour {{contact.firstName}},', 'Bonjour Élodie,'],
    ['{{ contact.firstName }} {{CONTACT.LASTNAME}}', 'Élodie Martin'],
    ['{{contact.fullName}} ({{contact.jobTitle}}, {{contact.email}})', 'Élodie Martin (DAF, elodie@acme.fr)'],
    // Plain text: nothing escaped, nothing interpreted.
    ['Société : {{company.name}}', 'Société : Acme <SAS> & Cie'],
    ['Le {{today}}, {{user.name}}', 'Le 01/03/2025, Paul Lefèvre'],
    ['{{contact.nickname}} reste', '{{contact.nickname}} reste'],
    ['{{ foo }} et {{bar.baz}}', '{{ foo }} et {{bar.baz}}'],
    ['{{company.vat}}|', '|'],
    ['{contact.firstName} {{contact.firstName', '{contact.firstName} {{contact.firstName'],
    ['', ''],
  ])('%j → %j', (text, out) => {
    expect(renderTemplate(text, ctx)).toBe(out);
  });
  it('leaves values with braces alone (no second pass)', () => {
    expect(
      renderTemplate('{{contact.firstName}}', {
        contact: { firstName: '{{user.name}}', lastName: '' },
        user: { name: 'X' },
      }),
    ).toBe('{{user.name}}');
  });
  it('known placeholders without a value become empty', () => {
    expect(renderTemplate('[{{contact.firstName}}][{{today}}]', {})).toBe('[][]');
  });
  it('formats today as asked', () => {
    expect(renderTemplate('{{today}}', { today: '2025-03-01', formatDay: (d) => `day ${d}` })).toBe('day 2025-03-01');
  });
  it('renders an address', () => {
    const address = {
      id: 'a',
      companyId: 'c',
      label: '',
      contactName: 'Service compta',
      street: '1 rue X',
      postalCode: '75001',
      city: 'Paris',
      country: 'France',
      isMain: true,
      forInvoices: false,
      forDeliveries: false,
      forQuotes: false,
      createdAt: 0,
      updatedAt: 0,
    };
    expect(renderTemplate('{{address.lines}}', { address })).toBe('Service compta\n1 rue X\n75001 Paris');
  });
});

describe('unknownPlaceholders', () => {
  it('lists typos once', () => {
    expect(unknownPlaceholders('{{contact.firstname}} {{contact.prenom}} {{contact.prenom}} {{x}}')).toEqual([
      'contact.prenom',
      'x',
    ]);
  });
});

// Issue 10, defect 10: names of Object.prototype are not placeholders.
describe('prototype names', () => {
  it('{{__proto__}} is not even a placeholder name', () => {
    expect(renderTemplate('{{__proto__}}', {})).toBe('{{__proto__}}');
  });
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'Constructor'])(
    '{{%s}} stays as written, and is reported unknown',
    (name) => {
      const text = `a {{${name}}} b`;
      expect(renderTemplate(text, { company: { name: 'Acme' } })).toBe(text);
      expect(unknownPlaceholders(text)).toEqual([name]);
    },
  );
});
