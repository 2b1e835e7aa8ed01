import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';
import { acronymOf, initialsOf, ownMailbox, spelledOut } from './company-site';

function page(url: string, body: string, title = 'Presse'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('company site: people in running text', () => {
  it('a quote naming another company’s managing director keeps that company (prose is no legal notice)', () => {
    const doc = page(
      'https://www.gruenwald-solar.example/presse/agri-pv',
      `<h1>Pressemitteilung</h1>
      <p>Die Grünwald Solartechnik AG und die Stadtwerke Halbach GmbH haben heute den Vertrag unterzeichnet.</p>
      <p>„Unsere Kundinnen und Kunden wollen Strom, der hier vor Ort erzeugt wird und kein Ackerland kostet“, so Thomas Brückner, Geschäftsführer der Stadtwerke Halbach GmbH.</p>
      <footer><p>© 2026 Grünwald Solartechnik AG · Amtsgericht Bamberg HRB 6481</p></footer>`,
    );
    const got = detect(doc, 'https://www.gruenwald-solar.example/presse/agri-pv');
    const thomas = got.people.find((p) => p.name === 'Thomas Brückner');
    expect(thomas?.company).toBe('Stadtwerke Halbach GmbH');
  });
});

describe('company site: lists of people', () => {
  const url = 'https://www.holznetz-franken.example/mitglieder/';
  const table = `<h1>Mitglieder</h1><table><thead><tr><th>Firma / Ort</th><th>Ansprechpartner</th><th>Funktion</th><th>Telefon</th></tr></thead><tbody>
    <tr><td><strong>Zimmerei Rauh GmbH</strong><br>95326 Kulmbach</td><td>Florian Rauh</td><td>Geschäftsführer</td><td><a href="tel:09221843710">09221 84 37 10</a></td></tr>
    <tr><td><strong>Leupold Holzhaus GmbH</strong><br>96215 Lichtenfels</td><td>Carina Leupold</td><td>Technische Leitung</td><td><a href="tel:0957160442">09571 60 44 2</a></td></tr>
    <tr><td><strong>Treppenbau Kessler</strong><br>96450 Coburg</td><td>Jonas Kessler</td><td>Kaufmännische Leitung</td><td><a href="tel:09561239840">09561 23 98 40</a></td></tr></tbody></table>`;
  const aside = `<aside><section><h2>Geschäftsstelle</h2><p>Holznetz Franken e.V.<br>Ludwigstraße 21<br>95444 Bayreuth<br>Tel. <a href="tel:0921156030">0921 15 60 30</a><br><a href="mailto:info@holznetz-franken.example">info@holznetz-franken.example</a></p></section>
    <section><h2>Nächster Termin</h2><p>Stammtisch Holzbau – Donnerstag, 14. Mai, 19 Uhr</p></section></aside>`;

  it('takes no column value nor widget heading for a person ("Technische Leitung", "Nächster Termin")', () => {
    const got = detect(page(url, `<main>${table}</main>${aside}`, 'Mitglieder – Holznetz Franken e.V.'), url);
    expect(got.people.map((p) => p.name).sort()).toEqual(['Carina Leupold', 'Florian Rauh', 'Jonas Kessler']);
  });

  it('gives the staff’s numbers in a table without a header to the staff, not to the company', () => {
    const u = 'https://www.larchfield-data.example/team';
    const got = detect(
      page(
        u,
        `<main><h1>Our team</h1><p>Call us on <a href="tel:+441314960100">+44 131 496 0100</a>.</p><h2>Customer Success</h2><table><tbody>
        <tr><td>Gregor Muir</td><td>Head of Customer Success</td><td><a href="tel:+441314960712">+44 131 496 0712</a></td></tr>
        <tr><td>Shanice Oduya</td><td>Customer Success Manager</td><td><a href="tel:+441134960388">+44 113 496 0388</a></td></tr>
        </tbody></table></main><footer>© 2026 Larchfield Data Ltd</footer>`,
        'Team – Larchfield Data',
      ),
      u,
    );
    expect(got.companies[0]?.phones).toEqual(['+44 131 496 0100']);
  });

  it('does not take a partner’s number in a running sentence for the company’s', () => {
    const u = 'https://www.cabinet-morvan.example/contact';
    const got = detect(
      page(
        u,
        `<main><h1>Contact</h1><p>Cabinet Morvan Partners<br>12 rue des Tanneurs<br>21000 Dijon<br>Tél. : <a href="tel:0380441275">03 80 44 12 75</a></p>
        <p>Pour la pose, appelez le cabinet Perrin Menuiserie au <a href="tel:0380559031">03 80 55 90 31</a>, notre partenaire depuis 2012.</p>
        <p>For deliveries abroad, call our partner Kestrel Freight on <a href="tel:+442079460321">+44 20 7946 0321</a>.</p>
        <p>Für Rechtsfragen erreichen Sie unseren Partner, die Kanzlei Brandl, unter <a href="tel:0951204080">0951 20 40 80</a>.</p></main>`,
      ),
      u,
    );
    expect(got.companies[0]?.phones).toEqual(['03 80 44 12 75']);
  });
});

describe('company site: help centres (issue 7)', () => {
  const url = 'https://support.lindqvist-ferries.example/hc/en-gb/articles/9012-missing-booking-emails';
  const body = `<main><article><h1>Where is my booking confirmation?</h1>
    <p>Confirmations are sent by <code>no-reply@notify.lindqvist-ferries.example</code> within 10 minutes.</p>
    <p>A bounce from <code>MAILER-DAEMON</code> or <code>postmaster@lindqvist-ferries.example</code> means the address was mistyped.</p>
    <p>Check for typos such as <code>jane@hotmial.com</code> on your account.</p>
    <p>Still stuck? Our Guest Services team answers at <a href="mailto:guests@lindqvist-ferries.example">guests@lindqvist-ferries.example</a> or 0330 808 5511.</p>
    </article></main><footer><p>Lindqvist Ferries is a trading name of Lindqvist Ferries Ltd, registered in England and Wales (company no. 10482256).</p>
    <p><a href="https://www.zendesk.com/">Powered by Zendesk</a></p></footer>`;
  it('is a company page: its contact addresses and company, not the automated senders nor the examples', () => {
    const got = detect(page(url, body, 'Where is my booking confirmation? – Lindqvist Ferries Help Centre'), url);
    expect(got.kind).toBe('company-site');
    expect(got.emails.map((e) => e.address)).toEqual(['guests@lindqvist-ferries.example']);
    expect(got.companies.map((c) => c.name)).toEqual(['Lindqvist Ferries Help Centre']);
    expect(got.companies.map((c) => c.name)).not.toContain('Zendesk');
    expect(got.people).toEqual([]);
  });
  it('a developer documentation page with code blocks stays no contact', () => {
    const doc = `<main><h1>Install</h1><pre><code>npm install lindqvist-sdk</code></pre>
      <p>Then set <code>LQ_TOKEN</code> and run <code>lq init --region eu</code>. Questions: <a href="mailto:sdk@lindqvist-ferries.example">sdk@lindqvist-ferries.example</a></p></main>`;
    const u = 'https://docs.lindqvist-ferries.example/sdk/install';
    expect(detect(page(u, doc), u).kind).toBe('other');
  });
});

describe('company site: a release on any newswire or press portal (issue 7)', () => {
  it.each([
    [
      'LYON, 3 mars 2026 /FilMedia/ -- Ostrand Robotique SAS, fabricant de bras collaboratifs, annonce…',
      'Ostrand Robotique SAS',
    ],
    ['KASSEL, 12. Februar 2026 (PresseNord) – Die Wendland Messtechnik GmbH übernimmt…', 'Wendland Messtechnik GmbH'],
    [
      'LEEDS, England, Feb. 12, 2026 /Wirely/ -- Calder Pumps Ltd, a maker of pumps, today announced…',
      'Calder Pumps Ltd',
    ],
  ])('%s', (dateline, issuer) => {
    const url = 'https://www.some-wire.example/release/2026/88415';
    const doc = page(
      url,
      `<header><a href="/">SomeWire</a></header><main><article><h1>Une annonce</h1><p>${dateline}</p>
      <p>Suite du texte sans mention particulière, avec quelques chiffres : 30 %.</p></article></main>
      <footer><p>SomeWire, un service de Nexaprim Médias SAS</p></footer>`,
      'Une annonce | SomeWire',
    );
    const got = detect(doc, url);
    expect(got.kind).toBe('company-site');
    expect(got.companies.map((c) => c.name)).toEqual([issuer]);
  });
});

describe('company site: the issuer of a wire release gets its own domain', () => {
  it('from its boilerplate’s web address or its press address, never the wire’s', () => {
    const url = 'https://www.nordpresse.example/meldung/55120';
    const doc = page(
      url,
      `<main><article><h1>Übernahme</h1><p>AUGSBURG, 12. Februar 2026 (NordPresse) – Die Brückmann Fördertechnik GmbH übernimmt die Kranservice Oberland GmbH.</p>
      <h2>Über die Brückmann Fördertechnik GmbH</h2><p>Krananlagen aus Augsburg. Mehr unter www.brueckmann-foerdertechnik.de.</p>
      <h2>Pressekontakt</h2><p>Lea Hofstetter<br>Tel.: +49 821 455 09-31<br>E-Mail: presse@brueckmann-foerdertechnik.de</p></article></main>
      <footer><p>Redaktion: redaktion@nordpresse.example</p></footer>`,
      'Übernahme – NordPresse',
    );
    const got = detect(doc, url);
    expect(got.companies.map((c) => [c.name, c.domain])).toEqual([
      ['Brückmann Fördertechnik GmbH', 'brueckmann-foerdertechnik.de'],
    ]);
  });
});

describe('company site: held-out page kinds (issue 7, blind pages)', () => {
  it('a release on the issuer’s own newsroom: “About <product code>” is no issuer, a do-not-reply sender is no contact', () => {
    const url = 'https://news.norvale.example/2026-03-02-norvale-signs';
    const doc = page(
      url,
      `<p><strong>OSLO, March 2, 2026</strong> – Norvale Biosciences ASA today announced a licence agreement with Kestrin Pharma.</p>
      <p>"It is on plan," said Ingrid Sollum, Chief Executive Officer of Norvale.</p>
      <p><strong>About NV-118</strong><br>NV-118 is an investigational medicine.</p>
      <p><strong>About Norvale Biosciences</strong><br>Norvale is a biotech company. Visit <a href="https://www.norvale.example">www.norvale.example</a>.</p>
      <p><strong>About Kestrin Pharma</strong><br>Kestrin Pharma is a specialty pharma company.</p>
      <p>Media<br>Lars Aune<br>Director, Communications<br>+47 22 00 41 10<br><a href="mailto:media@norvale.example">media@norvale.example</a></p>
      <p>Kestrin Pharma<br>Mette Holm, Head of Communications<br><a href="mailto:press@kestrinpharma.example">press@kestrinpharma.example</a></p>
      <p>This press release contains forward-looking statements.</p>
      <aside><p>Alerts are sent from <span>alerts@norvale.example</span>; do not reply to them.</p></aside>`,
      'Norvale and Kestrin sign | Norvale Newsroom',
    );
    const got = detect(doc, url);
    expect(got.companies.map((c) => c.name)).not.toContain('NV-118');
    expect(got.companies[0]!.name).toBe('Norvale');
    expect(got.emails.map((e) => e.address)).not.toContain('alerts@norvale.example');
    expect(got.people.find((p) => p.name === 'Lars Aune')?.company).toBe('Norvale');
    // (the partner's contact: not the issuer's, whose address is not hers)
    expect(got.people.find((p) => p.name === 'Mette Holm')?.company).not.toBe('Norvale');
  });

  it('addresses split over spans and behind Cloudflare belong to the person of their block', () => {
    const url = 'https://www.optivale.example/contact/';
    const hex = (s: string, k = 0x21) =>
      k.toString(16).padStart(2, '0') + [...s].map((c) => (c.charCodeAt(0) ^ k).toString(16).padStart(2, '0')).join('');
    const doc = page(
      url,
      `<div><h3>SAV</h3><p>Inès Garnier, responsable SAV<br><span>i.garnier</span><span>@</span><span>optivale.example</span><br>04 76 10 20 31</p></div>
      <div><h3>Presse</h3><p>Paul Vidal, chargé de communication<br><a href="/cdn-cgi/l/email-protection#${hex('p.vidal@optivale.example')}"><span class="__cf_email__" data-cfemail="${hex('p.vidal@optivale.example')}">[email&#160;protected]</span></a><br>06 11 22 33 44</p></div>`,
      'Contact - Optivale',
    );
    const got = detect(doc, url);
    expect(got.emails.map((e) => e.address).sort()).toEqual(['i.garnier@optivale.example', 'p.vidal@optivale.example']);
    expect(got.people.map((p) => [p.name, p.email, p.phones])).toEqual([
      ['Inès Garnier', 'i.garnier@optivale.example', ['04 76 10 20 31']],
      ['Paul Vidal', 'p.vidal@optivale.example', ['06 11 22 33 44']],
    ]);
  });

  it('a blog’s publisher and author from JSON-LD: the contactPoint’s address, the author’s address by their name', () => {
    const url = 'https://blog.werkhof-beratung.example/lagerplanung/';
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Article',
      publisher: {
        '@type': 'Organization',
        name: 'Werkhof Beratung GmbH',
        contactPoint: {
          '@type': 'ContactPoint',
          email: 'kontakt@werkhof-beratung.example',
          telephone: '+49 511 4400 120',
        },
      },
      author: {
        '@type': 'Person',
        name: 'Tilda Brandes',
        jobTitle: 'Beraterin',
        worksFor: { '@type': 'Organization', name: 'Werkhof Beratung GmbH' },
      },
    };
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(
      `<!DOCTYPE html><html><head><title>Lagerplanung</title><meta property="og:site_name" content="Werkhof Blog"><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article><h1>Lagerplanung</h1><p>Fragen? Schreiben Sie mir an <a href="mailto:t.brandes@werkhof-beratung.example">t.brandes@werkhof-beratung.example</a>.</p></article></body></html>`,
    );
    const got = detect(window.document as unknown as Document, url);
    expect(got.emails.map((e) => e.address)).toContain('kontakt@werkhof-beratung.example');
    expect(got.companies[0]).toMatchObject({ name: 'Werkhof', phones: ['+49 511 4400 120'] });
    expect(got.people[0]).toMatchObject({
      name: 'Tilda Brandes',
      company: 'Werkhof',
      email: 't.brandes@werkhof-beratung.example',
    });
  });

  it('a site named by its domain in og:site_name takes its name from the title; direct lines stay the people’s', () => {
    const url = 'https://www.atelier-lemaitre.example/equipe/';
    const doc = page(
      url,
      `<meta property="og:site_name" content="atelier-lemaitre.example">
      <div><p><strong>Julie Lemaître</strong> — Architecte associée</p><p>Ligne directe : 04 50 11 22 01 · <a href="mailto:j.lemaitre@atelier-lemaitre.example">j.lemaitre@atelier-lemaitre.example</a></p></div>
      <div><p><strong>Marc Dunand</strong> — Architecte</p><p>Ligne directe : 04 50 11 22 02</p></div>
      <div><p><strong>Léa Quintin</strong> — Dessinatrice-projeteuse</p></div>
      <div><p><strong>Hugo Berthet</strong> — Assistant de projet</p></div>
      <footer><p>Atelier Lemaître · Tél. 04 50 11 22 00</p></footer>`,
      'L’équipe - Atelier Lemaître',
    );
    const got = detect(doc, url);
    expect(got.companies[0]).toMatchObject({ name: 'Atelier Lemaître', phones: ['04 50 11 22 00'] });
    expect(got.people.map((p) => [p.name, p.title])).toContainEqual(['Léa Quintin', 'Dessinatrice-projeteuse']);
    expect(got.people.find((p) => p.name === 'Julie Lemaître')).toMatchObject({
      company: 'Atelier Lemaître',
      phones: ['04 50 11 22 01'],
    });
  });
});

