import { describe, expect, it } from 'vitest';
import { bracketFirms, firmShaped, proseFirms, withMailProseFirms } from './mail-firms';
import type { Detection } from './types';

describe('proseFirms', () => {
  it.each([
    ['nous travaillons aujourd’hui avec Tuilerie Marchadier pour les toits.', ['Tuilerie Marchadier']],
    ['Les bobines viennent de chez Fonderie Lesueur & Fils, à Lyon.', ['Fonderie Lesueur & Fils']],
    [
      'Nous avons reçu une offre de votre concurrent direct, Plastinord Emballages, moins chère.',
      ['Plastinord Emballages'],
    ],
    ['Our customer Birchwood & Sons Bakery asked for samples.', ['Birchwood & Sons Bakery']],
    [
      'We moved the pallets from Redmoor Transport to Kestrel Haulage Ltd last week.',
      ['Redmoor Transport', 'Kestrel Haulage Ltd'],
    ],
    ['Die Ware wird durch unsere Spedition Brandt & Kühn Logistik GmbH abgeholt.', ['Brandt & Kühn Logistik GmbH']],
    ['Für Österreich arbeiten wir mit Tauernfracht Spedition zusammen.', ['Tauernfracht Spedition']],
    [
      'Wenden Sie sich an unsere Steuerberaterin Weidmann Steuerberatung PartG mbB, bitte.',
      ['Weidmann Steuerberatung PartG mbB'],
    ],
    // new members welcomed in a list, firms when one has a firm's word or a legal form (FR/EN/DE)
    [
      'Bienvenue à Forges Malavaud, Vernis Quéré et Atelier Ponthou Design !',
      ['Forges Malavaud', 'Vernis Quéré', 'Atelier Ponthou Design'],
    ],
    [
      'Nos nouveaux adhérents : Forges Malavaud (Lyon), Vernis Quéré (Paris) et Bois Tallec SARL.',
      ['Forges Malavaud', 'Vernis Quéré', 'Bois Tallec SARL'],
    ],
    ['Welcome to Ashby Pumps and Kettering Valves Ltd, our new members.', ['Ashby Pumps', 'Kettering Valves Ltd']],
    [
      'Neue Mitglieder: Lemmer Stahlbau GmbH, Hartwig Glas und Brenner Holzbau.',
      ['Lemmer Stahlbau GmbH', 'Hartwig Glas', 'Brenner Holzbau'],
    ],
    ['Bienvenue à Marie Dupont et Paul Girard dans l’équipe.', []],
    [
      'Les sociétés consultées sont les suivantes :\nRayonnix Ouest (Nantes)\nSerrurerie Dubreuil & Fils\nLa visite aura lieu le 3 mai.',
      ['Rayonnix Ouest', 'Serrurerie Dubreuil & Fils'],
    ],
    [
      'Cobalt Conseil, société du groupe Nexora Digital, recrute pour son client historique, les Laboratoires Vernet, à Lyon.',
      ['Nexora Digital', 'Laboratoires Vernet'],
    ],
    ['Vous travaillerez avec notre partenaire éditeur Quantiva Software.', ['Quantiva Software']],
    [
      'Parmi mes clients : Biscuiterie Lormier, Scierie Gauthey, le groupe Atlanvia Marine et Verrerie Daubigny.',
      ['Atlanvia Marine', 'Biscuiterie Lormier', 'Scierie Gauthey', 'Verrerie Daubigny'],
    ],
    [
      'Our clients include: Harbour Mills, Kestrel Foods and Lyle & Sons.',
      ['Harbour Mills', 'Kestrel Foods', 'Lyle & Sons'],
    ],
    [
      'Zu unseren Kunden zählen: Brauerei Hollmann, Sägewerk Thieme und Holzbau Ritter GmbH.',
      ['Brauerei Hollmann', 'Sägewerk Thieme', 'Holzbau Ritter GmbH'],
    ],
    // no firm: a single capitalised word, a town, a sentence's own words
    ['Nous travaillons avec Lyon depuis 2019.', []],
    ['Je passe chez vous mardi, et avec plaisir.', []],
    ['Payment went out via Barclays transfer.', []],
    ['We moved the pallets from Calais to our depot.', []],
    ['The pilot runs from March 2027 to June 2027.', []],
  ])('%s', (body, firms) => expect(proseFirms(body)).toEqual(firms));
});

describe('bracketFirms: a person, their firm in brackets', () => {
  it.each([
    [
      'Je vous présente Jeanne Roussel (Atelier Brisant), qui cherche un imprimeur.',
      [['Jeanne Roussel', 'Atelier Brisant']],
    ],
    ['Max Wendler (Wendler Logistik GmbH) kommt am Montag.', [['Max Wendler', 'Wendler Logistik GmbH']]],
    ['Thanks to Olivia Barnes (Harlow Print Works) for the proofs.', [['Olivia Barnes', 'Harlow Print Works']]],
    // no firm: a town, a district, a year, a role, a firm before the brackets
    ['Paul Girardin (Lyon) et Léa Morvan (Paris 3e) seront là.', []],
    ['Nadia Berthou (2019) et Rémi Vautrin (directeur) aussi.', []],
    ['Rendez-vous chez Boulangerie Martel (Atelier Doux).', []],
    ['Quillon Analytics (Quillon Data Ltd) helps shops.', []],
  ])('%s', (line, want) => expect(bracketFirms(line).map((b) => [b.name, b.company])).toEqual(want));
});

describe('firmShaped', () => {
  it.each([
    ['Menuiserie Cardot de', 'Menuiserie Cardot'],
    ['Notre Dame', undefined],
    ['Varenne SARL', 'Varenne SARL'],
    ['Varenne', undefined],
  ])('%s', (raw, name) => expect(firmShaped(raw)).toBe(name));
});

describe('withMailProseFirms', () => {
  const base = (body: string): Detection =>
    ({
      url: 'https://mail.google.com/mail/u/0/#inbox/x',
      kind: 'gmail-thread',
      emails: [],
      people: [
        { name: 'Lucie Fabre', email: 'l.fabre@corbel.fr', company: 'Corbel' },
        { name: 'Erik Sandner', email: 'e.sandner@sandner-stb.de' },
      ],
      companies: [
        { name: 'Corbel', domain: 'corbel.fr' },
        { name: 'sandner-stb.de', domain: 'sandner-stb.de' },
      ],
      message: { subject: 's', bodyText: body },
    }) as unknown as Detection;

  it('adds the firms named in their sentence roles, not the participants', () => {
    const d = withMailProseFirms(
      base('Je te présente Lucie Fabre, de chez Corbel Lumière, pour son client Biscuiterie Varlet.'),
    );
    expect(d.companies.map((c) => c.name)).toEqual(['Corbel Lumière', 'sandner-stb.de', 'Biscuiterie Varlet']);
    expect(d.people[0]!.company).toBe('Corbel Lumière');
  });

  it('names a firm known only by its domain', () => {
    const d = withMailProseFirms(base('Bitte an unsere Steuerberater Sandner Steuerberatung PartG mbB, Herr Sandner.'));
    expect(d.companies[1]).toEqual({ name: 'Sandner Steuerberatung PartG mbB', domain: 'sandner-stb.de' });
    expect(d.people[1]!.company).toBe('Sandner Steuerberatung PartG mbB');
  });

  it('leaves web pages alone', () => {
    const d = { ...base('nous travaillons avec Tuilerie Marchadier.'), kind: 'other' } as Detection;
    expect(withMailProseFirms(d)).toBe(d);
  });
});
