import { describe, expect, it } from 'vitest';
import {
  dashedPerson,
  firmNamedSigner,
  firmSigner,
  isFirmMailbox,
  isFirmName,
  isRoomMailbox,
  isSharedMailbox,
  mailboxSigner,
} from './shared-mailbox';
import { looksLikePersonName } from './text';

describe('isSharedMailbox', () => {
  it.each([
    ['Harbourline Ops', 'ops@harbourline.co.uk', true],
    ['Commercial Rayonvia', 'commercial@rayonvia.fr', true],
    ['Service Ventes Lormand', 'ventes@lormand.fr', true],
    ['Auftragsbüro Nordlicht', 'auftrag@nordlicht-fenster.de', true],
    ['Achats Groupe Méliade', 'achats@groupe-meliade.fr', true],
    ['Kundendienst Brakel', 'service@brakel.de', true],
    ['Sales Team', 'sales@acme.io', true],
    ['ADV Menuiseries Castel', 'adv@menuiseries-castel.fr', true],
    ['Ufficio Ordini', 'ordini@oleificio-rossi.it', true],
    ['Ufficio Acquisti Carrara', 'acquisti@carrara-marmi.it', true],
    ['Departamento de Ventas', 'ventas@ferreteria-ruiz.es', true],
    ['Giulia Ordini', 'giulia.ordini@rossi.it', false],
    ['Anna Ops', 'anna.ops@acme.io', false],
    ['Katrin Vogel', 'k.vogel@nordlicht-fenster.de', false],
    ['Léa Service', 'lea.service@acme.fr', false],
    ['Jonas', 'info@acme.de', false],
  ])('%s <%s> → %s', (name, address, shared) => {
    expect(isSharedMailbox(name, address)).toBe(shared);
  });
});

describe('isFirmMailbox', () => {
  it.each([
    ['Pépinières du Val de Sèvre', 'commandes@pepinieres-valdesevre.fr', true],
    ['Brasserie de la Gare Haute', 'contact@brasseriedelagarehaute.fr', true],
    ['Tischlerei Otto Brandt', 'info@tischlerei-otto-brandt.de', true],
    ['Cornish Slate Supplies', 'orders@cornish-slate-supplies.co.uk', true],
    // umlauts as domains write them out ("ü" → "ue", "ß" → "ss"), or dropped
    ['Bäckerei Jürgen Weiß', 'vertrieb@baeckerei-juergen-weiss.de', true],
    ['Bäckerei Jürgen Weiß', 'info@baeckerei-juergen-weiss.de', true],
    ['Schreinerei Günther Köhler', 'kontakt@schreinerei-gunther-kohler.de', true],
    ['Bäckerei Jürgen Weiß', 'info@baeckerei-juergen.de', false],
    // a sole trader's name on a general address, a person's own address, a name the domain does not spell
    ['Julie Martin', 'contact@julie-martin.fr', false],
    ['Anne de Villiers', 'anne@annedevilliers.fr', false],
    ['Service commercial Rotor', 'commandes@pepinieres-valdesevre.fr', false],
    ['Pépinières du Val de Sèvre', 'jean.roux@pepinieres-valdesevre.fr', false],
    // two words: a firm's word, then the domain's name
    ['Tonnellerie Garrigue-Maury', 'commandes@garrigue-maury.fr', true],
    ['Brasserie Lindqvist', 'orders@lindqvist.co.uk', true],
    ['Weingut Albrecht', 'info@albrecht-wein.de', true],
    ['Tonnellerie Garrigue-Maury', 'p.roux@garrigue-maury.fr', false],
    ['Paul Garrigue-Maury', 'contact@garrigue-maury.fr', false],
  ])('%s <%s> → %s', (name, address, firm) => {
    expect(isFirmMailbox(name, address)).toBe(firm);
  });
});

describe('dashedPerson', () => {
  const isName = (s: string) => looksLikePersonName(s);
  it.each([
    ['Transports Vidalou – Léa Marchetti', 'l.marchetti@transports-vidalou.fr', 'Léa Marchetti', 'Transports Vidalou'],
    ['Tom Hale | Brakel Freight', 'tom.hale@brakel.co.uk', 'Tom Hale', 'Brakel Freight'],
    ['Spedition Kruse - Jana Oltmann', 'jana.oltmann@kruse-spedition.de', 'Jana Oltmann', 'Spedition Kruse'],
    // no dash, a mailbox that spells neither side, a person and a title
    ['Léa Marchetti', 'l.marchetti@transports-vidalou.fr', undefined, undefined],
    ['Transports Vidalou – Léa Marchetti', 'contact@transports-vidalou.fr', undefined, undefined],
  ])('%s <%s>', (name, address, who, firm) =>
    expect(dashedPerson(name, address, isName)).toEqual(who ? { name: who, firm } : undefined),
  );
});

