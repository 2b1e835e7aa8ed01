import { describe, expect, it } from 'vitest';
import { secondSigner } from './second-signer';
import { interpretDetection } from './interpret';
import type { Detection } from './types';

describe('secondSigner: the person a clerk or an assistant signs for', () => {
  it.each([
    [
      'FR: a notary after her clerk',
      'Hugo Vasseur',
      ['Clerc de notaire', 'Office notarial Berthier', 'Maître Agnès Berthier, notaire', 'Tél. 02 99 00 11 22'],
      { at: 2, name: 'Agnès Berthier', title: 'notaire' },
    ],
    [
      'FR: "Pour le Dr …", no title',
      'Lina Marchal',
      ['Secrétariat médical', 'Pour le Dr Paul Ferrière'],
      { at: 1, name: 'Paul Ferrière' },
    ],
    [
      'EN: on behalf of a managing director',
      'Tom Fairley',
      ['Executive Assistant', 'On behalf of Helen Crowther, Managing Director', 'Crowther Freight Ltd'],
      { at: 1, name: 'Helen Crowther', title: 'Managing Director' },
    ],
    [
      'DE: i. A. von Dr. …',
      'Lea Brandt',
      ['Assistenz der Geschäftsführung', 'i. A. von Dr. Jan Wolters, Geschäftsführer', 'Wolters Anlagenbau GmbH'],
      { at: 1, name: 'Jan Wolters', title: 'Geschäftsführer' },
    ],
    [
      'a name and a title under the signer’s title',
      'Hugo Vasseur',
      ['Assistant', 'Agnès Berthier, Directrice'],
      { at: 1, name: 'Agnès Berthier', title: 'Directrice' },
    ],
  ])('%s', (_, signer, lines, want) => expect(secondSigner(signer, lines)).toEqual(want));

  it.each([
    [
      'the signer’s own title and firm',
      'Hugo Vasseur',
      ['Clerc de notaire', 'Office notarial Berthier', 'Tél. 02 99 00 11 22'],
    ],
    ['an affiliation line', 'Hugo Vasseur', ['Notaire', 'Membre du Conseil supérieur du notariat']],
    ['the signer again, initials', 'Jane Roe', ['Director', 'J. Roe, Director']],
    ['the signer again, with a title', 'Agnès Berthier', ['Maître Agnès Berthier, notaire']],
    [
      'a name and a title right under the name (no title of the signer’s first)',
      'Hugo Vasseur',
      ['Agnès Berthier, Directrice'],
    ],
    ['a firm and its trade after a comma', 'Hugo Vasseur', ['Gérant', 'Berthier Frères, Menuiserie']],
    ['a name and something else after a comma', 'Hugo Vasseur', ['Pour Agnès Berthier, le 12 mars']],
  ])('none: %s', (_, signer, lines) => expect(secondSigner(signer, lines)).toBeUndefined());
});

describe('interpretDetection: a second named line of a signature', () => {
  it('the signer keeps their title, firm and number; the second person gets their own title and the same firm', () => {
    const d: Detection = {
      url: 'https://outlook.office.com/mail/inbox/id/x',
      kind: 'outlook-message',
      emails: [
        { address: 'h.vasseur@berthier.notaires.fr', name: 'Hugo Vasseur', role: 'from' },
        { address: 'agnes.berthier@berthier.notaires.fr', name: 'Agnès Berthier', role: 'cc' },
        { address: 'accueil@berthier.notaires.fr', name: 'Office notarial Berthier', role: 'cc' },
      ],
      people: [
        { name: 'Hugo Vasseur', email: 'h.vasseur@berthier.notaires.fr' },
        { name: 'Agnès Berthier', email: 'agnes.berthier@berthier.notaires.fr' },
      ],
      companies: [],
      signatures: [
        {
          name: 'Hugo Vasseur',
          email: 'h.vasseur@berthier.notaires.fr',
          first: '',
          lines: [
            'Clerc de notaire',
            'Office notarial Berthier',
            'Maître Agnès Berthier, notaire',
            '4 rue des Lices, 35000 Rennes',
            'Tél. 02 99 00 11 22',
            'Membre du Conseil supérieur du notariat',
          ],
        },
      ],
    };
    const out = interpretDetection(d);
    const hugo = out.people.find((p) => p.name === 'Hugo Vasseur');
    const agnes = out.people.find((p) => p.name === 'Agnès Berthier');
    expect(hugo).toMatchObject({
      title: 'Clerc de notaire',
      company: 'Office notarial Berthier',
      phones: ['02 99 00 11 22'],
    });
    expect(agnes).toMatchObject({
      title: 'notaire',
      company: 'Office notarial Berthier',
      email: 'agnes.berthier@berthier.notaires.fr',
    });
    expect(agnes?.phones).toBeUndefined();
    expect(out.companies.map((c) => c.name)).not.toContain('Conseil supérieur du notariat');
  });
});

describe('interpretDetection: a membership line is no title', () => {
  it.each([
    ['FR', ['Notaire', 'Membre de la Chambre des notaires de Bretagne', 'Étude Morvan SCP'], 'Notaire'],
    ['EN', ['Member of the Law Society', 'Partner', 'Dunmore Legal LLP'], 'Partner'],
    ['DE', ['Mitglied der Steuerberaterkammer Hessen', 'Steuerberaterin', 'Kanzlei Roe GmbH'], 'Steuerberaterin'],
  ])('%s', (_, lines, title) => {
    const out: Detection = interpretDetection<Detection>({
      url: 'https://mail.google.com/mail/u/0/#inbox/x',
      kind: 'gmail-thread',
      emails: [],
      people: [],
      companies: [],
      signatures: [{ name: 'Claire Dumont', email: 'c.dumont@example-firm.fr', first: '', lines }],
    });
    expect(out.people[0]?.title).toBe(title);
  });
});
