// Kinds of web pages read by structure, not class names (issue 7, blind pages 7, 16, 19, 20): a docs site whose footer
// names its firm, author boxes and speaker cards of a name and a title, contact lines, a lab on its university's site,
// a supervisors' column, a review's signed answer, a sentence led by a role and a name. Invented people and firms.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';
import { rolePeople } from './page-prose';
import { pageReaders } from './page-readers';

function page(url: string, body: string, title = 'Page'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}
const lines = (...ts: string[]) => ts.map((text) => ({ text, el: document.createElement('p') }));

describe('docs pages', () => {
  const url = 'https://quillmarklabs.example/docs/deploy';
  const body = (footer: string) => `<main><article><h1>Deploy</h1>
    <p class="x1">Written by Oona Freeling, Developer Advocate · Updated 3 March 2025</p>
    <pre><code>git clone git@github.com:quillmark/cli.git
ssh deploy@203.0.113.10</code></pre>
    <pre><code>from = "noreply@example.com"
author = "John Doe &lt;john.doe@example.org&gt;"</code></pre>
    <p>Use <code>user@host</code>.</p>
    <p>Write to <a href="mailto:docs@quillmarklabs.example">docs@quillmarklabs.example</a>. Enterprise customers can reach their solutions engineer, Bram Okafor-Lind, at <a href="mailto:bram@quillmarklabs.example">bram@quillmarklabs.example</a>.</p>
    </article></main><footer><p>${footer}</p></footer>`;

  it('a footer naming its firm with its details makes it the firm’s page; code samples stay out', () => {
    const got = detect(
      page(
        url,
        body('© 2025 Quillmark Labs, Inc. · 12 Pine Street, Portland, OR 97204 · (503) 555-0142'),
        'Deploy – Quillmark Docs',
      ),
      url,
    );
    expect(got.kind).toBe('company-site');
    expect(got.companies[0]?.name).toMatch(/^Quillmark/);
    expect(got.people.find((p) => p.name === 'Oona Freeling')?.title).toBe('Developer Advocate');
    expect(got.people.find((p) => p.name === 'Bram Okafor-Lind')?.email).toBe('bram@quillmarklabs.example');
    const all = JSON.stringify(got);
    for (const trap of ['git@github.com', 'noreply@example.com', 'john.doe@example.org', 'John Doe', 'user@host'])
      expect(all).not.toContain(trap);
  });

  it('a footer with a copyright alone leaves a docs page a vendor’s, no contacts', () => {
    const got = detect(page(url, body('© 2025 Quillmark Labs, Inc. All rights reserved.')), url);
    expect(got.kind).toBe('other');
    expect(got.people).toEqual([]);
  });
});