describe('a contact list whose terms name a service, "Name, Title" below (issue 7)', () => {
  it('takes the title from the dd, not the term, and an address cut into spans as the email', () => {
    const url = 'https://www.lanternhill-joinery.example/contact/';
    const doc = page(
      url,
      `<main><h1>Contact</h1><section><h2>Workshop</h2><dl>
<dt>General enquiries</dt><dd><a href="mailto:hello@lanternhill-joinery.example">hello@lanternhill-joinery.example</a></dd>
<dt>Quotes &amp; estimates</dt><dd>Priya Castellano, Sales Manager — <a href="mailto:priya@lanternhill-joinery.example">priya@lanternhill-joinery.example</a></dd>
<dt>Deliveries</dt><dd>Tobias Wrenfield, Logistics Coordinator — <span>tobias</span><span>@</span><span>lanternhill-joinery</span><span>.</span><span>example</span></dd>
</dl></section></main>`,
      'Contact',
    );
    const got = detect(doc, url);
    expect(got.people.map((p) => [p.name, p.title, p.email])).toEqual([
      ['Priya Castellano', 'Sales Manager', 'priya@lanternhill-joinery.example'],
      ['Tobias Wrenfield', 'Logistics Coordinator', 'tobias@lanternhill-joinery.example'],
    ]);
    expect(got.emails.map((e) => e.address)).toContain('tobias@lanternhill-joinery.example');
  });
});

describe('a legal notice names the firm in capitals (issue 7)', () => {
  it('a bold name the sentence calls a société is no person', () => {
    const url = 'https://www.ardoise-verger.example/mentions-legales';
    const doc = page(
      url,
      `<main><h1>Mentions légales</h1><p>Le présent site est édité par la société <strong>ARDOISE VERGER</strong>, société par actions simplifiée au capital de 10 000 €, RCS Rennes 900 123 456.</p>
<p>Directeur de la publication : M. Gaël Tromeur, Président.</p></main>`,
      'Mentions légales',
    );
    const got = detect(doc, url);
    expect(got.people.map((p) => [p.name, p.title])).toEqual([['Gaël Tromeur', 'Président']]);
  });
});

describe('job boards, switchboards and documentation pages (issue 7, unseen kinds)', () => {
  it.each([
    [
      'https://kestrel-bau.jobs.personio.de/job/991',
      '<h1>Bauleiter (m/w/d)</h1><p>Mehr auf <a href="https://www.kestrel-bau.de">unserer Website</a>.</p><p>Ihr Ansprechpartner: Herr Jan Brandt, Recruiter<br>E-Mail: <a href="mailto:jobs@kestrel-bau.de">jobs@kestrel-bau.de</a></p><footer>Powered by <a href="https://www.personio.de">Personio</a></footer>',
      'Bauleiter (m/w/d) | Kestrel Bau GmbH',
      'Kestrel Bau GmbH',
      'kestrel-bau.de',
    ],
    [
      'https://jobs.lever.co/ferrow-labs/1a2b',
      '<h2>Data Engineer</h2><a href="https://ferrowlabs.io">Ferrow Labs Home Page</a><p>Questions: <a href="mailto:talent@ferrowlabs.io">talent@ferrowlabs.io</a></p><p><a href="https://jobs.lever.co/">Jobs powered by Lever</a></p>',
      'Ferrow Labs - Data Engineer',
      'Ferrow Labs',
      'ferrowlabs.io',
    ],
  ])('the hiring firm with its own domain, never the board: %s', (url, body, title, name, domain) => {
    const got = detect(page(url, body, title), url);
    expect(got.companies.map((c) => [c.name, c.domain])).toEqual([[name, domain]]);
    expect(got.people.map((p) => p.name)).not.toContain(title.split(/ [|-] /)[0]);
    // (an applicant tracker's offer is its firm's own page, as its careers page would be)
    expect(got.kind).toBe('company-site');
  });

  it('a regional board’s posting (JobPosting JSON-LD): the hiring firm, never the board nor its domain', () => {
    const url = 'https://www.jobs-armorique.example/annonces/4411-soudeur';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Soudeur H/F',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Chaudronnerie du Trieux',
        sameAs: 'https://www.chaudronnerie-trieux.example',
      },
    };
    window.document.write(
      `<!DOCTYPE html><html><head><title>Soudeur H/F – Chaudronnerie du Trieux – Jobs Armorique</title>` +
        `<meta property="og:site_name" content="Jobs Armorique"><script type="application/ld+json">${JSON.stringify(ld)}</script></head>` +
        `<body><header><a href="/" aria-label="Jobs Armorique"><img alt="Jobs Armorique" src="data:,"></a></header>` +
        `<h1>Soudeur H/F</h1><p>Envoyez votre candidature à Maëlle Guivarch, chargée de recrutement : ` +
        `<a href="mailto:rh@chaudronnerie-trieux.example">rh@chaudronnerie-trieux.example</a></p>` +
        `<footer>© 2026 Jobs Armorique · <a href="mailto:aide@jobs-armorique.example">Aide</a></footer></body></html>`,
    );
    const got = detect(window.document as unknown as Document, url);
    expect(got.kind).toBe('other');
    expect(got.companies.map((c) => [c.name, c.domain])).toEqual([
      ['Chaudronnerie du Trieux', 'chaudronnerie-trieux.example'],
    ]);
  });

  it('the switchboard is the firm’s number, the press contact’s line is not', () => {
    const url = 'https://www.halden-pumpen.example/presse/neu';
    const got = detect(
      page(
        url,
        '<h1>Pressemitteilung</h1><p>Die Halden Pumpen GmbH baut aus.</p><p>Zentrale: +49 30 1234 5670 · www.halden-pumpen.example</p><h3>Pressekontakt</h3><p>Mara Stein<br>Telefon: +49 40 9876 5432<br>E-Mail: <a href="mailto:stein@agentur-nord.example">stein@agentur-nord.example</a></p>',
        'Halden Pumpen baut aus | Halden Pumpen GmbH',
      ),
      url,
    );
    expect(got.companies[0]?.phones).toEqual(['+49 30 1234 5670']);
  });

  it("a contact-sales page's general line is the firm's number, not a rep's direct line (issue 7)", () => {
    const url = 'https://www.kestrelfloor.example/contact-sales';
    const got = detect(
      page(
        url,
        '<h1>Contact sales</h1><div class="rep"><h3>Imogen Falkirk</h3><p>Account Executive</p><p><a href="tel:+1 (617) 555-0142">+1 (617) 555-0142</a></p></div><p>Sales general line: (800) 555-0177 · sales@kestrelfloor.example</p>',
        'Contact sales | Kestrel Flooring',
      ),
      url,
    );
    expect(got.companies[0]?.phones).toEqual(['(800) 555-0177']);
  });

  it('a documentation page keeps the site’s own address, not its samples’', () => {
    const url = 'https://docs.relaybase.example/api/contacts';
    const got = detect(
      page(
        url,
        '<pre><code>{"email": "jane@example.com"}</code></pre><pre><code>curl -X POST</code></pre><pre><code>{"id": 1}</code></pre><p>Email <a href="mailto:support@example.com">support@example.com</a> or <a href="mailto:devrel@relaybase.example">devrel@relaybase.example</a>.</p>',
        'Contacts API',
      ),
      url,
    );
    expect(got.emails.map((e) => e.address)).toEqual(['devrel@relaybase.example']);
    expect(got.people).toEqual([]);
  });
});

