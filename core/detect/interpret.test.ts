import { describe, expect, it } from 'vitest';
import { inlineSignoff, interpretDetection, proseApposition } from './interpret';
import { detectionSchema } from './schema';
import type { Detection, SignatureCandidate } from './types';

const base = (signatures: SignatureCandidate[], extra: Partial<Detection> = {}): Detection => ({
  url: 'https://mail.google.com/mail/u/0/#inbox/x',
  kind: 'gmail-thread',
  emails: [],
  people: [],
  companies: [],
  signatures,
  ...extra,
});

describe('interpretDetection: signature candidates read in the background', () => {
  it.each([
    [
      'title, company with its domain, phone and SIRET',
      {
        name: 'Maëlle Girard',
        email: 'm.girard@atelier-girard.fr',
        first: '',
        lines: ['Gérante', 'Atelier Girard SARL', 'Tél. 04 78 12 34 56', 'SIRET 732 829 320 00074'],
      },
      { title: 'Gérante', company: 'Atelier Girard SARL', phones: 1 },
      { name: 'Atelier Girard SARL', domain: 'atelier-girard.fr', siret: '73282932000074' },
    ],
    [
      'a line of prose under the name is no signature',
      { name: 'Maëlle Girard', email: 'm.girard@atelier-girard.fr', first: ' a écrit :', lines: ['Bonjour à tous'] },
      null,
      null,
    ],
    [
      'a colleague at the user’s own domain: the person, and the firm the signature names',
      { name: 'Paul Verdier', email: 'p.verdier@own.fr', first: '', lines: ['Chef de projet', 'Own SAS'], own: true },
      { title: 'Chef de projet', company: 'Own SAS', phones: 0 },
      { name: 'Own SAS', domain: 'own.fr' },
    ],
    [
      'a role and its organisation on one line (a free-mail sender): title and company',
      {
        name: 'Fiona Reilly',
        email: 'fiona.reilly74@gmail.com',
        first: '',
        lines: ['Honorary Treasurer, Kinsale Rowing Club', '087 214 6630'],
      },
      { title: 'Honorary Treasurer', company: 'Kinsale Rowing Club', phones: 1 },
      { name: 'Kinsale Rowing Club' },
    ],
    [
      '"Titel bei Firma" after the name on its line',
      {
        name: 'Jonas Petersen',
        email: 'j.petersen@holzbau-kruse.de',
        first: ', Projektleiter bei Holzbau Kruse GmbH',
        lines: ['Tel. +49 431 998 2210'],
      },
      { title: 'Projektleiter', company: 'Holzbau Kruse GmbH', phones: 1 },
      { name: 'Holzbau Kruse GmbH', domain: 'holzbau-kruse.de' },
    ],
    [
      'a role then a dash and a region is no organisation',
      { name: 'Tom Ashby', email: 'tom.ashby@brightwell-joinery.co.uk', first: '', lines: ['Sales Director, EMEA'] },
      { title: 'Sales Director, EMEA', company: undefined, phones: 0 },
      null,
    ],
  ] as [
    string,
    SignatureCandidate,
    { title: string; company: string | undefined; phones: number } | null,
    Record<string, string> | null,
  ][])('%s', (_, cand, person, company) => {
    const d = interpretDetection(base([cand]));
    expect(d.signatures).toBeUndefined();
    const p = d.people[0];
    if (!person) expect(p).toBeUndefined();
    else {
      expect(p).toMatchObject({ name: cand.name, email: cand.email, title: person.title });
      expect(p!.company).toBe(person.company);
      expect(p!.phones ?? []).toHaveLength(person.phones);
    }
    if (!company) expect(d.companies).toEqual([]);
    else expect(d.companies[0]).toMatchObject(company);
  });

  it('merges the signature into the entries the script found (a domain company takes the real name)', () => {
    const d = interpretDetection(
      base(
        [
          {
            name: 'Jonas Weber',
            email: 'jonas@holzbau-weber.de',
            first: ' | Projektleiter',
            lines: ['Holzbau Weber GmbH', 'Tel. +49 711 7820 4415'],
          },
        ],
        {
          people: [{ name: 'Jonas Weber', email: 'jonas@holzbau-weber.de' }],
          companies: [{ name: 'holzbau-weber.de', domain: 'holzbau-weber.de' }],
        },
      ),
    );
    expect(d.people).toEqual([
      {
        name: 'Jonas Weber',
        email: 'jonas@holzbau-weber.de',
        title: 'Projektleiter',
        company: 'Holzbau Weber GmbH',
        phones: ['+49 711 7820 4415'],
      },
    ]);
    // (the signature's landline is the firm's number too)
    expect(d.companies).toEqual([
      { name: 'Holzbau Weber GmbH', domain: 'holzbau-weber.de', phones: ['+49 711 7820 4415'] },
    ]);
  });

  it('a colleague without a signature works at the firm a signature at the same domain names', () => {
    const d = interpretDetection(
      base(
        [
          {
            name: 'Svenja Hoffmann',
            email: 's.hoffmann@brenner-antriebe.de',
            first: '',
            lines: [
              'Vertriebsinnendienst',
              'Brenner Antriebstechnik GmbH',
              'Telefon: +49 711 555 3820',
              'Mobil: +49 151 55501 427',
            ],
          },
        ],
        {
          people: [
            { name: 'Dieter Maas', email: 'd.maas@brenner-antriebe.de' },
            { name: 'Anna Roth', email: 'anna.roth@gmail.com' },
          ],
        },
      ),
    );
    expect(d.people.find((p) => p.name === 'Dieter Maas')?.company).toBe('Brenner Antriebstechnik GmbH');
    expect(d.people.find((p) => p.name === 'Anna Roth')?.company).toBeUndefined();
    // the firm's number is the landline, not the mobile
    expect(d.companies[0]!.phones).toEqual(['+49 711 555 3820']);
  });

  it.each([
    ['Jérôme Lacaze, des Pépinières Lacaze, peut livrer.', 'jerome.lacaze@pepinieres-lacaze.fr', 'Pépinières Lacaze'],
    ['Nia Evans from Evans Surveying has the drawings.', 'nia@evans-surveying.co.uk', 'Evans Surveying'],
    ['Jörg Maas von der Maas Technik GmbH ruft an.', 'j.maas@maas-technik.de', 'Maas Technik GmbH'],
    // a firm that is not the participant's mail domain's, or a free-mail participant: nothing
    ['Nia Evans from Bristol City Council called.', 'nia@evans-surveying.co.uk', undefined],
    ['Jérôme Lacaze, des Pépinières Lacaze, peut livrer.', 'jerome.lacaze@gmail.com', undefined],
  ])('prose names a participant’s firm, when it is their domain’s: %s (%s)', (bodyText, email, company) => {
    const name = bodyText.split(/,| from| von/)[0]!;
    const d = interpretDetection(
      base([], {
        people: [{ name, email } as Detection['people'][number]],
        message: {
          provider: 'gmail',
          threadId: 't',
          subject: 's',
          from: { email },
          to: [],
          cc: [],
          date: '',
          bodyText,
        },
      }),
    );
    expect(d.people[0]!.company).toBe(company);
    if (company) expect(d.companies.map((c) => c.name)).toContain(company);
  });

  it.each([
    ['Marc Delorme, notre responsable maintenance, sera votre interlocuteur.', 'responsable maintenance'],
    ['Please copy Jane Roe, our Head of Finance.', 'Head of Finance'],
    ['notre expert-comptable, Marc Delorme (en copie), souhaite participer.', 'expert-comptable'],
    ['Marc Delorme, notre voisin, passera.', undefined],
  ])('prose names a participant’s role: %s', (bodyText, title) => {
    const name = bodyText.includes('Jane') ? 'Jane Roe' : 'Marc Delorme';
    const d = interpretDetection(
      base([], {
        people: [{ name, email: 'm.delorme@vinipack.fr' }],
        message: {
          provider: 'outlook',
          threadId: 't',
          subject: 's',
          from: { email: 'a@vinipack.fr' },
          to: [],
          cc: [],
          date: '',
          bodyText,
        },
      }),
    );
    expect(d.people[0]!.title).toBe(title);
  });

  // a colleague of the writer's named by first name alone (issue 7, pages-blind-29 kind)
  it.each([
    [
      'Le contrat est relu. Octave, notre responsable juridique, le signera.',
      'o.brunel@vinipack.fr',
      'responsable juridique',
    ],
    ['Thanks. Octave, our Head of Procurement, will call you.', 'o.brunel@vinipack.fr', 'Head of Procurement'],
    ['Anbei der Vertrag. Octave, unser Einkaufsleiter, meldet sich.', 'o.brunel@vinipack.fr', 'Einkaufsleiter'],
    // (a greeting, "your": the reader's colleague, not the writer's)
    ['Bonjour Octave, notre responsable juridique a relu le contrat.', 'o.brunel@vinipack.fr', undefined],
    ['Ok. Octave, votre responsable juridique, a relu le contrat.', 'o.brunel@vinipack.fr', undefined],
    // (another firm's participant)
    ['Le contrat est relu. Octave, notre responsable juridique, le signera.', 'octave@brunel-avocats.fr', undefined],
  ])('prose names a colleague by first name: %s (%s)', (bodyText, email, title) => {
    const d = interpretDetection(
      base([], {
        people: [
          { name: 'Salomé Vidal-Kone', email: 's.vidal@vinipack.fr' },
          { name: 'Octave Brunel-Sy', email },
        ],
        message: {
          provider: 'outlook',
          threadId: 't',
          subject: 's',
          from: { email: 's.vidal@vinipack.fr' },
          to: [],
          cc: [],
          date: '',
          bodyText,
        },
      }),
    );
    expect(d.people.find((p) => p.name === 'Octave Brunel-Sy')!.title).toBe(title);
  });

  it('a first name two participants share names neither', () => {
    const d = interpretDetection(
      base([], {
        people: [
          { name: 'Octave Brunel-Sy', email: 'o.brunel@vinipack.fr' },
          { name: 'Octave Lamy', email: 'o.lamy@vinipack.fr' },
        ],
        message: {
          provider: 'outlook',
          threadId: 't',
          subject: 's',
          from: { email: 's.vidal@vinipack.fr' },
          to: [],
          cc: [],
          date: '',
          bodyText: 'Le contrat est relu. Octave, notre responsable juridique, le signera.',
        },
      }),
    );
    expect(d.people.map((p) => p.title)).toEqual([undefined, undefined]);
  });

  it('leaves a detection without candidates as it is', () => {
    const d: Detection = { url: 'https://x.fr/', kind: 'company-site', emails: [], people: [], companies: [] };
    expect(interpretDetection(d)).toBe(d);
  });

  it('the schema bounds the candidates', () => {
    const c = { name: 'A B', email: 'a@b.fr', first: '', lines: Array(11).fill('x') };
    expect(detectionSchema.safeParse(base([c])).success).toBe(false);
    expect(detectionSchema.safeParse(base([{ ...c, lines: ['x'] }])).success).toBe(true);
    expect(detectionSchema.safeParse(base(Array(201).fill({ ...c, lines: [] }))).success).toBe(false);
  });
});

