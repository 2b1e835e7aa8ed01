import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { offerFirms } from './job-offers';

function rootOf(html: string): Element {
  const window = new Window({ url: 'https://jobs.example.test/', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document.body as unknown as Element;
}

const card = (title: string, fields: string[]) =>
  `<article><h2><a href="/o/1">${title}</a></h2><ul>${fields.map((f) => `<li>${f}</li>`).join('')}</ul>` +
  `<button aria-label="Save">♡</button></article>`;
const page = (h1: string, cards: string[]) => `<main><h1>${h1}</h1><section>${cards.join('')}</section></main>`;

describe('offerFirms: a job board’s offers name their hiring firms', () => {
  const cases: [string, string, [string, string[]][], string[]][] = [
    [
      'fr',
      '8 offres d’emploi à Nantes',
      [
        ['Chargé d’affaires', ['Bréval Ingénierie', 'Nantes', 'CDI', 'Publiée il y a 2 j']],
        ['Comptable', ['Cabinet Moreau-Lenoir', 'Rezé', 'CDD 6 mois', 'Publiée il y a 3 j']],
        ['Technicien SAV', ['Bréval Ingénierie', 'Saint-Herblain', 'Intérim', 'Publiée il y a 4 j']],
        ['Développeur PHP', ['Ostrea Web', 'Nantes', 'Freelance', 'Publiée il y a 5 j']],
      ],
      ['Bréval Ingénierie', 'Cabinet Moreau-Lenoir', 'Ostrea Web'],
    ],
    [
      'en',
      'Sales jobs in Leeds',
      [
        ['Account Manager', ['Harrow & Pike Ltd · Leeds · Full-time']],
        ['Inside Sales Rep', ['Quillfield Analytics · Bradford · Part-time']],
        ['Sales Engineer', ['Tamsin Robotics · York · Permanent']],
      ],
      ['Harrow & Pike Ltd', 'Quillfield Analytics', 'Tamsin Robotics'],
    ],
    [
      'de',
      'Stellenangebote in Freiburg',
      [
        ['Elektroniker (m/w/d)', ['Kessler Haustechnik GmbH', 'Freiburg', 'Festanstellung', 'vor 2 Tagen']],
        ['Werkstudent Marketing', ['Breisgau Solar AG', 'Emmendingen', 'Werkstudent', 'vor 3 Tagen']],
        ['Buchhalter', ['Steuerkanzlei Albrecht', 'Freiburg', 'Teilzeit', 'vor 5 Tagen']],
      ],
      ['Kessler Haustechnik GmbH', 'Breisgau Solar AG', 'Steuerkanzlei Albrecht'],
    ],
  ];
  it.each(cases)('%s', (_lang, h1, offers, firms) => {
    expect(
      offerFirms(
        rootOf(
          page(
            h1,
            offers.map(([t, f]) => card(t, f)),
          ),
        ),
      ),
    ).toEqual(firms);
  });

  it('a firm’s own careers page (town and contract only) names no firm', () => {
    const offers: [string, string[]][] = [
      ['Commercial terrain', ['Lyon', 'CDI']],
      ['Assistante ADV', ['Villeurbanne', 'CDD']],
      ['Magasinier', ['Vénissieux', 'Intérim']],
    ];
    expect(
      offerFirms(
        rootOf(
          page(
            'Nos offres d’emploi',
            offers.map(([t, f]) => card(t, f)),
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('a page not about jobs names no firm', () => {
    const offers: [string, string[]][] = [
      ['Keynote', ['Orla Brennan', 'Main hall', 'Stage A']],
      ['Panel', ['Ivo Marek', 'Room 2', 'Stage B']],
      ['Workshop', ['Saskia Lindqvist', 'Room 3', 'Stage C']],
    ];
    expect(
      offerFirms(
        rootOf(
          page(
            'Programme 2026',
            offers.map(([t, f]) => card(t, f)),
          ),
        ),
      ),
    ).toEqual([]);
  });
});

describe('offerFirms: plain list items of a firm’s own offers', () => {
  it.each([
    [
      'fr',
      'Nos offres d’emploi',
      ['Business Developer – Écully – CDI', 'Comptable – Lyon – CDD', 'Magasinier – Vénissieux – Intérim'],
    ],
    [
      'en',
      'Open positions',
      ['Sales Engineer – Leeds – Full-time', 'Bookkeeper – York – Part-time', 'Driver – Hull – Permanent'],
    ],
    [
      'de',
      'Stellenangebote',
      ['Elektroniker – Freiburg – Vollzeit', 'Buchhalter – Lahr – Teilzeit', 'Lagerist – Offenburg – Befristet'],
    ],
  ])('%s: the title first, then town and contract: no firm', (_lang, h1, items) => {
    const html = `<main><h1>${h1}</h1><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></main>`;
    expect(offerFirms(rootOf(html))).toEqual([]);
  });
});