describe('company site: details in running text (prose3)', () => {
  it.each([
    [
      'call us on',
      'https://www.marlowe.example/legal/',
      '<p>To book a consultation, call us on 0117 496 0700 between 9am and 5pm.</p><footer><p>© 2025 Marlowe Accountants Ltd</p></footer>',
      '0117 496 0700',
    ],
    [
      'general enquiries after an address',
      'https://www.harrow.example/legal/',
      '<p>General enquiries: <a href="mailto:studio@harrow.example">studio@harrow.example</a> or 01225 555 480.</p><footer><p>© 2025 Harrow Interiors Ltd</p></footer>',
      '01225 555 480',
    ],
    [
      'a footer line of the firm’s details, "T." only',
      'https://www.caradec.example/contact/',
      '<p>Parlons de votre projet.</p><footer><p>Menuiserie Caradec SARL · 14 rue du Port, 56000 Vannes · T. 02 97 46 18 00</p></footer>',
      '02 97 46 18 00',
    ],
    [
      'an organisation’s itemprop=telephone',
      'https://www.tidewell.example/about/',
      '<div itemscope itemtype="https://schema.org/Organization"><h1 itemprop="name">Tidewell</h1><p>Say hello: <span itemprop="telephone">+1 902 555 0176</span></p></div>',
      '+1 902 555 0176',
    ],
    [
      'a customer service said reachable on it (issue 7)',
      'https://www.maison-lavande.example/cgv',
      '<h1>CGV</h1><p>Notre service client est joignable du lundi au vendredi au 04 99 00 31 72 ou par e-mail.</p><footer><p>© 2025 Maison Lavande SAS</p></footer>',
      '04 99 00 31 72',
    ],
    [
      'a Kundenservice said reachable on it (issue 7)',
      'https://www.gartenhof.example/agb',
      '<h1>AGB</h1><p>Unser Kundenservice ist werktags unter 0761 555 20 40 erreichbar.</p><footer><p>© 2025 Gartenhof Thalmann GmbH</p></footer>',
      '0761 555 20 40',
    ],
    [
      'a town hall’s details line with its own mailbox (issue 7)',
      'https://www.ville-montclair.example/elus/',
      '<h1>Vos élus</h1><h2>Contacter la mairie</h2><p>Hôtel de ville, place de la Liberté, 69370 Montclair · 04 99 00 12 00 · <a href="mailto:mairie@ville-montclair.example">mairie@ville-montclair.example</a></p>',
      '04 99 00 12 00',
    ],
    [
      'an office’s details line with its own mailbox, DE (issue 7)',
      'https://www.gemeinde-talheim.example/rat/',
      '<h1>Gemeinderat</h1><p>Rathaus, Marktplatz 1, 74388 Talheim · 07133 555 210 · <a href="mailto:rathaus@gemeinde-talheim.example">rathaus@gemeinde-talheim.example</a></p>',
      '07133 555 210',
    ],
    [
      'a label alone, its number in the next cell',
      'https://www.hafenblick.example/impressum/',
      '<h1>Impressum</h1><dl><dt>Telefon</dt><dd>+49 421 69 48 27-0</dd><dt>E-Mail</dt><dd>info@hafenblick.example</dd></dl>',
      '+49 421 69 48 27-0',
    ],
  ])('the firm’s number: %s', (_, url, body, phone) => {
    const got = detect(page(url, body, 'Contact'), url);
    expect(got.companies[0]?.phones).toEqual([phone]);
  });

  it('a VAT id in a <dd> after a <dt> citing its statute', () => {
    const url = 'https://www.nordwerk.example/impressum/';
    const got = detect(
      page(
        url,
        '<h1>Impressum</h1><p>Nordwerk Maschinenbau GmbH</p><dl><dt>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG</dt><dd>DE314728651</dd></dl>',
        'Impressum – Nordwerk Maschinenbau GmbH',
      ),
      url,
    );
    expect(got.companies[0]?.vat).toBe('DE314728651');
  });

  it('addresses with a bare " at ", not prose with "at"', () => {
    const url = 'https://www.harbourlight.example/contact/';
    const got = detect(
      page(
        url,
        `<p>For charters, email bookings at harbourlight.example; for anything else write to hello at harbourlight.example.</p>
        <p>Take a look at harbourlight.example/fleet first. Our sales at makersmarket.example doubled.</p>`,
        'Contact | Harbourlight',
      ),
      url,
    );
    expect(got.emails.map((e) => e.address).sort()).toEqual([
      'bookings@harbourlight.example',
      'hello@harbourlight.example',
    ]);
  });

  it('a press contact under a department line is the issuer’s, and the department no company', () => {
    const url = 'https://www.halden.example/newsroom/cto/';
    const got = detect(
      page(
        url,
        `<article><p>Press release · Manchester, 4 March 2025</p><h1>Halden Robotics names Tomasz Wierzbicki Chief Technology Officer</h1>
        <h2>Media contact</h2><p>Corporate Communications<br>Ellen Marsh<br>+44 161 496 0871<br>press@halden.example</p></article>`,
        'Newsroom | Halden Robotics',
      ),
      url,
    );
    expect(got.companies.map((c) => c.name)).not.toContain('Corporate Communications');
    expect(got.people.find((p) => p.name === 'Ellen Marsh')?.company).toBe('Halden Robotics');
    expect(got.people.find((p) => p.name === 'Tomasz Wierzbicki')?.title).toBe('Chief Technology Officer');
  });

  it('an author box’s LinkedIn link goes to the one person it names', () => {
    const url = 'https://www.sorel.example/blog/cloture/';
    const got = detect(
      page(
        url,
        `<article><h1>Clôture annuelle</h1><p>Chaque année, les mêmes erreurs.</p>
        <div class="author"><div><h3>L'auteur</h3><p><strong>Thibault Carrère</strong> est expert-comptable chez Cabinet Sorel Audit.</p>
        <p><a href="https://www.linkedin.com/in/thibault-carrere/">Retrouvez Thibault sur LinkedIn</a></p></div></div></article>`,
        'Clôture annuelle – Cabinet Sorel Audit',
      ),
      url,
    );
    expect(got.people.find((p) => p.name === 'Thibault Carrère')?.linkedinUrl).toBe(
      'https://www.linkedin.com/in/thibault-carrere/',
    );
  });
  it('a bold name’s apposition in a sentence: its firm after "at"/"chez"/"bei", not the clause after it', () => {
    const cases: [string, string, string, string, string][] = [
      [
        'https://www.halden.example/news/round/',
        '<p>Under the deal, <strong>Priya Raman</strong>, Managing Partner at Kestrel Bay Capital, joins the board of Halden.</p>',
        'Priya Raman',
        'Managing Partner',
        'Kestrel Bay Capital',
      ],
      [
        'https://www.sorel.example/actualites/levee/',
        '<p>À cette occasion, <b>Hélène Marquis</b>, associée chez Vallon Partenaires, entre au conseil de Sorel.</p>',
        'Hélène Marquis',
        'associée',
        'Vallon Partenaires',
      ],
    ];
    for (const [url, html, name, title, company] of cases) {
      const got = detect(page(url, `<article><h1>News</h1>${html}</article>`, 'News | Site'), url);
      const p = got.people.find((x) => x.name === name);
      expect(p?.title).toBe(title);
      expect(p?.company).toBe(company);
    }
  });
  it('a legal name under its own label ("Raison sociale", "Firmierung") is the site’s, not another company', () => {
    const cases: [string, string, string, string, string][] = [
      [
        'https://www.atelier-sorgue.fr/mentions-legales/',
        'Raison sociale',
        'Sorgue Design EURL, exerçant sous le nom « Atelier Sorgue »',
        '<p>Inès Pradal, gérante de Sorgue Design EURL.</p>',
        'Mentions légales – Atelier Sorgue',
      ],
      [
        'https://www.holzwerk-aurich.de/impressum/',
        'Firmierung',
        'Aurich Möbelbau GmbH',
        '<p>Jonas Weerts, Geschäftsführer der Aurich Möbelbau GmbH.</p>',
        'Impressum – Holzwerk Aurich',
      ],
    ];
    for (const [url, label, value, prose, title] of cases) {
      const got = detect(
        page(url, `<main><h1>${title}</h1><dl><dt>${label}</dt><dd>${value}</dd></dl>${prose}</main>`, title),
        url,
      );
      expect(got.companies.map((c) => c.name)).toEqual([title.split(' – ')[1]]);
    }
  });
});

describe('company site: third parties of a legal notice and a page (issue 7, precision)', () => {
  it('drops the host’s, the agency’s and the mediator’s addresses of numbered sections, keeps the publisher’s', () => {
    const url = 'https://www.tonnellerie-vasseur.example/mentions-legales';
    const body = `<main><h1>Mentions légales</h1>
      <h2>1. Éditeur</h2><p>Tonnellerie Vasseur SARL, 4 rue des Douelles, 21200 Beaune. Courriel : contact@tonnellerie-vasseur.example</p>
      <h2>2. Hébergement</h2><p>Le site est hébergé par Serveo SAS, 12 rue du Rack, 67000 Strasbourg.</p>
      <p>Contenu illicite : <a href="mailto:abuse@serveo-cloud.example">abuse@serveo-cloud.example</a>.</p>
      <h2>3. Conception et réalisation</h2><p>Agence Pixmo – <a href="mailto:hello@pixmo.example">hello@pixmo.example</a></p>
      <h2>4. Médiation de la consommation</h2><p>Médiateur : CM Conso, saisine@cm-conso.example.</p>
      <h2>5. Données personnelles</h2><p>Écrivez à dpo [at] tonnellerie-vasseur [dot] example. En cas de litige, la CNIL.</p></main>`;
    const got = detect(page(url, body, 'Mentions légales – Tonnellerie Vasseur'), url);
    expect(got.emails.map((e) => e.address).sort()).toEqual([
      'contact@tonnellerie-vasseur.example',
      'dpo@tonnellerie-vasseur.example',
    ]);
  });
  it('drops the address a platform mails from, keeps the organiser’s', () => {
    const url = 'https://www.cercle-apicole.example/journee-2025';
    const body = `<main><h1>Journée apicole 2025</h1><p>Votre billet arrive par e-mail depuis billets@tixo-platform.example.
      Pour une facture, écrivez à compta@cercle-apicole.example.</p></main>`;
    const got = detect(page(url, body, 'Journée apicole – Cercle apicole'), url);
    expect(got.emails.map((e) => e.address)).toEqual(['compta@cercle-apicole.example']);
  });
});

describe("company site: a platform's listing of one business", () => {
  it("the platform's mailbox is none of the business's, from a regional sub-domain too", () => {
    const url = 'https://uk.rateplace.example/review/ferncombe-removals.example';
    const ld = JSON.stringify({
      '@type': 'MovingCompany',
      name: 'Ferncombe Removals',
      url: 'https://www.ferncombe-removals.example/',
    });
    const doc = page(
      url,
      `<script type="application/ld+json">${ld}</script>
      <h1>Ferncombe Removals</h1><p>Rated 4.6 by 212 customers.</p>
      <p>Reply from Ferncombe Removals: write to us at office@ferncombe-removals.example</p>
      <footer><p>Questions about Rateplace? support@rateplace.example</p></footer>`,
      'Ferncombe Removals reviews',
    );
    const got = detect(doc, url);
    expect(got.emails.map((e) => e.address)).toEqual(['office@ferncombe-removals.example']);
    expect(got.companies.map((c) => c.name)).toContain('Ferncombe Removals');
  });

  it.each([
    [
      'https://www.cci-valmorin.example/annuaire/menuiserie-gallet',
      'Menuiserie Gallet',
      '<h2>Votre conseiller CCI</h2><p>Noémie Falguière, conseillère industrie – <a href="mailto:n.falguiere@cci-valmorin.example">n.falguiere@cci-valmorin.example</a> – 02 99 00 61 22</p>',
      'n.falguiere@cci-valmorin.example',
      'Noémie Falguière',
    ],
    [
      'https://www.ihk-loewenthal.example/firmen/baeckerei-rost',
      'Bäckerei Rost',
      '<h2>Ihr Ansprechpartner bei der IHK</h2><p>Jannik Oberthür, Berater Innovation – <a href="mailto:jannik.oberthuer@ihk-loewenthal.example">jannik.oberthuer@ihk-loewenthal.example</a> – 0761 555 2210</p>',
      'jannik.oberthuer@ihk-loewenthal.example',
      'Jannik Oberthür',
    ],
    [
      'https://www.hartfield-chamber.example/members/calder-joinery',
      'Calder Joinery',
      '<h2>Your chamber adviser</h2><p>Rosalind Pembury, Business Adviser – <a href="mailto:rpembury@hartfield-chamber.example">rpembury@hartfield-chamber.example</a> – 01632 960 412</p>',
      'rpembury@hartfield-chamber.example',
      'Rosalind Pembury',
    ],
  ])(
    "a chamber's portrait of a member firm keeps the chamber's adviser named with their own mailbox (%s)",
    (url, firm, box, address, adviser) => {
      const ld = JSON.stringify({ '@type': 'LocalBusiness', name: firm, url: 'https://www.member-firm.example/' });
      const doc = page(
        url,
        `<script type="application/ld+json">${ld}</script>
      <main><h1>${firm}</h1><p>Rated 4.8 by 31 members.</p>
      <p><a href="mailto:contact@member-firm.example">contact@member-firm.example</a></p>${box}</main>
      <footer><a href="mailto:accueil@${new URL(url).hostname.replace(/^www\./, '')}">accueil</a> · © Chamber</footer>`,
        `${firm} – Chamber`,
      );
      const got = detect(doc, url);
      expect(got.emails.map((e) => e.address).sort()).toEqual(['contact@member-firm.example', address].sort());
      const p = got.people.find((x) => x.name === adviser);
      expect(p?.email).toBe(address);
      expect(p?.company).not.toBe(firm);
    },
  );

  it.each([
    ['Grégory Tessandier', 'g.tessandier@cci.example', true],
    ['Jannik Oberthür', 'jannik.oberthuer@ihk.example', true],
    ['Rosalind Pembury', 'rpembury@chamber.example', true],
    ['Rosalind Pembury', 'support@chamber.example', false],
    ['Rosalind Pembury', 'pembury.office@chamber.example', false],
    ['Madonna', 'madonna@chamber.example', false],
  ])('ownMailbox(%s, %s) → %s', (name, address, own) => {
    expect(ownMailbox(name, address)).toBe(own);
  });

  it("a review site's address card in microdata names the business: the platform's brand and mailbox are none of it", () => {
    const url = 'https://www.miamnote.example/restaurants/nantes/la-table-de-lorette-881';
    const doc = page(
      url,
      `<div class="top"><a href="/">MiamNote</a></div><main><h1>La Table de Lorette</h1>
      <div itemscope itemtype="https://schema.org/Restaurant"><meta itemprop="name" content="La Table de Lorette">
      <p itemprop="address">4 quai de la Fosse, 44000 Nantes</p>
      <p>Site : <a itemprop="url" href="https://www.table-lorette.example">table-lorette.example</a></p>
      <p><a href="mailto:bonjour@table-lorette.example">bonjour@table-lorette.example</a></p></div>
      <section><h2>Avis des convives</h2><div><b>Gilles Marchand</b><p>Très bon accueil.</p></div></section></main>
      <footer><a href="mailto:aide@miamnote.example">aide@miamnote.example</a> · © MiamNote SAS</footer>`,
      'La Table de Lorette – avis – MiamNote',
    );
    const got = detect(doc, url);
    expect(got.emails.map((e) => e.address)).toEqual(['bonjour@table-lorette.example']);
    expect(got.companies.map((c) => c.name)).toEqual(['La Table de Lorette']);
    expect(got.companies[0]!.domain).toBe('table-lorette.example');
  });

  it("a marketplace's shop page labelled 'Verkauft von': its headings, reviewers and other shops are none of the seller's", () => {
    const url = 'https://www.handwerkhof.example/shop/drechslerei-amsel';
    const doc = page(
      url,
      `<main><h1>Drechslerei Amsel</h1><p>Verkauft von Drechslerei Amsel GmbH, Kirchweg 3, 79098 Freiburg</p>
      <section><h2>Unsere Werkstatt</h2><div class="c"><p>Jonas Amsel</p><p>Drechslermeister</p></div></section>
      <section><h2>Bewertungen</h2><div><b>Frieda Kolb</b> – „Schöne Schalen, schnell geliefert.“</div></section>
      <section><h2>Ähnliche Shops</h2><a href="/shop/holzwerk-brandt">Holzwerk Brandt</a></section>
      <p>E-Mail: info@drechslerei-amsel.example</p></main>
      <footer>Fragen an Handwerkhof? <a href="mailto:hilfe@handwerkhof.example">hilfe@handwerkhof.example</a></footer>`,
      'Drechslerei Amsel | Handwerkhof',
    );
    const got = detect(doc, url);
    expect(got.emails.map((e) => e.address)).toEqual(['info@drechslerei-amsel.example']);
    const firms = got.companies.map((c) => c.name);
    expect(firms).not.toContain('Handwerkhof');
    expect(firms).not.toContain('Unsere Werkstatt');
    expect(firms).not.toContain('Bewertungen');
    expect(got.people.map((p) => p.name)).not.toContain('Frieda Kolb');
    expect(got.people.map((p) => p.name)).not.toContain('Holzwerk Brandt');
  });

  it("a brand's own '/shop/' page without a seller's label stays the brand's", () => {
    const url = 'https://www.fenwick-tea.example/shop/smoky-lapsang';
    const doc = page(
      url,
      `<main><h1>Smoky Lapsang</h1><p>Our boldest leaf, 100 g tin.</p></main>
      <footer>© 2026 Fenwick Tea Ltd · <a href="mailto:hello@fenwick-tea.example">hello@fenwick-tea.example</a></footer>`,
      'Smoky Lapsang – Fenwick Tea',
    );
    const got = detect(doc, url);
    expect(got.emails.map((e) => e.address)).toEqual(['hello@fenwick-tea.example']);
    expect(got.companies.map((c) => c.name)).not.toContain('Smoky Lapsang');
  });

  it("an advertiser's address in an ad slot is none of the page's", () => {
    const url = 'https://www.tradesfinder.example/listing/marlow-roofing';
    const ld = JSON.stringify({
      '@type': 'RoofingContractor',
      name: 'Marlow Roofing',
      url: 'https://marlowroofing.example/',
    });
    const doc = page(
      url,
      `<script type="application/ld+json">${ld}</script><main><h1>Marlow Roofing</h1>
      <p><a href="mailto:jobs@marlowroofing.example">jobs@marlowroofing.example</a></p>
      <aside data-ad-slot="side"><small>Advertisement</small> Gutters cheap! deals@guttermax.example</aside></main>`,
      'Marlow Roofing – Tradesfinder',
    );
    expect(detect(doc, url).emails.map((e) => e.address)).toEqual(['jobs@marlowroofing.example']);
  });
});

