/**
 * Demo data: a small, realistic French-first client file to try Fiche with (SPEC §2 end to end).
 * Contract: `buildDemoData(now)` is pure and deterministic — same `now`, same records; ids are
 * fixed ('demo-company-1', …) so loading twice overwrites instead of duplicating. Every record
 * conforms to its schema in core/domain (a test parses them all).
 * Companies and people are fictional; identifiers are computed to be valid (SIREN/SIRET Luhn,
 * FR key, DE/GB check digits); domains use the reserved `.example` TLD and phones the ranges
 * reserved for fiction (ARCEP 01 99 00…, 06 39 98…; Ofcom 020 7946 0…), so that a click on a
 * demo email or phone reaches nobody.
 */
import type * as model from './domain';
import { companyNameKey } from './text/normalize';
import { registrableDomain } from './text/domain';
import { luhnValid } from './validation/siren';
import { validateVat, vatFromSiren } from './validation/vat';
import type { TableName, TableRecords } from './domain/tables';

/** One list of records per table of the model. */
export type DemoData = { [K in TableName]: TableRecords[K][] };

const DAY = 86_400_000;

/** Appends the Luhn check digit. */
function withLuhn(digits: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(digits + c)) return digits + c;
  throw new Error('unreachable');
}

/** The first number `prefix` + 0…99 that passes the country's VAT check. */
function validVat(prefix: string, width: number): string {
  for (let i = 0; i < 10 ** width; i++) {
    const r = validateVat(prefix + String(i).padStart(width, '0'));
    if (r.ok) return r.normalized;
  }
  throw new Error(`no valid VAT for ${prefix}`);
}

interface SheetSpec {
  name: string;
  kind?: model.Company['kind'];
  flags: 'client' | 'prospect' | 'both' | 'supplier';
  sirenBase?: string;
  vat?: string;
  domain?: string;
  phone?: string;
  linkedin?: string;
  categories: string[];
  comment: string;
  addresses: Array<{
    label: string;
    contactName?: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
    flags?: string;
  }>;
  people: Array<{
    first: string;
    last: string;
    job: string;
    email?: string;
    phone?: string;
    mobile?: string;
    billing?: boolean;
    archived?: boolean;
    linkedin?: string;
  }>;
  customFields?: Record<string, string | number | boolean | string[]>;
  managerId?: string;
}

const ME = 'demo-user-1';
const COLLEAGUE = 'demo-user-2';

