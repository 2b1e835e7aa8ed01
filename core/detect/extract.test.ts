import { describe, expect, it } from 'vitest';
import { findEmails, isPlaceholderAddress, mailtoAddress } from './emails';
import { findPhones } from './phones';
import { findLegalIds, findRegisterIds, isValidSiren, isValidSiret, normalizeVat } from './legal-ids';
import { isFreemailDomain, isHostPlatform } from './freemail';
import { isNoReplyAddress, isSystemName } from './noreply';
import { looksLikeJobTitle, looksLikePersonName, parseHeadline, parseMailDate } from './text';
import { personName } from './page-people';

describe('findEmails', () => {
  it.each([
    ['write to compta [at] batiroc [dot] fr.', ['compta@batiroc.fr']],
    ['x(at)y(dot)fr', ['x@y.fr']],
    ['jean arobase dupont point fr', ['jean@dupont.fr']],
    ['Mail: Info@MarkEich.de.', ['info@markeich.de']],
    ['a@b.c and logo@2x.png', []],
    ['two: a.b@c.co.uk, d@e.fr', ['a.b@c.co.uk', 'd@e.fr']],
    ['no address here', []],
    ['x{at}y{dot}fr or z <at> w <dot> de', ['x@y.fr', 'z@w.de']],
    ['Jean AROBASE Dupont POINT fr', ['jean@dupont.fr']],
    ['(a) bracket, no at, and paul.v ArObAsE acme point io', ['paul.v@acme.io']],
  ])('%s', (text, want) => expect(findEmails(text)).toEqual(want));
  it('finds the same address again in each text that holds it (memoised forms)', () => {
    for (let i = 0; i < 3; i++) {
      expect(findEmails(`Contact : compta [at] client${i % 2} [dot] fr · x@y.fr`)).toEqual([
        'x@y.fr',
        `compta@client${i % 2}.fr`,
      ]);
    }
  });
  it('stays linear on hostile text', () => {
    expect(findEmails('a@'.repeat(50_000))).toEqual([]);
    expect(findEmails('[at] '.repeat(20_000))).toEqual([]);
    expect(findEmails('( '.repeat(50_000) + 'x [at] y [dot] fr')).toEqual(['x@y.fr']);
  });
  it('ends an obfuscated address at a sentence’s full stop', () => {
    expect(findEmails('écrivez à dpo [at] atelier-roux [dot] fr. En cas de doute')).toEqual(['dpo@atelier-roux.fr']);
    expect(findEmails('mail: a.b [at] mail.atelier-roux.co.uk')).toEqual(['a.b@mail.atelier-roux.co.uk']);
  });
  it('reads bracketed tokens of every kind in text order', () => {
    expect(findEmails('c {at} d {dot} fr, (a) <b> a (at) b (dot) fr, e [at] f [dot] fr')).toEqual([
      'c@d.fr',
      'a@b.fr',
      'e@f.fr',
    ]);
  });
});

describe('addresses', () => {
  it.each([
    ['you@example.com', true],
    ['name@domain.com', true],
    ['email@acme.fr', true],
    ['prenom.nom@exemple.fr', true],
    ['you@company.com', true],
    ['sophie@vireo.com', false],
    // a staff directory's address pattern
    ['initial.surname@hollow-univ.ac.uk', true],
    ['firstname.surname@hollow-univ.ac.uk', true],
    ['s.urname@hollow-univ.ac.uk', false],
  ])('placeholder %s', (a, want) => expect(isPlaceholderAddress(a)).toBe(want));
  it.each([
    ['no-reply@accounts.google.com', true],
    ['noreply@qonto.com', true],
    ['messages-noreply@linkedin.com', true],
    ['notifications@github.com', true],
    ['mailer-daemon@googlemail.com', true],
    ['dse_na3@docusign.net', true],
    ['noreply-94292212@plus.google.com', true],
    ['j.reyes@northwind-logistics.com', false],
  ])('no-reply %s', (a, want) => expect(isNoReplyAddress(a)).toBe(want));
  it.each([
    ['mailto:contact@x.fr?subject=Hi%20there', 'contact@x.fr'],
    ['mailto:a%40b.fr', 'a@b.fr'],
    ['https://x.fr', ''],
  ])('mailto %s', (h, want) => expect(mailtoAddress(h)).toBe(want));
});