describe('company site: team cards', () => {
  it("a card headed by a name with a civility and a degree: the line under it is her title, not an office's person", () => {
    const url = 'https://www.halvorsen-bio.example/about/leadership';
    const card = (name: string, role: string, bio: string) =>
      `<div class="m"><h3>${name}</h3><p>${role}</p><p>${bio}</p></div>`;
    const doc = page(
      url,
      `<h1>Leadership</h1><div class="grid">
      ${card('Dr. Maren Aasland, PhD', 'VP Clinical Development', 'Joined from Fjordlab AS, Bergen.')}
      ${card('Tobias Wren', 'Chief Financial Officer', 'Previously at Kettering Partners.')}
      ${card('Prof. Amira Haddad', 'Head of Research Operations', 'Fifteen years in clinical trials.')}
      </div><footer>© 2026 Halvorsen Bio Ltd</footer>`,
      'Leadership — Halvorsen Bio',
    );
    const got = detect(doc, url);
    expect(got.people.find((p) => p.name === 'Maren Aasland')?.title).toBe('VP Clinical Development');
    expect(got.people.map((p) => p.name)).not.toContain('Clinical Development');
    expect(got.companies.map((c) => c.name)).not.toContain('Dr. Maren Aasland, PhD');
  });
});

describe('company site: speaker cards "Name / office / Firm" whose firm reads like a name (issue 7)', () => {
  const card = (name: string, role: string, firm: string) =>
    `<div class="speaker"><h3>${name}</h3><p>${role}</p><p>${firm}</p></div>`;
  it.each([
    ['fr', 'Intervenants', 'Managing Director', 'Corwen Halloway', 'Fenwick Marlowe'],
    ['en', 'Speakers', 'Director', 'Priya Oakenshaw', 'Tamsin Greaves'],
    ['de', 'Referenten', 'Geschäftsführer', 'Lasse Brömmel', 'Ulrike Haverkamp'],
  ])('%s: the office under a bare name is its title, the line below the firm', (_, head, role, name, firm) => {
    const url = 'https://www.verband-kuesten.example/webinar';
    const doc = page(
      url,
      `<h1>Webinar</h1><section><h2>${head}</h2>
      ${card('Maëlle Corbière', 'Consultante marketing B2B', 'Corbière Conseil')}
      ${card(name, role, firm)}
      ${card('Jonas Wittkamp', 'Professor für Logistik', 'Hochschule Weserland')}
      ${card('Odile Kervarec', 'Déléguée générale', 'Fédération des Forges du Nord')}
      </section><footer>Fédération des Forges du Nord · 01 99 00 11 22</footer>`,
      'Webinar',
    );
    const got = detect(doc, url);
    const p = got.people.find((x) => x.name === name);
    expect(p?.title).toBe(role);
    expect(p?.company).toBe(firm);
    expect(got.people.map((x) => x.name)).not.toContain(firm);
    expect(got.companies.map((c) => c.name)).not.toContain(name);
  });
});

// orgs3 and people6 (issue 7): an interview's turns, an event's edition year, a release's headline
describe('company site: interviews, editions, headlines', () => {
  it('an interview’s answering person is its subject, of the firm its fact box names, the page none of theirs', () => {
    const u = 'https://www.timbertradeweekly.example/interviews/banfield';
    const got = detect(
      page(
        u,
        `<header><a href="/">Timber Trade Weekly</a></header><h1>“We plane every board twice”</h1>
        <p><strong>Timber Trade Weekly:</strong> Why did you start the workshop in a barn?</p>
        <p><strong>Oriel Banfield:</strong> Because the rent was low and the light was good for years.</p>
        <p><strong>Timber Trade Weekly:</strong> What comes next for the firm?</p>
        <p><strong>Oriel Banfield:</strong> A second bench and an apprentice from the college.</p>
        <aside><h3>Fact file</h3><p>Banfield Joinery Ltd</p><p>www.banfield-joinery.example</p><p>Tel. 01632 960777</p></aside>`,
        'We plane every board twice – Timber Trade Weekly',
      ),
      u,
    );
    expect(got.kind).toBe('other');
    expect(got.people).toEqual([{ name: 'Oriel Banfield', company: 'Banfield Joinery Ltd' }]);
  });
  it('an event’s edition year is no part of its organiser’s name', () => {
    const u = 'https://www.foire-verte-morvan.example/exposer';
    const got = detect(
      page(
        u,
        '<h1>Exposer</h1><p>Contact exposants : Lison Perraud, chargée des exposants – exposants@foire-verte-morvan.example</p>',
        'Foire Verte du Morvan 2028 – Exposer',
      ),
      u,
    );
    expect(got.companies.map((c) => c.name)).toEqual(['Foire Verte du Morvan']);
    expect(got.people[0]?.company).toBe('Foire Verte du Morvan');
  });
  it('a headline naming the site before a title part that is the site’s name is no name', () => {
    const u = 'https://www.quillon-metrics.example/news/brightmoor';
    const doc = page(
      u,
      '<h1>Quillon Metrics acquires Brightmoor Labs</h1><p>Press: press@quillon-metrics.example</p>',
      'Quillon Metrics acquires Brightmoor Labs – Quillon Metrics',
    );
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.setAttribute('content', 'Quillon Metrics');
    doc.head.append(meta);
    expect(detect(doc, u).companies.map((c) => c.name)).toEqual(['Quillon Metrics']);
  });
});

// precision2, people6 and blind-14 (issue 7): a page's kind and its site's own name
describe('company site: kinds of pages and the site’s name', () => {
  it('a forum thread by its address, without its software’s mark, is no firm’s site', () => {
    const u = 'https://www.artisans-du-jura.example/forum/t/devis-toiture/77';
    const got = detect(
      page(
        u,
        `<h1>Devis toiture ?</h1><article><p>Qui connaît un bon couvreur ?</p>
        <p>Noëlie Brenet<br>Gérante – Couverture Brenet, Morez<br>03 99 00 41 12 · <a href="mailto:n.brenet@couverture-brenet.example">n.brenet@couverture-brenet.example</a></p></article>`,
        'Sujet : devis toiture – Artisans du Jura',
      ),
      u,
    );
    expect(got.kind).toBe('other');
  });
  it('an event’s page counting its attendees is no firm’s site', () => {
    const u = 'https://www.rust-nantes.example/events/4';
    const got = detect(
      page(
        u,
        `<h1>Rust Nantes #4</h1><h2>Speakers</h2><ul><li><span>Aubin Querré</span> <span>Backend Lead at Marelle</span></li></ul>
        <h2>Participants (21)</h2><div><img alt="Léo" src="data:,"><img alt="Sarah" src="data:,"></div>
        <footer><a href="mailto:contact@rust-nantes.example">contact@rust-nantes.example</a></footer>`,
        'Rust Nantes #4 – Rust Nantes',
      ),
      u,
    );
    expect(got.kind).toBe('other');
  });
  it('a site naming itself in its banner’s link home and its title’s last part', () => {
    const u = 'https://www.journal-potiers.example/entretiens/gres';
    const got = detect(
      page(
        u,
        `<header><a href="/">La Gazette des Potiers</a></header><article><h1>« Le grès demande de la patience »</h1>
        <p>Propos recueillis par Ondine Faucheux</p></article>`,
        '« Le grès demande de la patience » – La Gazette des Potiers',
      ),
      u,
    );
    expect(got.companies.map((c) => c.name)).toEqual(['La Gazette des Potiers']);
  });
  it('a press contact’s agency gets the domain of their address that spells it after its trade word', () => {
    const u = 'https://www.velorail-morvan.example/presse/saison';
    const got = detect(
      page(
        u,
        `<h1>Communiqué de presse</h1><p>Vélorail du Morvan ouvre sa saison le 1er mai.</p>
        <h2>Contacts presse</h2><p>Agence Rebond Conseil – Margaux Tellier<br>margaux@rebond-conseil.example · 06 39 98 12 40</p>`,
        'Communiqué – Vélorail du Morvan',
      ),
      u,
    );
    expect(got.companies.find((c) => c.name === 'Agence Rebond Conseil')?.domain).toBe('rebond-conseil.example');
  });
  it('a media contact’s last title part that their own address spells is their agency', () => {
    const u = 'https://www.harbourline-robotics.example/news/deal';
    const got = detect(
      page(
        u,
        `<h1>Harbourline Robotics signs with Pellow Dairies</h1><p>PORTLAND — Harbourline Robotics today announced a deal.</p>
        <h2>Media contacts</h2><div><p>For Pellow Dairies</p><p>Marnie Coyle, Account Director, Brightline PR (trade media)</p>
        <p><a href="mailto:mcoyle@brightlinepr.example">mcoyle@brightlinepr.example</a></p></div>`,
        'Harbourline Robotics signs with Pellow Dairies – Harbourline Robotics',
      ),
      u,
    );
    expect(got.people.find((p) => p.name === 'Marnie Coyle')).toMatchObject({
      title: 'Account Director',
      company: 'Brightline PR',
    });
  });
  it('a store of a network named by its JSON-LD of a LocalBusiness type, not by its title’s label', () => {
    const u = 'https://www.boulangeries-fournil.example/boutiques/angers-centre';
    const doc = page(
      u,
      `<header><a href="/">Fournil d’Anjou</a></header><h1>Fournil d’Anjou Angers Centre</h1>
      <p>L’équipe : Maëlle Rivoal, responsable de la boutique</p>`,
      'Boulangerie Angers – Boutique Fournil d’Anjou',
    );
    const ld = doc.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      name: 'Fournil d’Anjou Angers Centre',
      telephone: '02 99 00 48 10',
      parentOrganization: { '@type': 'Organization', name: 'Fournil d’Anjou' },
      address: { '@type': 'PostalAddress', streetAddress: '3 rue Lenepveu', addressLocality: 'Angers' },
    });
    doc.head.append(ld);
    expect(detect(doc, u).companies[0]?.name).toBe('Fournil d’Anjou Angers Centre');
  });
});