describe('interpretDetection: a colleague’s firm the signature parser misses (issue 7, pages-blind-14 kind)', () => {
  const run = (firmLine: string, title: string, own: boolean) =>
    interpretDetection(
      base(
        [{ name: 'Inès Carvalho-Roy', email: 'i.carvalho@maison-arvel.fr', first: '', lines: [title, firmLine], own }],
        {
          kind: 'outlook-message',
          people: [{ name: 'Inès Carvalho-Roy', email: 'i.carvalho@maison-arvel.fr' }],
          message: {
            provider: 'outlook',
            threadId: 't',
            subject: 's',
            from: { email: 'i.carvalho@maison-arvel.fr' },
            to: [],
            cc: [],
            date: '',
            bodyText: `Ci-dessous l’offre.\n\nInès Carvalho-Roy\n${title}\n${firmLine}`,
          },
        },
      ),
    );
  it.each([
    ['FR', 'Maison Arvel · 04 99 00 19 66', 'Acheteuse – Services généraux'],
    ['EN', 'Maison Arvel · +44 20 7946 0321', 'Facilities Buyer'],
    ['DE', 'Maison Arvel · +49 30 901820', 'Einkäuferin – Facility Management'],
  ])('%s: the firm the body spells her domain with', (_, firmLine, title) => {
    const d = run(firmLine, title, true);
    expect(d.people[0]!.company).toBe('Maison Arvel');
    expect(d.companies).toEqual([expect.objectContaining({ name: 'Maison Arvel', domain: 'maison-arvel.fr' })]);
  });
  it('a body that does not spell the domain adds nothing', () => {
    const d = run('MA Group · 04 99 00 19 66', 'Acheteuse', true);
    expect(d.companies).toEqual([]);
  });
});

