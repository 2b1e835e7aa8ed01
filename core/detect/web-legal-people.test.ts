import { describe, expect, it } from 'vitest';
import { legalLinePeople, withLegalFacts, withLegalPeople } from './web-legal-people';
import type { Detection } from './types';

describe('legalLinePeople: the people a legal notice line names (issue 7)', () => {
  it.each([
    // labels in a row, a trade as the label (FR)
    [
      'Administrateur délégué : Hugues Lambrecht. Maître brasseur : Carine Dumortier.',
      [
        { name: 'Hugues Lambrecht', title: 'Administrateur délégué' },
        { name: 'Carine Dumortier', title: 'Maître brasseur' },
      ],
    ],
    // the holder's own title after the name beats the label; a courtesy title dropped
    [
      'Collaborateur : Maître Jules Fontanel, avocat. Assistante juridique : Mme Lise Barraud.',
      [
        { name: 'Jules Fontanel', title: 'avocat' },
        { name: 'Lise Barraud', title: 'Assistante juridique' },
      ],
    ],
    // two labels joined by a line break sent as a space
    [
      'Associé gérant : Marc Jolidon Restauratrice de meubles anciens : Anna Ferretti',
      [
        { name: 'Marc Jolidon', title: 'Associé gérant' },
        { name: 'Anna Ferretti', title: 'Restauratrice de meubles anciens' },
      ],
    ],
    // a line break's next label run on after the name
    ['Gérant : Anselme Royer Tél. 05 99 00 12 34', [{ name: 'Anselme Royer', title: 'Gérant' }]],
    ['Geschäftsführer: Jonas Brenner Telefon: 030 1234567', [{ name: 'Jonas Brenner', title: 'Geschäftsführer' }]],
    // the firm's representative (FR/EN/DE)
    [
      'Savonnerie Dumas EURL, RCS Albi 123 456 789, représentée par sa gérante Odile Dumas.',
      [{ name: 'Odile Dumas', title: 'gérante' }],
    ],
    [
      'La société Conserves Brial SAS, représentée par son président, M. Gaston Brial.',
      [{ name: 'Gaston Brial', title: 'président' }],
    ],
    [
      'Harrow Tools Ltd, represented by its managing director, Jane Whitcombe.',
      [{ name: 'Jane Whitcombe', title: 'managing director' }],
    ],
    [
      'Kessler Holz GmbH, vertreten durch den Geschäftsführer Max Kessler.',
      [{ name: 'Max Kessler', title: 'Geschäftsführer' }],
    ],
    // an office held, with its address
    [
      'Le délégué à la protection des données du cabinet est Mme Irène Falgous, que vous pouvez contacter à dpo@cabinet-exemple.fr.',
      [{ name: 'Irène Falgous', title: 'délégué à la protection des données', email: 'dpo@cabinet-exemple.fr' }],
    ],
    ['Our data protection officer is Ms Hannah Lowry.', [{ name: 'Hannah Lowry', title: 'data protection officer' }]],
    // an association's board on one line
    [
      'Bureau : Présidente, Odile Martinaud ; Trésorier, Marc Delorge ; Secrétaire, Paul Rivière.',
      [
        { name: 'Odile Martinaud', title: 'Présidente' },
        { name: 'Marc Delorge', title: 'Trésorier' },
        { name: 'Paul Rivière', title: 'Secrétaire' },
      ],
    ],
  ])('%s', (line, people) => {
    expect(legalLinePeople(line)).toEqual(people);
  });

  it.each([
    // a host, an agency, a photographer, a place: no person of the firm
    'Hébergeur : Combell NV, Skaldenstraat 121, 9042 Gand.',
    // two names run together by a line break: left to the page's readers
    'Geschäftsführer: Jonas Brenner Dr. Ulrike Falk',
    'Gérants : Anne Morel Luc Morel',
    'Crédits photos : Lison Darrieux, Adobe Stock.',
    // a host's representative, an auditor, the labels after a host's
    'Hébergeur : Nimbus Cloud SAS, 4 rue du Port, 59100 Roubaix, représentée par son président Arnaud Vézier.',
    'Commissaire aux comptes : Hélène Martel.',
    'Hébergement : Nimbus Cloud SAS. Directeur : Arnaud Vézier.',
    'Conception : Agence Pastel Numérique.',
    'Adresse : Rue Haute 5, 4000 Liège',
    'Notre bière de saison « Père Gustave » est brassée avec le houblon de la Malterie du Condroz.',
    'Permanence le mercredi au local, 6 rue Henri Desbals.',
    'Le produit phare est Tarte Suzanne, vendue le dimanche.',
  ])('none in %s', (line) => {
    expect(legalLinePeople(line)).toEqual([]);
  });
});