describe('a store finder: branches named after the brand are no people', () => {
  it('"Maison Pivoine Lille" under "Maison Pivoine" is a shop, its franchisee a firm', () => {
    const url = 'https://www.maison-pivoine.example/boutiques';
    const doc = page(
      url,
      `<h1>Nos boutiques</h1>
      <div><h3>Maison Pivoine Lille</h3><p>8 rue de Béthune, 59000 Lille<br>Tél. 03 99 00 21 40<br><small>Boutique exploitée par Fleurs du Nord SARL – SIREN 732829320</small></p></div>
      <div><h3>Maison Pivoine Arras</h3><p>2 place des Héros, 62000 Arras<br>Tél. 03 99 00 21 52</p></div>
      <footer><p>Maison Pivoine – franchiseur : Pivoine Développement SAS</p></footer>`,
      'Nos boutiques - Maison Pivoine',
    );
    const got = detect(doc, url);
    expect(got.people.map((p) => p.name)).toEqual([]);
    expect(got.companies.map((c) => c.name)).toContain('Maison Pivoine');
  });
});

describe('a group’s governance cards (French template classes)', () => {
  it('"dirigeant-nom" / "dirigeant-poste" cards: each person with their own title, the group as firm', () => {
    const url = 'https://www.groupe-orvelle.example/';
    const doc = page(
      url,
      `<h2>Gouvernance</h2><div class="grid"><div class="dirigeant"><div class="dirigeant-nom">Bastien Lhermitte</div><div class="dirigeant-poste">Président du groupe</div></div>` +
        `<div class="dirigeant"><div class="dirigeant-nom">Maud Kerisit-Lenoir</div><div class="dirigeant-poste">Directrice générale déléguée, directrice de Orvelle Bois</div></div></div>` +
        `<p>Une question ? <a href="mailto:contact@groupe-orvelle.example">contact@groupe-orvelle.example</a> · 02 99 00 64 10</p>`,
      'Groupe Orvelle',
    );
    const got = detect(doc, url);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Bastien Lhermitte', 'Président du groupe', 'Groupe Orvelle'],
      ['Maud Kerisit-Lenoir', 'Directrice générale déléguée', 'Groupe Orvelle'],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Président du groupe');
  });
});

describe('a firm’s own blog announcing its news (NewsArticle)', () => {
  it('keeps the firm as the page’s company when an investor is quoted', () => {
    const url = 'https://www.quillmarsh.example/blog/seed-round';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(
      `<!DOCTYPE html><html><head><title>Our seed round | Quillmarsh blog</title><meta property="og:site_name" content="Quillmarsh"><meta property="og:type" content="article"></head><body>` +
        `<article><h1>Quillmarsh raises €3M to map river freight</h1><p>“River barges are the forgotten fleet,” said <strong>Ottilie Brandvold</strong>, co-founder and CEO of Quillmarsh.</p>` +
        `<p>“We back teams like this,” said Ciaran Doyle, partner at Fenmoor Ventures.</p><p>Press: <a href="mailto:press@quillmarsh.example">press@quillmarsh.example</a></p></article></body></html>`,
    );
    const got = detect(window.document as unknown as Document, url);
    expect(got.kind).toBe('company-site');
    expect(got.companies[0]?.name).toBe('Quillmarsh');
  });
});

describe('the firm’s number where no line labels one', () => {
  it.each([
    [
      'a question sentence with its general mailbox',
      'https://www.groupe-ardan.example/',
      '<h1>Groupe Ardan</h1><p>Une question sur le groupe ? <a href="mailto:contact@ardan.example">contact@ardan.example</a> · 04 99 00 52 70</p>',
      'Groupe Ardan',
      ['04 99 00 52 70'],
    ],
    [
      'the one number the firm’s own contact gives',
      'https://www.pellwood-studio.example/work',
      '<h1>Selected work</h1><h2>Let’s talk</h2><p><strong>Imke Varley</strong>, founding partner<br><a href="mailto:imke@pellwood-studio.example">imke@pellwood-studio.example</a><br>01632 960 544</p>',
      'Pellwood Studio',
      ['01632 960 544'],
    ],
    [
      'a club’s secretariat mailbox and its club-house line (FR)',
      'https://www.as-gravelines-hand.example/le-club/',
      '<h1>Le club</h1><p>Contact : <a href="mailto:secretariat@as-gravelines-hand.example">secretariat@as-gravelines-hand.example</a> · Club-house : 03 99 00 48 12</p>',
      'AS Gravelines Handball',
      ['03 99 00 48 12'],
    ],
    [
      'a venue’s bookings mailbox and one number (EN)',
      'https://www.harrowgate-gallery.example/visit',
      '<h1>Plan your visit</h1><dl><dt>Group bookings</dt><dd><a href="mailto:bookings@harrowgate-gallery.example">bookings@harrowgate-gallery.example</a> · 01632 960 218</dd></dl>',
      'Harrowgate Gallery',
      ['01632 960 218'],
    ],
    [
      'a cooperative’s board secretariat (DE)',
      'https://www.drechslerei-almtal.example/genossenschaft',
      '<h1>Genossenschaft</h1><p>Sekretariat des Vorstands: <a href="mailto:sekretariat@drechslerei-almtal.example">sekretariat@drechslerei-almtal.example</a> – 07531 99 00 27</p>',
      'Drechslerei Almtal',
      ['07531 99 00 27'],
    ],
  ])('%s', (_, url, body, title, phones) => {
    const got = detect(page(url, body, title), url);
    expect(got.companies[0]?.phones).toEqual(phones);
  });
});

describe('the kind of a web page (issue 7): no firm’s own site, still its publisher’s', () => {
  it.each([
    [
      'a prefecture’s directory',
      'https://www.vallee-haute.gouv.fr/annuaire',
      '<h1>Annuaire des services</h1><h2>Direction</h2><p>Directrice : Mme Hélène Quintard</p><p>Tél. 05 53 00 11 22 · <a href="mailto:ddt-direction@vallee-haute.gouv.fr">ddt-direction@vallee-haute.gouv.fr</a></p>',
      'Annuaire – Direction départementale des territoires',
      'other',
      true,
    ],
    [
      'a podcast’s episode',
      'https://www.atelier-podcast.example/ep-14-reprendre/',
      '<h1>Ep. 14 – Reprendre une menuiserie à 30 ans</h1><p>Notre invitée : Inès Carvalho, gérante de Menuiserie Rocaille.</p><footer>© 2026 L’Atelier Podcast · <a href="mailto:bonjour@atelier-podcast.example">bonjour@atelier-podcast.example</a></footer>',
      'Ep. 14 – Reprendre une menuiserie | L’Atelier Podcast',
      'other',
      true,
    ],
    [
      'a firm’s team',
      'https://www.brandl-partner.example/team',
      '<h1>Unser Team</h1><h3>Dr. Anna Brandl</h3><p>Partnerin</p><footer>Brandl Partner Steuerberatung mbB · <a href="mailto:kanzlei@brandl-partner.example">kanzlei@brandl-partner.example</a></footer>',
      'Team – Brandl Partner',
      'company-site',
      undefined,
    ],
  ])('%s', (_, url, body, title, kind, ownSite) => {
    const got = detect(page(url, body, title), url);
    expect([got.kind, got.ownSite]).toEqual([kind, ownSite]);
  });
});

describe('an event recap: speakers’ firms and their partners’ logos (issue 7)', () => {
  const url = 'https://www.reseau-numerique-vendee.example/actus/rencontres-2026/';
  const body = `<h1>Retour sur les Rencontres du numérique 2026</h1>
    <p>Plus de 200 participants ont suivi la table ronde.</p>
    <p>Léo Garnier, CTO d’Océlia Robotique, a présenté son bras de tri.</p>
    <p>Sarah Moulin, directrice de Mutuelle Bocage, a clos la journée.</p>
    <section><h2>Merci à nos partenaires</h2>
    <a href="https://www.ocelia-robotique.example"><img src="x.png" alt="Océlia Robotique"></a>
    <a href="https://www.mutuelle-bocage.example"><img src="y.png" alt="Mutuelle Bocage"></a>
    <a href="https://www.linkedin.com/company/xyz"><img src="z.png" alt="Mutuelle Bocage"></a>
    <img src="w.png" alt="Imprimerie Sud"></section>
    <footer>© 2026 Réseau Numérique Vendée</footer>`;

  it('a speaker’s firm after an elided "de", and each firm’s domain from its logo’s link', () => {
    const got = detect(page(url, body, 'Rencontres 2026 – Réseau Numérique Vendée'), url);
    expect(got.people.find((p) => p.name === 'Léo Garnier')?.company).toBe('Océlia Robotique');
    const domains = Object.fromEntries(got.companies.map((c) => [c.name, c.domain]));
    expect(domains['Océlia Robotique']).toBe('ocelia-robotique.example');
    expect(domains['Mutuelle Bocage']).toBe('mutuelle-bocage.example');
    expect('Imprimerie Sud' in domains).toBe(false);
  });
});

describe('company site: its own LinkedIn page, not a listed firm’s (issue 7)', () => {
  const cards = [
    ['Tidemark Robotics', 'tidemark.io', 'Priya Raman', 'tidemark-robotics'],
    ['Corvane', 'corvane.com', 'Owen Pritchard', 'corvane'],
    ['Saltfern Labs', 'saltfern.co', 'Maeve Donnelly', 'saltfern-labs'],
  ]
    .map(
      ([f, h, p, s]) =>
        `<article class="card"><h3><a href="https://${h}">${f}</a></h3><p>${p}, CEO</p><a href="https://www.linkedin.com/company/${s}/">in</a></article>`,
    )
    .join('');
  it.each([
    [
      'with its own page in the footer',
      `<footer><ul><li><a href="https://www.linkedin.com/company/quaymoor-incubator/">LinkedIn</a></li></ul></footer>`,
      'https://www.linkedin.com/company/quaymoor-incubator/',
    ],
    ['without one', '', undefined],
  ])('%s', (_, footer, want) => {
    const url = 'https://www.quaymoor.example/portfolio/';
    const got = detect(
      page(
        url,
        `<h1>Portfolio</h1><div class="grid">${cards}</div><p>Write to <a href="mailto:hello@quaymoor.example">hello@quaymoor.example</a> or call 020 7946 0999.</p>${footer}<p>© 2026 Quaymoor Incubator CIC</p>`,
        'Portfolio – Quaymoor Incubator',
      ),
      url,
    );
    const own = got.companies.find((c) => c.domain === 'quaymoor.example');
    expect(own).toBeDefined();
    expect(own?.linkedinUrl).toBe(want);
    expect(got.companies.find((c) => c.name === 'Corvane')?.linkedinUrl).toBe(
      'https://www.linkedin.com/company/corvane/',
    );
  });
});

describe('company site: a franchise’s stores each name their own firm’s RCS; the colophon’s is the site’s (issue 7)', () => {
  const store = (town: string, firm: string, siren: string, person: string) =>
    `<article class="store"><h3>Maison Quéven ${town}</h3><p>1 place du Marché, 56000 ${town}</p><dl><dt>Exploitant</dt><dd>SARL ${firm} – RCS ${siren}</dd><dt>Gérant(e)</dt><dd>${person}</dd></dl></article>`;
  it.each([
    ['RCS Nantes 925 988 156', '925988156'],
    ['SIREN 925988156', '925988156'],
  ])('%s', (foot, want) => {
    const url = 'https://www.maison-queven.example/magasins/';
    const body = `<h1>Nos boutiques</h1><div class="grid">${store('Vannes', 'Blés du Golfe', '362 275 869', 'Solène Kerhervé')}${store('Lorient', 'Farines du Blavet', '530 530 419', 'Loïc Tanguy')}${store('Auray', 'Levain d’Auray', '749 008 934', 'Anne Le Gall')}</div><footer><p>Quéven Développement SAS (franchiseur de l’enseigne Maison Quéven) – ${foot} – 01 99 00 23 45</p></footer>`;
    const got = detect(page(url, body, 'Nos boutiques – Maison Quéven'), url);
    expect(got.companies.find((c) => c.domain === 'maison-queven.example')?.siren).toBe(want);
    expect(got.companies.find((c) => c.name === 'SARL Farines du Blavet')?.siren).toBe('530530419');
  });
});