describe('interpretDetection: what the open message’s body tells of people without a signature candidate', () => {
  const message = (bodyText: string) => ({
    provider: 'outlook' as const,
    threadId: 't',
    subject: 's',
    from: { email: 'n.roux@own.fr' },
    to: [],
    cc: [],
    date: '',
    bodyText,
  });
  it('reads a forwarded signer’s signature, their name in capitals surname first', () => {
    const body = [
      'De : VIDAL Jean-Marc <jm.vidal@poivre-et-sel.fr>',
      'Cc : NDIAYE Awa <a.ndiaye@poivre-et-sel.fr>',
      'Madame,',
      'Awa Ndiaye, notre cheffe de projet, reste votre interlocutrice.',
      'Cordialement,',
      'Jean-Marc VIDAL',
      'Gérant',
      'POIVRE & SEL – Traiteur événementiel',
      'Tél. 05 99 00 44 90',
      'SAS au capital de 20 000 € – SIREN 732 829 320',
    ].join('\n');
    const d = interpretDetection({
      ...base([], { url: 'https://outlook.office.com/mail/inbox/id/x', kind: 'outlook-message' }),
      signatures: undefined,
      people: [
        { name: 'Jean-Marc VIDAL', email: 'jm.vidal@poivre-et-sel.fr' },
        { name: 'NDIAYE Awa', email: 'a.ndiaye@poivre-et-sel.fr' },
      ],
      message: message(body),
    });
    const [jm, awa] = d.people;
    expect(jm).toMatchObject({ title: 'Gérant', company: 'POIVRE & SEL', phones: ['05 99 00 44 90'] });
    expect(awa).toMatchObject({ name: 'Awa Ndiaye', title: 'cheffe de projet', company: 'POIVRE & SEL' });
    expect(d.companies.find((c) => c.name === 'POIVRE & SEL')?.siren).toBe('732829320');
  });
  it('gives a colleague the number the body gives after their courtesy title and surname', () => {
    const d = interpretDetection({
      ...base([], { url: 'https://outlook.office.com/mail/inbox/id/x', kind: 'outlook-message' }),
      signatures: undefined,
      people: [{ name: 'Piotr Nowak', email: 'p.nowak@muehle-beispiel.de' } as Detection['people'][number]],
      message: message(
        'Für Rückfragen steht Ihnen mein Kollege Herr Nowak (Disposition) unter 089 555 38 99 zur Verfügung.',
      ),
    });
    expect(d.people[0]?.phones).toEqual(['089 555 38 99']);
  });
});

describe('interpretDetection: a participant’s role in an apposition in a sentence (issue 7)', () => {
  const run = (body: string, name: string, email: string) =>
    interpretDetection({
      ...base([], { url: 'https://outlook.office.com/mail/inbox/id/x', kind: 'outlook-message' }),
      signatures: undefined,
      people: [{ name, email } as Detection['people'][number]],
      message: {
        provider: 'outlook',
        threadId: 't',
        subject: 's',
        from: { email: 'assistant@own.fr' },
        to: [],
        cc: [],
        date: '',
        bodyText: body,
      },
    }).people.find((p) => p.name === name);
  it.each([
    [
      'À la demande de Madame Odile Ferrand-Kaya, Présidente du Groupe Ferrand, je vous propose un rendez-vous.',
      'Odile Ferrand-Kaya',
      'o.ferrand@groupe-ferrand.fr',
      { title: 'Présidente', company: 'Groupe Ferrand' },
    ],
    [
      'On behalf of Jane Roe, Head of Sales at Roe Tools, I would like to invite you.',
      'Jane Roe',
      'jane@roetools.co.uk',
      { title: 'Head of Sales', company: 'Roe Tools' },
    ],
    [
      'Im Auftrag von Jana Becker, Leiterin Einkauf bei Becker Metall, lade ich Sie ein.',
      'Jana Becker',
      'j.becker@becker-metall.de',
      { title: 'Leiterin Einkauf', company: 'Becker Metall' },
    ],
  ])('%s', (body, name, email, want) => expect(run(body, name, email)).toMatchObject(want));
  it('not a firm other than their mail domain’s', () => {
    const p = run(
      'À la demande de Madame Odile Ferrand-Kaya, Présidente du Groupe Vasseur, je vous propose un rendez-vous.',
      'Odile Ferrand-Kaya',
      'o.ferrand@groupe-ferrand.fr',
    );
    expect(p?.title).toBeUndefined();
  });
});

describe('interpretDetection: an assistant’s title that names the boss, another participant (issue 7)', () => {
  it.each([
    ['Assistante de direction de Odile Ferrand', 'Odile Ferrand', 'Assistante de direction'],
    ['Executive Assistant to Jane Roe', 'Jane Roe', 'Executive Assistant'],
    ['Büroleiterin für Jana Becker', 'Jana Becker', 'Büroleiterin'],
    // (a name that is no participant's stays)
    ['Assistante de direction de Paul Vidal', 'Odile Ferrand', 'Assistante de direction de Paul Vidal'],
  ])('%s', (title, boss, want) => {
    const d = interpretDetection(
      base(
        [{ name: 'Inès Morel', email: 'ines.morel@groupe-ferrand.fr', first: '', lines: [title, 'Groupe Ferrand'] }],
        {
          people: [{ name: boss, email: 'o.ferrand@groupe-ferrand.fr' }],
        },
      ),
    );
    expect(d.people.find((p) => p.name === 'Inès Morel')?.title).toBe(want);
  });
});