describe('cards by shape', () => {
  it.each([
    ['en', 'Founder &amp; Managing Director', 'Ilse Marwood'],
    ['fr', 'Directrice commerciale', 'Maëlys Tournier'],
    ['de', 'Geschäftsführerin', 'Henrike Albrand'],
  ])('%s: a leaf name beside a leaf title in generated classes is a card', (_, title, name) => {
    const url = 'https://www.brackwood.example/insights/post';
    const got = detect(
      page(
        url,
        `<main><div class="x9a"><img alt=""><div><div class="q1">${name}</div><div class="q2">${title}</div></div><div class="q3">12 February 2025</div></div>
        <p>Some text about operations.</p></main><footer><p>Brackwood Advisory Ltd</p></footer>`,
        'Post | Brackwood Advisory',
      ),
      url,
    );
    expect(got.people.map((p) => [p.name, p.title])).toEqual([[name, title.replace('&amp;', '&')]]);
  });

  it.each([
    ['fr', 'Le maire', 'Maire de Saint-Aubin-sur-Loir', 'Vice-présidente de Loir Communauté', 'Hélène Varennes-Dubost'],
    ['en', 'The mayor', 'Mayor of Little Harrow', 'Chair of Harrow Valley Council', 'Edmund Prewett'],
    ['de', 'Der Bürgermeister', 'Bürgermeister von Altenweiler', 'Vorsitzender des Kreistags', 'Konrad Wieselhuber'],
  ])('%s: the line under a card’s named heading is its title, no second card', (_, h, office, second, name) => {
    const url = 'https://www.saint-aubin.example/elus';
    const got = detect(
      page(
        url,
        `<main><h1>Elus</h1><section><h2>${h}</h2><article class="e"><img alt=""><h3>${name}</h3><p>${office}</p><p>${second}</p></article></section></main>`,
      ),
      url,
    );
    expect(got.people.map((p) => p.name)).toEqual([name]);
  });

  it('a member by an initial ("Marta K." / "Member") is no card', () => {
    const url = 'https://www.meetgroup.example/events/42';
    const got = detect(
      page(
        url,
        `<ul><li><span>Jorun K.</span><span>Member</span></li><li><span>Anders P.</span><span>Organizer</span></li></ul>`,
      ),
      url,
    );
    expect(got.people).toEqual([]);
  });

  it('"Title · Firm" under a speaker’s name gives their own firm', () => {
    const url = 'https://www.coldwave.example/webinar';
    const got = detect(
      page(
        url,
        `<div class="a"><img alt="Tobiah Renwick"><div><h3>Tobiah Renwick</h3><p>Operations Director · Harlow Cold Logistics</p></div></div>
         <div class="a"><img alt="Sanne Vrolijk"><div><h3>Sanne Vrolijk</h3><p>VP Customer Success at Coldwave</p></div></div>
         <footer><p>© 2026 Coldwave Ltd</p></footer>`,
        'Webinar | Coldwave',
      ),
      url,
    );
    const tobiah = got.people.find((p) => p.name === 'Tobiah Renwick');
    expect([tobiah?.title, tobiah?.company]).toEqual(['Operations Director', 'Harlow Cold Logistics']);
  });
});

describe('contact lines and answers', () => {
  it.each([
    [
      'Jeanne Roussel — presse@cap-fret.example — 04 99 00 07 12',
      { name: 'Jeanne Roussel', email: 'presse@cap-fret.example', phones: ['04 99 00 07 12'] },
    ],
    ['Tom Fairley | 01632 960 455', { name: 'Tom Fairley', phones: ['01632 960 455'] }],
    [
      'Réponse de Nolwenn Kerhervé, Garage Kerhervé Automobiles',
      { name: 'Nolwenn Kerhervé', company: 'Garage Kerhervé Automobiles' },
    ],
    ['Antwort von Jana Bolter, Inhaberin', { name: 'Jana Bolter', title: 'Inhaberin' }],
  ])('contactPeople: %s', (text, person) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([person]);
  });

  it.each(['By Callum Reddie · 3 March 2027', 'Antwort des Unternehmens'])('contactPeople: no one in %s', (text) => {
    expect(pageReaders.contactPeople(lines(text))).toEqual([]);
  });
});

describe('prose: a role before a name', () => {
  it.each([
    ['Le chef Aurélien Kerbrat cuisine les produits de la pêche du jour.', ['Aurélien Kerbrat', 'chef']],
    ['Our head brewer Tamsin Polwhele brews four beers a week.', ['Tamsin Polwhele', 'head brewer']],
    [
      'Enterprise customers can reach their account manager, Idris Fenwick, at idris@fenwick.example.',
      ['Idris Fenwick', 'account manager'],
    ],
  ])('%s', (text, [name, title]) => {
    expect(rolePeople(lines(text), pageReaders).map((p) => [p.name, p.title])).toEqual([[name, title]]);
  });
});