describe('findPhones', () => {
  it.each([
    ['Tél. : +33 4 72 00 18 42 · Mob. : +33 6 21 43 65 87', ['+33 4 72 00 18 42', '+33 6 21 43 65 87']],
    ['m: +1 (617) 555-0142 | j@x.com', ['+1 (617) 555-0142']],
    ['Fon 05191 979238 Fax 05191 979228', ['05191 979238']],
    ['SIRET 532 148 764 00014', []],
    ['Date : 08/04/2024 09:03', []],
    ['0113 277 0634', ['0113 277 0634']],
    // a German switchboard: the final 0 is part of the number
    ['+49 951 1234 0', ['+49 951 1234 0']],
    ['Tel.: 0951 1234 0, Fax: 0951 1234 99', ['0951 1234 0']],
    ['0951 1234-0', ['0951 1234-0']],
    // North America's national forms; not an id or a date of the same length
    ['T 919-951-0052 F 919-928-5516', ['919-951-0052']],
    ['T. 04 72 00 18 42 – F. 04 72 00 18 43', ['04 72 00 18 42']],
    ['1-415-429-6753', ['1-415-429-6753']],
    ['call 212.555.0142', ['212.555.0142']],
    ['ref 123-456-7890, 2024-12-0312', []],
    ['order 919-951.0052', []],
  ])('%s', (t, want) => expect(findPhones(t)).toEqual(want));
});

describe('legal ids', () => {
  it.each([
    ['532148764', true],
    ['532148765', false],
  ])('SIREN %s', (s, ok) => expect(isValidSiren(s)).toBe(ok));
  it.each([
    ['53214876400014', true],
    ['53214876400015', false],
  ])('SIRET %s', (s, ok) => expect(isValidSiret(s)).toBe(ok));
  it.each([
    ['FR31532148764', 'FR31532148764'],
    ['FR32532148764', ''],
    ['DE814573200', 'DE814573200'],
    ['DE814573201', ''],
    ['GB 318 2745 55', 'GB318274555'],
    ['NL123456789B01', 'NL123456789B01'],
  ])('VAT %s', (v, want) => expect(normalizeVat(v)).toBe(want));
  it.each([
    [
      'RCS Rodez 532 148 764 – SIRET 532 148 764 00014 – N° TVA intracommunautaire : FR31532148764',
      { siren: '532148764', siret: '53214876400014', vat: 'FR31532148764' },
      {},
    ],
    [
      'Registered in England and Wales, company no. 09876543. VAT reg. no. GB 318 2745 55.',
      { vat: 'GB318274555' },
      { ukCompanyNumber: '09876543' },
    ],
    [
      // the publisher's SIREN spelled out, an agency's bare one first: the SIRET and the VAT number say which is whose
      'Réalisation : Agence Pixel (SARL, SIREN 793118464) · immatriculée au RCS de Montpellier sous le numéro 842 130 577 · SIRET : 84213057700021 · TVA FR68842130577',
      { siren: '842130577', siret: '84213057700021', vat: 'FR68842130577' },
      {},
    ],
    [
      'Amtsgericht Stuttgart HRB 745123 · USt-IdNr. DE814573200',
      { vat: 'DE814573200' },
      { registerNumber: 'HRB 745123', registerCourt: 'Stuttgart' },
    ],
  ])('%s', (t, want, registers) => {
    expect(findLegalIds(t)).toEqual(want);
    expect(findRegisterIds(t)).toEqual(registers);
  });
});