describe('interpretDetection: a contact the open message’s body names with their own address (issue 7)', () => {
  const mail = (bodyText: string, address: string): Detection => ({
    ...base([], { url: 'https://mail.google.com/mail/u/0/#inbox/x', kind: 'gmail-thread' }),
    signatures: undefined,
    emails: [{ address, role: 'text' }],
    message: {
      provider: 'gmail',
      threadId: 't',
      subject: 's',
      from: { email: 'news@ferme-exemple.fr' },
      to: [],
      cc: [],
      date: '',
      bodyText,
    },
  });
  it.each([
    [
      'Une question ? Écrivez à Bastien Lagarrigue, notre responsable des ventes : bastien.lagarrigue@ferme-exemple.fr ou appelez le 05 99 00 41 27.',
      'bastien.lagarrigue@ferme-exemple.fr',
      { name: 'Bastien Lagarrigue', title: 'responsable des ventes', phones: ['05 99 00 41 27'] },
    ],
    [
      'For trade orders, contact Philippa Vane-Tempest at pvane-tempest@orchard-example.co.uk.',
      'pvane-tempest@orchard-example.co.uk',
      { name: 'Philippa Vane-Tempest' },
    ],
    [
      'Ihre Ansprechpartnerin ist Frau Henrike von Aschenbach: henrike.vonaschenbach@hof-beispiel.de',
      'henrike.vonaschenbach@hof-beispiel.de',
      { name: 'Henrike von Aschenbach' },
    ],
    // an out-of-office reply's deputy, after a German noun for a colleague
    [
      'In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Jonas Brüggemann-Okafor (Innendienst), j.brueggemann-okafor@leuchten-beispiel.de, Tel. +49 40 5550 1234.',
      'j.brueggemann-okafor@leuchten-beispiel.de',
      { name: 'Jonas Brüggemann-Okafor', phones: ['+49 40 5550 1234'] },
    ],
    [
      'Meine Vertretung Ilka Sommerfeld erreichen Sie unter ilka.sommerfeld@hof-beispiel.de.',
      'ilka.sommerfeld@hof-beispiel.de',
      { name: 'Ilka Sommerfeld' },
    ],
    [
      'While I am away, please contact my colleague Tobias Wren-Adeyemi at t.wren-adeyemi@orchard-example.co.uk, phone 020 7946 0321.',
      't.wren-adeyemi@orchard-example.co.uk',
      { name: 'Tobias Wren-Adeyemi', phones: ['020 7946 0321'] },
    ],
  ])('%s', (body, address, want) => {
    expect(interpretDetection(mail(body, address)).people).toEqual([
      expect.objectContaining({ ...want, email: address }),
    ]);
  });
  it('names nobody whose mailbox the name does not spell (a team’s box, another person’s name)', () => {
    const bodies: [string, string][] = [
      ['Questions? Ask Maren Holt, or write to orders@orchard-example.co.uk.', 'orders@orchard-example.co.uk'],
      ['Merci à Colette Brun ! Écrivez à jules.martel@ferme-exemple.fr.', 'jules.martel@ferme-exemple.fr'],
      // (a branch's mailbox: its town spelled, no person's name)
      ['Cc : Agence Rhône Sud <rhone-sud@ascenseurs-exemple.fr>', 'rhone-sud@ascenseurs-exemple.fr'],
    ];
    for (const [body, address] of bodies) expect(interpretDetection(mail(body, address)).people).toEqual([]);
  });
});

describe('interpretDetection: a web page’s person given the address whose mailbox spells their name (issue 7)', () => {
  const page = (people: Detection['people'], addresses: string[]): Detection => ({
    url: 'https://www.cabinet-exemple.fr/equipe',
    kind: 'company-site',
    emails: addresses.map((address) => ({ address, role: 'mailto' as const })),
    people,
    companies: [],
  });
  it.each([
    ['Mélisande Caradec-Le Goff', 'm.caradec@cabinet-exemple.fr'],
    ['Rupert Ashdown', 'rupert.ashdown@cabinet-exemple.fr'],
    ['Jörg Wendeborn', 'jwendeborn@cabinet-exemple.fr'],
  ])('%s ← %s', (name, address) => {
    const d = interpretDetection(page([{ name }], [address, 'contact@cabinet-exemple.fr']));
    expect(d.people[0]?.email).toBe(address);
  });
  it('gives none that two people could have, nor one another person already has', () => {
    const twins = interpretDetection(
      page([{ name: 'Anna Roth' }, { name: 'Arne Roth' }], ['a.roth@cabinet-exemple.fr']),
    );
    expect(twins.people.map((p) => p.email)).toEqual([undefined, undefined]);
    const held = interpretDetection(
      page(
        [{ name: 'Odile Brun', email: 'o.brun@cabinet-exemple.fr' }, { name: 'Olivier Brun' }],
        ['o.brun@cabinet-exemple.fr'],
      ),
    );
    expect(held.people[1]?.email).toBeUndefined();
  });
});