describe('university pages', () => {
  const url = 'https://www.univ-armor.example/research/tidal-lab/people';
  const doc = () =>
    page(
      url,
      `<header><img alt="University of Armor"></header><main><h1>People — Tidal Mixing Lab</h1><p>School of Ocean Sciences, University of Armor</p>
      <h2>PhD students</h2><table><thead><tr><th>Name</th><th>Project</th><th>Co-supervisor</th></tr></thead><tbody>
      <tr><td>Morwenna Tregear</td><td>Estuary fronts</td><td>—</td></tr>
      <tr><td>Rozenn Le Bihan</td><td>Kelp and currents (cotutelle with Université de Cornouaille)</td><td>Prof. Goulven Le Saux</td></tr>
      </tbody></table><p>Contact: <a href="mailto:tidal-lab@univ-armor.example">tidal-lab@univ-armor.example</a></p></main><footer><p>University of Armor, 1 College Road</p></footer>`,
      'People | Tidal Mixing Lab | University of Armor',
    );

  it('the lab its title names is the page’s organisation, before its university', () => {
    expect(detect(doc(), url).companies[0]?.name).toBe('Tidal Mixing Lab');
  });

  it('a supervisors’ column names its people', () => {
    expect(detect(doc(), url).people.map((p) => p.name)).toContain('Goulven Le Saux');
  });
});

describe('a platform’s page about its organiser', () => {
  it('the organiser’s own site is the one its address spells; a first-name mailbox is its person’s', () => {
    const url = 'https://www.tickethall.example/e/atelier-vannerie-123';
    const got = detect(
      page(
        url,
        `<main><h1>Atelier vannerie</h1><p>Par <a href="/o/osier-et-lin">Atelier Osier &amp; Lin</a></p>
        <p>L’atelier est animé par <strong>Solène Marchadier</strong>, vannière et fondatrice de l’atelier.</p>
        <p>Une question ? Contactez Solène à l’adresse solene (arobase) osier-et-lin.example ou au 06 39 98 44 10.</p></main>
        <footer><p>Organisateur : Atelier Osier &amp; Lin SARL — SIREN 901273581</p></footer>`,
        'Atelier vannerie | Billetterie',
      ),
      url,
    );
    expect(got.companies[0]?.domain).toBe('osier-et-lin.example');
    const solene = got.people.find((p) => p.name === 'Solène Marchadier');
    expect([solene?.email, solene?.phones]).toEqual(['solene@osier-et-lin.example', ['06 39 98 44 10']]);
  });
});

describe('an interview article', () => {
  it.each([
    [
      'fr',
      'Levée de 4 M€ auprès de Vendelin Capital, emmenée par Oriane Castellan, associée.',
      'Oriane Castellan',
      'Vendelin Capital',
    ],
    [
      'en',
      'The round came from Harbor Crest Partners, led by Desmond Achterberg, partner.',
      'Desmond Achterberg',
      'Harbor Crest Partners',
    ],
  ])('%s: "Firm, led by Name" ties the person to that firm, not the magazine', (_, sentence, person, firm) => {
    const url = 'https://www.eco-littoral.example/entreprises/entretien';
    const got = detect(
      page(
        url,
        `<main><article><h1>Entretien</h1><p><strong>Éco Littoral :</strong> Comment est née l’entreprise ?</p><p>${sentence}</p></article></main>
        <footer><p>Éco Littoral, le quotidien économique</p></footer>`,
        'Entretien | Éco Littoral',
      ),
      url,
    );
    expect(got.people.find((p) => p.name === person)?.company).toBe(firm);
  });
});

describe('a who’s who of a trade', () => {
  it('a firm’s own link beside its name gives its domain; "cheffe de cave" is a title', () => {
    const url = 'https://www.revue-cidre.example/whos-who';
    const got = detect(
      page(
        url,
        `<main><h1>Who’s who 2025</h1><dl>
        <div><dt>Gwenaëlle Trébaol</dt><dd><span>présidente</span>, <span>Cidrerie Trébaol</span> · <a href="https://www.cidrerie-trebaol.example/">cidrerie-trebaol.example</a></dd></div>
        <div><dt>Maëlle Guivarch</dt><dd><span>cheffe de cave</span>, <span>Château Kerlann</span></dd></div></dl></main>
        <footer><p>La Revue du Cidre</p></footer>`,
        'Who’s who | La Revue du Cidre',
      ),
      url,
    );
    expect(got.companies.find((c) => c.name === 'Cidrerie Trébaol')?.domain).toBe('cidrerie-trebaol.example');
    expect(got.people.find((p) => p.name === 'Maëlle Guivarch')?.title).toBe('cheffe de cave');
  });
});

