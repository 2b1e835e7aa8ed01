import { describe, expect, it } from 'vitest';
import { relayedContact, withRelayedContacts } from './relayed-contact';
import type { Detection } from './types';

describe('relayedContact', () => {
  it.each([
    [
      'Maëlle Kerbrat-Diallo (Responsable produit chez Lumen Santé) vous a envoyé un message concernant votre profil :',
      { name: 'Maëlle Kerbrat-Diallo', title: 'Responsable produit', company: 'Lumen Santé' },
    ],
    [
      'Jane Roe (Head of Sales at Acme Tools) sent you a message about your profile',
      { name: 'Jane Roe', title: 'Head of Sales', company: 'Acme Tools' },
    ],
    [
      'Jana Becker (Leiterin Einkauf bei Nordlicht Fenster GmbH) hat Ihnen eine Nachricht gesendet',
      { name: 'Jana Becker', title: 'Leiterin Einkauf', company: 'Nordlicht Fenster GmbH' },
    ],
    [
      'Paul de Villiers, Directeur technique chez Atelier Castel, souhaite échanger avec vous',
      { name: 'Paul de Villiers', title: 'Directeur technique', company: 'Atelier Castel' },
    ],
    // no firm, no role, no verb for the reader, no person's name: none
    ['Jane Roe (Freelance) sent you a message', null],
    ['Jane Roe (Head of Sales at Acme Tools) est en ligne', null],
    ['Nouveau message (Responsable produit chez Lumen Santé) vous a envoyé un message', null],
    ['Bonjour Romain, merci pour votre retour.', null],
  ])('%s', (line, want) => {
    expect(relayedContact(line)).toEqual(want);
  });
});

describe('withRelayedContacts', () => {
  const mail = (from: string): Detection => ({
    url: 'https://mail.google.com/mail/u/0/#inbox/x',
    kind: 'gmail-thread',
    emails: [],
    people: [],
    companies: [],
    message: {
      provider: 'gmail',
      threadId: 't',
      subject: 's',
      from: { name: 'Plateforme', email: from },
      to: [],
      cc: [],
      date: '2026-12-03T10:09',
      bodyText: 'Bonjour,\nMaëlle Kerbrat-Diallo (Responsable produit chez Lumen Santé) vous a envoyé un message :',
    },
  });
  it('reads the relayed person from an automated sender', () => {
    const d = withRelayedContacts(mail('ne-pas-repondre@notification.plateforme.fr'));
    expect(d.people.map((p) => p.name)).toEqual(['Maëlle Kerbrat-Diallo']);
    expect(d.companies.map((c) => c.name)).toEqual(['Lumen Santé']);
  });
  it("leaves a person's own mail alone", () => {
    const d = withRelayedContacts(mail('paul.roux@atelier-roux.fr'));
    expect(d.people).toEqual([]);
  });
});