describe('interpretDetection: a firm mailing in its own name', () => {
  const mail = (from: string, address: string, footer: string): Detection =>
    base([], {
      emails: [{ address, role: 'from', name: from }],
      people: [{ name: from, email: address }],
      companies: [{ name: address.split('@')[1]!, domain: address.split('@')[1]! }],
      message: {
        provider: 'gmail',
        threadId: 't1',
        date: '2026-03-02T08:00',
        subject: 'Nouveautés de mars',
        from: { name: from, email: address },
        to: [],
        cc: [],
        bodyText: `Bonjour,\nNos nouveautés du mois.\n${footer}`,
      },
    });

  it('a newsletter signed by its legal line: the firm, no person', () => {
    const d = interpretDetection(
      mail(
        'Vergers Kerbrat',
        'bonjour@vergers-kerbrat.fr',
        'Vergers Kerbrat SARL · 3 route de Plouha, 22580 Lanloup · 02 99 00 17 45',
      ),
    );
    expect(d.people).toEqual([]);
    expect(d.companies).toMatchObject([
      { name: 'Vergers Kerbrat', domain: 'vergers-kerbrat.fr', phones: ['02 99 00 17 45'] },
    ]);
  });

  it.each([
    // a freelancer whose domain is her name, with no legal line
    ['Ines Lorval', 'contact@ineslorval.de', 'Ines Lorval · Grafikdesign · Kiel'],
    // a person whose surname a firm bears: the display name does not spell the domain
    ['Paul Hartig', 'paul@hartig-bau.de', 'Hartig Bau GmbH · Amtsgericht Kiel HRB 4411'],
  ])('%s <%s> stays a person', (from, address, footer) => {
    expect(interpretDetection(mail(from, address, footer)).people.map((p) => p.name)).toEqual([from]);
  });
});

describe('interpretDetection: what the mail body lists', () => {
  it("a signature ends at another participant's name (an invitation's guest list)", () => {
    const d = interpretDetection(
      base(
        [
          {
            name: 'Rémi Castel',
            email: 'r.castel@ostrea-conseil.fr',
            first: '',
            lines: ['– organisateur', 'Julie Arnaud', 'Hugo Lemaire'],
          },
        ],
        {
          emails: [
            { address: 'j.arnaud@ostrea-conseil.fr', role: 'to', name: 'Julie Arnaud' },
            { address: 'hugo@lemaire-studio.fr', role: 'cc', name: 'Hugo Lemaire' },
          ],
          people: [
            { name: 'Julie Arnaud', email: 'j.arnaud@ostrea-conseil.fr' },
            { name: 'Hugo Lemaire', email: 'hugo@lemaire-studio.fr' },
          ],
        },
      ),
    );
    expect(d.people.find((p) => p.name === 'Rémi Castel')?.company).toBeUndefined();
  });

  it.each([
    ['Fournisseur', 'IMPRIMERIE VALOIS SARL', true],
    ['Lieferant', 'Druckerei Hahn GmbH', true],
    // (no party label, or a name without a legal form: nothing)
    ['Client', 'IMPRIMERIE VALOIS SARL', false],
    ['Fournisseur', 'Imprimerie Valois', false],
  ])('an invoice table under "%s" names %s: ids and number (%s)', (label, name, read) => {
    const d = interpretDetection<Detection>({
      url: 'https://outlook.live.com/mail/0/inbox/id/x',
      kind: 'outlook-message',
      emails: [{ address: 'factures@imprimerie-valois.fr', role: 'text' }],
      people: [],
      companies: [{ name: 'imprimerie-valois.fr', domain: 'imprimerie-valois.fr' }],
      message: {
        provider: 'outlook',
        threadId: 'x',
        subject: 'Nouvelle facture',
        from: { email: 'noreply@factures.example' },
        to: [],
        cc: [],
        date: '',
        bodyText: [
          'Vous avez reçu une nouvelle facture.',
          label,
          name,
          'SIRET',
          '73282932000074',
          'Contact fournisseur',
          'factures@imprimerie-valois.fr · 05 99 00 12 34',
        ].join('\n'),
      },
    });
    const co = d.companies.find((c) => c.domain === 'imprimerie-valois.fr')!;
    // (without the table, the name the body spells still names the domain's company)
    if (read) expect(co.name).toBe(name);
    expect(co.siret).toBe(read ? '73282932000074' : undefined);
    expect(co.phones).toEqual(read ? ['05 99 00 12 34'] : undefined);
  });
});

describe('withSpelledFirms', () => {
  const mail = (bodyText: string): Detection => ({
    url: 'https://mail.google.com/mail/u/0/#inbox/x',
    kind: 'gmail-thread',
    emails: [],
    people: [
      { name: 'Rémi Castel', email: 'r.castel@ostrea-conseil.fr' },
      { name: 'Hugo Lemaire', email: 'hugo@lemaire-studio.fr', company: 'Studio Lemaire' },
    ],
    companies: [{ name: 'ostrea-conseil.fr', domain: 'ostrea-conseil.fr' }],
    message: {
      provider: 'gmail',
      threadId: 'x',
      subject: 's',
      from: { email: 'r.castel@ostrea-conseil.fr' },
      to: [],
      cc: [],
      date: '',
      bodyText,
    },
  });
  it.each([
    ['Lieu\nOstréa Conseil, 4 quai Duguay-Trouin, Saint-Malo', 'Ostréa Conseil'],
    ['Rendez-vous chez OSTREA CONSEIL demain', 'OSTREA CONSEIL'],
    // (a lower-case phrase, or another firm's words: no name)
    ['notre ostrea conseil habituel', undefined],
    ['Rendez-vous chez Ostréa demain', undefined],
  ])('%j → %s', (body, name) => {
    const d = interpretDetection(mail(body));
    expect(d.companies[0]!.name).toBe(name ?? 'ostrea-conseil.fr');
    expect(d.people.find((p) => p.name === 'Rémi Castel')!.company).toBe(name);
    expect(d.people.find((p) => p.name === 'Hugo Lemaire')!.company).toBe('Studio Lemaire');
  });
});

