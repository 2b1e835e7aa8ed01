import { describe, expect, it } from 'vitest';
import { webProseFirms, webProsePeople, withWebProseFirms } from './web-prose-firms';
import type { Detection } from './types';

describe('webProseFirms: the firms a page names in a firm role (issue 7)', () => {
  it.each([
    // roles that name firms only (FR/EN/DE)
    ['En 2011, Verrerie Maubois devient une filiale de Quintal Holding.', ['Quintal Holding']],
    ['La marque, rachetée par le Groupe Ombrelle en 2020, reste à Niort.', ['Groupe Ombrelle']],
    ['Norlane Tools was acquired by Brackwater Industrial Group in 2019.', ['Brackwater Industrial Group']],
    // an acquisition's target: the shares or the stake in a firm (issue 7)
    [
      'Die Weserwerke AG erwirbt 60 Prozent der Anteile an der Brenner Fluidtechnik GmbH & Co. KG.',
      ['Brenner Fluidtechnik GmbH & Co. KG'],
    ],
    ['Halden Capital takes a majority stake in Norvel Pumps Ltd.', ['Norvel Pumps Ltd']],
    ['Le groupe prend une participation majoritaire dans Forges Malavaud SAS.', ['Forges Malavaud SAS']],
    [
      'Wir bauen in Zusammenarbeit mit Hallberg Antriebe GmbH & Co. KG. Generalunternehmer: Krantz Bau KG.',
      ['Hallberg Antriebe GmbH & Co. KG', 'Krantz Bau KG'],
    ],
    [
      'Wir bauen in Zusammenarbeit mit Hallberg Antriebe GmbH. Generalunternehmer: Krantz Bau KG.',
      ['Hallberg Antriebe GmbH', 'Krantz Bau KG'],
    ],
    ['Atelier Vossier, partenaire Gold de Pyxel Software, déploie le module.', ['Pyxel Software', 'Atelier Vossier']],
    // the kind of firm before it, a single word too
    ['Premier contrat avec la chaîne Vitamod, puis rachat par le groupe Lunaris.', ['Vitamod', 'Lunaris']],
    ["Le vendeur était accompagné par le cabinet d'avocats Berthet Ledoux Avocats.", ['Berthet Ledoux Avocats']],
    // a role that may name a person: a firm's word or a legal form needed
    ['Les fils sont filés par la Filature Crespel, les boucles fabriquées par Marc Tissot.', ['Filature Crespel']],
    [
      'Conseillé par Ravenel & Moutier, le fonds Altair Capital Partners cède ses parts.',
      ['Altair Capital Partners', 'Ravenel & Moutier'],
    ],
    // a firm before its role
    ['Quillon Logiciels, éditeur nantais, propose un outil simple.', ['Quillon Logiciels']],
    // the next firms of an enumeration (FR/EN/DE), never a public body nor a single word
    [
      "Le bureau a validé l'adhésion de Forges Malavaud, spécialiste du portail, de Vernis Quéré et de l'Atelier Ponthou Design.",
      ['Forges Malavaud', 'Vernis Quéré', 'Atelier Ponthou Design'],
    ],
    [
      'Le jury a récompensé Menuiserie Tallec pour sa fenêtre et Charpentes Rioual pour son abri.',
      ['Menuiserie Tallec', 'Charpentes Rioual'],
    ],
    [
      'Norvel Tools was acquired by Dunford Group, Ashby Pumps Ltd and Kettering Valves.',
      ['Dunford Group', 'Ashby Pumps Ltd', 'Kettering Valves'],
    ],
    [
      'Gebaut in Zusammenarbeit mit Lemmer Stahlbau GmbH und Hartwig Glas KG.',
      ['Lemmer Stahlbau GmbH', 'Hartwig Glas KG'],
    ],
    ['Projet mené en partenariat avec Agrivolt Systèmes et la Région Bretagne.', ['Agrivolt Systèmes']],
    ['Nous travaillons en partenariat avec Agrivolt Systèmes, Lyon Part-Dieu.', ['Agrivolt Systèmes']],
    ['La marque, rachetée par le Groupe Tavernier, puis par Lunel en 2019.', ['Groupe Tavernier']],
    // a list of firms announced by the line before: its short lines, never its lines of description nor a contact
    [
      'Eine Auswahl unserer Projekte:\nBrauerei Kandler, Fulda\nNeue Abfüllanlage für das Werk.\nMühlenwerke Rossbach AG\nProjekt Nordhafen\nAnsprechpartner: Jan Ohlsen',
      ['Brauerei Kandler', 'Mühlenwerke Rossbach AG'],
    ],
    ['Nos nouveaux membres :\nBois Tallec (Quimper)\nVernis Quéré SARL', ['Bois Tallec', 'Vernis Quéré SARL']],
    ['Nos nouveaux membres :\nMarie Dupont (Quimper)\nPaul Girard', []],
    ['Our customers include:\nAshby Pumps\nKettering Valves Ltd', ['Ashby Pumps', 'Kettering Valves Ltd']],
    // no firm: a person, a single word after a role that may name anyone, a legal notice's host
    ['Fondée par Hélène Marchal, la maison compte 12 salariés.', []],
    ['Nos paiements sont sécurisés par Banque Populaire et expédiés par Colivo.', []],
    ['Hébergeur : Nuvola Hosting SAS, 4 rue des Lilas, 59000 Lille.', []],
    ['Financement en partenariat avec Banque Verdier Crédit Finance.', []],
    ['Salon organisé par Événements Lorrains SARL.', []],
  ])('%s', (text, want) => expect(webProseFirms(text)).toEqual(want));
});