describe('company site: schema.org Person cards (issue 7)', () => {
  const card = (name: string, title: string, firm: string, talk: string) =>
    `<div class="card" itemscope itemtype="https://schema.org/Person"><h3 itemprop="name">${name}</h3><p><span itemprop="jobTitle">${title}</span>${
      firm ? `, <span itemprop="worksFor">${firm}</span>` : ''
    }</p><p class="talk">${talk}</p></div>`;
  it.each([
    [
      'EN speakers',
      'https://www.harbour-summit.example/speakers',
      [
        ['Oriane Falkbridge', 'Chief Marketing Officer', 'Tidewell Foods', 'Brands that travel'],
        ['Marcus Ellery', 'Sales Director Nordics', 'Quayside Software', 'Selling into Norway'],
        ['Priya Ransome', 'Independent consultant', '', 'Freelancing at scale'],
        ['Tobias Wrenfield', 'CTO', 'Larchmont Labs', 'AI in the sales stack'],
      ],
    ],
    [
      'FR intervenants',
      'https://www.rencontres-loire.example/intervenants',
      [
        ['Solène Dubreuil', 'Directrice marketing', 'Biscuiterie Marnay', 'Vendre en Belgique'],
        ['Gaëtan Morvilliers', 'Directeur commercial', 'Logiciels Arvor', 'Prospecter sans relâche'],
        ['Anouk Ferrandi', 'Consultante indépendante', '', 'Le freelancing à grande échelle'],
      ],
    ],
    [
      'DE Referenten',
      'https://www.vertriebstag-baden.example/referenten',
      [
        ['Jana Obermaier', 'Vertriebsleiterin', 'Holzwerk Kinzig GmbH', 'Verkaufen in Frankreich'],
        ['Lukas Brenninger', 'Geschäftsführer', 'Brenninger Software GmbH', 'KI im Vertrieb'],
        ['Mira Talhoff', 'Freiberufliche Beraterin', '', 'Selbständig wachsen'],
      ],
    ],
  ])('%s: the employer by itemprop, a talk no firm, an independent of none', (_, url, cards) => {
    const got = detect(
      page(
        url,
        `<h1>Speakers</h1><div class="grid">${cards.map((c) => card(c[0]!, c[1]!, c[2]!, c[3]!)).join('')}</div>
      <p>Contact: <a href="mailto:hello@${new URL(url).hostname.replace('www.', '')}">write to us</a></p>
      <footer>© 2027 ${new URL(url).hostname.split('.')[1]} SAS</footer>`,
        'Speakers',
      ),
      url,
    );
    for (const [name, title, firm, talk] of cards) {
      const p = got.people.find((x) => x.name === name);
      expect(p?.title).toBe(title);
      expect(p?.company).toBe(firm || undefined);
      expect(got.companies.some((c) => c.name === talk)).toBe(false);
    }
  });
});

describe('a franchise network’s store list: the franchisor’s number in its footer’s legal line (issue 7)', () => {
  const card = (town: string, tel: string, firm: string, id: string, manager: string, label: string, by: string) =>
    `<article class="card"><h3>Maison Quintal ${town}</h3><p>3 rue Neuve, 29000 ${town}</p><p>${label} <a href="tel:${tel.replace(/\s/g, '')}">${tel}</a></p><dl><dt>${by}</dt><dd>${firm} – RCS ${id}</dd><dt>Gérant(e)</dt><dd>${manager}</dd></dl></article>`;
  it.each([
    {
      lead: 'Nos boutiques',
      footer:
        'Quintal Développement SAS (franchiseur de l’enseigne Maison Quintal) – RCS Quimper 355 677 006 – 8 quai Neuf, 29000 Quimper – 02 99 00 41 10',
      label: 'Tél.',
      by: 'Exploitant',
      want: '02 99 00 41 10',
    },
    {
      lead: 'Our shops',
      footer: 'Quintal Développement SAS · RCS Quimper 355 677 006 · 8 quai Neuf, 29000 Quimper · +33 2 99 00 41 10',
      label: 'Phone',
      by: 'Exploitant',
      want: '+33 2 99 00 41 10',
    },
    {
      lead: 'Nos magasins',
      footer: 'Quintal Développement SAS – RCS Quimper 355 677 006 – 8 quai Neuf, 29000 Quimper',
      label: 'T.',
      by: 'Exploitant',
      want: undefined,
    },
  ])('$lead: the stores’ numbers are theirs, the footer’s the site’s', ({ lead, footer, label, by, want }) => {
    const url = 'https://www.maison-quintal.example/boutiques/';
    const body = `<main><h1>${lead}</h1><div class="grid">${card('Brest', '06 39 98 70 11', 'SARL Pains de Brest', '708 835 699', 'Odile Kervella', label, by)}${card('Morlaix', '06 39 98 70 12', 'SARL Fournée du Léon', '441 992 542', 'Yves Le Gall', label, by)}${card('Quimperlé', '06 39 98 70 13', 'SARL Mie de Laïta', '519 880 330', 'Nadia Berrada', label, by)}</div></main><footer><p>${footer}</p></footer>`;
    const got = detect(page(url, body, 'Maison Quintal'), url);
    expect(got.companies[0]?.phones).toEqual(want && [want]);
    expect(got.companies.find((c) => c.name === 'SARL Pains de Brest')?.phones).toEqual(['06 39 98 70 11']);
  });
});

describe('a public tender’s notice on a procurement portal: its buyer is the page’s subject (issue 7)', () => {
  it.each([
    {
      url: 'https://marches.portail-exemple.fr/avis/26-0099',
      title: 'Avis d’attribution 26-0099 – Marchés publics',
      head: 'Section I : Pouvoir adjudicateur',
      sect: 'Syndicat des eaux du Haut Lignon (SEHL), 4 rue du Moulin, 43200 Yssingeaux. SIRET 35567700600015. Point de contact : Mme Odile Ferrand, responsable des achats, achats@sehl-exemple.fr, 04 99 00 12 30.',
      award: 'Titulaire',
      winner: 'Forages Vidal',
      buyer: 'Syndicat des eaux du Haut Lignon',
      person: 'Odile Ferrand',
      email: 'achats@sehl-exemple.fr',
      phone: '04 99 00 12 30',
    },
    {
      url: 'https://tenders.portal-example.co.uk/notice/4411',
      title: 'Contract award notice 4411 – Tenders Portal',
      head: 'Section I: Contracting authority',
      sect: 'Ashcombe District Council, Town Hall, Ashcombe AB1 2CD. Contact: Mr Peter Hollis, Procurement Manager, procurement@ashcombe-example.gov.uk, 01632 960 410.',
      award: 'Contractor',
      winner: 'Hartley Civils Ltd',
      buyer: 'Ashcombe District Council',
      person: 'Peter Hollis',
      email: 'procurement@ashcombe-example.gov.uk',
      phone: '01632 960 410',
    },
    {
      url: 'https://vergabe.portal-beispiel.de/bekanntmachung/7720',
      title: 'Vergabebekanntmachung 7720 – Vergabeportal',
      head: 'Abschnitt I: Öffentlicher Auftraggeber',
      sect: 'Stadtwerke Kellinghausen GmbH, Hafenstraße 3, 24999 Kellinghausen. Kontaktstelle: Frau Anke Petersen, Leiterin Einkauf, einkauf@stadtwerke-kellinghausen.example, 04621 99 88 10.',
      award: 'Auftragnehmer',
      winner: 'Tiefbau Jessen GmbH',
      buyer: 'Stadtwerke Kellinghausen GmbH',
      person: 'Anke Petersen',
      email: 'einkauf@stadtwerke-kellinghausen.example',
      phone: '04621 99 88 10',
    },
  ])('$head', ({ url, title, head, sect, award, winner, buyer, person, email, phone }) => {
    const body = `<main><h1>${title}</h1><section><h2>${head}</h2><p>${sect}</p></section><section><h2>Section V</h2><table><thead><tr><th>Lot</th><th>${award}</th></tr></thead><tbody><tr><td>1</td><td>${winner}</td></tr></tbody></table></section></main><footer><p>${title}</p></footer>`;
    const got = detect(page(url, body, title), url);
    expect(got.kind).toBe('other');
    const co = got.companies.find((c) => c.name === buyer);
    expect(co?.phones).toEqual([phone]);
    expect(co?.domain).not.toBe(new URL(url).hostname);
    expect(got.people.find((p) => p.name === person)).toMatchObject({ company: buyer, email, phones: [phone] });
  });
  it('a firm’s page naming its own clients keeps its kind (no buyer’s section)', () => {
    const url = 'https://www.forages-vidal.example/references/';
    const body = `<main><h1>Nos références</h1><p>Syndicat des eaux du Haut Lignon, 4 rue du Moulin, 43200 Yssingeaux.</p></main><footer><p>Forages Vidal SARL – 2 route de Tence, 43200 Yssingeaux – 04 99 00 77 10</p></footer>`;
    expect(detect(page(url, body, 'Forages Vidal'), url).kind).toBe('company-site');
  });
});