describe('interpretDetection: vCards, officers and own numbers of a mail (issue 7)', () => {
  const mail = (bodyText: string, people: Detection['people'], signatures: SignatureCandidate[] = []) =>
    interpretDetection(
      base(signatures, {
        people,
        message: {
          provider: 'gmail',
          threadId: 't1',
          subject: 'Re: order',
          date: '2026-12-01T10:00',
          from: { name: people[0]!.name, email: people[0]!.email! },
          to: [],
          cc: [],
          bodyText,
        },
      }),
    );
  it.each([
    [
      'a vCard signature signed with a first name only (EN)',
      'Thanks,\nOwen\nBEGIN:VCARD VERSION:3.0 FN:Owen Pryce ORG:Gantry Lane Studio LLC TITLE:Head of Sales TEL;TYPE=WORK:(212) 555-0100 TEL;TYPE=CELL:(646) 555-0199 END:VCARD',
      { name: 'Owen Pryce', email: 'owen@gantrylane.example' },
      { title: 'Head of Sales', company: 'Gantry Lane Studio LLC', phones: ['(212) 555-0100', '(646) 555-0199'] },
    ],
    [
      'a vCard with a legal line after it (FR)',
      'Cordialement,\nLéonie\nBEGIN:VCARD\nFN:Léonie Marchetti\nTITLE:Responsable export\nORG:Tonnellerie Vauclair SAS\nTEL;TYPE=cell:06 39 98 00 11\nEND:VCARD',
      { name: 'Léonie Marchetti', email: 'l.marchetti@tonnellerie-vauclair.example' },
      { title: 'Responsable export', company: 'Tonnellerie Vauclair SAS', phones: ['06 39 98 00 11'] },
    ],
    [
      'the number the writer gives as their own (EN)',
      'Hi Dan,\nThe plates are ready. My studio phone is (503) 555-0111 if anything changes.\nBea',
      { name: 'Bea Lorne', email: 'bea@lorne-pottery.example' },
      { phones: ['(503) 555-0111'] },
    ],
  ])('%s', (_, body, person, want) => {
    const got = mail(body, [person]).people.find((p) => p.email === person.email);
    expect(got).toMatchObject(want);
  });

  it.each([
    ['Geschäftsführerin: Jana Roeder · HRB 1234 B', 'Geschäftsführerin'],
    ['Gérant : Paul Verdier – SIREN 000 000 000', 'Gérant'],
    ['Managing Director: Jana Roeder | Registered in England 01234567', 'Managing Director'],
  ])('an officer named in a colleague’s legal line: %s', (line, title) => {
    const officer = line.includes('Paul') ? 'Paul Verdier' : 'Jana Roeder';
    const got = mail(
      'Bonjour,\nCi-joint.\nMax Kurz',
      [
        { name: 'Max Kurz', email: 'm.kurz@holzkontor-roeder.example' },
        { name: officer, email: 'chef@holzkontor-roeder.example' },
      ],
      [
        {
          name: 'Max Kurz',
          email: 'm.kurz@holzkontor-roeder.example',
          first: '',
          lines: ['Vertrieb', 'Holzkontor Roeder GmbH', 'Tel. +49 30 5550 7000', line],
        },
      ],
    ).people.find((p) => p.name === officer);
    expect(got?.title).toBe(title);
  });

  it('an officer at another domain gets no title', () => {
    const got = interpretDetection(
      base(
        [
          {
            name: 'Max Kurz',
            email: 'm.kurz@holzkontor-roeder.example',
            first: '',
            lines: ['Vertrieb', 'Holzkontor Roeder GmbH', 'Geschäftsführerin: Jana Roeder · HRB 1234 B'],
          },
        ],
        { people: [{ name: 'Jana Roeder', email: 'jana@elsewhere.example' }] },
      ),
    ).people.find((p) => p.name === 'Jana Roeder');
    expect(got?.title).toBeUndefined();
  });
});

describe('interpretDetection: a shared mailbox’s message signed by a person (issue 7)', () => {
  const message = (bodyText: string) => ({
    provider: 'outlook' as const,
    threadId: 't',
    subject: 'RE: Commande',
    from: { name: 'ADV Menuiseries Castel', email: 'adv@menuiseries-castel.fr' },
    to: [],
    cc: [],
    date: '2026-03-10T15:48',
    bodyText,
  });
  it.each([
    [
      'FR: the signer under the closing, the desk’s number the firm’s',
      'Bonjour,\nVotre commande part lundi.\nCordialement,\nLucie Ferrand\nAdministration des ventes\nMenuiseries Castel\nadv@menuiseries-castel.fr – 01 99 00 12 34',
      { name: 'Lucie Ferrand', title: 'Administration des ventes', company: 'Menuiseries Castel' },
      ['01 99 00 12 34'],
    ],
    [
      'no name over the address: nobody',
      'Bonjour,\nCordialement,\nLe service ADV\nadv@menuiseries-castel.fr',
      undefined,
      undefined,
    ],
  ])('%s', (_, body, person, phones) => {
    const d = interpretDetection(
      base([], {
        url: 'https://outlook.office.com/mail/inbox/id/x',
        kind: 'outlook-message',
        people: [{ name: 'ADV Menuiseries Castel', email: 'adv@menuiseries-castel.fr' }],
        companies: [{ name: 'menuiseries-castel.fr', domain: 'menuiseries-castel.fr' }],
        message: message(body),
      }),
    );
    expect(d.people.some((p) => p.name === 'ADV Menuiseries Castel')).toBe(false);
    const p = d.people.find((q) => q.email === 'adv@menuiseries-castel.fr');
    if (!person) return expect(p).toBeUndefined();
    expect(p).toMatchObject(person);
    expect(d.companies.find((c) => c.name === person.company)?.phones).toEqual(phones);
  });
});