describe('isFirmName', () => {
  it.each([
    // a firm's name over a person's address at its domain
    ['Bremer Weinkontor', 'h.oltmann@bremer-weinkontor.de', true],
    ['Nordheimer Holzhandel', 'k.brandt@nordheimer-holzhandel.de', true],
    ['Tonnellerie Garrigue-Maury', 'p.roux@garrigue-maury.fr', true],
    ['Fenwick Consulting', 'j.hale@fenwick-consulting.co.uk', true],
    // a person's own name, a firm word the address spells, a name the domain does not spell
    ['Anna Berg', 'ab@anna-berg.de', false],
    ['Paul Garrigue', 'p.roux@garrigue-maury.fr', false],
    ['Bremer Weinkontor', 'weinkontor@bremer-weinkontor.de', false],
    ['Fenwick Consulting', 'j.hale@ashdown-partners.co.uk', false],
    ['Studio', 'j.hale@studio.fr', false],
  ])('%s <%s> → %s', (name, address, firm) => {
    expect(isFirmName(name, address)).toBe(firm);
  });
});

describe('mailboxSigner', () => {
  const body = (...lines: string[]) => lines;
  it.each([
    [
      'FR: closing, name, desk, firm, address and number',
      body(
        'Bonjour,',
        'Votre commande part lundi.',
        'Cordialement,',
        'Lucie Ferrand',
        'Administration des ventes',
        'Menuiseries Castel',
        'adv@menuiseries-castel.fr – 01 99 00 12 34',
      ),
      'adv@menuiseries-castel.fr',
      'Lucie Ferrand',
    ],
    [
      'EN: a blank line over the name',
      body('Hello Tom,', 'Your invoice is attached.', '', 'Priya Shah', 'Accounts team', 'accounts@harbourline.co.uk'),
      'accounts@harbourline.co.uk',
      'Priya Shah',
    ],
    [
      'DE: Mit freundlichen Grüßen',
      body(
        'Guten Tag,',
        'anbei die Auftragsbestätigung.',
        'Mit freundlichen Grüßen',
        'Jonas Weber',
        'Auftragsbüro',
        'auftrag@nordlicht-fenster.de',
      ),
      'auftrag@nordlicht-fenster.de',
      'Jonas Weber',
    ],
    [
      'no name over the address: none',
      body('Cordialement,', 'Le service ADV', 'adv@menuiseries-castel.fr'),
      'adv@menuiseries-castel.fr',
      undefined,
    ],
    [
      'a name in running text, not under a closing: none',
      body('Merci de voir avec', 'Lucie Ferrand', 'qui suit le dossier : adv@menuiseries-castel.fr'),
      'adv@menuiseries-castel.fr',
      undefined,
    ],
  ])('%s', (_, lines, address, name) => {
    expect(mailboxSigner(lines, address, looksLikePersonName)?.name).toBe(name);
  });
});