describe('company site: a grid of speakers’ cards (name, title, firm)', () => {
  const grid = (cards: [string, string, string][]) =>
    `<section><h2>Speakers</h2><div class="grid">${cards
      .map(([n, t, f]) => `<div class="card"><h3>${n}</h3><p>${t}</p><p>${f}</p></div>`)
      .join('')}</div></section>`;
  const ld = (event: string, org: string, site: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${event}","organizer":{"@type":"Organization","name":"${org}","url":"https://www.${site}"}}</script>`;
  it.each([
    [
      'https://www.journees-achats-bretagne.example/intervenants',
      'Journées Achats Bretagne 2027',
      'Armorik Événements',
      'armorik-evenements.example',
      [
        ['Maëlys Quéméner', 'Directrice des achats', 'Kerlys Conserverie SAS'],
        ['Thibaut Le Goff', 'Fondateur', 'Voilerie Penmarch'],
        ['Nadia Benslimane', 'Responsable RSE', 'Optilog'],
      ],
    ],
    [
      'https://www.northern-freight-summit.example/speakers',
      'Northern Freight Summit 2027',
      'Halden Events',
      'halden-events.example',
      [
        ['Olivia Brandt', 'Head of Data', 'Quaylink'],
        ['Samuel Okoro', 'Chief Operating Officer', 'Tarnmoor Haulage'],
        ['Grace Whitfield', 'Founder', 'Bramble Cargo Ltd'],
      ],
    ],
    [
      'https://www.logistiktage-weser.example/referenten',
      'Logistiktage Weser 2027',
      'Weserkongress Veranstaltungen',
      'weserkongress.example',
      [
        ['Jana Oltmanns', 'Leiterin Einkauf', 'Brauhaus Hollerbeck GmbH'],
        ['Mehmet Yilmaz', 'Geschäftsführer', 'Flottwerk'],
        ['Katrin Sommerfeld', 'Head of Supply Chain', 'Nordmole Spedition'],
      ],
    ],
  ] as [string, string, string, string, [string, string, string][]][])(
    '%s: each speaker keeps the firm under their title, the event’s own site is its organiser’s',
    (url, event, org, site, cards) => {
      const got = detect(page(url, `<main><h1>${event}</h1>${grid(cards)}</main>${ld(event, org, site)}`, event), url);
      expect(got.kind).toBe('company-site');
      for (const [n, , f] of cards) {
        expect(got.people.find((p) => p.name === n)?.company).toBe(f);
        expect(got.companies.map((c) => c.name)).toContain(f);
      }
      expect(got.people.map((p) => p.name).sort()).toEqual(cards.map((c) => c[0]).sort());
    },
  );
  it('a team’s cards over a city each (the same twice) keep the site’s firm', () => {
    const url = 'https://www.cabinet-morvan.example/equipe';
    const got = detect(
      page(
        url,
        `<h1>Notre équipe</h1>${grid([
          ['Hélène Morvan', 'Avocate associée', 'Rennes'],
          ['Pierre Cadiou', 'Avocat', 'Brest'],
          ['Lucie Tanguy', 'Juriste', 'Rennes'],
        ])}<footer>© Cabinet Morvan</footer>`,
        'Équipe – Cabinet Morvan',
      ),
      url,
    );
    for (const p of got.people) expect(p.company).not.toBe('Rennes');
  });
});

describe('company site: a bold name, its title, then its address in brackets (issue 7)', () => {
  it.each([
    [
      'https://www.notaires-roussel.example/equipe',
      '<p><strong>Me Claire Roussel</strong>, Notaire associée (<a href="mailto:claire.roussel@notaires-roussel.example">claire.roussel@notaires-roussel.example</a>). </p><p><strong>Me Paul Girard</strong>, Notaire associé (<a href="mailto:paul.girard@notaires-roussel.example">paul.girard@notaires-roussel.example</a>).</p>',
      [
        ['Claire Roussel', 'Notaire associée'],
        ['Paul Girard', 'Notaire associé'],
      ],
    ],
    [
      'https://www.hartley-law.example/people',
      '<p><strong>Jane Hartley</strong>, Managing Partner (<a href="mailto:jane@hartley-law.example">jane@hartley-law.example</a>).</p><p><strong>Tom Reeve</strong>, Senior Associate (<a href="mailto:tom@hartley-law.example">tom@hartley-law.example</a>).</p>',
      [
        ['Jane Hartley', 'Managing Partner'],
        ['Tom Reeve', 'Senior Associate'],
      ],
    ],
    [
      'https://www.kanzlei-berger.example/team',
      '<p><strong>Anna Berger</strong>, Geschäftsführerin (<a href="mailto:a.berger@kanzlei-berger.example">a.berger@kanzlei-berger.example</a>).</p><p><strong>Lukas Brandt</strong>, Büroleiter (<a href="mailto:l.brandt@kanzlei-berger.example">l.brandt@kanzlei-berger.example</a>).</p>',
      [
        ['Anna Berger', 'Geschäftsführerin'],
        ['Lukas Brandt', 'Büroleiter'],
      ],
    ],
  ])('%s', (url, body, want) => {
    const got = detect(page(url, `<main>${body}</main>`, 'Équipe'), url);
    expect(got.people.map((p) => [p.name, p.title])).toEqual(want);
  });
});

describe('company site: a legal notice’s role before the name beats the profession after it (issue 7)', () => {
  it.each([
    [
      'https://www.tischlerei-becker.example/impressum',
      'Inhaber: Jonas Becker, Tischlermeister',
      'Jonas Becker',
      'Inhaber',
    ],
    ['https://www.menuiserie-roux.example/mentions', 'Gérant : Paul Roux, menuisier ébéniste', 'Paul Roux', 'Gérant'],
    ['https://www.pike-joinery.example/legal', 'Director: Jane Pike, master joiner', 'Jane Pike', 'Director'],
  ])('%s', (url, line, name, title) => {
    const body = `<main><h1>Impressum</h1><p>Beispiel Firma<br>${line}<br>Hauptstraße 1<br>10115 Berlin</p><p>Telefon: 030 5550 1200</p></main>`;
    const got = detect(page(url, body, 'Impressum'), url);
    expect(got.people.find((p) => p.name === name)?.title).toBe(title);
  });
});

describe('company site: a GmbH & Co. KG’s general partner in its legal notice (issue 7)', () => {
  it.each([
    [
      '<p>Persönlich haftende Gesellschafterin: Brenner Verwaltungs-GmbH, Sitz Lahr, Amtsgericht Freiburg HRB 712345</p>',
      'Brenner Verwaltungs-GmbH',
    ],
    [
      '<h3>Persönlich haftende Gesellschafterin</h3><p>Brenner Beteiligungs GmbH, Sitz Lahr</p>',
      'Brenner Beteiligungs GmbH',
    ],
    ['<h3>Persönlich haftende Gesellschafterin</h3><p>Herr Jonas Brenner</p>', ''],
  ])('%s', (line, want) => {
    const url = 'https://www.brenner-pumpen.example/impressum';
    const body = `<main><h1>Impressum</h1><p>Brenner Pumpen GmbH &amp; Co. KG<br>Hauptstraße 1<br>77933 Lahr</p>${line}<p>Registergericht: Amtsgericht Freiburg, HRA 701234</p></main>`;
    const got = detect(page(url, body, 'Impressum'), url).companies.map((c) => c.name);
    if (want) expect(got).toContain(want);
    else expect(got.some((n) => /Jonas/.test(n))).toBe(false);
  });
});

describe('a documentation page with its maintainer to write to and its firm in the footer (issue 7)', () => {
  const code =
    '<pre><code>relays:\n  - from: "Alice Example &lt;alice@example.com&gt;"</code></pre><pre><code>$ tool send</code></pre><pre><code>from tool import Relay</code></pre>';
  it.each([
    [
      'https://docs.kestrune.dev/4.2/relays/',
      'This page is maintained by <strong>Ingrid Solvang</strong> (<a href="mailto:ingrid@kestrune.dev">ingrid@kestrune.dev</a>).',
      'Copyright © 2021–2026 Kestrune Labs ApS',
      'Kestrune Labs ApS',
      'Ingrid Solvang',
    ],
    [
      'https://docs.ormelune.fr/guide/relais/',
      'Page tenue par <strong>Gaspard Lemerle</strong> (<a href="mailto:gaspard@ormelune.fr">gaspard@ormelune.fr</a>).',
      '© 2026 Ormelune SAS',
      'Ormelune SAS',
      'Gaspard Lemerle',
    ],
    [
      'https://docs.brakelwerk.de/handbuch/relais/',
      'Diese Seite pflegt <strong>Jana Oberkirch</strong> (<a href="mailto:jana@brakelwerk.de">jana@brakelwerk.de</a>).',
      '© 2026 Brakelwerk GmbH',
      'Brakelwerk GmbH',
      'Jana Oberkirch',
    ],
  ])('%s', (url, prose, foot, firm, person) => {
    const got = detect(
      page(
        url,
        `<main><h1>Relays</h1>${code}<p>${prose}</p></main><footer><p>${foot}</p></footer>`,
        `Relays - ${firm.split(' ')[0]} docs`,
      ),
      url,
    );
    expect(got.kind).toBe('company-site');
    // (the site's firm, under its brand here, the maintainer its person)
    expect(got.companies[0]?.name).toBe(firm.split(' ')[0]);
    expect(got.people.map((p) => p.name)).toEqual([person]);
    expect(got.emails.map((e) => e.address)).not.toContain('alice@example.com');
  });

  it('a sample’s address at the site’s domain, inside code, is no maintainer', () => {
    const url = 'https://docs.kestrune.dev/4.2/relays/';
    const got = detect(
      page(
        url,
        `<main>${code}<pre><code><a href="mailto:bot@kestrune.dev">bot@kestrune.dev</a></code></pre></main><footer><p>© 2026 Kestrune Labs ApS</p></footer>`,
        'Relays',
      ),
      url,
    );
    expect(got.kind).toBe('other');
  });
});

describe("initialsOf: a brand writing its founders' names as initials (issue 7)", () => {
  it.each([
    ['P&W Antriebstechnik', 'Pichler & Wögerbauer Antriebstechnik GmbH', true],
    ['B+M Haustechnik', 'Berger + Moser Haustechnik GmbH', true],
    ['LMR Conseil', 'Lambert Martin Roux Conseil SAS', true],
    ['DR Conseil', 'Dupont Roux Conseil', false],
    ['P&W Antriebstechnik', 'Pichler & Wögerbauer Getriebe GmbH', false],
    ['Acme Tools', 'Acme Tools GmbH', false],
  ])('%s / %s', (brand, name, want) => expect(initialsOf(brand, name)).toBe(want));
});

describe('company site: a speakers’ grid with buttons under each card and firms that read like titles (issue 7, blind lists)', () => {
  const card = (n: string, t: string, f: string) =>
    `<div class="sp"><h3>${n}</h3><p>${t}</p><p>${f}</p><a href="https://www.linkedin.com/in/${n.toLowerCase().replace(/\W+/g, '-')}">in</a><button>Bio</button></div>`;
  it.each([
    [
      'fr',
      [
        ['Maëlle Corbière', 'Directrice RSE', 'Kerlys Conserverie'],
        ['Thibaut Le Goff', 'CHRO', 'Aubrac RH'],
        ['Nadia Benslimane', 'Responsable achats', 'Optilog Digital'],
        ['Yann Caradec', 'Directeur industriel', 'Voilerie Penmarch'],
        ['Solène Marec', 'Responsable qualité', 'Tréguier Marine'],
        ['Loïc Tanguy', 'Consultant', 'Consultant indépendant'],
        ['Aline Jaouen', 'Directrice générale', 'Brasserie Lancelot'],
      ],
    ],
    [
      'en',
      [
        ['Olivia Brandt', 'Head of Data', 'Quaylink'],
        ['Samuel Okoro', 'COO', 'Tarnmoor Haulage'],
        ['Grace Whitfield', 'Founder', 'Bramble Digital'],
        ['Harry Dunmore', 'CFO', 'Pennine Talent HR'],
        ['Ruth Ellery', 'Plant Manager', 'Coldharbour Mills'],
        ['Owen Pryce', 'Supply Chain Lead', 'Independent consultant'],
        ['Isla Mercer', 'VP Sales', 'Fenwick Marlowe'],
      ],
    ],
    [
      'de',
      [
        ['Jana Oltmanns', 'Leiterin Einkauf', 'Brauhaus Hollerbeck'],
        ['Mehmet Yilmaz', 'Geschäftsführer', 'Flottwerk Logistik'],
        ['Katrin Sommerfeld', 'CHRO', 'Nordmole Spedition'],
        ['Lars Bremer', 'Werkleiter', 'Weserguss'],
        ['Anke Thiel', 'Leiterin Vertrieb', 'Hansekontor Personal'],
        ['Jonas Wittkamp', 'Berater', 'Freiberuflicher Berater'],
        ['Till Ahrens', 'CTO', 'Elbwerk Fördertechnik'],
      ],
    ],
  ])('%s: each speaker keeps the line under their title as their firm, the self-employed none', (_, cards) => {
    const url = 'https://www.forum-industrie.example/speakers';
    const got = detect(
      page(
        url,
        `<header><a href="/">Forum Industrie</a></header><main><h1>Speakers</h1><div>${cards.map((c) => card(c[0]!, c[1]!, c[2]!)).join('')}</div></main>`,
        'Speakers – Forum Industrie',
      ),
      url,
    );
    for (const [n, , f] of cards.filter((c) => !/ind[ée]pend[ae]nt|Freiberuf/i.test(c[2]!))) {
      expect(got.people.find((p) => p.name === n)?.company).toBe(f);
      expect(got.companies.map((c) => c.name)).toContain(f);
    }
    for (const [, , f] of cards.filter((c) => /ind[ée]pend[ae]nt|Freiberuf/i.test(c[2]!)))
      expect(got.companies.map((c) => c.name)).not.toContain(f);
  });
});

describe('an event’s own site run by a firm it names as organiser', () => {
  it.each([
    [
      'FR awards, organised by a media firm (its mailbox and its copyright)',
      'https://www.trophees-artisanat-bocage.example/palmares/',
      '<h1>Palmarès 2025</h1><h2>Organisateur</h2><p>Les Trophées sont organisés par Bocage Presse Éditions, éditeur du mensuel L’Échoppe. Contact presse : trophees@bocage-presse.example · 02 99 00 31 70.</p><footer><p>© Bocage Presse Éditions 2025</p></footer>',
      'Palmarès | Trophées de l’Artisanat du Bocage',
      ['Bocage Presse Éditions', 'bocage-presse.example', ['02 99 00 31 70']],
    ],
    [
      'EN summit, organised by an events firm (its copyright only)',
      'https://www.northquay-logistics-summit.example/speakers',
      '<h1>Speakers</h1><p>The summit is organised by Harbourline Events Ltd, in partnership with the port authority. Enquiries: hello@northquay-logistics-summit.example</p><footer><p>© 2026 Harbourline Events Ltd</p></footer>',
      'Speakers – Northquay Logistics Summit',
      ['Harbourline Events Ltd', 'northquay-logistics-summit.example', undefined],
    ],
    [
      'DE trade fair, veranstaltet von a publisher (its mailbox)',
      'https://www.holzbau-tage-allgaeu.example/programm',
      '<h1>Programm</h1><p>Die Holzbau-Tage werden veranstaltet von der Lechauer Fachverlag GmbH. Anmeldung: tage@lechauer-fachverlag.example</p>',
      'Programm | Holzbau Tage',
      ['Lechauer Fachverlag GmbH', 'lechauer-fachverlag.example', undefined],
    ],
    [
      'FR meetings by their acronym and year, « Organisées par l’Association … », a member’s mailbox spelling it',
      'https://www.rnfc2027.example/programme',
      "<h1>Programme des Rencontres 2027</h1><p>Organisées par l'Association pour la forêt communale, les Rencontres se tiennent à Épinal.</p><ul><li><strong>Odile Favier</strong> – Présidente de séance – Association pour la forêt communale – <a href='mailto:o.favier@foret-communale.example'>o.favier@foret-communale.example</a></li><li><strong>Marc Terrier</strong> – Ingénieur – Office des bois de Lorraine</li><li><strong>Anke Vogt</strong> – Procurement Lead – Holzring Einkauf GmbH</li></ul>",
      'Programme – RNFC 2027',
      ['Association pour la forêt communale', 'foret-communale.example', undefined],
    ],
  ])('%s', (_, url, body, title, [name, domain, phones]) => {
    const got = detect(page(url, body as string, title), url);
    expect(got.kind).toBe('company-site');
    expect(got.companies[0]?.name).toBe(name);
    expect(got.companies[0]?.domain).toBe(domain);
    expect(got.companies[0]?.phones).toEqual(phones);
    expect(got.companies.map((c) => c.name)).not.toContain(title.split(/\s[|–]\s/).at(-1));
  });

  it.each([
    [
      'an event organised by a person named nowhere else keeps its own name',
      'https://www.festival-des-orgues-vives.example/',
      '<h1>Le festival</h1><p>Le festival est organisé par Mathilde Serrurier, organiste, depuis 2012. Écrire à contact@festival-des-orgues-vives.example</p><footer><p>© Festival des Orgues Vives</p></footer>',
      'Festival des Orgues Vives',
    ],
    [
      'a firm’s own site that mentions an event it hosts keeps the firm',
      'https://www.lindqvist-kueche.example/aktuelles',
      '<h1>Aktuelles</h1><p>Das Sommerfest wird veranstaltet von der Gemeinde Ohrwangen. Fragen: info@lindqvist-kueche.example</p><footer><p>© 2026 Lindqvist Küchen GmbH</p></footer>',
      'Aktuelles | Lindqvist Küchen',
    ],
  ])('%s', (_, url, body, title) => {
    const got = detect(page(url, body, title), url);
    expect(got.companies[0]?.name).toBe(title.split(/\s[|–]\s/).at(-1));
  });
});

describe('a personal blog: its copyright held by its author, no firm', () => {
  it.each([
    [
      'en',
      'https://www.wrenfield.example/posts/garden-tools',
      '<header><a href="/">Field Notes Home</a></header><h1>Five garden tools I kept</h1><p class="byline">By Harriet Calloway-Moss · 6 min read</p><p>I tried many. Write to me: hello@wrenfield.example</p><footer><p>© 2026 Harriet Calloway-Moss · Built with Ghost</p></footer>',
      'Five garden tools I kept – Field Notes',
      'Harriet Calloway-Moss',
    ],
    [
      'fr',
      'https://www.carnets-de-loire.example/2026/velo',
      '<h1>Mes trois vélos de l’année</h1><p class="byline">Par Bérénice Lacombe-Tissier · 12 mars 2026</p><p>Écrivez-moi : bonjour@carnets-de-loire.example</p><footer><p>© 2026 Bérénice Lacombe-Tissier</p></footer>',
      'Mes trois vélos – Carnets de Loire',
      'Bérénice Lacombe-Tissier',
    ],
    [
      'de',
      'https://www.feldpost-notizen.example/werkzeuge',
      '<h1>Meine liebsten Werkzeuge</h1><p class="byline">Von Friederike Adelmann · 3. Mai 2026</p><p>Schreibt mir: post@feldpost-notizen.example</p><footer><p>© 2026 Friederike Adelmann · Alle Rechte vorbehalten</p></footer>',
      'Werkzeuge | Feldpost Notizen',
      'Friederike Adelmann',
    ],
  ])('%s: the author, no firm for the blog’s title', (_, url, body, title, author) => {
    const got = detect(page(url, body, title), url);
    expect(got.kind).toBe('other');
    expect(got.companies).toEqual([]);
    expect(got.people.map((p) => [p.name, p.company])).toContainEqual([author, undefined]);
  });

  it('a sole trader’s site held by its owner, with a number, stays the firm’s', () => {
    const url = 'https://www.atelier-lacombe.example/';
    const got = detect(
      page(
        url,
        '<h1>Ébénisterie sur mesure</h1><p>Bérénice Lacombe, ébéniste</p><p>Contact : contact@atelier-lacombe.example · Tél. 02 99 00 41 18</p><footer><p>© 2026 Bérénice Lacombe</p></footer>',
        'Atelier Lacombe',
      ),
      url,
    );
    expect(got.kind).toBe('company-site');
    expect(got.companies.length).toBeGreaterThan(0);
  });
});

describe('company site: the banner’s link home names the site’s own body when it spells the domain (issue 7, blind lists)', () => {
  const staff = (mail: string) =>
    `<main><h1>Team</h1><table><thead><tr><th>Name</th><th>Funktion</th><th>E-Mail</th></tr></thead><tbody>
    <tr><td>Lena Vogt</td><td>Professorin</td><td><a href="mailto:lena.vogt@${mail}">lena.vogt@${mail}</a></td></tr>
    <tr><td>Jonas Kiefer</td><td>Postdoc</td><td><a href="mailto:jonas.kiefer@${mail}">jonas.kiefer@${mail}</a></td></tr>
    <tr><td>Tilo Brandt</td><td>Doktorand</td><td><a href="mailto:tilo.brandt@${mail}">tilo.brandt@${mail}</a></td></tr></tbody></table></main>`;
  it.each([
    ['de', 'www.tu-havelmark.example', 'Technische Universität Havelmark', 'Team – Lehrstuhl für Robotik'],
    ['fr', 'www.ens-loirval.example', 'École normale supérieure Loirval', 'Équipe – Laboratoire de chimie'],
    ['en', 'www.ucb-fenland.example', 'University College Fenland', 'Staff – Department of Physics'],
  ])('%s: %s', (_, host, name, title) => {
    const url = `https://${host}/team`;
    const doc = page(
      url,
      `<header><a href="/">${name}</a><nav><a href="/a">A</a></nav></header>${staff(host.slice(4))}`,
      title,
    );
    const got = detect(doc, url);
    expect(got.companies[0]?.name).toBe(name);
    expect(got.people.find((p) => p.name === 'Lena Vogt')?.company).toBe(name);
  });

  it('a home link whose words do not spell the domain names nothing', () => {
    const url = 'https://www.tu-havelmark.example/team';
    const doc = page(
      url,
      `<header><a href="/">Startseite</a></header>${staff('tu-havelmark.example')}`,
      'Team – Lehrstuhl für Robotik',
    );
    expect(detect(doc, url).companies.map((c) => c.name)).not.toContain('Startseite');
  });
});

describe('spelledOut: a body named in lower-case words up to its acronym (issue 7)', () => {
  it.each([
    ["Syndicat national des agents de l'eau (SNAE) appelle à la grève", "Syndicat national des agents de l'eau"],
    ['Fédération régionale des centres sociaux (FRCS) salue', 'Fédération régionale des centres sociaux'],
    ['Verband der Obstbauern im Altland (VOA) fordert', 'Verband der Obstbauern im Altland'],
    ['Northern Association of Rural Carers (NARC) welcomes', 'Northern Association of Rural Carers'],
    ['Marie Dubois (PDG) a déclaré', ''],
    ['Le chantier (ZAC) avance', ''],
    ['Syndicat national des agents (XYZ) appelle', ''],
  ])('%s', (text, want) => expect(spelledOut(text)).toBe(want));

  it('a release dated on the site of its acronym keeps the body spelled out as the site and its people’s firm', () => {
    const url = 'https://www.snae-syndicat.example/communiques/greve';
    const doc = page(
      url,
      `<h1>Le SNAE appelle à la grève</h1>
      <p>Lyon, le 4 mars 2026 – Le Syndicat national des agents de l'eau (SNAE) appelle les agents à se mobiliser.</p>
      <h2>Contacts presse</h2><dl><dt>Claire Vasseur</dt><dd>Secrétaire générale</dd><dd>c.vasseur@snae-syndicat.example</dd><dd>06 11 22 33 44</dd></dl>
      <footer><p><strong>Syndicat national des agents de l'eau</strong><br>12 rue Haute, 69001 Lyon</p></footer>`,
      'Communiqué – Grève des agents | SNAE',
    );
    const got = detect(doc, url);
    expect(got.companies[0]?.name).toBe("Syndicat national des agents de l'eau");
    expect(got.companies.some((c) => c.name === 'Syndicat')).toBe(false);
  });
});

describe('a programme’s list of speakers: "Name – Title – Firm – address", a firm with its legal form (issue 7)', () => {
  it.each([
    [
      'fr',
      "<li><strong>Odile Favier</strong> – Présidente de séance – Association pour la forêt communale – <a href='mailto:o.favier@foret-communale.example'>o.favier@foret-communale.example</a></li><li><strong>Marc Terrier</strong> – Ingénieur – Office des bois de Lorraine</li><li><strong>Anke Vogt</strong> – Procurement Lead – Holzring Einkauf GmbH</li>",
      [
        [
          'Odile Favier',
          'Présidente de séance',
          'Association pour la forêt communale',
          'o.favier@foret-communale.example',
        ],
        ['Marc Terrier', 'Ingénieur', 'Office des bois de Lorraine', undefined],
        ['Anke Vogt', 'Procurement Lead', 'Holzring Einkauf GmbH', undefined],
      ],
    ],
    [
      'en',
      "<li><strong>Hugh Marlow</strong> – Chair – Northern Rivers Trust – <a href='mailto:hugh@northernrivers.example'>hugh@northernrivers.example</a></li><li><strong>Priya Sandhu</strong> – Sourcing Manager – Castlegate Supplies Ltd</li><li><strong>Tom Ashby</strong> – Procurement Director – Wexley Procurement Ltd</li>",
      [
        ['Hugh Marlow', 'Chair', 'Northern Rivers Trust', 'hugh@northernrivers.example'],
        ['Priya Sandhu', 'Sourcing Manager', 'Castlegate Supplies Ltd', undefined],
        ['Tom Ashby', 'Procurement Director', 'Wexley Procurement Ltd', undefined],
      ],
    ],
  ])('%s', (_, items, want) => {
    const url = 'https://www.forum-achats.example/programme';
    const got = detect(page(url, `<h1>Programme</h1><ul>${items}</ul>`, 'Programme – Forum Achats'), url);
    expect(got.people.map((p) => [p.name, p.title, p.company, p.email])).toEqual(want);
  });
});

describe('a town’s site named by the town alone that names its council whole (issue 7)', () => {
  it.each([
    [
      'fr',
      'https://www.saint-aubin-du-lac.example/conseil',
      'Saint-Aubin-du-Lac',
      'Mairie de Saint-Aubin-du-Lac',
      'Maire',
    ],
    ['de', 'https://www.aldingen-am-see.example/rat', 'Aldingen am See', 'Gemeinde Aldingen am See', 'Bürgermeisterin'],
    ['en', 'https://www.ashcombe.example/council', 'Ashcombe', 'Ashcombe Town Council', 'Town Clerk'],
  ])('%s', (_, url, town, council, title) => {
    const doc = page(
      url,
      `<h1>Conseil</h1><ul><li><strong>Hélène Marchetti</strong> – ${title}</li><li><strong>Paul Verdier</strong> – ${title}</li></ul>
      <footer><p><strong>${council}</strong><br>1 Place Centrale<br><a href="mailto:accueil@${new URL(url).hostname.slice(4)}">accueil@${new URL(url).hostname.slice(4)}</a></p></footer>`,
      `Conseil – ${town}`,
    );
    const got = detect(doc, url);
    expect(got.companies[0]?.name).toBe(council);
  });
});

describe('a site named by its acronym whose footer spells it out; a unit’s site is its parent body’s (issue 7)', () => {
  it.each([
    ['Union Sportive Cheminote de Périgueux', 'USCP'],
    ["Syndicat national des personnels de l'action sociale", 'SNPAS'],
    ['Verband der Obstbauern im Altland', 'VOIA'],
    ['Northern Association of Rural Carers', 'NARC'],
  ])('acronymOf %s', (name, want) => expect(acronymOf(name)).toBe(want));

  it.each([
    [
      'fr',
      'https://www.acvl-volley.example/club/bureau',
      'ACVL Volley',
      'Association Cycliste du Val de Loire',
      '<footer><p><strong>Association Cycliste du Val de Loire – association loi 1901</strong><br>Stade Émile-Gravier, 45000 Orléans<br><a href="mailto:contact@acvl-volley.example">contact@acvl-volley.example</a></p></footer>',
    ],
    [
      'en',
      'https://www.nrc-carers.example/team',
      'NARC',
      'Northern Association of Rural Carers',
      '<footer><p><strong>Northern Association of Rural Carers</strong><br>Building Ada-Lovelace, 4 Mill Lane, Leeds<br><a href="mailto:hello@nrc-carers.example">hello@nrc-carers.example</a></p></footer>',
    ],
    [
      'fr unit',
      'https://www.univ-basse-vallee.example/faculte-lettres/annuaire',
      'Faculté des lettres – Université de Basse-Vallée',
      'Université de Basse-Vallée',
      '<footer><p><strong>Université de Basse-Vallée</strong><br>Bâtiment Simone-Veil, 1 rue Haute, 72000 Le Mans<br><a href="mailto:lettres@univ-basse-vallee.example">lettres@univ-basse-vallee.example</a></p></footer>',
    ],
  ])('%s', (_, url, site, want, footer) => {
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(
      `<!DOCTYPE html><html><head><title>Bureau</title><meta property="og:site_name" content="${site}"></head><body><main><h1>Le bureau</h1><div class="grid"><article class="card"><h3>Hélène Roussel</h3><p>Présidente</p></article><article class="card"><h3>Marc Ollier</h3><p>Trésorier</p></article></div></main>${footer}</body></html>`,
    );
    const got = detect(window.document as unknown as Document, url);
    expect(got.companies[0]?.name).toBe(want);
    // (a university's page may read as no firm's site: its people then remain)
    if (got.kind === 'company-site')
      expect(got.people.map((p) => p.name).sort()).toEqual(['Hélène Roussel', 'Marc Ollier']);
  });
});