describe('webProsePeople: people named with their firm in brackets', () => {
  it.each([
    [
      'Le jury présidé par Hélène Quintric (Quintric Vitrages) a remis trois prix.',
      ['Hélène Quintric (Quintric Vitrages)'],
    ],
    ['Thanks to Olivia Barnes (Harlow Print Works) for the proofs.', ['Olivia Barnes (Harlow Print Works)']],
    ['Ein Dank an Max Wendler (Wendler Logistik GmbH).', ['Max Wendler (Wendler Logistik GmbH)']],
    // no person: a town in brackets, a legal notice's line
    ['Avec Paul Girardin (Lyon) et Léa Morvan (Paris 3e).', []],
    ['Directeur de la publication : Paul Verdier (Verdier Média SARL).', []],
  ])('%s', (text, want) =>
    expect(webProsePeople(text).map((p) => (p.company ? `${p.name} (${p.company})` : p.name))).toEqual(want),
  );
});

describe('withWebProseFirms: a web page with its prose firms after its own', () => {
  const page = (kind: Detection['kind']): Detection => ({
    url: 'https://www.atelier-morvan.fr/histoire',
    kind,
    emails: [],
    people: [{ name: 'Lise Morvan', company: 'Atelier Morvan' }],
    companies: [{ name: 'Atelier Morvan', domain: 'atelier-morvan.fr' }],
    prose: 'x',
  });
  const text =
    "L'Atelier Morvan est une filiale de Castel Industries depuis 2004.\nRachat par le groupe Atelier Morvan Diffusion.\nFondée par Lise Morvan, reprise par le groupe Lise Morvan.";
  it('adds the firms the page does not give yet, never its own nor a person', () => {
    const d = withWebProseFirms(page('company-site'), text);
    expect(d.companies.map((c) => c.name)).toEqual(['Atelier Morvan', 'Castel Industries']);
  });
  it('reads no legal notice', () => {
    const d = withWebProseFirms(
      { ...page('company-site'), url: 'https://www.atelier-morvan.fr/mentions-legales' },
      text,
    );
    expect(d.companies.map((c) => c.name)).toEqual(['Atelier Morvan']);
  });
  it('reads no webmail page', () => {
    const d = withWebProseFirms(page('gmail-thread'), text);
    expect(d.companies.map((c) => c.name)).toEqual(['Atelier Morvan']);
  });
});

describe('webProseFirms: a prize’s winner (issue 7)', () => {
  it.each([
    ['fr', 'Le prix spécial, remis par le jury, revient à Escaliers Kervoas.', ['Escaliers Kervoas']],
    ['fr', "Le trophée de l'innovation est attribué à Menuiserie Tanguy pour sa fenêtre.", ['Menuiserie Tanguy']],
    ['en', 'The special award went to Harrowby Joinery Ltd for its staircase.', ['Harrowby Joinery Ltd']],
    ['de', 'Der Sonderpreis geht an Schreinerei Wendling.', ['Schreinerei Wendling']],
    // (a person, a town: no firm)
    ['fr', 'Le prix du public revient à Jeanne Kervella.', []],
    ['en', 'The trophy went to Leeds last year.', []],
  ])('%s: %s', (_, text, want) => {
    expect(webProseFirms(text)).toEqual(want);
  });
});

describe('webProseFirms: a stockist (issue 7)', () => {
  it.each([
    ['fr', 'En boutique, retrouvez nos créations au Comptoir des Tanneurs (Lyon 2e).', ['Comptoir des Tanneurs']],
    ['en', 'Our range is available at Harrowby Textiles in Leeds.', ['Harrowby Textiles']],
    ['de', 'Unsere Taschen sind erhältlich bei Lederwaren Kessling GmbH.', ['Lederwaren Kessling GmbH']],
    // (a fair, a person: no firm)
    ['fr', 'Retrouvez-nous au Salon du Meuble.', []],
    ['en', 'Tickets are available at Leeds Town Hall.', []],
  ])('%s: %s', (_, text, want) => {
    expect(webProseFirms(text)).toEqual(want);
  });
});

describe('webProseFirms: a review’s ranked heading, a product then its publisher (issue 7)', () => {
  it.each([
    ['fr', '1. Chantora, de Chantora SAS', ['Chantora SAS']],
    ['en', '2. Relay, by Harrowby Software Ltd', ['Harrowby Software Ltd']],
    ['de', '3. Werkplan, von Kessling Software GmbH', ['Kessling Software GmbH']],
    // (a person, a bare name: no firm)
    ['fr', '4. Chantora, de Jeanne Kervella', []],
    ['fr', '5. Chantora, de Chantora', []],
  ])('%s: %s', (_, text, want) => {
    expect(webProseFirms(text)).toEqual(want);
  });
});

describe("webProseFirms: a contract 'confié à' a firm (issue 7)", () => {
  it.each([
    ["Le marché d'entretien des espaces verts est confié à la société Verdal Paysages SAS.", ['Verdal Paysages SAS']],
    ["La maîtrise d'œuvre a été confiée à Atelier Quast Architectes.", ['Atelier Quast Architectes']],
    ["Les travaux sont confiés à l'entreprise Brandvogt Bâtiment SARL.", ['Brandvogt Bâtiment SARL']],
    ['Le dossier est confié à Ottilie Brandvogt.', []],
    ['La présidence de séance est confiée à Ferdinand Quast.', []],
  ])('%s', (text, want) => {
    expect(webProseFirms(text)).toEqual(want);
  });
});