describe('withLegalPeople: a legal notice page’s people are its firm’s', () => {
  const page = (prose: string, companies: Detection['companies'] = [{ name: 'Brasserie du Pont' }]): Detection => ({
    url: 'https://www.brasseriedupont.be/mentions-legales',
    kind: 'company-site',
    emails: [],
    people: [{ name: 'Paul Verlinden', title: 'Gérant', company: 'Brasserie du Pont' }],
    companies,
  });

  it('adds the people of a legal notice, the firm’s, once each', () => {
    const prose =
      'Mentions légales\nBrasserie du Pont SRL, BCE 0752.316.459\nGérant : Paul Verlinden. Maître brasseur : Carine Dumortier.';
    const d = withLegalPeople(page(prose), prose);
    expect(d.people).toEqual([
      { name: 'Paul Verlinden', title: 'Gérant', company: 'Brasserie du Pont' },
      { name: 'Carine Dumortier', title: 'Maître brasseur', company: 'Brasserie du Pont' },
    ]);
  });

  it.each(['Dr Irène Falgous', 'Maître Irène Falgous'])(
    'reads the practitioner a practice is named after: %s',
    (firm) => {
      const prose = 'Mentions légales\nCabinet exploité par la SELARL Falgous, RCS Toulouse 850 772 146.';
      const d = withLegalPeople(
        { ...page(prose, [{ name: firm, domain: 'falgous.example' }]), people: [] as Detection['people'] },
        prose,
      );
      expect(d.people).toEqual([{ name: 'Irène Falgous', company: firm }]);
    },
  );

  it('names the practice by the legal name the notice gives it', () => {
    const prose =
      'Mentions légales\nCabinet exploité par la SELARL du Docteur Irène Falgous, RCS Toulouse 850 772 146.';
    const d = withLegalPeople(
      { ...page(prose, [{ name: 'Dr Irène Falgous', domain: 'falgous.example' }]), people: [] as Detection['people'] },
      prose,
    );
    expect(d.companies).toEqual([{ name: 'SELARL du Docteur Irène Falgous', domain: 'falgous.example' }]);
    expect(d.people).toEqual([{ name: 'Irène Falgous', company: 'SELARL du Docteur Irène Falgous' }]);
  });

  it('reads nothing on a page that is no legal notice', () => {
    const prose = 'Notre équipe\nMaître brasseur : Carine Dumortier.';
    expect(withLegalPeople(page(prose), prose).people).toHaveLength(1);
  });

  it('names the association the page presents when it gives no firm', () => {
    const prose =
      "L'association Les Jardins de la Plaine (association loi 1901, RNA W313012111) anime trois parcelles.\nBureau : Présidente, Odile Martinaud ; Trésorier, Marc Delorge.";
    const d = withLegalPeople({ ...page(prose, []), people: [] as Detection['people'] }, prose);
    expect(d.companies).toEqual([{ name: 'Les Jardins de la Plaine' }]);
    expect(d.people.map((p) => [p.name, p.company])).toEqual([
      ['Odile Martinaud', 'Les Jardins de la Plaine'],
      ['Marc Delorge', 'Les Jardins de la Plaine'],
    ]);
  });
});

describe('withLegalFacts: the site firm’s ids and number from its legal notice', () => {
  const page = (_prose: string): Detection => ({
    url: 'https://www.plomberie-exemple.fr/mentions-legales',
    kind: 'company-site',
    emails: [],
    people: [{ name: 'Anselme Royer', title: 'Gérant', phones: ['06 99 00 11 22'] }],
    companies: [{ name: 'Plomberie Exemple', domain: 'plomberie-exemple.fr' }],
  });

  it('reads the firm’s SIREN and VAT number, never the host’s', () => {
    const prose = [
      'Mentions légales',
      'Le site est la propriété de la société Sanitaires Royer (SARL), RCS Toulouse 520 931 189, n° TVA FR01520931189.',
      '2. Hébergeur',
      'Nimbus Cloud SAS, 4 rue du Port, 59100 Roubaix — RCS Lille 424 761 419.',
    ].join('\n');
    expect(withLegalFacts(page(prose), prose).companies[0]).toMatchObject({
      siren: '520931189',
      vat: 'FR01520931189',
    });
  });

  it('gives no SIREN when the notice names two firms’ registers outside a host’s part', () => {
    const prose =
      'Mentions légales\nSanitaires Royer, RCS Toulouse 520 931 189.\nNotre partenaire Dépannage Sud, RCS Lille 424 761 419.';
    expect(withLegalFacts(page(prose), prose).companies[0]!.siren).toBeUndefined();
  });

  it.each([
    ['fr', 'Service client : contact@plomberie-exemple.fr – 05 99 00 12 34 (du lundi au vendredi).'],
    ['fr', 'Secrétariat : 05 99 00 12 34 (prise de rendez-vous en ligne).'],
    ['en', 'Customer service: 05 99 00 12 34, Monday to Friday.'],
  ])('%s: the desk’s or own address’s number is the firm’s: %s', (_, line) => {
    const prose = `Mentions légales\nSIREN 520 931 189\n${line}`;
    expect(withLegalFacts(page(prose), prose).companies[0]!.phones).toEqual(['05 99 00 12 34']);
  });

  it('gives no number from a person’s sentence', () => {
    const prose = 'Mentions légales\nContact : Anselme Royer, 06 99 00 11 23.';
    expect(withLegalFacts(page(prose), prose).companies[0]!.phones).toBeUndefined();
  });
});