describe('a programme’s slots', () => {
  it('a heading under the slot’s time is a talk, not its speaker’s firm', () => {
    const url = 'https://www.fedverre.example/programme';
    const got = detect(
      page(
        url,
        `<main><h1>Programme</h1><div>
        <div><div>09:30</div><div><h3>Ouverture</h3><ul><li><span>Anaïs Kervadec</span><span>Déléguée générale, Fédération du Verre Armoricain</span></li></ul></div></div>
        <div><div>16:00</div><div><h3>Clôture</h3><ul><li><span>Anaïs Kervadec</span><span>Déléguée générale, Fédération du Verre Armoricain</span></li></ul></div></div>
        <div><div>11:00</div><div><h3>Atelier</h3><ul><li><span>Tanguy Le Roux</span><span>Chef de produit, Verrerie Lannec</span></li></ul></div></div>
        </div></main>`,
        'Programme | Fédération du Verre Armoricain',
      ),
      url,
    );
    const names = got.companies.map((c) => c.name);
    expect(names).not.toContain('Clôture');
    expect(names).not.toContain('Ouverture');
  });
});

describe('mailboxes a page ties to one person', () => {
  it('a mailbox named after one person’s title is theirs ("write to the Chair at chair@…")', () => {
    const url = 'https://www.lanternreading.example/about/board';
    const got = detect(
      page(
        url,
        `<main><h1>Our board</h1><div><h3>Philippa Warrender-Holt</h3><p>Chair</p></div><div><h3>Oluwaseun Marr</h3><p>Treasurer</p></div>
        <p>We are recruiting trustees. Write to the Chair at <a href="mailto:chair@lanternreading.example">chair@lanternreading.example</a>.</p></main>`,
        'Board | Lantern Reading Trust',
      ),
      url,
    );
    expect(got.people.find((p) => p.name === 'Philippa Warrender-Holt')?.email).toBe('chair@lanternreading.example');
  });

  it('a table’s contact cell written against harvesters ("[at]", "[dot]") is its row’s address', () => {
    const url = 'https://www.college-lumiere.example/equipe';
    const got = detect(
      page(
        url,
        `<main><h1>L’équipe</h1><table><thead><tr><th>Fonction</th><th>Nom</th><th>Contact</th></tr></thead><tbody>
        <tr><td>Principale</td><td>Mme Solange Vercambre</td><td>ce.0691234z [at] ac-exemple [dot] fr</td></tr>
        <tr><td>Gestionnaire</td><td>M. Bastien Oriol</td><td>via le secrétariat</td></tr></tbody></table></main>`,
        'Équipe | Collège Lumière',
      ),
      url,
    );
    expect(got.people.find((p) => p.name.startsWith('Solange'))?.email).toBe('ce.0691234z@ac-exemple.fr');
  });
});

// a firm's offices, each headed by its town, its address, a phone and a named contact (issue 7, blind page 27)
describe('offices headed by their towns', () => {
  const office = (town: string, street: string, code: string, tel: string, name: string, title: string) =>
    `<div class="office"><h3>${town}</h3><address>${street}, ${code} ${town}<br>Tel. ${tel}<br>` +
    `<a href="mailto:${town.toLowerCase()}@brennholz-kuebler.example">${town.toLowerCase()}@brennholz-kuebler.example</a>` +
    `</address><p>Ansprechperson: <b>${name}</b>, ${title}</p></div>`;
  const doc = page(
    'https://brennholz-kuebler.example/kontakt',
    `<header><a href="/">Brennholz Kübler AG</a></header><main><h1>Kontakt</h1><section>` +
      office('Winterthur', 'Bahnhofplatz 3', '8400', '+41 52 555 01 10', 'Lorenz Amstutz', 'Niederlassungsleiter') +
      office('Fribourg', 'Rue de Lausanne 9', '1700', '+41 26 555 01 20', 'Mélisande Currat', 'Responsable Fribourg') +
      office(
        'Bellinzona',
        'Viale Stazione 4',
        '6500',
        '+41 91 555 01 30',
        'Tiziano Pedrazzini',
        'Responsabile Ticino',
      ) +
      `</section><section><h2>Impressum</h2><p>Brennholz Kübler AG, Bahnhofplatz 3, 8400 Winterthur</p></section></main>`,
  );
  const r = detect(doc, 'https://brennholz-kuebler.example/kontakt');
  it('no town is a firm', () =>
    expect(r.companies.map((c) => c.name).filter((n) => /Winterthur|Fribourg|Bellinzona/.test(n))).toEqual([]));
  it.each(['Lorenz Amstutz', 'Mélisande Currat', 'Tiziano Pedrazzini'])('%s is a contact', (n) =>
    expect(r.people.map((p) => p.name)).toContain(n),
  );
});

