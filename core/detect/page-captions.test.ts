import { describe, expect, it } from 'vitest';
import { blockLines } from './dom';
import { civicRole, copyrightPerson, loosePeople } from './page-captions';

const read = (html: string) => {
  const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return loosePeople(blockLines(doc.body)).map((p) => [p.name, p.title ?? '', p.company ?? '']);
};

describe('loosePeople', () => {
  it.each([
    // a run of names, and a credits line's guest with her role and firm
    [
      '<p>Lucien Maréchal · Odette Brunel · Karim Saadi</p>',
      [
        ['Lucien Maréchal', '', ''],
        ['Odette Brunel', '', ''],
        ['Karim Saadi', '', ''],
      ],
    ],
    [
      '<p>Hosted by Tom Pell · Guest: Ines Varga, co-founder of Loamworks</p>',
      [['Ines Varga', 'co-founder', 'Loamworks']],
    ],
    [
      '<p>Présenté par Marc Tissot · Invitée : Nadège Olivet, cofondatrice de Terres Vives</p>',
      [['Nadège Olivet', 'cofondatrice', 'Terres Vives']],
    ],
    // cards of one shape: a name, then its title (a rank first), then more
    [
      ['Paul Ravel', 'Anne Sorel', 'Yves Carpentier']
        .map((n, i) => `<article><h3>${n}</h3><p>${i + 1}e adjoint</p><p>Voirie</p></article>`)
        .join(''),
      [
        ['Paul Ravel', '1e adjoint', ''],
        ['Anne Sorel', '2e adjoint', ''],
        ['Yves Carpentier', '3e adjoint', ''],
      ],
    ],
    [
      ['Jonas Pfeil', 'Lena Krug', 'Timo Brandl']
        .map(
          (n, i) =>
            `<figure><figcaption><b>${n}</b><br>${i ? 'Büro &amp; Buchhaltung' : 'Technische Zeichnerin'}</figcaption></figure>`,
        )
        .join(''),
      [
        ['Jonas Pfeil', 'Technische Zeichnerin', ''],
        ['Lena Krug', 'Büro & Buchhaltung', ''],
        ['Timo Brandl', 'Büro & Buchhaltung', ''],
      ],
    ],
    // list items "Name, role" (a cleric's title off) and "Role : Name"
    [
      '<ul><li><strong>Père Gilles Aubry</strong>, curé de la paroisse</li><li>Luc Fontaine, diacre permanent</li></ul>',
      [
        ['Gilles Aubry', 'curé de la paroisse', ''],
        ['Luc Fontaine', 'diacre permanent', ''],
      ],
    ],
    [
      '<ul><li>Entraîneur seniors : Hugo Berthet</li><li>Entraîneuse U13 : Léna Caradec</li><li>Arbitre : à pourvoir</li></ul>',
      [
        ['Hugo Berthet', 'Entraîneur seniors', ''],
        ['Léna Caradec', 'Entraîneuse U13', ''],
      ],
    ],
    // "Name, role ; Name, role" in one cell
    [
      '<p>Rémi Vautier, architecte associé ; Chloé Martel, cheffe de projet</p>',
      [
        ['Rémi Vautier', 'architecte associé', ''],
        ['Chloé Martel', 'cheffe de projet', ''],
      ],
    ],
    // names with their tasks in brackets
    [
      '<p>Autour du président : Alice Perrot (accueil), Bruno Lemaire (jeunes) et Colette Huard (fêtes).</p>',
      [
        ['Alice Perrot', '', ''],
        ['Bruno Lemaire', '', ''],
        ['Colette Huard', '', ''],
      ],
    ],
    // a name after "présidé par", a caption's place
    [
      '<p>Le jury, présidé par Sabine Lorrain, directrice régionale de la Caisse Agricole Nord, a choisi.</p>',
      [['Sabine Lorrain', 'directrice régionale', 'Caisse Agricole Nord']],
    ],
    [
      '<figcaption>Au centre, Denis Carrel, directeur de site de Polyform Ouest, reçoit le prix.</figcaption>',
      [['Denis Carrel', 'directeur de site', 'Polyform Ouest']],
    ],
    [
      '<p>The panel was chaired by Ruth Calloway, partner at Fenwick Hale.</p>',
      [['Ruth Calloway', 'partner', 'Fenwick Hale']],
    ],
    // a history's sentences, a quote's speaker by role, a possessive apposition
    [
      '<ol><li><p>1931 : Émile Garnier et Rose Vial fondent l’atelier.</p></li><li><p>1970 : Jacques Garnier, fils des fondateurs, devient PDG.</p></li></ol>',
      [
        ['Émile Garnier', '', ''],
        ['Rose Vial', '', ''],
        ['Jacques Garnier', '', ''],
      ],
    ],
    ['<p>1994: Harold Finch took over as managing director.</p>', [['Harold Finch', '', '']]],
    ['<p>« Un lieu ouvert », résume le maire, Gilbert Arnoux.</p>', [['Gilbert Arnoux', 'maire', '']]],
    ['<p>Après 40 ans, Roger Blanchet, notre fondateur, prend sa retraite.</p>', [['Roger Blanchet', 'fondateur', '']]],
  ])('%s', (html, want) => {
    expect(read(html)).toEqual(want);
  });

  it.each([
    // streets, places, products and badges are no people; a photographer's credit neither
    '<p>Église Saint-Martin (Vinzelles) · Chapelle Notre-Dame · Église Sainte-Anne (Loché)</p>',
    '<p><a href="#">App Store</a> · <a href="#">Google Play</a></p>',
    '<p>Photo : B. Farge · Archives</p>',
    '<p>Invention du Petit Gaston, sablé au beurre qui fera la renommée de la maison.</p>',
    '<p>Diese Website wird bei der Hostwerk GmbH gehostet.</p>',
    '<p>Der Ozean wurde am 01.01.1969 initialisiert.</p>',
    '<ul><li>Arbitre : à pourvoir</li><li>Adresse : 8 allée des Lilas</li></ul>',
    '<p>Innung Kassel · Handwerk Nordhessen</p>',
    '<p>Der Autor übernimmt keine Gewähr.</p>',
    '<p>Les entreprises sont Forge Vidal (Tarbes), Usinage Pic (Pau) et Moulage Adour (Dax).</p>',
    // one "Name, role" item alone is no list
    '<ul><li>Jean Perrin, trésorier</li><li>Horaires du secrétariat</li></ul>',
    // a card grid of two is no grid
    '<div><article><h3>Paul Ravel</h3><p>Maire</p></article><article><h3>Anne Sorel</h3><p>Adjointe</p></article></div>',
  ])('nobody in %s', (html) => {
    expect(read(html)).toEqual([]);
  });
});