describe('firmSigner', () => {
  it.each([
    [
      'FR: a trade word before the domain name, SARL line',
      [
        'Bonjour,',
        'Le devis suit.',
        'Cordialement,',
        'Julie Perrin',
        'Chargée de clientèle',
        'Isolations Roux-Marchal SARL',
        '06 39 98 11 22',
      ],
      'Isolations Roux-Marchal',
      'contact@roux-marchal.fr',
      'Julie Perrin',
    ],
    [
      'EN: Ltd line, blank above the name',
      ['Hi Tom,', 'See attached.', '', 'Priya Shah', 'Account manager', 'Harbourline Roofing Ltd'],
      'Harbourline Roofing',
      'hello@harbourline.co.uk',
      'Priya Shah',
    ],
    [
      'DE: GmbH line',
      ['Guten Tag,', 'anbei das Angebot.', 'Mit freundlichen Grüßen', 'Jonas Weber', 'Dachdeckerei Brakel GmbH'],
      'Dachdeckerei Brakel',
      'info@brakel.de',
      'Jonas Weber',
    ],
    [
      "a sole trader's own name over the legal form: none",
      ['Bonjour,', 'Cordialement,', 'Julie Martin', 'Julie Martin EI'],
      'Julie Martin',
      'contact@julie-martin.fr',
      undefined,
    ],
    [
      'no legal line: none',
      ['Cordialement,', 'Julie Perrin', 'Isolations Roux-Marchal'],
      'Isolations Roux-Marchal',
      'contact@roux-marchal.fr',
      undefined,
    ],
    [
      'FR: the firm alone over its numbers, signed for the team',
      ['Bonjour,', 'Pour le service commandes,', 'Romane Castel', 'Tonnellerie Garrigue', 'T. 01 99 00 83 44'],
      'Tonnellerie Garrigue',
      'commandes@garrigue.fr',
      'Romane Castel',
    ],
    [
      'EN: for the team, the firm alone over a number',
      ['Hi,', 'For the orders team,', 'Priya Shah', 'Harbourline Roofing', 'T. +44 20 7946 0123'],
      'Harbourline Roofing',
      'orders@harbourline.co.uk',
      'Priya Shah',
    ],
    [
      "a display name without the domain's name: none",
      ['Cordialement,', 'Julie Perrin', 'Isolations Roux-Marchal SARL'],
      'Isolations Roux-Marchal',
      'contact@isolations-rm.fr',
      undefined,
    ],
  ])('%s', (_, lines, name, address, signer) => {
    expect(firmSigner(lines, name, address, looksLikePersonName)?.name).toBe(signer);
  });
});

describe('isRoomMailbox', () => {
  it.each([
    ['Salle Marie Curie', 'salle.mariecurie@ormevia.fr', true],
    ['Salle de réunion Voltaire', 'reunion.voltaire@ormevia.fr', true],
    ['Meeting Room Turing', 'room.turing@brindle.co.uk', true],
    ['Boardroom Nightingale', 'boardroom@brindle.co.uk', true],
    ['Konferenzraum Goethe', 'raum.goethe@lindwerk.de', true],
    ['Besprechungsraum Humboldt 2.OG', 'humboldt@lindwerk.de', true],
    ['Sala Garibaldi', 'riunioni.garibaldi@rossi.it', true],
    // a person named Sala, de La Salle or Meeting is still a person
    ['Sala Benítez', 'sala.benitez@ferreteria-ruiz.es', false],
    ['Jean de La Salle', 'j.delasalle@ormevia.fr', false],
    ['Emma Room', 'emma.room@brindle.co.uk', false],
    ['Meeting Anders', 'a.meeting@lindwerk.de', false],
    ['Salle', 'salle@ormevia.fr', false],
  ])('%s <%s> → %s', (name, address, room) => {
    expect(isRoomMailbox(name, address)).toBe(room);
  });
});

describe('firmNamedSigner', () => {
  const isName = (l: string) => looksLikePersonName(l);
  const body = (signer: string, role: string) => [
    'Bonjour,',
    'Voici nos nouveautés.',
    '',
    'Bonne lecture,',
    signer,
    role,
    'Se désabonner',
  ];
  it.each([
    ['Mathilde de Varenhal', 'mathilde.rouvenac@varenhal.io', 'Mathilde Rouvenac', 'Mathilde Rouvenac'],
    ['Tom from Brakelby', 'tom.hale@brakelby.co.uk', 'Tom Hale', 'Tom Hale'],
    ['Jana von Selbrand', 'j.oberkirch@selbrand.de', 'Jana Oberkirch', 'Jana Oberkirch'],
    ['Pia | Kelvane', 'pia.ostrowska@kelvane.com', 'Pia Ostrowska', 'Pia Ostrowska'],
    // a noble name whose mailbox is their own, a name line the mailbox does not spell, a firm not the domain's
    ['Hortense de Larrazet', 'hortense@larrazet.fr', 'Hortense Dupuy', undefined],
    ['Mathilde de Varenhal', 'mathilde.rouvenac@varenhal.io', 'Mathilde Corbin', undefined],
    ['Tom from Brakelby', 'tom.hale@mailhub.io', 'Tom Hale', undefined],
  ])('%s <%s> signed %s → %s', (name, address, signer, want) => {
    expect(firmNamedSigner(body(signer, 'Responsable produit'), name, address, isName)?.name).toBe(want);
  });
});