// members' cards of a name, their firm, their trade: one firm named by its trade ("Kerhervé Avocat") whose address
// spells it stays the firm, its trade the title (issue 7, blind page 27)
describe('a firm named by its trade in a list of members', () => {
  const card = (name: string, firm: string, trade: string, mail: string) =>
    `<li class="m"><h3>${name}</h3><p class="m__firm">${firm}</p><p>${trade}</p><a href="mailto:${mail}">Écrire</a></li>`;
  const r = detect(
    page(
      'https://ruche-coworking.example/membres',
      `<header><a href="/">La Ruche Coworking</a></header><main><h1>Nos membres</h1><ul>` +
        card('Solène Abgrall', 'Abgrall Conseil', 'Conseil en RH', 'solene@abgrall-conseil.example') +
        card('Tanguy Morvézen', 'Morvézen Data', 'Data & CRM', 'tanguy@morvezen-data.example') +
        card('Katell Guivarc’h', 'Studio Goulven', 'Photographe', 'katell@studio-goulven.example') +
        card('Yves-Marie Kerhervé', 'Kerhervé Avocat', 'Avocat fiscaliste', 'y.kerherve@kerherve-avocat.example') +
        `</ul></main>`,
    ),
    'https://ruche-coworking.example/membres',
  );
  it('the firm, not the trade', () => {
    const p = r.people.find((x) => x.name === 'Yves-Marie Kerhervé');
    expect(p?.company).toBe('Kerhervé Avocat');
    expect(p?.title).toBe('Avocat fiscaliste');
    expect(r.companies.map((c) => c.name)).not.toContain('Avocat fiscaliste');
  });
});

// a platform's page about one firm, its slug the firm's domain or its registry number (issue 7, blind page 27); a
// site's own "/entreprise/…" page stays the site's
describe("a platform's firm page", () => {
  const reviews = `<header><a href="/">Notavis</a></header><main><section><h1>Brennholz Kübler GmbH</h1>
    <p>4,1 ★ · 12 avis · <a href="https://www.brennholz-kuebler.de" rel="nofollow">brennholz-kuebler.de</a></p></section>
    <section><article><p>Éloïse B.</p><p>★★★★★ Livraison rapide.</p><div><p>Réponse de Brennholz Kübler GmbH</p>
    <p>Merci ! — Wiebke Hollerith, Leitung Vertrieb</p></div></article></section></main>`;
  it.each([
    ['https://www.notavis.example/entreprise/brennholz-kuebler.de', 'Brennholz Kübler GmbH'],
    ['https://www.notavis.example/unternehmen/brennholz-kuebler-512345678', 'Brennholz Kübler GmbH'],
  ])('%s', (url, firm) => {
    const r = detect(page(url, reviews), url);
    expect(r.kind).toBe('other');
    expect(r.people.find((p) => p.name === 'Wiebke Hollerith')?.company).toBe(firm);
  });
  it("a site's own firm page", () => {
    const url = 'https://www.notavis.example/entreprise/notre-histoire';
    const r = detect(
      page(url, `<header><a href="/">Notavis</a></header><main><h1>Notre histoire</h1><p>Fondée en 1998.</p></main>`),
      url,
    );
    expect(r.companies.map((c) => c.name)).not.toContain('Notre histoire');
  });
});