describe('interpretDetection: a webmail sender the page gave no person for, or a "Firm – Person" name (issue 7)', () => {
  const run = (from: { name: string; email: string }, bodyText: string) =>
    interpretDetection(
      base([], {
        url: 'https://outlook.office.com/mail/inbox/id/x',
        kind: 'outlook-message',
        people: [],
        emails: [{ address: from.email, name: from.name, role: 'from' }],
        companies: [],
        message: {
          provider: 'outlook' as const,
          threadId: 't',
          subject: 'RE: Auftrag',
          from,
          to: [],
          cc: [],
          date: '2026-03-10T15:48',
          bodyText,
        },
      }),
    );
  it.each([
    [
      'DE: a desk of the firm, signed under the closing',
      { name: 'Kruse Holzbau – Auftragsbüro', email: 'auftrag@kruse-holzbau.de' },
      'Guten Tag,\nIhr Auftrag ist bestätigt.\nMit freundlichen Grüßen\nJana Oltmann\nVertriebsleiterin\nKruse Holzbau GmbH\nauftrag@kruse-holzbau.de',
      { name: 'Jana Oltmann', email: 'auftrag@kruse-holzbau.de', title: 'Vertriebsleiterin' },
    ],
    [
      'FR: a firm and a person, the person’s signature with its "Role – Firm" line',
      { name: 'Transports Vidalou – Léa Marchetti', email: 'l.marchetti@transports-vidalou.fr' },
      'Bonjour,\nLe camion passe jeudi.\nCordialement,\nLéa Marchetti\nAffrètement – Transports Vidalou\nTél. 01 99 00 41 22',
      { name: 'Léa Marchetti', title: 'Affrètement', company: 'Transports Vidalou', phones: ['01 99 00 41 22'] },
    ],
    [
      'EN: a person and a firm',
      { name: 'Tom Hale | Brakel Freight', email: 'tom.hale@brakel-freight.co.uk' },
      'Hi,\nBooked for Thursday.\nBest,\nTom Hale\nBrakel Freight Ltd',
      { name: 'Tom Hale', email: 'tom.hale@brakel-freight.co.uk' },
    ],
  ])('%s', (_, from, body, person) => {
    const d = run(from, body);
    expect(d.people.some((p) => p.name === from.name)).toBe(false);
    expect(d.people.find((p) => p.name === person.name)).toMatchObject(person);
  });
});

describe('interpretDetection: a firm mailbox’s signer copied from an address of their own (issue 7)', () => {
  it('gives the signer their signature, the firm its number, the signer their mobile', () => {
    const from = { name: 'Tonnellerie Garrigue', email: 'commandes@garrigue.fr' };
    const cc = { name: 'Romane Castel', email: 'r.castel@garrigue.fr' };
    const d = interpretDetection(
      base([], {
        url: 'https://mail.google.com/mail/u/0/#inbox/x',
        kind: 'gmail-thread',
        people: [from, cc],
        emails: [
          { address: from.email, name: from.name, role: 'from' },
          { address: cc.email, name: cc.name, role: 'cc' },
        ],
        companies: [],
        message: {
          provider: 'gmail' as const,
          threadId: 't',
          subject: 'Livraison',
          from,
          to: [],
          cc: [cc],
          date: '2026-03-10T15:48',
          bodyText:
            'Bonjour,\nLivraison jeudi.\nPour le service commandes,\nRomane Castel\nTonnellerie Garrigue\nT. 01 99 00 83 44\nM. 06 39 98 83 45',
        },
      }),
    );
    expect(d.people.some((p) => p.name === from.name)).toBe(false);
    expect(d.people.find((p) => p.name === cc.name)).toMatchObject({
      email: cc.email,
      company: 'Tonnellerie Garrigue',
      phones: ['06 39 98 83 45'],
    });
    expect(d.companies.find((c) => c.name === 'Tonnellerie Garrigue')?.phones).toEqual(['01 99 00 83 44']);
  });
});

describe('interpretDetection: a firm writing in its own name, signed with it (issue 7)', () => {
  it.each([
    [
      'FR: first names and the firm, then its number',
      'Château Vidalou',
      'contact@chateau-vidalou.fr',
      'Bonsoir,\nLes caisses partent demain.\nBelle soirée,\nAnne et Paul, Château Vidalou\n33330 Saint-Émilion\n06 39 98 41 22',
      ['06 39 98 41 22'],
    ],
    [
      'DE: the firm alone, then its number',
      'Weingut Albrecht',
      'info@weingut-albrecht.de',
      'Guten Tag,\nanbei die Preisliste.\nViele Grüße\nWeingut Albrecht\nTel. +49 30 5550 1234',
      ['+49 30 5550 1234'],
    ],
    [
      'two numbers: none chosen',
      'Château Vidalou',
      'contact@chateau-vidalou.fr',
      'Bonsoir,\nAnne et Paul, Château Vidalou\n05 99 00 41 21\n06 39 98 41 22',
      undefined,
    ],
  ])('%s', (_, name, email, bodyText, phones) => {
    const domain = email.split('@')[1]!;
    const d = interpretDetection(
      base([], {
        url: 'https://mail.google.com/mail/u/0/#inbox/x',
        kind: 'gmail-thread',
        people: [],
        emails: [{ address: email, name, role: 'from' }],
        companies: [{ name, domain }],
        message: {
          provider: 'gmail' as const,
          threadId: 't',
          subject: 'Envoi',
          from: { name, email },
          to: [],
          cc: [],
          date: '2026-03-10T15:48',
          bodyText,
        },
      }),
    );
    expect(d.companies.find((c) => c.domain === domain)?.phones).toEqual(phones);
  });
});

describe('interpretDetection: a mail firm’s legal line after a signature the page read (issue 7)', () => {
  it.each([
    [
      'FR: capitals over the name, the legal line in mixed case',
      'MENUISERIE VIDALOU',
      'menuiserie-vidalou.fr',
      '01 99 00 41 22',
      'Menuiserie Vidalou SARL au capital de 10 000 € · RCS Pau 732 829 320 · TVA FR39732829320',
      { siren: '732829320', vat: 'FR39732829320', phones: ['01 99 00 41 22'] },
    ],
    [
      'a mobile stays the person’s',
      'Menuiserie Vidalou',
      'menuiserie-vidalou.fr',
      '06 39 98 41 22',
      'Menuiserie Vidalou SAS – SIREN 732 829 320',
      { siren: '732829320', phones: undefined },
    ],
    [
      'a line of another firm gives nothing',
      'Menuiserie Vidalou',
      'menuiserie-vidalou.fr',
      '01 99 00 41 22',
      'Charpentes Roux SARL – SIREN 732 829 320',
      { siren: undefined, phones: undefined },
    ],
  ])('%s', (_, firm, domain, phone, legal, want) => {
    const email = `achats@${domain}`;
    const d = interpretDetection(
      base([], {
        url: 'https://mail.google.com/mail/u/0/#inbox/x',
        kind: 'gmail-thread',
        people: [{ name: 'Léa Marchetti', email, company: firm, phones: [phone] }],
        companies: [{ name: firm, domain }],
        message: {
          provider: 'gmail' as const,
          threadId: 't',
          subject: 'Commande',
          from: { name: 'Léa Marchetti', email },
          to: [],
          cc: [],
          date: '2026-03-10T15:48',
          bodyText: `Bonjour,\nCommande validée.\n${firm}\nLéa Marchetti – Responsable achats\n${phone}\n${legal}`,
        },
      }),
    );
    const c = d.companies.find((x) => x.domain === domain);
    expect(c?.siren).toBe(want.siren);
    expect(c?.phones).toEqual(want.phones);
  });
});

