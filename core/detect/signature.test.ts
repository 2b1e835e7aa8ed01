import { describe, expect, it } from 'vitest';
import { parseSignature } from './text';
import { findLegalIds } from './legal-ids';

// parseSignature(what follows the name on its line, the lines after it, the sender's domain label)
describe('parseSignature', () => {
  it.each([
    {
      case: "a firm named for its trade ('… Ingénierie') under the title: the firm, not a second title",
      first: '',
      lines: [
        'Directrice technique',
        'Castel & Morvan Ingénierie',
        'Tél. : 01 99 00 12 34',
        '3 rue des Lilas, 35000 Rennes',
      ],
      label: 'cmingenierie',
      want: { title: 'Directrice technique', company: 'Castel & Morvan Ingénierie', phones: ['01 99 00 12 34'] },
    },
    {
      case: "an engineer's title is still a title ('Ingénieure d'études')",
      first: '',
      lines: ["Ingénieure d'études", 'Roux Bâtiment', 'Tél. 02 99 00 45 67'],
      label: 'rouxbatiment',
      want: { title: "Ingénieure d'études", company: 'Roux Bâtiment', phones: ['02 99 00 45 67'] },
    },
    {
      case: "a firm with its form first and a trade name after a dash ('SCP X, Y & Associés – Office Notarial …'): the firm",
      first: '',
      lines: [
        'Notaire associée',
        'SCP Roux, Vidal & Associés – Office Notarial du Littoral',
        '27 rue Nationale, 59000 Lille',
        'Tél. 03 99 00 74 15',
      ],
      label: 'notaireslittoral',
      want: { title: 'Notaire associée', company: 'SCP Roux, Vidal & Associés', phones: ['03 99 00 74 15'] },
    },
    {
      case: "a firm with its form first on its own line ('SELARL Morvan Avocats')",
      first: '',
      lines: ['Avocate', 'SELARL Morvan Avocats', 'Tél. 02 99 00 12 34'],
      label: 'morvanavocats',
      want: { title: 'Avocate', company: 'SELARL Morvan Avocats', phones: ['02 99 00 12 34'] },
    },
    {
      case: "'Firm GmbH – Ingenieurbüro für Tragwerksplanung': the firm alone",
      first: '',
      lines: [
        'Projektleiterin',
        'Brandt Statik GmbH – Ingenieurbüro für Tragwerksplanung und Bauphysik Nord',
        'Tel. +49 40 5551 2280',
      ],
      label: 'brandtstatik',
      want: { title: 'Projektleiterin', company: 'Brandt Statik GmbH', phones: ['+49 40 5551 2280'] },
    },
    {
      case: "a firm with a legal form, then its trade in words ('X SAS – Métallerie & serrurerie'): the firm alone",
      first: '',
      lines: ['Gérant', 'Serrurerie Vallon SAS – Métallerie & portails', 'Tél. 04 99 00 18 27'],
      label: undefined,
      want: { title: 'Gérant', company: 'Serrurerie Vallon SAS', phones: ['04 99 00 18 27'] },
    },
    {
      case: "the domain's firm, then its trade ('Maison Roque – Épicerie fine & cave')",
      first: '',
      lines: ['Maison Roque – Épicerie fine & cave', '06 39 98 41 07'],
      label: 'maisonroque',
      want: { company: 'Maison Roque', phones: ['06 39 98 41 07'] },
    },
    {
      case: "a German signatory's power ('Prokurist | Leiter Einkauf'): the first title",
      first: '',
      lines: ['Prokurist | Leiter Einkauf', 'Walz Pumpen GmbH', 'Tel.: +49 7361 555-210'],
      label: 'walzpumpen',
      want: { title: 'Prokurist', company: 'Walz Pumpen GmbH', phones: ['+49 7361 555-210'] },
    },
    {
      case: "'Title – Firm LLP, Town' and the firm's domain alone on a line: the firm without its town",
      first: '',
      lines: ['Associate Director – Quayle Brennan LLP, Leeds', 'T: 01632 960447', 'LinkedIn  |  qblaw.co.uk'],
      label: 'qblaw',
      want: { title: 'Associate Director', company: 'Quayle Brennan LLP', phones: ['01632 960447'] },
    },
    {
      case: "a free-mail sender's firm in capitals, its legal mentions led by a legal form alone ('EI – SIRET')",
      first: '',
      lines: [
        'Maître verrier',
        'VERRERIE MANSARD',
        '3 chemin du Four, 26400 Crest',
        'Atelier : 04 99 00 52 81',
        'EI – SIRET 829 146 752 00128',
      ],
      label: undefined,
      want: { title: 'Maître verrier', company: 'VERRERIE MANSARD', phones: ['04 99 00 52 81'] },
    },
    {
      case: 'title line before a company without legal form (domain label)',
      first: '',
      lines: [
        "Chargée d'affaires",
        'Atelier Ferrand',
        '12 chemin des Sablons · 69100 Villeurbanne',
        'Tél. : 04 78 93 12 40',
      ],
      label: 'atelierferrand',
      want: { title: "Chargée d'affaires", company: 'Atelier Ferrand', phones: ['04 78 93 12 40'] },
    },
    {
      case: 'a blank line between the title and the firm block (legal form), a 7-digit German mobile',
      first: '',
      lines: [
        'Leiter Einkauf',
        '',
        'Feldmann Metallbau GmbH & Co. KG',
        'Industriestraße 22 · 12099 Berlin',
        'Mobil 0171 3920188',
      ],
      label: undefined,
      want: { title: 'Leiter Einkauf', company: 'Feldmann Metallbau GmbH & Co. KG', phones: ['0171 3920188'] },
    },
    {
      case: 'the firm line goes on with " · street · postcode city": the firm alone',
      first: '',
      lines: ['Disponentin', 'Weserhafen Spedition GmbH · Kaiserkai 7 · 20457 Hamburg', 'T +49 40 3391 7720'],
      label: 'weserhafen',
      want: { title: 'Disponentin', company: 'Weserhafen Spedition GmbH', phones: ['+49 40 3391 7720'] },
    },
    {
      case: 'a free-mail sender: the trade name before "EI – SIRET …" is the firm',
      first: '',
      lines: ['Électricien', 'Électricité Moreau – EI – SIRET 732 829 320 00074', '06 48 22 19 07'],
      label: undefined,
      want: { title: 'Électricien', company: 'Électricité Moreau', phones: ['06 48 22 19 07'] },
    },
    {
      case: 'title only, then the phone footer',
      first: '',
      lines: ['Responsable des achats', '', 'Envoyé de mon iPhone'],
      label: 'atelierferrand',
      want: { title: 'Responsable des achats' },
    },
    {
      case: 'the phone footer right under the title is not the company',
      first: '',
      lines: ['Responsable des achats', 'Envoyé de mon iPhone'],
      label: 'atelierferrand',
      want: { title: 'Responsable des achats' },
    },
    {
      case: 'German title line, GmbH, phones, VAT',
      first: '',
      lines: [
        'Leiter Einkauf',
        'Kessler Antriebstechnik GmbH',
        'Industriestraße 14 · 70565 Stuttgart',
        'Tel. +49 711 4589 120 | Mobil +49 171 2234 567',
        'USt-IdNr.: DE274593803',
      ],
      label: 'kesslerantriebe',
      want: {
        title: 'Leiter Einkauf',
        company: 'Kessler Antriebstechnik GmbH',
        phones: ['+49 711 4589 120', '+49 171 2234 567'],
        vat: 'DE274593803',
      },
    },
    {
      case: 'German clerk title, then "Von meinem iPhone gesendet"',
      first: '',
      lines: ['Sachbearbeiterin Vertriebsinnendienst', 'Von meinem iPhone gesendet'],
      label: 'kesslerantriebe',
      want: { title: 'Sachbearbeiterin Vertriebsinnendienst' },
    },
    {
      case: 'English "name | title" line, then company with legal form',
      first: ' | Director, Client Solutions',
      lines: ['Northwind Logistics, Inc.', 'm: +1 (617) 555-0142'],
      label: 'northwindlogistics',
      want: {
        title: 'Director, Client Solutions',
        company: 'Northwind Logistics, Inc.',
        phones: ['+1 (617) 555-0142'],
      },
    },
    {
      case: 'mobile footers are never the company',
      first: '',
      lines: ['Sent from my iPhone'],
      label: undefined,
      want: {},
    },
    {
      case: '"Get Outlook for iOS" after a title',
      first: '',
      lines: ['Account Manager', 'Get Outlook for iOS'],
      label: 'acme',
      want: { title: 'Account Manager' },
    },
    {
      case: '"Envoyé depuis Outlook pour Android"',
      first: '',
      lines: ['Envoyé depuis Outlook pour Android'],
      label: undefined,
      want: {},
    },
    {
      case: 'a phrase in position of a company is not a company',
      first: '',
      lines: ['Gestionnaire de paie', 'Service des ressources humaines'],
      label: 'orsane',
      want: { title: 'Gestionnaire de paie' },
    },
    {
      case: 'a company first, then a title',
      first: '',
      lines: ['Maison Vernier', 'Directrice des achats', '+33 4 72 10 20 30'],
      label: 'maisonvernier',
      want: { title: 'Directrice des achats', company: 'Maison Vernier', phones: ['+33 4 72 10 20 30'] },
    },
    {
      case: 'the quoted reply header stops the signature',
      first: '',
      lines: ['Chef de projet', 'De : Paul Lemercier <paul@lemercier-conseil.fr>', 'Atelier Lemercier'],
      label: 'ferrand',
      want: { title: 'Chef de projet' },
    },
    {
      case: 'free-mail sender: the company by position, after the title',
      first: '',
      lines: ['Gérante', 'Boucherie Moreau', '06 12 34 56 78'],
      label: undefined,
      want: { title: 'Gérante', company: 'Boucherie Moreau', phones: ['06 12 34 56 78'] },
    },
    {
      case: 'free-mail sender: a lone line that reads as a name is the company',
      first: '',
      lines: ['Boucherie Moreau'],
      label: undefined,
      want: { company: 'Boucherie Moreau' },
    },
    {
      case: 'brand differs from the domain: the line under the title',
      first: '',
      lines: ['Head of Sales', 'Northwind', '+1 617 555 0142'],
      label: 'nwl',
      want: { title: 'Head of Sales', company: 'Northwind', phones: ['+1 617 555 0142'] },
    },
    {
      case: '"Title | Company" line, then "D: … | M: …" phones',
      first: '',
      lines: [
        "Chargée d'affaires | Vallon Bâtiment",
        'D: +33 4 76 21 43 10 | M: +33 6 21 43 65 87',
        'www.vallon-batiment.fr',
      ],
      label: 'vallonbatiment',
      want: {
        title: "Chargée d'affaires",
        company: 'Vallon Bâtiment',
        phones: ['+33 4 76 21 43 10', '+33 6 21 43 65 87'],
      },
    },
    {
      case: 'English "Title | Company", phones, then "Sent from my iPhone"',
      first: '',
      lines: [
        'Head of Client Partnerships | Larchmont Analytics',
        'D: +44 113 496 0712 | M: +44 7700 900 418',
        'Sent from my iPhone',
      ],
      label: 'larchmontanalytics',
      want: {
        title: 'Head of Client Partnerships',
        company: 'Larchmont Analytics',
        phones: ['+44 113 496 0712', '+44 7700 900 418'],
      },
    },
    {
      case: "a free-mail sender's firm in capitals, spelt by the website on the phone line",
      first: '',
      lines: [
        'Architecte DPLG, associé',
        'DUVAL & MOREAU ARCHITECTES',
        '5 quai Perrière, 38000 Grenoble',
        '04 99 00 27 11 – www.duval-moreau-archi.fr',
      ],
      label: undefined,
      want: { title: 'Architecte DPLG, associé', company: 'DUVAL & MOREAU ARCHITECTES', phones: ['04 99 00 27 11'] },
    },
    {
      case: 'the firm before what it does, spelt by the domain with "et" for "&"',
      first: '',
      lines: ['Gérant', 'POIVRE & SEL – Traiteur événementiel', 'Tél. 05 99 00 44 90'],
      label: 'poivreetsel',
      want: { title: 'Gérant', company: 'POIVRE & SEL', phones: ['05 99 00 44 90'] },
    },
    {
      case: '"Firm – Title" on one line, the domain with umlauts written out, a long Impressum line',
      first: '',
      lines: [
        'Mühle Kranich GmbH & Co. KG – Leiterin Vertrieb Großhandel',
        'Mühlenweg 3 · 85354 Freising',
        'Telefon: +49 89 555 38 90',
        'Mühle Kranich GmbH & Co. KG · Sitz: Freising · Registergericht: Amtsgericht München HRA 98299 · Persönlich haftende Gesellschafterin: Kranich Verwaltungs GmbH, Amtsgericht München HRB 211999 · Geschäftsführer: Konrad Kranich · USt-IdNr.: DE315962475',
      ],
      label: 'muehlekranich',
      want: {
        title: 'Leiterin Vertrieb Großhandel',
        company: 'Mühle Kranich GmbH & Co. KG',
        phones: ['+49 89 555 38 90'],
        vat: 'DE315962475',
      },
    },
  ])('$case', ({ first, lines, label, want }) => {
    const got = parseSignature(first, lines, label);
    expect(got.title).toBe(want.title);
    expect(got.company).toBe(want.company);
    expect(got.phones).toEqual(want.phones ?? []);
    if ('vat' in want) expect(findLegalIds(got.legal ?? '').vat).toBe(want.vat);
  });

  it.each([
    ["a single landline is the firm's", ['Tél. : 05 36 49 12 80 | Port. : 06 39 98 71 44'], '05 36 49 12 80'],
    ['"T" and "M" on one line', ['T : +33 4 65 71 58 20 · M : +33 6 39 98 02 75'], '+33 4 65 71 58 20'],
    [
      'the switchboard, not the direct line or the mobile',
      ['Ligne directe : 03 85 55 20 47', 'Tél. standard : 03 85 55 20 10', 'Portable : 06 55 41 27 90'],
      '03 85 55 20 10',
    ],
    ['Zentrale before Durchwahl', ['Durchwahl: +49 7833 555 142', 'Zentrale: +49 7833 555 100'], '+49 7833 555 100'],
    ['a mobile by its prefix, whatever its label', ['Tel. +49 151 55501 427'], undefined],
    ['a mobile alone', ['Mobil: 0171 3920188'], undefined],
  ])("the firm's phone: %s", (_, lines, want) => {
    expect(parseSignature('', ['Disponent', 'Spedition Muster GmbH', ...lines]).companyPhone).toBe(want);
  });

  it('"Firm GmbH & Co. KG · street · postcode city" gives the firm even when the address is not read as one', () => {
    const got = parseSignature('', [
      'Projektleitung Anlagenbau',
      'Krüger Technik GmbH & Co. KG · Industriestraße 7 · 74076 Heilbronn',
      'Tel. +49 7131 555 4418',
    ]);
    expect(got.company).toBe('Krüger Technik GmbH & Co. KG');
    expect(got.title).toBe('Projektleitung Anlagenbau');
  });

  it.each([
    ["Chargée d'affaires", 'Penmarc’h Solaire SAS – 4 quai de l’Odet – 29000 Quimper', 'Penmarc’h Solaire SAS'],
    ['Account Manager', 'Hollins & Pike Ltd — 22 Mill Lane — Leeds LS1 4AB', 'Hollins & Pike Ltd'],
    ['Bauleiter', 'Brenner Bau GmbH – Hauptstraße 12 – 79098 Freiburg', 'Brenner Bau GmbH'],
  ])('"%s" / "Firm – street – town" with dashes gives the firm (issue 7)', (title, line, firm) => {
    const got = parseSignature('', [title, line, 'Tél. 02 99 00 41 37']);
    expect(got.company).toBe(firm);
    expect(got.title).toBe(title);
  });

  it.each([
    [
      'Projektleitung Netzbau',
      'Wasserwerke Talheim GmbH · Tel. +49 30 5550 1100',
      'Wasserwerke Talheim GmbH',
      '+49 30 5550 1100',
    ],
    ['Office Manager', 'Brightwell Joinery Ltd | T: 020 7946 0101', 'Brightwell Joinery Ltd', '020 7946 0101'],
    ['Gérante', 'Fontaine Paysage SARL – Tél. 01 99 00 55 10', 'Fontaine Paysage SARL', '01 99 00 55 10'],
  ])('"%s" / "Firm · phone" gives the firm and its number (issue 7)', (title, line, firm, phone) => {
    const got = parseSignature('', [title, line]);
    expect(got.company).toBe(firm);
    expect(got.title).toBe(title);
    expect(got.companyPhone).toBe(phone);
  });
});

describe('parseSignature: Belgian legal forms; a line without letters is no firm (issue 7)', () => {
  it.each([
    ['Ingénieure process', 'Dewulf Kunststoffen SRL · Rue de la Station 12, 7000 Mons', 'Dewulf Kunststoffen SRL'],
    ['Plant Manager', 'Maes & Peeters BVBA · Industrieweg 4, 2440 Geel', 'Maes & Peeters BVBA'],
    ['Gérant', 'Menuiserie Lambot SPRL · Chaussée de Namur 8, 5030 Gembloux', 'Menuiserie Lambot SPRL'],
  ])('"%s" / "%s"', (title, line, firm) => {
    const got = parseSignature('', [title, line, '+32 65 55 01 20', '···']);
    expect([got.title, got.company]).toEqual([title, firm]);
  });
  it.each([['···'], ['…'], ['— — —']])('"%s" under a signature without firm', (junk) => {
    expect(parseSignature('', ['Head of Quality', '+32 65 55 01 20', junk]).company).toBeUndefined();
  });
});