// a job board's offer without JSON-LD: the hiring firm is the link to the board's page of it (issue 7, blind page 27)
describe("a job board's offer", () => {
  const offer = (h1: string) => `<header><a href="/">JobsKüste</a></header><main><article><h1>${h1}</h1>
    <p><a href="/entreprise/kermadec-conserves">Kermadec Conserves</a> · Douarnenez (29)</p>
    <section><h2>Contact</h2><p>Loeiza Tréguer, Responsable RH – <a href="mailto:rh@kermadec-conserves.fr">rh@kermadec-conserves.fr</a></p></section>
    </article></main>`;
  const url = 'https://www.jobskueste.example/offres/12345';
  it.each(['Technicien de maintenance H/F – CDI', 'Vertriebsmitarbeiter (m/w/d)'])('%s', (h1) => {
    const r = detect(page(url, offer(h1)), url);
    expect(r.kind).toBe('other');
    expect(r.people.find((p) => p.name === 'Loeiza Tréguer')?.company).toBe('Kermadec Conserves');
    expect(r.companies.map((c) => c.name)).not.toContain('JobsKüste');
  });
  it('no offer, no hiring firm', () => {
    const r = detect(page(url, offer('Nos partenaires')), url);
    expect(r.kind).not.toBe('other');
  });
});

// a members' table whose firms' column is headed "Bureau" (issue 7, blind page 27)
describe("a members' table of offices", () => {
  const row = (firm: string, name: string, tel: string, mail: string) =>
    `<tr><td><strong>${firm}</strong></td><td>${name}</td><td>${tel}</td><td><a href="mailto:${mail}">${mail}</a></td></tr>`;
  const url = 'https://www.ordre-geometres.example/annuaire';
  const r = detect(
    page(
      url,
      `<header><a href="/">Ordre des Géomètres</a></header><main><h1>Annuaire</h1><table><thead><tr><th>Bureau</th>` +
        `<th>Géomètre responsable</th><th>Téléphone</th><th>E-mail</th></tr></thead><tbody>` +
        row('Van Aelst Topografie', 'Pieter Van Aelst', '+32 9 555 02 11', 'pieter@vanaelst-topo.be') +
        row('Cabinet Delhaize-Roux', 'Amandine Roux', '+32 2 555 02 22', 'a.roux@delhaize-roux.be') +
        row('Géomesure SRL', 'Benoît Lardinois', '+32 4 555 02 33', 'benoit@geomesure.be') +
        `</tbody></table></main>`,
    ),
    url,
  );
  it.each([
    ['Pieter Van Aelst', 'Van Aelst Topografie'],
    ['Amandine Roux', 'Cabinet Delhaize-Roux'],
  ])('%s of %s', (name, firm) => {
    expect(r.people.find((p) => p.name === name)?.company).toBe(firm);
    expect(r.companies.map((c) => c.name)).toContain(firm);
  });
  it("a staff table's 'Bureau' of room numbers names no firms", () => {
    const u = 'https://www.labo-optique.example/annuaire';
    const staff = (name: string, room: string) =>
      `<tr><td>${name}</td><td>${room}</td><td>01 99 00 ${room.slice(-2)} 00</td></tr>`;
    const t = detect(
      page(
        u,
        `<main><h1>Annuaire</h1><table><tr><th>Nom</th><th>Bureau</th><th>Téléphone</th></tr>` +
          staff('Ophélie Marchadier', 'C-214') +
          staff('Gaspard Lenormand', 'B112') +
          staff('Inès Chabrol', 'A020') +
          `</table></main>`,
      ),
      u,
    );
    expect(t.companies.map((c) => c.name)).not.toContain('C-214');
    expect(t.companies.map((c) => c.name)).not.toContain('B112');
  });
});