describe('proseApposition: a participant introduced in prose with their role at their firm', () => {
  it.each([
    [
      ', directrice des opérations chez Kerbrat Transports (Brest) – elle gère',
      'kerbrat-transports.fr',
      ['directrice des opérations', 'Kerbrat Transports'],
    ],
    [
      ", co-gérant d'Aubert Frères, l'atelier fondé par son grand-père.",
      'aubert-freres.fr',
      ['co-gérant', 'Aubert Frères'],
    ],
    [', Head of Sales at Quillon Tools, will call you', 'quillon-tools.co.uk', ['Head of Sales', 'Quillon Tools']],
    [
      ', Einkaufsleiterin bei Brenner Stahlbau GmbH, ruft Sie morgen an.',
      'brenner-stahlbau.de',
      ['Einkaufsleiterin', 'Brenner Stahlbau GmbH'],
    ],
    // a signature's line ends at the firm: read as a signature, with its lines
    [', Einkaufsleiterin bei Brenner Stahlbau GmbH.', 'brenner-stahlbau.de', null],
    // a firm that is not the mail domain's, free mail, no role, no firm
    [', directrice des opérations chez Kerbrat Transports (Brest)', 'vireau.fr', null],
    [', Head of Sales at Quillon Tools, will call you', 'gmail.com', null],
    [', que je connais chez Kerbrat Transports depuis longtemps', 'kerbrat-transports.fr', null],
    [', merci pour votre retour rapide', 'kerbrat-transports.fr', null],
  ])('%s (%s)', (first, domain, want) => {
    const got = proseApposition(first, domain);
    expect(got && [got.title, got.company]).toEqual(want);
  });
});

describe('inlineSignoff: a sign-off at the end of a prose line', () => {
  it.each([
    [
      'Offre reçue, très compétitive. Thibault Roux, Directeur RSE, Groupe Vireau',
      'Thibault Roux',
      'groupe-vireau.com',
      ['Directeur RSE', 'Groupe Vireau'],
    ],
    [
      'Thanks, see attached. Jane Roe, Head of Procurement – Quillon Tools',
      'Jane Roe',
      'quillon-tools.co.uk',
      ['Head of Procurement', 'Quillon Tools'],
    ],
    [
      'Bitte prüfen. Jana Roe, Leiterin Einkauf, Brenner Stahlbau GmbH',
      'Jana Roe',
      'brenner-stahlbau.de',
      ['Leiterin Einkauf', 'Brenner Stahlbau GmbH'],
    ],
    // a firm that is not their domain's, no role, the name alone
    ['Offre reçue. Thibault Roux, Directeur RSE, Groupe Vireau', 'Thibault Roux', 'cabinet-marlin.fr', undefined],
    ['Bonjour Thibault Roux, merci pour votre offre', 'Thibault Roux', 'groupe-vireau.com', undefined],
    ['Thibault Roux', 'Thibault Roux', 'groupe-vireau.com', undefined],
  ])('%s', (body, name, domain, want) => expect(inlineSignoff(body, name, domain)).toEqual(want));
});

describe('an invitation a scheduling tool sends for a person: the person, and a guest list that is no signature', () => {
  const cases: [string, string, string, string, string, string][] = [
    [
      'fr',
      'Mathilde Serrurier (via Agendo)',
      'mathilde@serrurier-conseil.fr',
      'Participants :',
      'Mathilde Serrurier – organisatrice',
      'Oui · Peut-être · Non',
    ],
    [
      'en',
      'Owen Pritchard (via SlotHub)',
      'owen@pritchard-legal.co.uk',
      'Guests:',
      'Owen Pritchard – organiser',
      'Yes · Maybe · No',
    ],
    [
      'de',
      'Greta Vollmer (via Terminfix)',
      'g.vollmer@vollmer-bau.de',
      'Teilnehmer:',
      'Greta Vollmer – Organisatorin',
      'Ja · Vielleicht · Nein',
    ],
  ];
  it.each(cases)('%s', (_lang, fromName, own, head, line, rsvp) => {
    const guest = { name: 'Ilona Brandt', email: 'ilona.brandt@gmail.com' };
    const bodyText = [
      'Entretien',
      `${head}`,
      line,
      `${guest.name} – ${guest.email}`,
      `${own}`,
      rsvp,
      'Sent by the scheduling tool.',
    ].join('\n');
    const d = interpretDetection(
      base([{ name: guest.name, email: guest.email, first: ` – ${guest.email}`, lines: [own, rsvp] }], {
        emails: [
          { address: guest.email, role: 'to', name: guest.name },
          { address: own, role: 'text' },
        ],
        people: [{ name: guest.name, email: guest.email }],
        message: {
          provider: 'gmail',
          threadId: 't',
          subject: 'Invitation',
          from: { email: 'notifications@scheduler.example', name: fromName },
          to: [guest],
          cc: [],
          date: '',
          bodyText,
        },
      }),
    );
    const person = d.people.find((p) => p.email === own);
    expect(person?.name).toBe(fromName.replace(/\s*\(.*$/, ''));
    const g = d.people.find((p) => p.email === guest.email);
    expect(g?.title).toBeUndefined();
    expect(g?.company).toBeUndefined();
    expect(d.companies.map((c) => c.name)).not.toContain(rsvp);
  });
});
