import { describe, expect, test } from 'vitest';
import type { Detection } from './detect/types';
import { nameFromDomain, prefillFromDetection, splitPersonName } from './prefill';
import { prefillFromSelection } from './prefill-selection';

const base = (over: Partial<Detection>): Detection => ({ url: 'https://mail.google.com/mail/u/0/', kind: 'gmail-thread', emails: [], people: [], companies: [], ...over });
const message = (from: { name?: string; email: string }, to: { name?: string; email: string }[] = [{ email: 'me@mine.fr' }]) => ({
  provider: 'gmail' as const, threadId: 't', subject: 'Devis', from, to, cc: [], date: '2026-11-30T10:00', bodyText: 'Bonjour',
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
    const p = prefillFromDetection(base({ message: message({ name: 'Karim Benali', email: 'Karim@Batiroc.fr' }), companies: [{ name: 'Batiroc SAS', domain: 'batiroc.fr', siren: '732829320' }] }), ['me@mine.fr']);
    expect(p).toMatchObject({ source: 'message', company: { name: 'Batiroc SAS', kind: 'company', domains: ['batiroc.fr'], siren: '732829320' }, person: { firstName: 'Karim', lastName: 'Benali', email: 'karim@batiroc.fr' } });
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
    const p = prefillFromDetection(base({ message: message({ email: 'me@mine.fr' }, [{ name: 'Anna Weber', email: 'a.weber@hartmann.de' }]) }), ['ME@mine.fr']);
    expect(p?.person).toMatchObject({ firstName: 'Anna', lastName: 'Weber' });
    expect(p?.company.domains).toEqual(['hartmann.de']);
  });

  test('LinkedIn profile: the person and their employer', () => {
    const p = prefillFromDetection(base({ kind: 'linkedin-profile', url: 'https://www.linkedin.com/in/x/', people: [{ name: 'Chloé Marchand', title: 'Head of Procurement', company: 'Helvetia Foods', linkedinUrl: 'https://www.linkedin.com/in/chloe-marchand/' }], companies: [{ name: 'Helvetia Foods', linkedinUrl: 'https://www.linkedin.com/company/helvetia-foods/' }] }));
    expect(p).toMatchObject({ source: 'person', company: { name: 'Helvetia Foods', linkedinUrl: 'https://www.linkedin.com/company/helvetia-foods/' }, person: { jobTitle: 'Head of Procurement', linkedinUrl: 'https://www.linkedin.com/in/chloe-marchand/' } });
  });

  test('company site: the company, with an invalid SIREN left out', () => {
    const p = prefillFromDetection(base({ kind: 'company-site', url: 'https://kestrel.io/', companies: [{ name: 'Kestrel', website: 'https://kestrel.io', siren: '123456789' }], emails: [{ address: 'press@kestrel.io' }] }));
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
    ['name and address', { selectionText: 'Léa Dupont <lea.dupont@atelier-dupont.fr>' }, { company: { name: 'Atelier Dupont', domains: ['atelier-dupont.fr'] }, person: { firstName: 'Léa', lastName: 'Dupont', email: 'lea.dupont@atelier-dupont.fr' } }],
    ['a mailto link', { linkUrl: 'mailto:Contact@Kestrel.io?subject=Hi', selectionText: 'Write to us' }, { company: { name: 'Kestrel' }, person: { email: 'contact@kestrel.io' } }],
    ['an obfuscated address', { selectionText: 'compta [at] batiroc [dot] fr' }, { person: { email: 'compta@batiroc.fr' } }],
    ['a free-mail address: an individual', { selectionText: 'Paul Martin – paul.martin@orange.fr' }, { company: { name: 'Paul Martin', kind: 'individual' }, person: { firstName: 'Paul', lastName: 'Martin' } }],
    ['a name alone', { selectionText: 'Chloé Marchand' }, { company: { name: 'Chloé Marchand', kind: 'individual' }, person: { email: '' } }],
  ])('%s', (_, input, expected) => expect(prefillFromSelection(input)).toMatchObject(expected as object));

  test.each([
    ['a noreply address', { selectionText: 'noreply@github.com' }],
    ['a paragraph', { selectionText: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.' }],
    ['nothing', {}],
  ])('%s: nothing to add', (_, input) => expect(prefillFromSelection(input)).toBeNull());
});