describe('rolePeople: bold names in running text, presented by a role, a firm or beside one so presented (issue 7)', () => {
  const para = (html: string) => {
    const el = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').querySelector('p')!;
    return [{ text: el.textContent ?? '', el }];
  };
  it.each([
    [
      'Commissariat : <strong>Ombeline Fauchard-Roy</strong>, conservatrice en chef, avec la collaboration de <strong>Dr. Lorenz Aschberger</strong> (Städtische Galerie Hornau).',
      [
        ['Ombeline Fauchard-Roy', 'conservatrice en chef', undefined],
        ['Lorenz Aschberger', undefined, 'Städtische Galerie Hornau'],
      ],
    ],
    [
      'Cuisine du chef <strong>Gaspard Lemerle</strong>, pâtisserie de <strong>Anouk Verdelet</strong>.',
      [
        ['Gaspard Lemerle', 'chef', undefined],
        ['Anouk Verdelet', undefined, undefined],
      ],
    ],
    [
      'Brewed by our head brewer <b>Tamsin Polwhele</b>, labels by <b>Kit Trevanion</b>.',
      [
        ['Tamsin Polwhele', 'head brewer', undefined],
        ['Kit Trevanion', undefined, undefined],
      ],
    ],
    [
      'Seit 1998 führen <strong>Anna und Lukas Brandtner</strong> das Weingut.',
      [
        ['Anna Brandtner', undefined, undefined],
        ['Lukas Brandtner', undefined, undefined],
      ],
    ],
    [
      'Depuis 1987, <strong>Hortense et Gaultier de Vaussanges</strong> conduisent le domaine.',
      [
        ['Hortense de Vaussanges', undefined, undefined],
        ['Gaultier de Vaussanges', undefined, undefined],
      ],
    ],
  ])('%s', (html, want) => {
    expect(rolePeople(para(html), pageReaders).map((p) => [p.name, p.title, p.company])).toEqual(want);
  });

  it.each([
    // dishes, products and places in bold, named after people, with no role or firm: no one
    'Nos desserts : <strong>Pêche Melba</strong>, <strong>Crêpes Suzette</strong> et <strong>Poire Belle-Hélène</strong>.',
    'Tournedos Rossini de <strong>Jules Verne</strong>, en promotion chez <strong>Marie Curie</strong>.',
    'Rendez-vous salle <strong>Victor Hugo</strong> (2e étage), puis au <strong>Stade Marcel Dassonville</strong>.',
    'Le nouveau modèle <strong>Jules Verne</strong> (Léon Rose) est disponible.',
    'Le site est édité par la société <strong>Farines et Levains du Maine</strong>, SARL au capital de 30 000 €.',
    'This week <strong>Tom Ashcombe</strong> (Head of Content at Ledgerwick and your host) sits down with us.',
    // (a contact's line with an address: the contacts' reader reads them with their firm)
    '<strong>Brakel Optik</strong> zeigt neue Brillen. Ihr Kontakt: <strong>Jana Oberkirch</strong>, leitende Verkäuferin — j.oberkirch@brakel-optik.example',
  ])('no one: %s', (html) => {
    expect(rolePeople(para(html), pageReaders)).toEqual([]);
  });
});

describe('rolePeople: a firm and the person who stands for it ("X, représenté par Mme Y")', () => {
  it.each([
    [
      'Commissaire aux comptes : Cabinet Lestrade Audit, représenté par Mme Roseline Aubertot-Kamga.',
      [['Roseline Aubertot-Kamga', 'Cabinet Lestrade Audit']],
    ],
    [
      'Auditor: Pendleford Audit LLP, represented by Mr Callum Ashworth.',
      [['Callum Ashworth', 'Pendleford Audit LLP']],
    ],
    [
      'Abschlussprüfer ist die Vogelsang Revision GmbH, vertreten durch Frau Dorothea Weinreich.',
      [['Dorothea Weinreich', 'Vogelsang Revision GmbH']],
    ],
    // (a sentence, no firm before the comma: no one)
    ['Le conseil, représenté par son président, a voté.', []],
  ])('%s', (text, want) => {
    expect(rolePeople(lines(text), pageReaders).map((p) => [p.name, p.company])).toEqual(want);
  });
});
