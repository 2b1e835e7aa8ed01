import { describe, expect, it } from 'vitest';
import { headlineFirm, quotedPeople, textFirm, withNewsArticle } from './news-article';
import type { Detection } from './types';

describe('headlineFirm', () => {
  it.each([
    ["La conserverie Kervalen recrute et mise sur l'export", 'Kervalen'],
    ["L'entreprise Moulins Briard investit 2 millions", 'Moulins Briard'],
    ['Brasserie du Quai ouvre un second site', 'Brasserie du Quai'],
    ['À Vire, la fromagerie Hamelin-Roux double sa production', 'Hamelin-Roux'],
    ['Kelbrook Joinery hires twelve apprentices', 'Kelbrook Joinery'],
    ['In Skipton, Dalesway Printers opens a second site', 'Dalesway Printers'],
    ['Ashgrove Foods, the Hull pie maker, to open new bakery', 'Ashgrove Foods'],
    ['Die Hollmann GmbH aus Celle baut ein neues Werk', 'Hollmann GmbH'],
    ['Sternwald Metallbau eröffnet zweiten Standort', 'Sternwald Metallbau'],
    // (a takeover's headline, the firm's article left out)
    ['Les Tanneries du Morvan passent sous pavillon suisse', 'Tanneries du Morvan'],
    ['La Biscuiterie Quélennec passe aux mains de son directeur', 'Biscuiterie Quélennec'],
    // no firm: a general headline, a lead word alone
    ['Tempête : les ports fermés jusqu’à lundi', ''],
    ['Les prix du lait reculent', ''],
    ['The harbour reopens on Monday', ''],
  ])('%s → %s', (headline, firm) => {
    expect(headlineFirm(headline)).toBe(firm);
  });
});

describe('textFirm', () => {
  it.each([
    ['Kelbrook Joinery, the Leeds-based maker of sash windows, said on Monday it would hire.', 'Kelbrook Joinery'],
    ['Seit Jahren wächst sie. Die Hollmann GmbH aus Celle stellt Verpackungen her.', 'Hollmann GmbH'],
    ['The council met on Monday to discuss the budget.', ''],
    // issue 7: the lead's first sentence, when the headline names no firm
    ['Installée à Vitré depuis 1987, la menuiserie Gallais emploie 24 salariés. Elle livre Béton Rance.', 'Gallais'],
    ['La société Ardelis Composites (Lorient) vient de livrer sa première coque.', 'Ardelis Composites'],
    ['Ostraline, la conserverie de Douarnenez, exporte désormais au Japon.', 'Ostraline'],
    ['Der Maschinenbauer Hollwede aus Celle hat 40 Mitarbeiter eingestellt.', 'Hollwede'],
    ['Seit 1952 backt die Bäckerei Stöhrmann GmbH in Verden. Sie beliefert Kornhaus.', 'Stöhrmann GmbH'],
    ['Leeds-based Kelbrook Joinery has taken on six apprentices.', 'Kelbrook Joinery'],
    ['Dunmore Ceramics, a family-run tile maker in Stoke, has doubled its kiln space.', 'Dunmore Ceramics'],
    // (a person's title before their name, a person in apposition, a firm named only after the first sentence)
    ['Le directeur Yannick Rolland a présenté le projet.', ''],
    ['Sarah Pendle, a local councillor, opened the new wing.', ''],
    ['Un nouveau four a été installé. La fonderie Kerbrat investit encore.', ''],
  ])('%s → %s', (text, firm) => {
    expect(textFirm(text)).toBe(firm);
  });
});