const SHEETS: SheetSpec[] = [
  {
    name: 'Atelier Lumière SARL',
    flags: 'client',
    sirenBase: '81234567',
    domain: 'atelier-lumiere.example',
    phone: '04 99 00 10 20',
    linkedin: 'https://www.linkedin.com/company/atelier-lumiere-demo/',
    categories: ['Éclairage', 'Artisanat'],
    managerId: ME,
    comment: 'Fabricant de luminaires sur mesure. Commande annuelle en septembre pour le salon Maison&Objet.',
    addresses: [
      {
        label: 'Siège',
        street: '14 rue des Capucins',
        postalCode: '69001',
        city: 'Lyon',
        country: 'France',
        flags: 'MIQ',
      },
      {
        label: 'Atelier',
        contactName: 'Bruno Fabre',
        street: '3 impasse des Tanneurs\nZone artisanale du Bachut',
        postalCode: '69008',
        city: 'Lyon',
        country: 'France',
        flags: 'D',
      },
    ],
    people: [
      {
        first: 'Élodie',
        last: 'Martin',
        job: 'Gérante',
        email: 'elodie.martin@atelier-lumiere.example',
        phone: '04 99 00 10 21',
        mobile: '06 39 98 10 21',
        linkedin: 'https://www.linkedin.com/in/elodie-martin-demo/',
      },
      {
        first: 'Bruno',
        last: 'Fabre',
        job: 'Chef d’atelier',
        email: 'bruno.fabre@atelier-lumiere.example',
        mobile: '06 39 98 10 22',
      },
      {
        first: 'Sophie',
        last: 'Garnier',
        job: 'Comptable',
        email: 'compta@atelier-lumiere.example',
        phone: '04 99 00 10 23',
        billing: true,
      },
    ],
    customFields: { 'demo-field-1': 'Artisanat', 'demo-field-2': 12, 'demo-field-3': true },
  },
  {
    name: 'Boulangerie des Canuts',
    flags: 'prospect',
    sirenBase: '83456712',
    domain: 'boulangerie-canuts.example',
    phone: '04 99 00 11 00',
    categories: ['Commerce'],
    comment: 'Rencontrée au salon Sirha. Intéressée par une refonte de la vitrine.',
    addresses: [
      {
        label: 'Boutique',
        street: '52 boulevard de la Croix-Rousse',
        postalCode: '69004',
        city: 'Lyon',
        country: 'France',
      },
    ],
    people: [
      {
        first: 'Karim',
        last: 'Benali',
        job: 'Artisan boulanger',
        email: 'karim@boulangerie-canuts.example',
        mobile: '06 39 98 11 01',
      },
    ],
    customFields: { 'demo-field-1': 'Commerce', 'demo-field-4': '2024-11-18' },
  },
  {
    name: 'Cabinet Verdier & Associés SAS',
    flags: 'client',
    sirenBase: '79123456',
    domain: 'verdier-associes.example',
    phone: '01 99 00 12 00',
    categories: ['Conseil', 'Juridique'],
    managerId: COLLEAGUE,
    comment: 'Cabinet d’avocats d’affaires. Paiements souvent en retard : relancer à J+10.',
    addresses: [
      {
        label: 'Bureaux',
        street: '8 rue de la Paix',
        postalCode: '75002',
        city: 'Paris',
        country: 'France',
        flags: 'MIDQ',
      },
    ],
    people: [
      {
        first: 'Hélène',
        last: 'Verdier',
        job: 'Associée fondatrice',
        email: 'h.verdier@verdier-associes.example',
        phone: '01 99 00 12 01',
      },
      {
        first: 'Thomas',
        last: 'Nguyen',
        job: 'Office manager',
        email: 't.nguyen@verdier-associes.example',
        phone: '01 99 00 12 02',
        billing: true,
      },
      {
        first: 'Julie',
        last: 'Moreau',
        job: 'Ancienne assistante',
        email: 'j.moreau@verdier-associes.example',
        archived: true,
      },
    ],
    customFields: { 'demo-field-1': 'Services', 'demo-field-2': 25 },
  },
  {
    name: 'Transports Garnier SARL',
    flags: 'client',
    sirenBase: '45678123',
    domain: 'transports-garnier.example',
    phone: '05 36 49 13 00',
    categories: ['Logistique'],
    managerId: ME,
    comment: 'Trois dépôts. Livraisons à l’entrepôt de Mérignac uniquement.',
    addresses: [
      {
        label: 'Siège social',
        street: '27 quai des Chartrons',
        postalCode: '33000',
        city: 'Bordeaux',
        country: 'France',
        flags: 'M',
      },
      {
        label: 'Comptabilité',
        contactName: 'Service comptabilité',
        street: 'BP 4021\n12 avenue Thiers',
        postalCode: '33100',
        city: 'Bordeaux',
        country: 'France',
        flags: 'I',
      },
      {
        label: 'Entrepôt Mérignac',
        contactName: 'Quai 4 – réception',
        street: '5 rue de l’Aéropostale',
        postalCode: '33700',
        city: 'Mérignac',
        country: 'France',
        flags: 'DQ',
      },
    ],
    people: [
      {
        first: 'Philippe',
        last: 'Garnier',
        job: 'Directeur général',
        email: 'philippe.garnier@transports-garnier.example',
        mobile: '06 39 98 13 01',
      },
      {
        first: 'Nadia',
        last: 'Haddad',
        job: 'Responsable administrative',
        email: 'nadia.haddad@transports-garnier.example',
        phone: '05 36 49 13 02',
        billing: true,
      },
    ],
    customFields: { 'demo-field-1': 'Industrie', 'demo-field-2': 48, 'demo-field-5': ['Flotte', 'Sécurité'] },
  },
  {
    name: 'Domaine des Trois Chênes',
    flags: 'both',
    sirenBase: '52345678',
    domain: 'trois-chenes.example',
    phone: '03 53 01 14 00',
    categories: ['Viticulture'],
    comment: 'Vigneron en Bourgogne. Prospect pour l’export et client pour l’étiquetage.',
    addresses: [
      {
        label: 'Domaine',
        street: 'Route de Pommard',
        postalCode: '21200',
        city: 'Beaune',
        country: 'France',
        flags: 'MIDQ',
      },
    ],
    people: [
      {
        first: 'Aurélien',
        last: 'Chevalier',
        job: 'Propriétaire',
        email: 'aurelien@trois-chenes.example',
        mobile: '06 39 98 14 01',
        billing: true,
      },
    ],
  },
  {
    name: 'Studio Pixelle SASU',
    flags: 'prospect',
    sirenBase: '88765432',
    domain: 'studio-pixelle.example',
    categories: ['Agence', 'Digital'],
    linkedin: 'https://www.linkedin.com/company/studio-pixelle-demo/',
    managerId: ME,
    comment: 'Agence web de deux personnes. Cherche un partenaire pour la photo produit.',
    addresses: [
      { label: 'Studio', street: '9 quai de la Fosse', postalCode: '44000', city: 'Nantes', country: 'France' },
    ],
    people: [
      {
        first: 'Léa',
        last: 'Dubois',
        job: 'Directrice artistique',
        email: 'lea@studio-pixelle.example',
        mobile: '06 39 98 15 01',
        linkedin: 'https://www.linkedin.com/in/lea-dubois-demo/',
      },
      { first: 'Maxime', last: 'Perrin', job: 'Développeur', email: 'maxime@studio-pixelle.example' },
    ],
  },
  {
    name: 'Menuiserie Roux EURL',
    flags: 'client',
    sirenBase: '50987654',
    domain: 'menuiserie-roux.example',
    phone: '04 65 71 16 00',
    categories: ['Artisanat', 'Bois'],
    comment: 'Menuiserie familiale. Préfère le téléphone à l’email.',
    addresses: [
      {
        label: 'Atelier',
        street: '21 chemin des Sables',
        postalCode: '38100',
        city: 'Grenoble',
        country: 'France',
        flags: 'MIQ',
      },
      {
        label: 'Chantier Meylan',
        contactName: 'Gilles Roux',
        street: '4 allée des Érables',
        postalCode: '38240',
        city: 'Meylan',
        country: 'France',
        flags: 'D',
      },
    ],
    people: [
      {
        first: 'Gilles',
        last: 'Roux',
        job: 'Gérant',
        email: 'gilles.roux@menuiserie-roux.example',
        phone: '04 65 71 16 01',
        mobile: '06 39 98 16 01',
      },
    ],
  },
  {
    name: 'Clinique Vétérinaire du Parc',
    flags: 'supplier',
    sirenBase: '41234598',
    domain: 'clinique-du-parc.example',
    phone: '03 53 01 17 00',
    categories: ['Santé'],
    comment: 'Fournisseur (cadeaux clients). Aussi un contact réseau.',
    addresses: [{ label: 'Clinique', street: '2 rue du Parc', postalCode: '59000', city: 'Lille', country: 'France' }],
    people: [
      {
        first: 'Camille',
        last: 'Lemaire',
        job: 'Vétérinaire associée',
        email: 'accueil@clinique-du-parc.example',
        phone: '03 53 01 17 01',
      },
    ],
  },
  {
    name: 'Brightwater Consulting Ltd',
    flags: 'client',
    vat: 'GB',
    domain: 'brightwater-consulting.example',
    phone: '+44 20 7946 0123',
    categories: ['Conseil', 'International'],
    managerId: COLLEAGUE,
    comment: 'Facturé en livres sterling. Bon payeur.',
    addresses: [
      {
        label: 'Head office',
        street: '40 Finsbury Square',
        postalCode: 'EC2A 1PX',
        city: 'London',
        country: 'United Kingdom',
        flags: 'MIDQ',
      },
    ],
    people: [
      {
        first: 'Oliver',
        last: 'Hughes',
        job: 'Managing Director',
        email: 'oliver.hughes@brightwater-consulting.example',
        phone: '+44 20 7946 0124',
      },
      {
        first: 'Priya',
        last: 'Shah',
        job: 'Finance Manager',
        email: 'accounts@brightwater-consulting.example',
        phone: '+44 20 7946 0125',
        billing: true,
      },
    ],
    customFields: { 'demo-field-1': 'Services' },
  },
  {
    name: 'Hartmann Maschinenbau GmbH',
    flags: 'prospect',
    vat: 'DE',
    domain: 'hartmann-maschinenbau.example',
    phone: '+49 30 23125 456',
    categories: ['Industrie', 'International'],
    comment: 'Premier contact sur LinkedIn. Réponse attendue après le salon de Hanovre.',
    addresses: [
      { label: 'Werk', street: 'Industriestraße 17', postalCode: '70565', city: 'Stuttgart', country: 'Allemagne' },
    ],
    people: [
      {
        first: 'Jonas',
        last: 'Hartmann',
        job: 'Geschäftsführer',
        email: 'j.hartmann@hartmann-maschinenbau.example',
        phone: '+49 30 23125 457',
      },
    ],
  },
  {
    name: 'Marie Lefort',
    kind: 'individual',
    flags: 'client',
    categories: ['Indépendante'],
    comment: 'Designer graphique indépendante, sous-traitante ponctuelle.',
    addresses: [
      { label: 'Domicile', street: '17 rue Paradis', postalCode: '13001', city: 'Marseille', country: 'France' },
    ],
    people: [
      {
        first: 'Marie',
        last: 'Lefort',
        job: 'Designer graphique',
        email: 'marie.lefort@mail-demo.example',
        mobile: '06 39 98 19 01',
        billing: true,
      },
    ],
  },
  {
    name: 'Kerlann Bio SAS',
    flags: 'prospect',
    sirenBase: '91234560',
    domain: 'kerlann-bio.example',
    phone: '02 61 91 20 00',
    categories: ['Agroalimentaire'],
    managerId: ME,
    comment: 'Coopérative bio bretonne, 3 magasins.',
    addresses: [
      {
        label: 'Magasin principal',
        street: '6 place des Lices',
        postalCode: '35000',
        city: 'Rennes',
        country: 'France',
      },
    ],
    people: [
      {
        first: 'Yann',
        last: 'Le Goff',
        job: 'Responsable achats',
        email: 'yann.legoff@kerlann-bio.example',
        phone: '02 61 91 20 01',
      },
    ],
  },
];