describe('civicRole', () => {
  it.each([
    ['Maire de Lhéry', true],
    ['curé de la paroisse', true],
    ['1er adjoint', false],
    ['Adjointe aux finances', true],
    ['Entraîneuse U15', true],
    ['Bürgermeisterin', true],
    ['Mairie de Lhéry', false],
    ['Curiosités', false],
    ['Coaching', false],
  ])('%s → %s', (t, want) => {
    expect(civicRole(t)).toBe(want);
  });
});

describe('copyrightPerson: a copyright line naming the owner after the firm (issue 7)', () => {
  it.each([
    [
      '© 2026 Ardennes Conseil – Jeanne Rolland-Diop, consultante en stratégie commerciale · Reims · Créé avec un CMS',
      [{ name: 'Jeanne Rolland-Diop', title: 'consultante en stratégie commerciale', company: 'Ardennes Conseil' }],
    ],
    [
      '© 2025 Harbourlight Studio | Imogen Pryce, Brand Designer | Privacy',
      [{ name: 'Imogen Pryce', title: 'Brand Designer', company: 'Harbourlight Studio' }],
    ],
    [
      '© 2024–2026 Kinzig Beratung – Jana Obermaier, Unternehmensberaterin',
      [{ name: 'Jana Obermaier', title: 'Unternehmensberaterin', company: 'Kinzig Beratung' }],
    ],
    ['© 2026 Ardennes Conseil – Tous droits réservés', []],
    ['© 2026 Ardennes Conseil – Reims, Champagne', []],
  ])('%s', (text, want) => {
    expect(copyrightPerson(text)).toEqual(want);
  });
});