describe('quotedPeople', () => {
  it.each([
    [
      '« Nous allons embaucher six personnes », précise Yann Morvan, directeur commercial.',
      [{ name: 'Yann Morvan', title: 'directeur commercial' }],
    ],
    [
      '« Le marché repart », explique Claire Besnard, directrice générale de Moulins Briard.',
      [{ name: 'Claire Besnard', title: 'directrice générale', company: 'Moulins Briard' }],
    ],
    [
      '"We are busier than ever," said Tom Reedley, sales director at Ashgrove Foods.',
      [{ name: 'Tom Reedley', title: 'sales director', company: 'Ashgrove Foods' }],
    ],
    [
      '„Wir wachsen weiter“, sagt Jana Hollbach, Leiterin Vertrieb.',
      [{ name: 'Jana Hollbach', title: 'Leiterin Vertrieb' }],
    ],
    // (a verb in the past tense: "a souligné", "sagte")
    [
      '« On garde tout le monde », a souligné Nadège Ferrat, directrice générale.',
      [{ name: 'Nadège Ferrat', title: 'directrice générale' }],
    ],
    [
      '„Das Werk bleibt“, sagte Lothar Brinkmann, Geschäftsführer der Halvern Guss GmbH.',
      [{ name: 'Lothar Brinkmann', title: 'Geschäftsführer', company: 'Halvern Guss GmbH' }],
    ],
    [
      'Le groupe Vantelle Industries reprend le site. « Rien ne change », explique Odile Sarrau, directrice générale du groupe.',
      [{ name: 'Odile Sarrau', title: 'directrice générale', company: 'Vantelle Industries' }],
    ],
    // no title after the name, or no person
    ['« Nous allons embaucher », précise Yann Morvan.', []],
    ['« Rien ne change », assure la mairie, satisfaite.', []],
  ])('%s', (text, people) => {
    expect(quotedPeople(text)).toEqual(people);
  });
});

const page = (over: Partial<Detection>): Detection => ({
  url: 'https://www.gazette-vallee.fr/eco/kervalen-recrute',
  kind: 'company-site',
  emails: [],
  people: [],
  companies: [{ name: 'La Gazette de la Vallée', domain: 'gazette-vallee.fr' }],
  ...over,
});

describe('withNewsArticle', () => {
  it('reads the subject firm first, gives it the quoted people and the people the paper was given', () => {
    const d = withNewsArticle(
      page({
        people: [
          { name: 'Anne Kerlo', company: 'La Gazette de la Vallée' },
          { name: 'Paul Tanguy', company: 'La Gazette de la Vallée' },
          { name: 'Hervé Quillec', title: 'directeur de la publication', company: 'La Gazette de la Vallée' },
        ],
        article: {
          headline: "La conserverie Kervalen recrute et mise sur l'export",
          byline: 'Paul Tanguy',
          text: 'L’entreprise dirigée par Anne Kerlo compte 40 salariés. « On embauche », précise Yann Morvan, directeur commercial.',
        },
      }),
    );
    expect(d.kind).toBe('other');
    expect(d.article).toBeUndefined();
    expect(d.companies.map((c) => c.name)).toEqual(['Kervalen', 'La Gazette de la Vallée']);
    expect(d.people).toEqual([
      { name: 'Anne Kerlo', company: 'Kervalen' },
      // (the journalist and the paper's masthead, whom the text does not name, keep what the page gave them)
      { name: 'Paul Tanguy', company: 'La Gazette de la Vallée' },
      { name: 'Hervé Quillec', title: 'directeur de la publication', company: 'La Gazette de la Vallée' },
      { name: 'Yann Morvan', title: 'directeur commercial', company: 'Kervalen' },
    ]);
  });

  it('reads the subject firm from the lead’s first sentence when the headline names none (issue 7)', () => {
    const d = withNewsArticle(
      page({
        people: [{ name: 'Paul Tanguy', company: 'La Gazette de la Vallée' }],
        article: {
          headline: 'Un nouveau four pour conquérir l’Europe',
          byline: 'Paul Tanguy',
          text: 'Installée à Vitré depuis 1987, la biscuiterie Lormel investit 3 millions. « Nous doublons », précise Gaëlle Lormel, présidente.',
        },
      }),
    );
    expect(d.companies.map((c) => c.name)).toEqual(['Lormel', 'La Gazette de la Vallée']);
    expect(d.people).toContainEqual({ name: 'Gaëlle Lormel', title: 'présidente', company: 'Lormel' });
  });

  it('leaves an article whose headline names no firm, or the site’s own firm, as it was (without its parts)', () => {
    // (or a person the page names: "Anne Kerlo recrute …")
    for (const headline of [
      'Tempête : les ports fermés jusqu’à lundi',
      'La Gazette de la Vallée recrute',
      'Anne Kerlo recrute six personnes',
    ]) {
      const d = withNewsArticle(
        page({
          people: [{ name: 'Anne Kerlo', company: 'La Gazette de la Vallée' }],
          article: { headline, byline: 'Paul Tanguy', text: '' },
        }),
      );
      expect(d.kind).toBe('company-site');
      expect(d.article).toBeUndefined();
      expect(d.people[0]!.company).toBe('La Gazette de la Vallée');
    }
  });
});