describe('domains and names', () => {
  it.each([
    ['gmail.com', true],
    ['hotmail.co.uk', true],
    ['yahoo.fr', true],
    ['gmx.de', true],
    ['orange.fr', true],
    ['batiroc.fr', false],
  ])('freemail %s', (d, want) => expect(isFreemailDomain(d)).toBe(want));
  it.each([
    ['LinkedIn', true],
    ['Google', true],
    ['microsoft.com', true],
    ['Kestrel Analytics', false],
  ])('host platform %s', (n, w) => expect(isHostPlatform(n)).toBe(w));
  it.each([
    ['Éloïse Dupré-Lefèvre', true],
    ["Sarah O'Connell", true],
    ['Service comptabilité', false],
    ['Mail Delivery Subsystem', false],
    ['Google', false],
    ['moi', false],
    ['LinkedIn Member', false],
    ['Jonas Brandt', true],
    // an all-caps surname with an apostrophe; a business park's name in an address (issue 7)
    ["Adjoua N'DRI", true],
    ["Fionn D'ARCY", true],
    // a double-barrelled surname whose second part has an elided particle (issue 7)
    ["Awa Berthier-N'Diaye", true],
    ['Malo Quéré-D’Aubigny', true],
    ["Lena Hoff-O'Brien", true],
    // a Mc-, Mac- or O'- surname with a second part (issue 7)
    ['Ronan McAllister-Giraud', true],
    ['Ailsa MacLeod-Ferrand', true],
    ["Siobhan O'Brien-Kelly", true],
    // a Catalan name, its surnames joined by "i" (issue 7)
    ['Jordi Casals i Vidal', true],
    ['Núria Pons i Serra', true],
    ['i Vidal', false],
    // an elided particle before a capital ("d'Harcourt"), not a firm's "Maison d'Hôtes"
    ["Aude d'Ormesson", true],
    ['Tristan d’Aligny-Morel', true],
    ["Maison d'Hôtes", false],
    ["Cabinet d'Expertise Comptable", false],
    ["Château d'Yquem", false],
    ["Aude d'ormesson", false],
    ["Pierre-Louis d'Estienne", true],
    ['Soline d’Harcourt', true],
    ["d'Artagnan", false],
    // six words with two particles (issue 7); six capitalised words are no name
    ['Marie-Claire de La Tour du Pin', true],
    ['Anne-Laure de Saint-Just van der Berg', true],
    ['Karl-Heinz von der Lahn zu Berg', true],
    ['Jean Paul Marie Louis Henri Dupont', false],
    ['Bureau de la Qualité du Site Est', false],
    ['La Revue des Vins de Loire', false],
    ['Le Journal des Arts de Lyon', false],
    ['Die Zeitung der Stadt von Bern', false],
  ])('person name %s', (n, w) => expect(looksLikePersonName(n)).toBe(w));
  // a business park's name in an address: the page readers' check (the webmail scripts have no room left)
  it.each(['ZI des Vergers', 'ZA Les Noues', "Parc d'Activités Bellevue", 'Gewerbegebiet Am Anger'])(
    'no person name on a web page: %s',
    (n) => expect(personName(n)).toBe(''),
  );
  // a sentence's first word before the name ("When Jane Doe, CEO of …")
  it.each([
    ['When Oriane Lestrade', 'Oriane Lestrade'],
    ['After Jonas Wiedemeyer', 'Jonas Wiedemeyer'],
    ['Lorsque Maïwenn Prigent', 'Maïwenn Prigent'],
    ['Nachdem Ilka Strohschein', 'Ilka Strohschein'],
  ])('no conjunction in a name: %s', (n, w) => expect(personName(n)).toBe(w));
  it.each([
    ['PR & Communications', true],
    ['Pressesprecherin', true],
    ['Chargée de communication', true],
    ['Porte-parole', true],
    ['Rédactrice en chef', true],
    ['Spokesperson', true],
    ['Leiterin Kommunikation', true],
    // German compounds of -leiter, an Italian role
    ['Niederlassungsleiter', true],
    ['Filialleiterin', true],
    ['Responsabile Lombardia', true],
    // (issue 7, blind lists: a controller in French, a tax adviser, an HR chief's acronym)
    ['Contrôleuse de gestion', true],
    ['Contrôleur financier', true],
    ['Fiscaliste', true],
    ['CHRO', true],
    ['Chronos Atelier', false],
    ['Begleiter', false],
    ['Halbleiter', false],
    ['Printers and labels', false],
    ['Sunday lunch', false],
  ])('job title %s', (t, w) => expect(looksLikeJobTitle(t)).toBe(w));
  it('system names', () => expect(isSystemName('Microsoft Teams')).toBe(true));
  it.each([
    ['Head of Procurement at Helvetia Foods | Sourcing', { title: 'Head of Procurement', company: 'Helvetia Foods' }],
    ['Directeur des achats chez Groupe Norval', { title: 'Directeur des achats', company: 'Groupe Norval' }],
    ['Analytics Solutions | Data Architect', { title: 'Analytics Solutions' }],
    // a founder's or owner's firm after "of/de/von", and "Title, Company, tagline" bylines
    ['Co-founder of Brightwell, Organiser of a meetup', { title: 'Co-founder', company: 'Brightwell' }],
    ['Fondatrice de Nacre Conseil | Coach', { title: 'Fondatrice', company: 'Nacre Conseil' }],
    ['Gründer von Holzwerk Ahrens', { title: 'Gründer', company: 'Holzwerk Ahrens' }],
    ['Founder, Quillory, The first AI bookkeeper', { title: 'Founder', company: 'Quillory' }],
    ['Head of Sales', { title: 'Head of Sales' }],
    ['Consultant, Lyon, France', { title: 'Consultant, Lyon, France' }],
    ['Sales, Marketing, Growth', { title: 'Sales, Marketing, Growth' }],
    // "Title | Company", "Title – Company": a title, then a firm's name (capitalised words, not a title nor a place)
    [
      'Directeur des achats | Maison Perrault Traiteur',
      { title: 'Directeur des achats', company: 'Maison Perrault Traiteur' },
    ],
    [
      'Responsable approvisionnement – Biscuiterie Lhermitte',
      { title: 'Responsable approvisionnement', company: 'Biscuiterie Lhermitte' },
    ],
    ['Einkaufsleiterin | Brauerei Hollfeld', { title: 'Einkaufsleiterin', company: 'Brauerei Hollfeld' }],
    [
      'Directeur commercial – Maison Lemaître & Fils | Vins de Bourgogne, export Asie',
      { title: 'Directeur commercial', company: 'Maison Lemaître & Fils' },
    ],
    ['Acheteuse emballages @ Fromageries Delorme', { title: 'Acheteuse emballages', company: 'Fromageries Delorme' }],
    // lists of roles, sectors, regions, taglines and former employers are no company
    ['Founder | Speaker | Author', { title: 'Founder' }],
    ['Directeur Supply Chain & Achats | Lean | Industrie 4.0', { title: 'Directeur Supply Chain & Achats' }],
    ['Director of Procurement – EMEA | Food & Beverage', { title: 'Director of Procurement' }],
    ['Head of Sales | Food-grade robotics for bakeries and dairies', { title: 'Head of Sales' }],
    ['Procurement Director | Ex-Maravilha Foods', { title: 'Procurement Director' }],
    ['Responsable achats – Industrie agroalimentaire', { title: 'Responsable achats' }],
    ['CEO | Keynote Speaker', { title: 'CEO' }],
    ['Sales Manager | Germany', { title: 'Sales Manager' }],
    // "Title | Company | Sector" (one separator throughout): a firm of two words or more, not a topic
    [
      'Talent Acquisition Lead | Northmoor Foods | FMCG',
      { title: 'Talent Acquisition Lead', company: 'Northmoor Foods' },
    ],
    [
      'Directrice commerciale | Ferronnerie Castaing | Métallurgie',
      { title: 'Directrice commerciale', company: 'Ferronnerie Castaing' },
    ],
    ['Consultant | Supply Chain | Lean', { title: 'Consultant' }],
    ['Head of Growth | Digital Marketing | SaaS', { title: 'Head of Growth' }],
    ['Leiterin Einkauf @ Brauerei Kesselring KG', { title: 'Leiterin Einkauf', company: 'Brauerei Kesselring KG' }],
    // a later piece naming the founder's firm gives it, not the standards or topics before it (issue 7)
    [
      'Consultante Qualité & Lean – ISO 9001, IATF 16949 | Fondatrice de Kestrel Conseil',
      { title: 'Consultante Qualité & Lean', company: 'Kestrel Conseil' },
    ],
    [
      'Quality Consultant – ISO 14001 | Founder of Northmoor Advisory',
      { title: 'Quality Consultant', company: 'Northmoor Advisory' },
    ],
    [
      'Unternehmensberater – Lean Six Sigma | Gründer von Halmbach Consulting',
      { title: 'Unternehmensberater', company: 'Halmbach Consulting' },
    ],
    // a developer's title, accented or German, then the firm
    ['Développeuse Python | Marbrelune', { title: 'Développeuse Python', company: 'Marbrelune' }],
    ['Developer Relations | Quillfield', { title: 'Developer Relations', company: 'Quillfield' }],
    ['Entwickler Embedded | Hasselt Sensorik', { title: 'Entwickler Embedded', company: 'Hasselt Sensorik' }],
    ['Développeur React | JavaScript | TypeScript', { title: 'Développeur React' }],
  ])('headline %s', (h, w) => expect(parseHeadline(h)).toEqual(w));
  it.each([
    ['mer. 13 mars 2024, 10:42', true, '2024-03-13T10:42'],
    ['Tue, Apr 9, 2024, 2:15 PM', false, '2024-04-09T14:15'],
    ['Tue 4/16/2024 3:27 PM', false, '2024-04-16T15:27'],
    ['mar. 16/04/2024 15:27', true, '2024-04-16T15:27'],
    ['Di., 9. Apr. 2024, 14:15', true, '2024-04-09T14:15'],
    ['yesterday', true, ''],
  ])('date %s', (d, dayFirst, w) => expect(parseMailDate(d, dayFirst)).toBe(w));
});