export function buildDemoData(now: number): DemoData {
  const ts = { createdAt: now - 200 * DAY, updatedAt: now - DAY };
  /** Calendar day `n` days before `now` (negative: in the future). */
  const day = (n: number): string => new Date(now - n * DAY).toISOString().slice(0, 10);
  /**
   * Instant `n` days before `now`, at `hour` o'clock local time: a meeting "at 14:00" shows 14:00 to the
   * person who loads the demo, wherever they are (a UTC hour showed 10:00 for a meeting set at 14:00).
   */
  const at = (n: number, hour = 9): number => {
    const d = new Date(now - n * DAY);
    d.setHours(hour, 0, 0, 0);
    return d.getTime();
  };

  const companies: model.Company[] = [];
  const addresses: model.Address[] = [];
  const people: model.Person[] = [];
  SHEETS.forEach((s, i) => {
    const id = `demo-company-${i + 1}`;
    const siren = s.sirenBase ? withLuhn(s.sirenBase) : undefined;
    const vat = siren
      ? (vatFromSiren(siren) ?? undefined)
      : s.vat === 'GB'
        ? validVat('GB98072', 4)
        : s.vat === 'DE'
          ? validVat('DE81723', 4)
          : undefined;
    const domain = s.domain ? registrableDomain(s.domain) : null;
    companies.push({
      id,
      name: s.name,
      nameKey: companyNameKey(s.name),
      kind: s.kind ?? 'company',
      isProspect: s.flags === 'prospect' || s.flags === 'both',
      isClient: s.flags === 'client' || s.flags === 'both',
      isSupplier: s.flags === 'supplier',
      ...(vat ? { vat } : {}),
      ...(siren ? { siren, siret: withLuhn(`${siren}0001`) } : {}),
      ...(s.domain ? { website: `https://www.${s.domain}/` } : {}),
      domains: domain ? [domain] : [],
      ...(s.linkedin ? { linkedinUrl: s.linkedin } : {}),
      ...(s.phone ? { phone: s.phone } : {}),
      categories: s.categories,
      ...(s.managerId ? { accountManagerId: s.managerId } : {}),
      customFields: s.customFields ?? {},
      comment: s.comment,
      createdAt: now - (180 - i * 7) * DAY,
      updatedAt: now - i * DAY,
    });
    s.addresses.forEach((a, j) => {
      const f = a.flags ?? (j === 0 ? 'M' : '');
      addresses.push({
        id: `demo-address-${i + 1}-${j + 1}`,
        companyId: id,
        label: a.label,
        contactName: a.contactName ?? '',
        street: a.street,
        postalCode: a.postalCode,
        city: a.city,
        country: a.country,
        isMain: f.includes('M'),
        forInvoices: f.includes('I'),
        forDeliveries: f.includes('D'),
        forQuotes: f.includes('Q'),
        ...ts,
      });
    });
    s.people.forEach((p, j) => {
      people.push({
        id: `demo-person-${i + 1}-${j + 1}`,
        companyId: id,
        firstName: p.first,
        lastName: p.last,
        emails: p.email ? [p.email] : [],
        jobTitle: p.job,
        phone: p.phone ?? '',
        mobile: p.mobile ?? '',
        ...(p.linkedin ? { linkedinUrl: p.linkedin } : {}),
        isBillingContact: p.billing ?? false,
        customFields: j === 0 ? { 'demo-field-7': s.vat ? (s.vat === 'DE' ? 'Deutsch' : 'English') : 'Français' } : {},
        ...(p.archived ? { archivedAt: now - 60 * DAY } : {}),
        ...ts,
      });
    });
  });

  const users: model.User[] = [
    { id: ME, name: 'Camille Bernard', email: 'camille.bernard@fiche-demo.example', isMe: true, ...ts },
    { id: COLLEAGUE, name: 'Hugo Lambert', email: 'hugo.lambert@fiche-demo.example', isMe: false, ...ts },
  ];

  const mb = (name: string, email: string) => ({ name, email });
  const meMb = mb('Camille Bernard', 'camille.bernard@fiche-demo.example');
  let interactionSeq = 0;
  const interaction = (
    company: number,
    type: model.Interaction['type'],
    daysAgo: number,
    title: string,
    content: string,
    persons: number[],
    more: Partial<model.Interaction> = {},
  ): model.Interaction => ({
    id: `demo-interaction-${++interactionSeq}`,
    companyId: `demo-company-${company}`,
    type,
    // A meeting happens when it starts: its card and the summary show the meeting's own time.
    happensAt: more.meeting?.startAt ?? at(daysAgo, 10),
    title,
    content,
    personIds: persons.map((p) => `demo-person-${company}-${p}`),
    authorId: ME,
    ...more,
    ...ts,
  });
  const loggedEmail = (
    company: number,
    daysAgo: number,
    direction: 'in' | 'out',
    subject: string,
    body: string,
    contact: [number, string, string],
  ): model.Interaction =>
    interaction(company, 'email', daysAgo, subject, body, [contact[0]], {
      direction,
      dedupKey: `gmail:demo-msg-${company}-${daysAgo}`,
      email: {
        provider: 'gmail',
        messageId: `demo-msg-${company}-${daysAgo}`,
        threadId: `demo-thread-${company}`,
        subject,
        ...(direction === 'in'
          ? { from: mb(contact[1], contact[2]), to: [meMb] }
          : { from: meMb, to: [mb(contact[1], contact[2])] }),
        cc: [],
        internalUserIds: [],
        documentIds: [],
        status: 'logged',
      },
    });

  const interactions: model.Interaction[] = [
    interaction(
      1,
      'meeting',
      120,
      'Présentation de la collection',
      'Visite de l’atelier, présentation des nouveaux modèles.',
      [1, 2],
      {
        direction: 'out',
        meeting: {
          startAt: at(120, 9),
          endAt: at(120, 11),
          place: 'Atelier, Lyon 8e',
          attendees: [mb('Élodie Martin', 'elodie.martin@atelier-lumiere.example'), meMb],
          invitationSent: true,
        },
      },
    ),
    loggedEmail(
      1,
      95,
      'in',
      'Commande salon de septembre',
      'Bonjour Camille,\nNous confirmons la commande de 40 suspensions.\nÉlodie',
      [1, 'Élodie Martin', 'elodie.martin@atelier-lumiere.example'],
    ),
    loggedEmail(
      1,
      94,
      'out',
      'Re: Commande salon de septembre',
      'Bonjour Élodie,\nMerci, la facture suivra.\nCamille',
      [1, 'Élodie Martin', 'elodie.martin@atelier-lumiere.example'],
    ),
    interaction(
      1,
      'meeting',
      -2,
      'Visite du showroom',
      'Choix des suspensions pour le showroom, avant le devis.',
      [1],
      {
        direction: 'out',
        meeting: {
          startAt: at(-2, 14),
          endAt: at(-2, 15),
          place: '14 rue des Capucins, Lyon',
          attendees: [mb('Élodie Martin', 'elodie.martin@atelier-lumiere.example'), meMb],
          invitationSent: true,
        },
      },
    ),
    interaction(
      1,
      'note',
      30,
      'Point trimestriel',
      'Satisfaite de la qualité. Souhaite un devis pour l’éclairage du showroom.',
      [1],
    ),
    interaction(2, 'call', 40, 'Appel de découverte', 'Budget de 3 000 € environ, décision avant Noël.', [1], {
      direction: 'out',
    }),
    interaction(2, 'text', 12, 'SMS de relance', 'Bonjour Karim, avez-vous pu regarder le devis ?', [1], {
      direction: 'out',
    }),
    loggedEmail(
      3,
      50,
      'in',
      'Facture en attente de validation',
      'Bonjour,\nLa facture est en circuit de validation.\nThomas Nguyen',
      [2, 'Thomas Nguyen', 't.nguyen@verdier-associes.example'],
    ),
    interaction(
      3,
      'letter',
      8,
      'Relance de paiement',
      'Madame, Monsieur,\nSauf erreur de notre part, la facture FA-2025-0007 reste impayée.',
      [2],
      {
        direction: 'out',
        letter: { addressId: 'demo-address-3-1', templateId: 'demo-template-4', status: 'sent' },
      },
    ),
    interaction(4, 'meeting', 70, 'Réunion de lancement', 'Planning des livraisons validé.', [1, 2], {
      direction: 'out',
      meeting: {
        startAt: at(70, 14),
        endAt: at(70, 15),
        place: 'Visioconférence',
        attendees: [mb('Philippe Garnier', 'philippe.garnier@transports-garnier.example')],
        invitationSent: false,
      },
    }),
    interaction(
      4,
      'call',
      15,
      'Appel : acompte versé',
      'Nadia confirme le virement de l’acompte, solde à réception.',
      [2],
      { direction: 'in' },
    ),
    interaction(5, 'note', 25, 'Dégustation', 'Projet d’étiquettes pour la cuvée 2025.', [1]),
    loggedEmail(
      6,
      20,
      'out',
      'Proposition de partenariat',
      'Bonjour Léa,\nVoici notre proposition pour la photo produit.\nCamille',
      [1, 'Léa Dubois', 'lea@studio-pixelle.example'],
    ),
    loggedEmail(9, 45, 'in', 'Invoice query', 'Hi Camille,\nCould you resend the March invoice in GBP?\nPriya', [
      2,
      'Priya Shah',
      'accounts@brightwater-consulting.example',
    ]),
    interaction(
      10,
      'note',
      5,
      'Message LinkedIn',
      'Jonas Hartmann a accepté l’invitation. Relancer après le salon.',
      [1],
      { sourceUrl: 'https://www.linkedin.com/in/jonas-hartmann-demo/' },
    ),
    interaction(12, 'call', 3, 'Premier appel', 'Intéressé par une offre pour trois magasins.', [1], {
      direction: 'in',
    }),
  ];

  const pipelines: model.Pipeline[] = [
    {
      id: 'demo-pipeline-1',
      name: 'Ventes',
      position: 0,
      steps: [
        { id: 'demo-step-1', name: 'Qualification', probability: 10 },
        { id: 'demo-step-2', name: 'Proposition envoyée', probability: 40 },
        { id: 'demo-step-3', name: 'Négociation', probability: 70 },
        { id: 'demo-step-4', name: 'Signature', probability: 90 },
      ],
      ...ts,
    },
  ];
  const opp = (
    n: number,
    company: number,
    title: string,
    amount: number,
    step: number,
    status: model.Opportunity['status'],
    expected: number,
    currency = 'EUR',
  ): model.Opportunity => ({
    id: `demo-opportunity-${n}`,
    companyId: `demo-company-${company}`,
    pipelineId: 'demo-pipeline-1',
    stepId: `demo-step-${step}`,
    title,
    amount,
    currency,
    probability: pipelines[0]?.steps[step - 1]?.probability ?? 0,
    expectedDate: day(expected),
    status,
    personId: `demo-person-${company}-1`,
    ownerId: ME,
    ...(status !== 'open' ? { closedAt: at(-expected) } : {}),
    ...ts,
  });
  const opportunities: model.Opportunity[] = [
    opp(1, 1, 'Éclairage du showroom', 850_000, 2, 'open', -30),
    opp(2, 2, 'Refonte de la vitrine', 300_000, 2, 'open', -20),
    opp(3, 6, 'Partenariat photo produit', 480_000, 1, 'open', -60),
    opp(4, 10, 'Machine d’emballage – étude', 2_500_000, 1, 'open', -120),
    opp(5, 4, 'Signalétique des dépôts', 1_200_000, 4, 'won', 80),
    opp(6, 12, 'Offre trois magasins', 600_000, 3, 'lost', 10),
  ];

  const projects: model.Project[] = [
    { id: 'demo-project-1', companyId: 'demo-company-4', name: 'Signalétique des dépôts', status: 'open', ...ts },
    { id: 'demo-project-2', companyId: 'demo-company-1', name: 'Salon de septembre', status: 'done', ...ts },
  ];
  const tasks: model.Task[] = [
    {
      id: 'demo-task-1',
      companyId: 'demo-company-2',
      title: 'Relancer Karim pour le devis',
      dueDate: day(-2),
      assigneeId: ME,
      done: false,
      ...ts,
    },
    {
      id: 'demo-task-2',
      companyId: 'demo-company-3',
      title: 'Appeler le cabinet pour la facture impayée',
      dueDate: day(1),
      assigneeId: COLLEAGUE,
      done: false,
      ...ts,
    },
    {
      id: 'demo-task-3',
      companyId: 'demo-company-4',
      projectId: 'demo-project-1',
      title: 'Valider les maquettes',
      dueDate: day(-10),
      assigneeId: ME,
      done: false,
      ...ts,
    },
    {
      id: 'demo-task-5',
      companyId: 'demo-company-1',
      title: 'Préparer le devis de l’éclairage du showroom',
      dueDate: day(3),
      assigneeId: ME,
      done: false,
      ...ts,
    },
    {
      id: 'demo-task-4',
      companyId: 'demo-company-1',
      projectId: 'demo-project-2',
      title: 'Livrer les suspensions',
      dueDate: day(90),
      assigneeId: ME,
      done: true,
      doneAt: at(88),
      ...ts,
    },
  ];
  const tickets: model.Ticket[] = [
    {
      id: 'demo-ticket-1',
      companyId: 'demo-company-1',
      personId: 'demo-person-1-2',
      subject: 'Suspension livrée avec un câble abîmé',
      status: 'open',
      priority: 'high',
      comments: [
        { at: at(6, 8), text: 'Photo reçue : gaine abîmée sur 20 cm.' },
        { at: at(5, 15), authorId: ME, text: 'Câble de remplacement expédié.' },
      ],
      ...ts,
    },
    {
      id: 'demo-ticket-2',
      companyId: 'demo-company-9',
      personId: 'demo-person-9-2',
      subject: 'Duplicate of the March invoice',
      status: 'closed',
      priority: 'low',
      comments: [{ at: at(44), authorId: COLLEAGUE, text: 'Resent as PDF.' }],
      ...ts,
    },
  ];

  const sales = { ...ts };
  const quotes: model.Quote[] = [
    {
      id: 'demo-quote-1',
      companyId: 'demo-company-1',
      number: 'DE-2025-0001',
      date: day(110),
      amountExclTax: 1_200_000,
      amountInclTax: 1_440_000,
      currency: 'EUR',
      title: 'Suspensions salon',
      expiryDate: day(80),
      status: 'accepted',
      ...sales,
    },
    {
      id: 'demo-quote-2',
      companyId: 'demo-company-1',
      number: 'DE-2025-0009',
      date: day(20),
      amountExclTax: 850_000,
      amountInclTax: 1_020_000,
      currency: 'EUR',
      title: 'Éclairage du showroom',
      expiryDate: day(-10),
      status: 'sent',
      personId: 'demo-person-1-1',
      ...sales,
    },
    {
      id: 'demo-quote-3',
      companyId: 'demo-company-2',
      number: 'DE-2025-0010',
      date: day(35),
      amountExclTax: 300_000,
      amountInclTax: 360_000,
      currency: 'EUR',
      title: 'Vitrine',
      expiryDate: day(5),
      status: 'sent',
      ...sales,
    },
    {
      id: 'demo-quote-4',
      companyId: 'demo-company-4',
      number: 'DE-2025-0004',
      date: day(85),
      amountExclTax: 1_200_000,
      amountInclTax: 1_440_000,
      currency: 'EUR',
      title: 'Signalétique',
      status: 'accepted',
      ...sales,
    },
    {
      id: 'demo-quote-5',
      companyId: 'demo-company-12',
      number: 'DE-2025-0011',
      date: day(3),
      amountExclTax: 600_000,
      amountInclTax: 720_000,
      currency: 'EUR',
      status: 'draft',
      ...sales,
    },
    {
      id: 'demo-quote-6',
      companyId: 'demo-company-6',
      number: 'DE-2025-0008',
      date: day(60),
      amountExclTax: 150_000,
      amountInclTax: 180_000,
      currency: 'EUR',
      expiryDate: day(30),
      status: 'refused',
      ...sales,
    },
  ];
  const orders: model.Order[] = [
    {
      id: 'demo-order-1',
      companyId: 'demo-company-1',
      number: 'BC-2025-0001',
      date: day(100),
      amountExclTax: 1_200_000,
      amountInclTax: 1_440_000,
      currency: 'EUR',
      quoteId: 'demo-quote-1',
      closedByHand: false,
      ...sales,
    },
    {
      id: 'demo-order-2',
      companyId: 'demo-company-4',
      number: 'BC-2025-0002',
      date: day(80),
      amountExclTax: 1_200_000,
      amountInclTax: 1_440_000,
      currency: 'EUR',
      quoteId: 'demo-quote-4',
      closedByHand: false,
      ...sales,
    },
  ];
  let paySeq = 0;
  const pay = (daysAgo: number, amount: number, method = 'virement') => ({
    id: `demo-payment-${++paySeq}`,
    date: day(daysAgo),
    amount,
    method,
  });
  const invoices: model.Invoice[] = [
    // Atelier Lumière: order fully invoiced, paid in 28 days.
    {
      id: 'demo-invoice-1',
      companyId: 'demo-company-1',
      number: 'FA-2025-0001',
      date: day(92),
      dueDate: day(62),
      amountExclTax: 1_200_000,
      amountInclTax: 1_440_000,
      currency: 'EUR',
      kind: 'invoice',
      orderId: 'demo-order-1',
      status: 'issued',
      personId: 'demo-person-1-3',
      payments: [pay(64, 1_440_000)],
      ...sales,
    },
    // Credit note for two damaged lamps.
    {
      id: 'demo-invoice-2',
      companyId: 'demo-company-1',
      number: 'AV-2025-0001',
      date: day(60),
      amountExclTax: -60_000,
      amountInclTax: -72_000,
      currency: 'EUR',
      kind: 'credit_note',
      status: 'issued',
      title: 'Avoir : 2 suspensions abîmées',
      payments: [],
      ...sales,
    },
    {
      id: 'demo-invoice-3',
      companyId: 'demo-company-1',
      number: 'FA-2025-0012',
      date: day(10),
      dueDate: day(-20),
      amountExclTax: 45_000,
      amountInclTax: 54_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      payments: [],
      ...sales,
    },
    // Cabinet Verdier: overdue.
    {
      id: 'demo-invoice-4',
      companyId: 'demo-company-3',
      number: 'FA-2025-0007',
      date: day(75),
      dueDate: day(45),
      amountExclTax: 350_000,
      amountInclTax: 420_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      personId: 'demo-person-3-2',
      payments: [],
      ...sales,
    },
    {
      id: 'demo-invoice-5',
      companyId: 'demo-company-3',
      number: 'FA-2025-0002',
      date: day(150),
      dueDate: day(120),
      amountExclTax: 200_000,
      amountInclTax: 240_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      payments: [pay(102, 240_000)],
      ...sales,
    },
    // Transports Garnier: deposit invoice paid, balance partly paid, order fully invoiced.
    {
      id: 'demo-invoice-6',
      companyId: 'demo-company-4',
      number: 'FA-2025-0005',
      date: day(78),
      dueDate: day(48),
      amountExclTax: 360_000,
      amountInclTax: 432_000,
      currency: 'EUR',
      kind: 'invoice',
      orderId: 'demo-order-2',
      status: 'issued',
      title: 'Acompte 30 %',
      payments: [pay(70, 432_000)],
      ...sales,
    },
    {
      id: 'demo-invoice-7',
      companyId: 'demo-company-4',
      number: 'FA-2025-0010',
      date: day(25),
      dueDate: day(-5),
      amountExclTax: 840_000,
      amountInclTax: 1_008_000,
      currency: 'EUR',
      kind: 'invoice',
      orderId: 'demo-order-2',
      status: 'issued',
      title: 'Solde',
      payments: [pay(15, 500_000), pay(6, 200_000, 'chèque')],
      ...sales,
    },
    // Domaine des Trois Chênes: paid, and a draft not counted.
    {
      id: 'demo-invoice-8',
      companyId: 'demo-company-5',
      number: 'FA-2025-0006',
      date: day(55),
      dueDate: day(25),
      amountExclTax: 180_000,
      amountInclTax: 216_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      payments: [pay(40, 216_000)],
      ...sales,
    },
    {
      id: 'demo-invoice-9',
      companyId: 'demo-company-5',
      number: 'BROUILLON-1',
      date: day(2),
      amountExclTax: 90_000,
      amountInclTax: 108_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'draft',
      payments: [],
      ...sales,
    },
    // Menuiserie Roux: paid in two instalments, one cancelled invoice.
    {
      id: 'demo-invoice-10',
      companyId: 'demo-company-7',
      number: 'FA-2025-0003',
      date: day(130),
      dueDate: day(100),
      amountExclTax: 250_000,
      amountInclTax: 300_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      payments: [pay(120, 150_000, 'chèque'), pay(95, 150_000, 'chèque')],
      ...sales,
    },
    {
      id: 'demo-invoice-11',
      companyId: 'demo-company-7',
      number: 'FA-2025-0004',
      date: day(128),
      amountExclTax: 250_000,
      amountInclTax: 300_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'cancelled',
      payments: [],
      ...sales,
    },
    // Brightwater: GBP.
    {
      id: 'demo-invoice-12',
      companyId: 'demo-company-9',
      number: 'FA-2025-0008',
      date: day(70),
      dueDate: day(40),
      amountExclTax: 500_000,
      amountInclTax: 600_000,
      currency: 'GBP',
      kind: 'invoice',
      status: 'issued',
      personId: 'demo-person-9-2',
      payments: [pay(52, 600_000, 'bank transfer')],
      ...sales,
    },
    {
      id: 'demo-invoice-13',
      companyId: 'demo-company-9',
      number: 'FA-2025-0011',
      date: day(18),
      dueDate: day(-12),
      amountExclTax: 250_000,
      amountInclTax: 300_000,
      currency: 'GBP',
      kind: 'invoice',
      status: 'issued',
      personId: 'demo-person-9-2',
      payments: [],
      ...sales,
    },
    // Marie Lefort: overpaid by a rounding error.
    {
      id: 'demo-invoice-14',
      companyId: 'demo-company-11',
      number: 'FA-2025-0009',
      date: day(33),
      dueDate: day(3),
      amountExclTax: 80_000,
      amountInclTax: 80_000,
      currency: 'EUR',
      kind: 'invoice',
      status: 'issued',
      title: 'Auto-entrepreneur, TVA non applicable',
      payments: [pay(20, 80_050)],
      ...sales,
    },
  ];

  const documents: model.FicheDocument[] = [
    {
      id: 'demo-document-1',
      companyId: 'demo-company-4',
      projectId: 'demo-project-1',
      name: 'cahier-des-charges-signaletique.txt',
      mimeType: 'text/plain',
      size: 0,
      content: new Blob([], { type: 'text/plain' }),
      signatureStatus: 'requested',
      ...ts,
    },
  ];
  {
    const text = 'Signalétique des dépôts\n- 3 sites\n- panneaux extérieurs et marquage au sol\n';
    const blob = new Blob([text], { type: 'text/plain' });
    documents[0] = { ...documents[0]!, content: blob, size: blob.size };
  }

  const templates: model.Template[] = [
    {
      id: 'demo-template-1',
      kind: 'comment',
      name: 'Fiche de découverte',
      body: 'Origine du contact :\nBesoins :\nBudget :\nDécideur :\nÉchéance :',
      isDefault: true,
      ...ts,
    },
    {
      id: 'demo-template-2',
      kind: 'email',
      name: 'Relance de devis',
      subject: 'Votre devis – {{company.name}}',
      body: 'Bonjour {{contact.firstName}},\n\nAvez-vous pu prendre connaissance de notre devis ? Je reste à votre disposition pour en parler.\n\nBien cordialement,\n{{user.name}}',
      isDefault: false,
      ...ts,
    },
    {
      id: 'demo-template-3',
      kind: 'email',
      name: 'Remerciement après rendez-vous',
      subject: 'Merci pour notre échange',
      body: 'Bonjour {{contact.firstName}},\n\nMerci pour le temps que vous m’avez accordé aujourd’hui. Vous trouverez ci-joint la présentation.\n\nÀ bientôt,\n{{user.name}}',
      isDefault: false,
      ...ts,
    },
    {
      id: 'demo-template-4',
      kind: 'letter',
      name: 'Relance de paiement',
      subject: 'Relance – facture impayée',
      body: '{{address.lines}}\n\nLe {{today}}\n\nMadame, Monsieur,\n\nSauf erreur de notre part, une facture reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement.\n\nVeuillez agréer nos salutations distinguées.\n\n{{user.name}}',
      isDefault: false,
      ...ts,
    },
  ];

  const customFieldDefs: model.CustomFieldDef[] = [
    {
      id: 'demo-field-1',
      entity: 'company',
      label: 'Secteur',
      type: 'single',
      options: ['Artisanat', 'Commerce', 'Industrie', 'Services', 'Santé'],
      position: 0,
      ...ts,
    },
    { id: 'demo-field-2', entity: 'company', label: 'Effectif', type: 'number', options: [], position: 1, ...ts },
    {
      id: 'demo-field-3',
      entity: 'company',
      label: 'Abonné à la newsletter',
      type: 'checkbox',
      options: [],
      position: 2,
      ...ts,
    },
    {
      id: 'demo-field-4',
      entity: 'company',
      label: 'Date du premier contact',
      type: 'date',
      options: [],
      position: 3,
      ...ts,
    },
    {
      id: 'demo-field-5',
      entity: 'company',
      label: 'Centres d’intérêt',
      type: 'multiple',
      options: ['Flotte', 'Sécurité', 'Export', 'Digital'],
      position: 4,
      ...ts,
    },
    { id: 'demo-field-6', entity: 'company', label: 'Espace client', type: 'url', options: [], position: 5, ...ts },
    {
      id: 'demo-field-7',
      entity: 'person',
      label: 'Langue',
      type: 'single',
      options: ['Français', 'English', 'Deutsch'],
      position: 0,
      ...ts,
    },
  ];

  // Only a setting the demo relies on: loading the demo into a real file must not overwrite the
  // user's own addresses or domains (they decide email direction and are never matched).
  const settings: model.Setting[] = [{ key: 'invoiceMakes', value: 'client' }];

  return {
    companies,
    addresses,
    people,
    interactions,
    opportunities,
    tasks,
    projects,
    tickets,
    quotes,
    orders,
    invoices,
    documents,
    pipelines,
    users,
    templates,
    customFieldDefs,
    settings,
    history: [],
    duplicateDismissals: [],
  };
}
