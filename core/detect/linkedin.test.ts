import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';
import { interpretLinkedin } from './interpret-linkedin';
import { linkedinDetector } from './linkedin';
import type { Detection } from './types';

function page(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(
    `<!DOCTYPE html><html><head><title>Fjordline Labs | LinkedIn</title></head><body>${html}</body></html>`,
  );
  return window.document as unknown as Document;
}

describe('LinkedIn company page whose <main> is closed early by its markup (issue 7)', () => {
  const url = 'https://www.linkedin.com/company/fjordline-labs/about/';
  // a stray </div> in the top card ends <main> before the About section: the section is still the page's
  const html = `<div class="a1"><div class="a2"><div class="a3"><main class="a4"><div><section><div><div><img alt=""></div></div>
    <div><img alt="Fjordline Labs logo"></div><h1 title="Fjordline Labs">Fjordline Labs</h1></div></section></div>
    <div class="a5"><section><h2>Overview</h2><p>We build route planning for ferries. Press: press@fjordline.example</p>
    <dl><dt><h3>Website</h3></dt><dd><a href="https://www.fjordline.example">https://www.fjordline.example</a></dd>
    <dt><h3>Phone</h3></dt><dd><a href="tel:+47 22 55 01 90">+47 22 55 01 90</a></dd></dl></section></div></main>
    <aside aria-label="Side Bar"><section><h2>Pages people also viewed</h2><p>Other Co – hello@otherco.example</p></section></aside></div></div></div>
    <footer><p>LinkedIn Corporation © 2026 – copyright@linkedin.com</p></footer>`;
  it('reads the About section after it, not the side bar nor the footer', () => {
    const got = detect(page(url, html), url);
    expect(got.emails.map((e) => e.address)).toEqual(['press@fjordline.example']);
    expect(got.companies[0]?.phones).toEqual(['+47 22 55 01 90']);
  });
  it('sends the About section’s phone text as phoneTexts, never as phones (the background reads the numbers)', () => {
    const raw = linkedinDetector.detect(page(url, html), new URL(url));
    expect(raw.companies[0]?.phoneTexts).toEqual(['+47 22 55 01 90']);
    expect(raw.companies.concat(raw.people).filter((x) => x.phones)).toEqual([]);
  });
});

describe('LinkedIn messaging with hashed class names (issue 7)', () => {
  const url = 'https://www.linkedin.com/messaging/thread/2-abc123/';
  const html = `<main><div class="q1"><div class="q2"><a class="q3" href="https://www.linkedin.com/in/ines-harrow/"><h2 class="q4">Ines Harrow</h2></a><div>Active 2h ago</div></div>
    <div class="q5"><a href="https://www.linkedin.com/in/ines-harrow" class="q6"><img alt="Ines Harrow"><div class="q7"><span class="q8">Ines Harrow</span> <span class="q9">· 1st</span></div>
    <div class="q10">Head of Procurement at Harrow Freight Ltd</div><div class="q11">Leeds, United Kingdom</div></a></div>
    <ul><li><div class="q12" data-event-urn="urn:li:msg_message:1"><a class="q13" href="https://www.linkedin.com/in/ines-harrow"><span>Ines Harrow</span></a>
    <div class="q14"><p>Hi, my direct line is +44 113 496 0872.</p></div></div></li></ul></div></main>`;
  it('reads the correspondent’s headline from the profile card by its place, not its classes', () => {
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(
      `<!DOCTYPE html><html><head><title>Messaging | LinkedIn</title></head><body>${html}</body></html>`,
    );
    const got = detect(window.document as unknown as Document, url);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Ines Harrow', 'Head of Procurement', 'Harrow Freight Ltd'],
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Harrow Freight Ltd']);
  });
});

describe('LinkedIn guest profile with hashed class names (issue 7)', () => {
  const url = 'https://fr.linkedin.com/in/maelle-verdier';
  // invented member; the guest layout: a sign-in modal inside the top card, experience entries marked
  // data-section="currentPositionsDetails" like the top card's summary, no class or id to tell them apart
  const modal = `<section role="dialog" aria-modal="true"><h2>Sign in to view Maëlle’s full profile</h2><h2>Welcome back</h2></section>`;
  const entry = (title: string, firm: string) =>
    `<li class="z9" data-section="currentPositionsDetails"><div><h3><span>${title}</span></h3><h4><span>${firm}</span></h4><p><time>Jan 2021</time> - Present</p></div></li>`;
  const html = `<main class="z1"><section class="z2"><section class="z3"><div><button><h1 class="z4">Maëlle Verdier</h1></button>${modal}</div>
    <div class="z5">Lyon, Auvergne-Rhône-Alpes</div>
    <div data-section="currentPositionsDetails"><div><span>Atelier Verdier Design</span></div></div></section>
    <section class="z6"><h2>Experience</h2><ul>${entry('Fondatrice', 'Atelier Verdier Design')}${entry(
      'Présidente du jury',
      'Concours Lyon Design',
    )}</ul></section></section></main>`;
  it('takes the headline from the page title, and no experience title for a company', () => {
    const doc = page(url, html);
    doc.title = 'Maëlle Verdier - Fondatrice - Atelier Verdier Design | LinkedIn';
    const got = detect(doc, url);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Maëlle Verdier', 'Fondatrice', 'Atelier Verdier Design'],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Présidente du jury');
    expect(got.companies.map((c) => c.name)).not.toContain('Fondatrice');
  });
});

// Found by tests/fixtures/pages-blind-mail (written blind, issue 7). Invented members and firms.
describe('LinkedIn 2025 layouts seen first in the blind pages (issue 7)', () => {
  const docOf = (url: string, title: string, html: string) => {
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${html}</body></html>`);
    return window.document as unknown as Document;
  };
  const result = (slug: string, name: string, lines: string) =>
    `<li class="h1"><div data-chameleon-result-urn="urn:li:member:${slug.length}"><a href="https://www.linkedin.com/in/${slug}?miniProfileUrn=x"><span dir="ltr"><span aria-hidden="true">${name}</span><span class="h2">View ${name}’s profile</span></span></a>${lines}</div></li>`;

  it('people search: "Current:" names the employer over a headline\'s free text; "VP …, Firm AS"', () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=buyer';
    const html = `<main><ul>${result(
      'odile-brun',
      'Odile Brun',
      '<div>Category Manager – Packaging | Sourcing</div><div>Lille, France</div><p>Current: Category Manager – Packaging at Morlaix Foods</p>',
    )}${result('sven-aas', 'Sven Aas', '<div>VP Supply Chain, Nordkap Seafood AS</div><div>Bergen, Norway</div>')}</ul></main>`;
    const got = detect(docOf(url, 'Search | LinkedIn', html), url);
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Odile Brun', 'Morlaix Foods'],
      ['Sven Aas', 'Nordkap Seafood AS'],
    ]);
    expect(got.companies.map((c) => c.name)).not.toContain('Packaging');
  });

  it('messaging: the header names the correspondent, the list items are the messages', () => {
    const url = 'https://www.linkedin.com/messaging/thread/2-xyz/';
    const html = `<main><div class="c1"><ul><li><a href="https://www.linkedin.com/messaging/thread/2-xyz/"><h3>Rémi Castel</h3><p>Rémi : à jeudi</p></a></li></ul></div>
      <div class="c2"><div class="c3" data-view-name="message-thread-header"><a href="https://www.linkedin.com/in/remi-castel/"><h2>Rémi Castel</h2></a><span>· 1er</span><div>Responsable partenariats chez Solvent Énergie</div></div>
      <ul><li class="c4"><a href="https://www.linkedin.com/in/remi-castel/"><img alt="Rémi Castel"></a><span>Rémi Castel</span><time>10:24</time><p>Mon adresse : remi.castel@solvent-energie.fr, mon portable : 06 39 98 71 21.</p></li>
      <li class="c4"><a href="https://www.linkedin.com/in/owner-x/"><img alt="Owner X"></a><span>Owner X</span><p>Écrivez-moi à owner@exemple.fr</p></li></ul></div></main>`;
    const got = detect(docOf(url, 'Messagerie | LinkedIn', html), url);
    expect(got.people.map((p) => [p.name, p.title, p.company, p.email, p.phones])).toEqual([
      [
        'Rémi Castel',
        'Responsable partenariats',
        'Solvent Énergie',
        'remi.castel@solvent-energie.fr',
        ['06 39 98 71 21'],
      ],
    ]);
    expect(got.emails.map((e) => e.address)).toEqual(['remi.castel@solvent-energie.fr']);
    // (the script sends their messages' text as phoneTexts, no phones: the numbers are the background's)
    const raw = linkedinDetector.detect(docOf(url, 'Messagerie | LinkedIn', html), new URL(url));
    expect(raw.people[0]?.phoneTexts).toEqual([expect.stringContaining('mon portable : 06 39 98 71 21.')]);
    expect(raw.people[0]?.phones).toBeUndefined();
  });

  it('company People tab whose <main> a stray end tag closed before the list', () => {
    const url = 'https://www.linkedin.com/company/talvik-antriebe/people/';
    const card = (slug: string, name: string, hl: string) =>
      `<li><section><a href="https://www.linkedin.com/in/${slug}/"><div>${name}</div></a><div>· 2.</div><div>${hl}</div></section></li>`;
    const html = `<div class="s1"><main><section><h1 title="Talvik Antriebe GmbH">Talvik Antriebe GmbH</h1></div></section></main>
      <div><ul>${card('jan-mohr', 'Jan Mohr', 'Vertriebsleiter DACH')}${card('ute-sell', 'Ute Sell', 'Einkäuferin bei Talvik Antriebe GmbH')}</ul></div></div>`;
    const got = detect(docOf(url, 'Talvik Antriebe GmbH: Personen | LinkedIn', html), url);
    expect(got.people.map((p) => [p.name, p.company])).toEqual([
      ['Jan Mohr', 'Talvik Antriebe GmbH'],
      ['Ute Sell', 'Talvik Antriebe GmbH'],
    ]);
  });

  it('company People tab: a degree line "· 3e et +" under a headline with no employer is never the title', () => {
    const url = 'https://www.linkedin.com/company/brasserie-orvalle/people/';
    const card = (slug: string, name: string, deg: string, hl: string) =>
      `<li><section><a href="https://www.linkedin.com/in/${slug}/"><div>${name}</div></a><div>${deg}</div><div>${hl}</div></section></li>`;
    const html = `<main><section><h1 title="Brasserie Orvalle">Brasserie Orvalle</h1></section><ul>${card('yanis-ferro', 'Yanis Ferro', '· 3e et +', 'Brasseur')}${card('ella-moss', 'Ella Moss', '· 3rd+', 'Sales lead')}${card('kai-brandl', 'Kai Brandl', '· 2. Grades', 'Braumeister')}</ul></main>`;
    const got = detect(docOf(url, 'Brasserie Orvalle : Personnes | LinkedIn', html), url);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Yanis Ferro', 'Brasseur', 'Brasserie Orvalle'],
      ['Ella Moss', 'Sales lead', 'Brasserie Orvalle'],
      ['Kai Brandl', 'Braumeister', 'Brasserie Orvalle'],
    ]);
  });

  it('profile top card without ids: a pronoun line "(She/Her)" is not the headline; the current company by its label', () => {
    const url = 'https://www.linkedin.com/in/mira-olsen/';
    const html = `<main><section class="p1"><div><a href="/in/mira-olsen/"><h1 class="p2">Mira Olsen</h1></a>
      <span class="p3">(She/Her)</span> <span class="p3">· 2nd</span><div class="p5">Procurement Lead at Tidewell Foods Ltd | Packaging</div>
      <ul><li><button aria-label="Current company: Tidewell Foods Ltd"><span>Tidewell Foods Ltd</span></button></li></ul></div></section></main>`;
    const got = detect(docOf(url, 'Mira Olsen | LinkedIn', html), url);
    expect([got.people[0]?.title, got.people[0]?.company]).toEqual(['Procurement Lead', 'Tidewell Foods Ltd']);
  });

  it('profile top card without class names: a degree line "2. Kontakt 2. Grades" is not the headline', () => {
    const url = 'https://www.linkedin.com/in/lea-sommer/';
    const html = `<main><section class="p1"><div><a href="/in/lea-sommer/overlay/about-this-profile/"><h1 class="p2">Lea Sommer</h1></a>
      <span class="p3">2.</span> <span class="p4">Kontakt 2. Grades</span></div><div class="p5">Head of Supply Chain bei Talvik Antriebe GmbH</div></section></main>`;
    const got = detect(docOf(url, 'Lea Sommer | LinkedIn', html), url);
    expect(got.people[0]?.title).toBe('Head of Supply Chain');
  });
});

describe('LinkedIn pages scrambled: ids and class names replaced, a main closed early (issue 7)', () => {
  it("reads a company's website from its top card's button after a main closed early", () => {
    const url = 'https://www.linkedin.com/company/brennholt-pumpen/people/';
    const html = `<div class="q1"><div class="q2"><main class="q3"><section data-view-name="organization-top-card">
      <h1 title="Brennholt Pumpen GmbH">Brennholt Pumpen GmbH</h1><div class="q4">Maschinenbau · Kassel</div></div>
      <div class="q5"><a class="q6" href="https://www.brennholt-pumpen.example/">Website besuchen</a></div></section></main>
      <aside><a href="https://ads.example/">Mehr erfahren</a></aside></div></div>`;
    const got = detect(page(url, html), url);
    expect(got.companies[0]?.domain).toBe('brennholt-pumpen.example');
  });

  it('finds the experience section by its heading when its id is scrambled', () => {
    const url = 'https://www.linkedin.com/in/ilse-marwitz-qm/';
    const html = `<main class="r1"><section class="r2"><h1 class="r3">Ilse Marwitz</h1><div class="r4">Qualitätsmanagement</div></section>
      <section class="r5" data-view-name="profile-card"><div id="x9z"></div><div><h2><span aria-hidden="true">Erfahrung</span><span class="r6">Erfahrung</span></h2></div>
      <ul><li data-view-name="profile-component-entity"><a href="https://www.linkedin.com/company/seeberg-optik/"><img alt="Logo von Seeberg Optik AG"></a>
      <div><div><span aria-hidden="true">Leiterin Qualitätssicherung</span></div>
      <span><span aria-hidden="true">Seeberg Optik AG · Vollzeit</span></span></div></li></ul></section></main>`;
    const got = detect(page(url, html), url);
    expect(got.people[0]?.company).toBe('Seeberg Optik AG');
    expect(got.companies.find((c) => c.name === 'Seeberg Optik AG')?.linkedinUrl).toBe(
      'https://www.linkedin.com/company/seeberg-optik/',
    );
  });
});

// ---- readers on small invented pages, one table per reader ----
const docAt = (url: string, html: string, title = 'LinkedIn') => {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${html}</body></html>`);
  return window.document as unknown as Document;
};
const li = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const people = (url: string, html: string) =>
  detect(docAt(url, html), url).people.map((p) => [p.name, p.title ?? '', p.company ?? '']);
const companies = (url: string, html: string) => detect(docAt(url, html), url).companies.map((c) => c.name);

describe('LinkedIn job posts (/jobs/view/)', () => {
  const url = 'https://www.linkedin.com/jobs/view/4012345678/';
  const top = `<div><a href="https://www.linkedin.com/company/norrvik-logistik/life/"><img alt="Norrvik Logistik logo"></a>
    <a href="https://www.linkedin.com/company/norrvik-logistik/life/">Norrvik Logistik</a><h1>Einkäufer (m/w/d)</h1></div>`;
  const team = `<section><h2>Meet the hiring team</h2><ul><li><a href="${li('lena-vogt')}"><span aria-hidden="true">Lena Vogt</span></a>
    <div>Leiterin Einkauf bei Norrvik Logistik</div><div>Job poster</div></li></ul></section>`;
  const about = `<section><h2>About the job</h2><p>Fragen? bewerbung@norrvik.example</p></section>`;
  it.each([
    ['the hiring company, by its first named company link', top, ['Norrvik Logistik'], [], []],
    [
      'the hiring team with their headline',
      top + team,
      ['Norrvik Logistik'],
      [['Lena Vogt', 'Leiterin Einkauf', 'Norrvik Logistik']],
      [],
    ],
    ['the description’s addresses', top + about, ['Norrvik Logistik'], [], ['bewerbung@norrvik.example']],
    [
      'a company link in the side bar is not the hiring company',
      `<aside><a href="https://www.linkedin.com/company/other/">Other Co</a></aside>${top}`,
      ['Norrvik Logistik'],
      [],
      [],
    ],
  ])('%s', (_, body, firms, members, emails) => {
    const got = detect(docAt(url, `<main>${body}</main>`), url);
    expect(got.companies.map((c) => c.name)).toEqual(firms);
    expect(got.companies[0]?.linkedinUrl).toBe('https://www.linkedin.com/company/norrvik-logistik/');
    expect(got.people.map((p) => [p.name, p.title ?? '', p.company ?? ''])).toEqual(members);
    expect(got.emails.map((e) => e.address)).toEqual(emails);
  });
});

describe('LinkedIn feed posts (/feed/update/): the author', () => {
  const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000000/';
  const byline = (hl: string) =>
    `<div><a href="${li('claire-dumas')}"><img alt="Claire Dumas"></a><a href="${li('claire-dumas')}"><span aria-hidden="true">Claire Dumas</span><span class="visually-hidden">View Claire Dumas’s profile</span></a>
    <span aria-hidden="true">• 2e</span><div>${hl}</div><span>3 j</span></div>`;
  const post = `<div><p>Nous recrutons ! Écrivez à <a href="https://www.linkedin.com/in/paul-roux/">Paul Roux</a>.</p></div>`;
  it.each([
    [
      '"Title chez Firm"',
      byline('Directrice des achats chez Maison Perrault'),
      [['Claire Dumas', 'Directrice des achats', 'Maison Perrault']],
    ],
    [
      '"Title | Firm | Sector"',
      byline('Directrice des achats | Maison Perrault | Agroalimentaire'),
      [['Claire Dumas', 'Directrice des achats', 'Maison Perrault']],
    ],
    [
      'a member named in the post is not its author: a name and a profile only',
      byline('Acheteuse') + post,
      [
        ['Claire Dumas', 'Acheteuse', ''],
        ['Paul Roux', '', ''],
      ],
    ],
  ])('%s', (_, body, want) => {
    expect(people(url, `<main>${body}</main>`)).toEqual(want);
  });
});

describe('LinkedIn Sales Navigator: lead page and people search (data-anonymize)', () => {
  it.each([
    [
      'lead page: name, title, company, profile link',
      'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,abc',
      `<main><section><h1 data-anonymize="person-name">Marta Lind</h1><span data-anonymize="job-title">Head of Procurement</span>
       <a href="/sales/company/123"><span data-anonymize="company-name">Kestrel Foods</span></a><a href="${li('marta-lind')}">View LinkedIn profile</a></section>
       <aside><ul><li><span data-anonymize="person-name">Ola Berg</span><span data-anonymize="company-name">Other AB</span></li></ul></aside></main>`,
      [['Marta Lind', 'Head of Procurement', 'Kestrel Foods']],
      ['Kestrel Foods'],
    ],
    [
      'people search: one lead per list item, the headline when no company field',
      'https://www.linkedin.com/sales/search/people?query=x',
      `<main><ol><li><a data-anonymize="person-name">Jonas Weber</a><span data-anonymize="title">Einkaufsleiter</span><a data-anonymize="company-name">Holzwerk Weber GmbH</a></li>
       <li><a data-anonymize="person-name">Ana Costa</a><span data-anonymize="headline">Buyer at Lusa Metals</span></li></ol></main>`,
      [
        ['Jonas Weber', 'Einkaufsleiter', 'Holzwerk Weber GmbH'],
        ['Ana Costa', 'Buyer', 'Lusa Metals'],
      ],
      ['Holzwerk Weber GmbH', 'Lusa Metals'],
    ],
  ])('%s', (_, url, html, want, firms) => {
    const got = detect(docAt(url, html), url);
    expect(got.people.map((p) => [p.name, p.title ?? '', p.company ?? ''])).toEqual(want);
    expect(got.companies.map((c) => c.name)).toEqual(firms);
    if (url.includes('/lead/')) expect(got.people[0]?.linkedinUrl).toBe(li('marta-lind'));
  });
});

describe('LinkedIn messaging grouped by sender, without msg-* classes', () => {
  const url = 'https://www.linkedin.com/messaging/thread/2-grp/';
  const header = `<div><a href="${li('ines-harrow')}"><h2>Ines Harrow</h2></a><div>Head of Procurement at Harrow Freight Ltd</div></div>`;
  const from = (slug: string, name: string, text: string) =>
    `<li><a href="${li(slug)}"><img alt="${name}"></a><span>${name}</span><p>${text}</p></li>`;
  const more = (text: string) => `<li><p>${text}</p></li>`;
  it.each([
    [
      'a message without a sender link continues its sender’s group',
      [from('ines-harrow', 'Ines Harrow', 'Hello'), more('Mail me: ines.harrow@harrow-freight.example')],
      'ines.harrow@harrow-freight.example',
      [],
    ],
    [
      "the owner's group, link-less messages included, is not the correspondent's",
      [
        from('ines-harrow', 'Ines Harrow', 'Hello'),
        from('owner-x', 'Owner X', 'Sure'),
        more('I am at owner@exemple-owner.example, +33 6 12 34 56 78'),
      ],
      undefined,
      [],
    ],
    [
      'her phone from a later message of her group',
      [from('owner-x', 'Owner X', 'Hi'), from('ines-harrow', 'Ines Harrow', 'Hi'), more('Call me on +44 113 496 0872')],
      undefined,
      ['+44 113 496 0872'],
    ],
  ])('%s', (_, items, email, phones) => {
    const got = detect(docAt(url, `<main>${header}<ul>${items.join('')}</ul></main>`), url);
    expect(got.people.map((p) => [p.name, p.company, p.email, p.phones ?? []])).toEqual([
      ['Ines Harrow', 'Harrow Freight Ltd', email, phones],
    ]);
  });
});

describe('LinkedIn company page: the website from the top card link', () => {
  const url = 'https://www.linkedin.com/company/kestrel-foods/';
  const card = (href: string, words = 'Visit website') =>
    `<main><section><h1>Kestrel Foods</h1><div><a href="${href}">${words}</a><a href="https://www.linkedin.com/company/kestrel-foods/jobs/">Jobs</a></div></section></main>`;
  it.each([
    [
      'a LinkedIn redirect, unwrapped',
      card(
        'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.kestrel.example%2F%3Futm_source%3Dli&urlhash=x',
      ),
      'https://www.kestrel.example/',
      'kestrel.example',
    ],
    [
      'a plain link, without its query',
      card('https://kestrel.example/en?utm_source=linkedin'),
      'https://kestrel.example/en',
      'kestrel.example',
    ],
    [
      '"Site web" in French',
      card('https://www.linkedin.com/redir/redirect/?url=https%3A%2F%2Fkestrel.example&urlhash=y', 'Voir le site web'),
      'https://kestrel.example/',
      'kestrel.example',
    ],
    [
      'LinkedIn’s own pages are no website',
      card('https://www.linkedin.com/company/kestrel-foods/about/'),
      undefined,
      undefined,
    ],
  ])('%s', (_, html, website, domain) => {
    const c = detect(docAt(url, html, 'Kestrel Foods | LinkedIn'), url).companies[0];
    expect([c?.name, c?.website, c?.domain]).toEqual(['Kestrel Foods', website, domain]);
  });
});

describe('LinkedIn headlines: "Title | Company | Sector", a sector after a bar is no firm (FR/EN/DE)', () => {
  const url = 'https://www.linkedin.com/search/results/people/?keywords=x';
  const entry = (hl: string) =>
    `<main><ul><li><a href="${li('sam-roe')}"><span aria-hidden="true">Sam Roe</span></a><div>${hl}</div><div>Lyon, France</div></li></ul></main>`;
  it.each([
    [
      'Responsable logistique chez Transports Marin | logistique et transport',
      'Responsable logistique',
      'Transports Marin',
    ],
    ['Responsable logistique | Logistique et Transport', 'Responsable logistique', ''],
    ['Consultante indépendante en logistique et transport', 'Consultante indépendante en logistique et transport', ''],
    ['Directeur commercial | Transports Marin | Transport & Logistique', 'Directeur commercial', 'Transports Marin'],
    ['Head of Sales | Financial Services', 'Head of Sales', ''],
    ['Buyer | Northmoor Foods | FMCG', 'Buyer', 'Northmoor Foods'],
    ['Leiter Logistik | Logistik & Transport', 'Leiter Logistik', ''],
    ['Leiterin Einkauf | Holzwerk Weber | Maschinenbau', 'Leiterin Einkauf', 'Holzwerk Weber'],
    ['Designer | Freelance', 'Designer', ''],
  ])('%s', (hl, title, company) => {
    expect(people(url, entry(hl))).toEqual([['Sam Roe', title, company]]);
    expect(companies(url, entry(hl))).toEqual(company ? [company] : []);
  });
});

describe('LinkedIn: the signed-in member is never a contact', () => {
  const url = 'https://www.linkedin.com/search/results/people/?keywords=x';
  const results = `<main><ul><li><a href="${li('alex-turner')}"><span aria-hidden="true">Alex Turner</span></a><div>Buyer at Kestrel Foods</div></li>
    <li><a href="${li('marta-lind')}"><span aria-hidden="true">Marta Lind</span></a><div>CEO at Lind AB</div></li></ul></main>`;
  it.each([
    [
      '2016-24 nav: the me-photo class',
      `<header id="global-nav"><button><img class="global-nav__me-photo" alt="Alex Turner"><span>Me</span></button></header>`,
    ],
    [
      '2025 nav (hashed classes): the "Me" button’s photo',
      `<header class="x1"><nav class="x2"><ul><li><button class="x3" type="button"><img class="x4" alt="Alex Turner"><span class="x5">Me</span></button></li></ul></nav></header>`,
    ],
    ['French: "Vous"', `<nav><button><img alt="Alex Turner"><span>Vous</span></button></nav>`],
    [
      'German: "Ich"',
      `<nav aria-label="Hauptnavigation"><button><img alt="Foto von Alex Turner"><span>Ich</span></button></nav>`,
    ],
    [
      'by the aria-label of the menu',
      `<header><button aria-label="Me, open menu"><img alt="Alex Turner"></button></header>`,
    ],
    [
      'the profile link in the Me menu, whatever the name shown',
      `<header><div role="menu"><a href="/in/alex-turner/"><img alt="A. Turner"><span>View profile</span></a></div></header>`,
    ],
  ])('%s', (_, nav) => {
    expect(people(url, nav + results).map((p) => p[0])).toEqual(['Marta Lind']);
  });
  it('a nav without a Me menu excludes nobody', () => {
    expect(people(url, `<nav><a href="/feed/"><img alt="Home">Home</a></nav>` + results).map((p) => p[0])).toEqual([
      'Alex Turner',
      'Marta Lind',
    ]);
  });
});

describe('LinkedIn profile: a member without a firm gets none from elsewhere', () => {
  const url = 'https://www.linkedin.com/in/nora-field/';
  const top = (hl: string) => `<section><h1>Nora Field</h1><div class="text-body-medium">${hl}</div></section>`;
  const exp = (...lines: string[]) =>
    `<section><div id="experience"></div><h2>Experience</h2><ul><li data-view-name="profile-component-entity">${lines.map((l) => `<span aria-hidden="true">${l}</span>`).join('')}</li></ul></section>`;
  const side = `<aside><section><h2>People also viewed</h2><ul><li><a href="${li('ola-berg')}">Ola Berg</a><div>CEO at Berg AB</div></li></ul></section></aside>`;
  it.each([
    [
      'no company line: the dates are not a firm',
      top('Independent designer'),
      exp('Independent designer', 'Jan 2020 - Present · 5 yrs', 'Lyon'),
      '',
    ],
    [
      'French dates',
      top('Designer indépendante'),
      exp('Designer indépendante', 'janv. 2020 - aujourd’hui · 5 ans'),
      '',
    ],
    ['a kind of contract alone is not a firm', top('Designer'), exp('Designer', 'Freelance', '2020 - Present'), ''],
    [
      'a real firm still is',
      top('Designer'),
      exp('Designer', 'Fieldwork Studio · Full-time', '2020 - Present'),
      'Fieldwork Studio',
    ],
    [
      'only the title marked: the firm is the next plain span',
      top('Consultante indépendante'),
      `<section><h2><span aria-hidden="true">Expérience</span></h2><ul><li><span aria-hidden="true">Fondatrice</span><span>Field Conseil · Indépendant</span><span>janv. 2019 - aujourd’hui</span></li></ul></section>`,
      'Field Conseil',
    ],
  ])('%s', (_, card, experience, company) => {
    const got = detect(docAt(url, `<main>${card}${experience}</main>${side}`, 'Nora Field | LinkedIn'), url);
    expect(got.people.map((p) => [p.name, p.company ?? ''])).toEqual([['Nora Field', company]]);
    expect(got.companies.map((c) => c.name)).toEqual(company ? [company] : []);
  });
});

describe('LinkedIn raw candidates, filtered and merged in the background (interpret-linkedin)', () => {
  const raw = (d: Partial<Detection>, url = 'https://www.linkedin.com/in/x/'): Detection => ({
    url,
    kind: 'linkedin-profile',
    emails: [],
    people: [],
    companies: [],
    ...d,
  });
  it.each([
    [
      'LinkedIn itself is no company',
      raw({ companies: [{ name: 'LinkedIn' }, { name: 'Kestrel Foods' }] }),
      [],
      ['Kestrel Foods'],
    ],
    [
      'a free-mail domain is no company’s',
      raw({ companies: [{ name: 'Kestrel Foods', domain: 'orange.fr' }] }),
      [],
      ['Kestrel Foods'],
    ],
    [
      'repeats merge, the first one’s fields first',
      raw({
        people: [
          { name: 'Marta Lind', title: 'CEO' },
          { name: 'Marta  Lind', company: 'Lind AB' },
        ],
      }),
      [['Marta Lind', 'CEO', 'Lind AB']],
      // (a listed person's firm is a firm of the page)
      ['Lind AB'],
    ],
    ['a system name is no person', raw({ people: [{ name: 'LinkedIn Member' }] }), [], []],
    [
      'a sector read from a headline is no firm, a company page named so is',
      raw({
        people: [{ name: 'Sam Roe', company: 'Logistique et transport' }],
        companies: [{ name: 'Logistique et transport' }],
      }),
      [['Sam Roe', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Independent"',
      raw({ people: [{ name: 'Jo Perrin', company: 'Independent' }], companies: [{ name: 'Independent' }] }),
      [['Jo Perrin', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Indépendante"',
      raw({ people: [{ name: 'Léa Morvan', company: 'Indépendante' }], companies: [{ name: 'Indépendante' }] }),
      [['Léa Morvan', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Selbständig"',
      raw({ people: [{ name: 'Uwe Brandt', company: 'Selbständig' }], companies: [{ name: 'Selbständig' }] }),
      [['Uwe Brandt', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Self employed"',
      raw({ people: [{ name: 'Amy Doyle', company: 'Self employed' }], companies: [{ name: 'Self employed' }] }),
      [['Amy Doyle', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Auto-entrepreneur"',
      raw({
        people: [{ name: 'Luc Girod', company: 'Auto-entrepreneur' }],
        companies: [{ name: 'Auto-entrepreneur' }],
      }),
      [['Luc Girod', undefined, undefined]],
      [],
    ],
    [
      'working on one’s own is no firm: "Consultant | Freiberuflerin"',
      raw({ people: [{ name: 'Ina Kolb', company: 'Freiberuflerin' }], companies: [{ name: 'Freiberuflerin' }] }),
      [['Ina Kolb', undefined, undefined]],
      [],
    ],
    [
      'another site’s detection is left as it is',
      raw({ companies: [{ name: 'LinkedIn' }] }, 'https://www.example.com/'),
      [],
      ['LinkedIn'],
    ],
  ])('%s', (_, d, want, firms) => {
    const got = interpretLinkedin(d);
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual(want);
    expect(got.companies.map((c) => c.name)).toEqual(firms);
    expect(got.companies.find((c) => c.name === 'Kestrel Foods')?.domain).toBeUndefined();
  });
  it('keeps a sector-like name that a company page (linked) carries', () => {
    const d = raw({
      people: [{ name: 'Sam Roe', company: 'Transport & Logistique' }],
      companies: [{ name: 'Transport & Logistique', linkedinUrl: 'https://www.linkedin.com/company/tl/' }],
    });
    expect(interpretLinkedin(d).people[0]?.company).toBe('Transport & Logistique');
  });
});

describe('LinkedIn: a member without a headline or firm gets none of the text around them', () => {
  it.each([
    [
      'job post: a hiring-team member without headline, not the description’s "Director at Partner Corp"',
      'https://www.linkedin.com/jobs/view/1/',
      `<main><div><a href="https://www.linkedin.com/company/norrvik/">Norrvik Logistik</a><h1>Einkäufer</h1></div><div><section><h2>Meet the hiring team</h2>
       <div><a href="${li('lena-vogt')}"><span aria-hidden="true">Lena Vogt</span></a></div></section><section><p>Director at Partner Corp</p></section></div></main>`,
      // (the hiring team works at the hiring firm)
      [['Lena Vogt', '', 'Norrvik Logistik']],
      ['Norrvik Logistik'],
    ],
    [
      'messaging: a profile shared in a message is not the correspondent’s card',
      'https://www.linkedin.com/messaging/thread/2-a/',
      `<main><div class="msg-thread"><div><a href="${li('ines-harrow')}"><h2>Ines Harrow</h2></a></div><ul><li><a href="${li('ines-harrow')}"><span>Ines Harrow</span></a>
       <p>See this profile</p><div class="artdeco-entity-lockup"><div class="artdeco-entity-lockup__title">Tom Hale</div><div class="artdeco-entity-lockup__subtitle">CEO at Hale Freight</div></div></li></ul></div></main>`,
      [['Ines Harrow', '', '']],
      [],
    ],
    [
      'messaging (hashed classes): a line of her message is not her headline',
      'https://www.linkedin.com/messaging/thread/2-a/',
      `<main><div><div><a href="${li('ines-harrow')}"><h2>Ines Harrow</h2></a><div>Active now</div></div><ul><li><a href="${li('ines-harrow')}"><span>Ines Harrow</span></a><p>Tom is CEO at Hale Freight</p></li></ul></div></main>`,
      [['Ines Harrow', '', '']],
      [],
    ],
    [
      'profile: "Current company" of a member in a section beside the top card is not hers',
      'https://www.linkedin.com/in/nora-field/',
      `<main><div><h1>Nora Field</h1><div>Student</div></div><section><h2>People also viewed</h2><div aria-label="Current company: Berg AB. Click to skip"></div></section></main>`,
      [['Nora Field', 'Student', '']],
      [],
    ],
    [
      'job post (2025): a logo link named by its label; a hiring-team card with no block of its own, its headline after it',
      'https://www.linkedin.com/jobs/view/2/',
      `<main><div><div><a href="https://www.linkedin.com/company/brandt-werke/" aria-label="Brandt Werke"><img src="data:," alt="Brandt Werke logo"></a><div>Brandt Werke</div></div><h1>Einkäufer (m/w/d)</h1>
       <div><h2>Meet the hiring team</h2><a href="${li('jana-roth')}"><strong>Jana Roth</strong></a><div>Leiterin Einkauf bei Brandt Werke</div><span>Job poster</span></div></div></main>`,
      [['Jana Roth', 'Leiterin Einkauf', 'Brandt Werke']],
      ['Brandt Werke'],
    ],
    ...(
      [
        ['EN', 'Questions? Write to our recruiter Tom Hale at jobs@exemple.io.', 'Tom Hale'],
        ['FR', 'Votre recruteuse Léa Morvan-Girod vous répondra.', 'Léa Morvan-Girod'],
        ['DE', 'Ihre Ansprechpartnerin Jana Roth freut sich auf Sie.', 'Jana Roth'],
        // the manager the hire reports to, the title between commas (issue 7, pages-blind-29 kind)
        [
          'FR',
          'Rattaché(e) à Timothée Abara-Lenz, Directeur logistique, vous piloterez deux entrepôts.',
          'Timothée Abara-Lenz',
          'Directeur logistique',
        ],
        [
          'EN',
          'Reporting to Jane Holloway, Head of Operations, you will run two sites.',
          'Jane Holloway',
          'Head of Operations',
        ],
        [
          'DE',
          'Sie berichten direkt an Jana Roth, Leiterin Einkauf, und steuern zwei Lager.',
          'Jana Roth',
          'Leiterin Einkauf',
        ],
        ['FR', 'Rattachée à Léa Morvan, vous piloterez deux entrepôts.', 'Léa Morvan'],
      ] as const
    ).map(([lang, text, who, title = '']): [string, string, string, string[][], string[]] => [
      `job post (${lang}): the recruiter or manager the description names works at the hiring firm`,
      'https://www.linkedin.com/jobs/view/4/',
      `<main><div><a href="https://www.linkedin.com/company/brandt-werke/">Brandt Werke</a><h1>Einkäufer</h1><article><h2>About the job</h2><p>Our Team Lead Paul Girod built it.</p><p>${text}</p></article></div></main>`,
      [[who, title, 'Brandt Werke']],
      ['Brandt Werke'],
    ]),
    [
      'job post (2025): two bare cards in a row, the next card is no headline',
      'https://www.linkedin.com/jobs/view/3/',
      `<main><div><h2>Rencontrez l’équipe</h2><a href="${li('lea-morvan')}"><strong>Léa Morvan</strong></a><a href="${li('paul-girod')}"><strong>Paul Girod</strong></a></div></main>`,
      [
        ['Léa Morvan', '', ''],
        ['Paul Girod', '', ''],
      ],
      [],
    ],
  ])('%s', (_, url, html, want, firms) => {
    expect(people(url, html)).toEqual(want);
    expect(companies(url, html)).toEqual(firms);
  });
});

describe('LinkedIn feed posts: the byline ends at the post’s age', () => {
  const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/';
  const post = (lines: string) =>
    `<main><div><div><a href="${li('claire-dumas')}"><span aria-hidden="true">Claire Dumas</span></a><span>• 2e</span>${lines}</div>
     <div><span>Ravi de rejoindre l’équipe achats chez Kestrel Foods !</span></div></div></main>`;
  it.each([
    ['no headline: the post is none', post('<div>3 j • Modifié •</div>'), [['Claire Dumas', '', '']]],
    [
      'a headline before the age',
      post('<div>Acheteuse chez Solvent</div><div>2h •</div>'),
      [['Claire Dumas', 'Acheteuse', 'Solvent']],
    ],
    ['English: "1w"', post('<div>1w</div>'), [['Claire Dumas', '', '']]],
    ['German: "5 Std."', post('<div>5 Std. •</div>'), [['Claire Dumas', '', '']]],
  ])('%s', (_, html, want) => {
    expect(people(url, html)).toEqual(want);
  });
  it('"3D Artist" is a headline, not an age', () => {
    const search = 'https://www.linkedin.com/search/results/people/?keywords=3d';
    const html = `<main><ul><li><a href="${li('sam-roe')}"><span aria-hidden="true">Sam Roe</span></a><div>3D Artist at Pixel Forge</div></li></ul></main>`;
    expect(people(search, html)).toEqual([['Sam Roe', '3D Artist', 'Pixel Forge']]);
  });
});

describe('LinkedIn feed posts: the members and firms a post names, its commenters, its addresses', () => {
  const url = 'https://www.linkedin.com/posts/claire-dumas_activity-7250000000000000002-AbCd/';
  const byline = `<div><a href="${li('claire-dumas')}"><span aria-hidden="true">Claire Dumas</span></a><span>• 2e</span><div>Acheteuse chez Kestrel Foods</div><span>3 j</span></div>`;
  const comment = (slug: string, name: string, meta: string, hl = '') =>
    `<article><a href="${li(slug)}"><img alt="View ${name}’s profile"></a><div><a href="${li(slug)}"><span aria-hidden="true">${name}</span><span>${meta}</span></a>${hl && `<div>${hl}</div>`}<time>2 j</time></div><p>Bravo à toute l’équipe, quel beau projet mené ensemble !</p></article>`;
  it.each([
    [
      'an "@" mention in the text: a name and a profile',
      `<p>Merci à <a href="${li('paul-roux')}">@Paul Roux</a> pour son aide.</p>`,
      [['Paul Roux', '', '']],
      [],
    ],
    [
      'a plain mention (DE)',
      `<p>Danke an <a href="${li('katrin-albers')}">Katrin Albers</a> für die Zusammenarbeit!</p>`,
      [['Katrin Albers', '', '']],
      [],
    ],
    [
      'a mention with its firm linked right after it',
      `<p>Thanks to <a href="${li('ravi-menon')}">Ravi Menon</a> (<a href="https://www.linkedin.com/company/fernhill-logistics/">Fernhill Logistics</a>) and <a href="${li('grace-adeyemi')}">Grace Adeyemi</a> from <a href="https://www.linkedin.com/company/adeyemi-freight/">@Adeyemi Freight</a>, and <a href="${li('tom-becker')}">Tom Becker</a> and the whole team at <a href="https://www.linkedin.com/company/northmoor/">Northmoor</a>.</p>`,
      [
        ['Ravi Menon', '', 'Fernhill Logistics'],
        ['Grace Adeyemi', '', 'Adeyemi Freight'],
        ['Tom Becker', '', ''],
      ],
      ['Fernhill Logistics', 'Adeyemi Freight', 'Northmoor'],
    ],
    [
      'a mention with its role and firm in brackets after it (EN/FR/DE)',
      `<p>Thanks to <a href="${li('ravi-menon')}">Ravi Menon</a> (COO, Fernhill Logistics), <a href="${li('lea-morvan')}">Léa Morvan</a> (directrice achats chez Vireau) and <a href="${li('jana-roe')}">Jana Roe</a> (Leiterin Einkauf bei Brenner Stahlbau GmbH); <a href="${li('tom-becker')}">Tom Becker</a> (Berlin) too.</p>`,
      [
        ['Ravi Menon', 'COO', 'Fernhill Logistics'],
        ['Léa Morvan', 'directrice achats', 'Vireau'],
        ['Jana Roe', 'Leiterin Einkauf', 'Brenner Stahlbau GmbH'],
        ['Tom Becker', '', ''],
      ],
      ['Fernhill Logistics', 'Vireau', 'Brenner Stahlbau GmbH'],
    ],
    [
      'a firm’s logo link: its image’s name, not the link’s label',
      `<div><a href="https://www.linkedin.com/company/brightloop/posts/" aria-label="View Brightloop’s page"><img alt="Brightloop"></a></div>`,
      [],
      ['Brightloop'],
    ],
    [
      'a firm mentioned: its name and page',
      `<p>Now live at <a href="https://www.linkedin.com/company/fernhill-logistics/">@Fernhill Logistics</a>.</p>`,
      [],
      ['Fernhill Logistics'],
    ],
    [
      'a commenter: the headline of their block',
      comment('ravi-menon', 'Ravi Menon', ' • 2nd', 'COO at Fernhill Logistics'),
      [['Ravi Menon', 'COO', 'Fernhill Logistics']],
      ['Fernhill Logistics'],
    ],
    [
      'a commenter without headline, the age inline with the degree: no title from the comment',
      comment('nadia-benali', 'Nadia Benali', ' · 3e et + · 2 j'),
      [['Nadia Benali', '', '']],
      [],
    ],
    [
      'a firm commenting as its page is no person',
      `<article><a href="https://www.linkedin.com/company/brightloop/"><span>Brightloop</span><div>4,210 followers</div></a><p>100 and counting!</p></article>`,
      [],
      ['Brightloop'],
    ],
  ])('%s', (_, extra, members, firms) => {
    const got = detect(docAt(url, `<main>${byline}${extra}</main>`), url);
    expect(got.people.map((p) => [p.name, p.title ?? '', p.company ?? ''])).toEqual([
      ['Claire Dumas', 'Acheteuse', 'Kestrel Foods'],
      ...members,
    ]);
    expect(got.companies.map((c) => c.name)).toEqual(['Kestrel Foods', ...firms]);
  });
  it('the author’s reply: an "Auteur" badge is no headline', () => {
    const html = `<main><article><div><a href="${li('claire-dumas')}"><span aria-hidden="true">Claire Dumas</span></a><span>Auteur</span><time>1 j</time></div><p>Merci à tous !</p></article></main>`;
    expect(people(url, html)).toEqual([['Claire Dumas', '', '']]);
  });
  it('the post’s addresses; a firm takes the domain of one bearing its name', () => {
    const got = detect(
      docAt(
        url,
        `<main>${byline}<p>Fournisseurs : écrivez à achats@kestrel-foods.fr ou à jean.dupont@gmail.com.</p></main>`,
      ),
      url,
    );
    expect(got.emails.map((e) => e.address)).toEqual(['achats@kestrel-foods.fr', 'jean.dupont@gmail.com']);
    expect(got.companies.map((c) => [c.name, c.domain])).toEqual([['Kestrel Foods', 'kestrel-foods.fr']]);
  });
});

describe('LinkedIn: a firm takes the domain of a contact address bearing its name (interpret-linkedin)', () => {
  const raw = (name: string, address: string): Detection => ({
    url: 'https://www.linkedin.com/in/x/',
    kind: 'linkedin-profile',
    emails: [{ address }],
    people: [],
    companies: [{ name }],
  });
  it.each([
    ['Groupe Valmont Hôtels', 'capucine.marchetti@valmont-hotels.fr', 'valmont-hotels.fr'],
    ['Brightloop', 'partners@brightloop.co', 'brightloop.co'],
    ['Harwell Cold Chain Ltd', 'h.p@harwellcoldchain.co.uk', 'harwellcoldchain.co.uk'],
    ['Reinhardt Fördertechnik GmbH', 'vertrieb@reinhardt-foerdertechnik.de', 'reinhardt-foerdertechnik.de'],
    ['Müller Bau', 'info@mueller-bau.de', 'mueller-bau.de'],
    ['Kestrel Foods', 'kestrel.foods@gmail.com', undefined],
    ['Kestrel Foods', 'jo@otherfirm.com', undefined],
    ['ABC', 'jo@abc.fr', undefined],
  ])('%s, %s', (name, address, domain) => {
    expect(interpretLinkedin(raw(name, address)).companies[0]?.domain).toBe(domain);
  });
});

describe('LinkedIn: a location is no headline nor firm; a field of work after a bar is no firm', () => {
  const url = 'https://www.linkedin.com/search/results/people/?keywords=x';
  const entry = (...lines: string[]) =>
    `<main><ul><li><a href="${li('sam-roe')}"><span aria-hidden="true">Sam Roe</span></a>${lines.map((l) => `<div>${l}</div>`).join('')}</li></ul></main>`;
  it.each([
    ['no headline: "Lyon, France"', entry('Lyon, France'), ''],
    ['no headline: "Köln, Nordrhein-Westfalen, Deutschland"', entry('Köln, Nordrhein-Westfalen, Deutschland'), ''],
    ['no headline: "Greater Manchester Area"', entry('Greater Manchester Area'), ''],
    ['no headline: "Strasbourg et périphérie"', entry('Strasbourg et périphérie'), ''],
    ['a headline then a location', entry('Buyer', 'Lyon, France'), 'Buyer'],
    [
      '"Directeur commercial, France" is a headline',
      entry('Directeur commercial, France'),
      'Directeur commercial, France',
    ],
  ])('%s', (_, html, title) => {
    expect(people(url, html)).toEqual([['Sam Roe', title, '']]);
  });
  it.each([
    ['Consultante indépendante | Stratégie commerciale & marketing', 'Consultante indépendante'],
    ['Business Developer | Sales & Business Development', 'Business Developer'],
    ['Beraterin | Vertrieb & Marketing', 'Beraterin'],
  ])('%s', (hl, title) => {
    expect(people(url, entry(hl))).toEqual([['Sam Roe', title, '']]);
    expect(companies(url, entry(hl))).toEqual([]);
  });
  it('profile: an experience entry with neither company line nor dates gives no firm from its location', () => {
    const p = 'https://www.linkedin.com/in/nora-field/';
    const html = `<main><section><h1>Nora Field</h1><div class="text-body-medium">Projektleiterin</div></section>
      <section><div id="experience"></div><h2>Erfahrung</h2><ul><li data-view-name="profile-component-entity"><span aria-hidden="true">Projektleiterin</span><span aria-hidden="true">Freiburg im Breisgau, Baden-Württemberg, Deutschland</span></li></ul></section></main>`;
    const got = detect(docAt(p, html, 'Nora Field | LinkedIn'), p);
    expect(got.people.map((x) => [x.name, x.company ?? ''])).toEqual([['Nora Field', '']]);
    expect(got.companies).toEqual([]);
  });
});

describe('LinkedIn pages seen first in pages-blind-21 (issue 7)', () => {
  it('group members: a people list, each headline form giving its firm ("at", "chez", "bei", "|", none)', () => {
    const url = 'https://www.linkedin.com/groups/4411002/members/';
    const li = (slug: string, name: string, hl: string) =>
      `<li><div><a href="https://www.linkedin.com/in/${slug}/" aria-label="${name}"><img alt="${name}"></a><div>
      <a href="https://www.linkedin.com/in/${slug}/"><span dir="ltr"><span aria-hidden="true">${name}</span></span></a>
      <span>· 2e</span><p>${hl}</p></div></div></li>`;
    const d = interpretLinkedin(
      detect(
        page(
          url,
          `<main><h1>Ventes B2B Ouest</h1><h2>Members</h2><ul role="list">
          ${li('jeanne-roc', 'Jeanne Roc', 'Account Executive at Pelvo Paie')}
          ${li('hugo-sall', 'Hugo Sall', 'Business Developer chez Atelier Kumo')}
          ${li('ines-brandt', 'Inès Brandt', 'Vertriebsleiterin bei Holm Maschinen')}
          ${li('paul-ferry', 'Paul Ferry', 'Agent commercial indépendant')}
          <li><div><img alt=""><span>LinkedIn Member</span></div></li></ul></main>`,
        ),
        url,
      ),
    );
    expect(d.kind).toBe('linkedin-search');
    expect(d.people.map((p) => [p.name, p.company])).toEqual([
      ['Jeanne Roc', 'Pelvo Paie'],
      ['Hugo Sall', 'Atelier Kumo'],
      ['Inès Brandt', 'Holm Maschinen'],
      ['Paul Ferry', undefined],
    ]);
  });

  it('event page: the speakers with their headlines, the organiser by its page link', () => {
    const url = 'https://www.linkedin.com/events/7300000000000000001/';
    const d = interpretLinkedin(
      detect(
        page(
          url,
          `<main><section><h1>Vendre en Europe du Sud</h1><p>Event by <a href="https://www.linkedin.com/company/orvane-conseil/">Orvane Conseil</a></p>
          <div><h2>Speakers</h2><ul><li><a href="https://www.linkedin.com/in/nadia-ferro/"><span>Nadia Ferro</span></a>
          <p>Chief Revenue Officer at Brisknote</p><span>Speaker</span></li></ul></div></section></main>`,
        ),
        url,
      ),
    );
    expect(d.kind).toBe('other');
    expect(d.people).toMatchObject([{ name: 'Nadia Ferro', title: 'Chief Revenue Officer', company: 'Brisknote' }]);
    expect(d.companies.map((c) => c.name).sort()).toEqual(['Brisknote', 'Orvane Conseil']);
  });

  it('messaging: a profile card shared in a message is a member; the address a message gives her is hers', () => {
    const url = 'https://www.linkedin.com/messaging/thread/2-abc/';
    const d = interpretLinkedin(
      detect(
        page(
          url,
          `<main><section aria-label="Conversation"><header><h2><a href="https://www.linkedin.com/in/marc-olier/">Marc Olier</a></h2>
          <p>Directeur commercial chez Tessor | IoT</p></header><ul role="list">
          <li><div><a href="https://www.linkedin.com/in/marc-olier/">Marc Olier</a> <time>11:18</time></div><p>Je te partage le profil de Lina.</p></li>
          <li><div role="article" aria-label="Profil partagé : Lina Dubreuil"><a href="https://www.linkedin.com/in/lina-dubreuil/"><h4>Lina Dubreuil</h4></a>
          <p>Head of Partnerships @ Solvane Énergie</p><p>Lyon, Auvergne-Rhône-Alpes, France</p></div></li>
          <li><div><a href="https://www.linkedin.com/in/marc-olier/">Marc Olier</a> <time>11:20</time></div><p>Son mail : lina.d@solvane-energie.fr</p></li>
          </ul></section></main>`,
        ),
        url,
      ),
    );
    expect(d.people).toMatchObject([
      { name: 'Marc Olier', title: 'Directeur commercial', company: 'Tessor' },
      {
        name: 'Lina Dubreuil',
        title: 'Head of Partnerships',
        company: 'Solvane Énergie',
        email: 'lina.d@solvane-energie.fr',
      },
    ]);
    expect(d.people[0]!.email).toBeUndefined();
    expect(d.companies).toEqual([{ name: 'Tessor' }, { name: 'Solvane Énergie', domain: 'solvane-energie.fr' }]);
  });
});

describe('LinkedIn company Life tab: members quoted in a section about the staff', () => {
  const url = 'https://www.linkedin.com/company/brisk-data/life/';
  const section = (h2: string) =>
    `<main><section><h1>Brisk Data</h1></section><section><h2>${h2}</h2><ul><li><blockquote>“Great team.”</blockquote>
     <a href="https://www.linkedin.com/in/ada-rowe/"><span>Ada Rowe</span></a><p>Senior Data Engineer</p></li></ul></section></main>`;
  it.each([
    ['Hear from our employees', [['Ada Rowe', 'Senior Data Engineer', 'Brisk Data']]],
    ['Nos collaborateurs témoignent', [['Ada Rowe', 'Senior Data Engineer', 'Brisk Data']]],
    // (any other section: a bare title tells no employer)
    ['Recent comments', []],
  ])('%s', (h2, want) => {
    const d = interpretLinkedin(detect(page(url, section(h2)), url));
    expect(d.people.map((p) => [p.name, p.title, p.company])).toEqual(want);
  });
});

describe('LinkedIn pages of issue 7 (pages-blind-25 kinds)', () => {
  const run = (url: string, html: string) => detect(page(url, html), url);
  it('messaging without <main>: the open thread beside a list of conversations gives its correspondent', () => {
    const url = 'https://www.linkedin.com/messaging/thread/2-k1/';
    const html = `<header><nav><button><img alt="Aline Perrot"><span>Vous</span></button></nav></header>
      <div role="main"><section aria-label="Conversations"><h2>Messagerie</h2><ul>
      <li><a href="https://www.linkedin.com/messaging/thread/2-k1/"><h3><span>Hugo Brissac</span></h3><p>Hugo : à demain</p></a></li>
      <li><a href="https://www.linkedin.com/messaging/thread/2-k2/"><h3><span>Nadia Ferrand</span></h3><p>Vous : merci</p></a></li></ul></section>
      <section aria-label="Conversation"><div><h2><a href="https://www.linkedin.com/in/hugo-brissac/">Hugo Brissac</a></h2><div>Directeur commercial chez Lumbra Énergie</div></div>
      <ul><li><div data-event-urn="urn:li:msg_message:1"><a href="https://www.linkedin.com/in/hugo-brissac/"><img alt="Hugo Brissac"></a>
      <span><a href="https://www.linkedin.com/in/hugo-brissac/">Hugo Brissac</a></span><p>Écrivez-moi sur hugo.brissac@lumbra-energie.example ou au 06 39 98 00 77.</p></div></li>
      <li><div data-event-urn="urn:li:msg_message:2"><a href="https://www.linkedin.com/in/aline-perrot/"><img alt="Aline Perrot"></a>
      <span><a href="https://www.linkedin.com/in/aline-perrot/">Aline Perrot</a></span><p>Merci Hugo, mon adresse est aline@exemple-acheteur.example</p></div></li></ul></section></div>`;
    const got = run(url, html);
    const hugo = got.people.find((p) => p.name === 'Hugo Brissac');
    expect(hugo).toMatchObject({
      title: 'Directeur commercial',
      company: 'Lumbra Énergie',
      email: 'hugo.brissac@lumbra-energie.example',
    });
    expect(got.people.map((p) => p.name)).not.toContain('Nadia Ferrand');
  });

  it.each([['+ Follow'], ['Follow'], ['✓ Following'], ['+ Suivre']])(
    'a post author’s "%s" button is no headline',
    (button) => {
      const url = 'https://www.linkedin.com/feed/update/urn:li:activity:1/';
      const html = `<main><div role="article"><div><a href="https://www.linkedin.com/in/tamsin-roe/"><img alt=""></a>
        <div><a href="https://www.linkedin.com/in/tamsin-roe/"><span dir="ltr"><span aria-hidden="true">Tamsin Roe</span><span class="visually-hidden">Tamsin Roe</span></span></a>
        <span>CFO at Harrowgate Mills</span><span>1d • Edited</span></div><button type="button">${button}</button></div>
        <div><span dir="ltr">We closed our books in four days.</span></div></div></main>`;
      const got = run(url, html).people.find((p) => p.name === 'Tamsin Roe');
      expect(got?.title).toBe('CFO');
    },
  );

  it.each([
    [
      'Chief Revenue Officer at Quarrow Analytics',
      'Current: CRO at Quarrow Analytics',
      'Chief Revenue Officer',
      'Quarrow Analytics',
    ],
    ['Founder | Speaker', 'Current: CRO at Quarrow Analytics', 'CRO', 'Quarrow Analytics'],
    [
      'VP Sales at Old Firm Ltd',
      'Current: Chief Revenue Officer at Quarrow Analytics',
      'Chief Revenue Officer',
      'Quarrow Analytics',
    ],
  ])('a search result "%s" with "%s": the fuller title at the same firm', (headline, current, title, company) => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=cro';
    const html = `<main><ul><li><div data-chameleon-result-urn="urn:li:member:1"><a href="https://www.linkedin.com/in/orla-finch/"><span dir="ltr"><span aria-hidden="true">Orla Finch</span><span class="visually-hidden">View Orla Finch’s profile</span></span></a><span> • 2nd</span>
      <div>${headline}</div><div>Boston, MA</div><p>${current}</p><button>Connect</button></div></li>
      <li><div data-chameleon-result-urn="urn:li:member:2"><a href="https://www.linkedin.com/in/ben-hale/"><span dir="ltr"><span aria-hidden="true">Ben Hale</span></span></a>
      <div>Sales Director at Fernmoor Ltd</div><div>Leeds</div></div></li></ul></main>`;
    const got = run(url, html).people.find((p) => p.name === 'Orla Finch');
    expect([got?.title, got?.company]).toEqual([title, company]);
  });

  it('a Sales Navigator account page: the firm (its LinkedIn page and site), its leads working there', () => {
    const url = 'https://www.linkedin.com/sales/company/123456';
    const html = `<header><button aria-label="Account: Sam Owner"><img alt="Sam Owner"></button></header><main>
      <section><div><img alt="Kelbrook Instruments"><h1 data-anonymize="company-name">Kelbrook Instruments</h1>
      <div><span data-anonymize="industry">Medical Equipment</span> · <a href="https://www.linkedin.com/sales/search/people?x=1">80 employees</a></div>
      <a href="https://www.kelbrook.example" data-control-name="visit_website">Website</a> · <a href="https://www.linkedin.com/company/kelbrook-instruments/">View on LinkedIn</a></div></section>
      <section><h2>Decision makers</h2><ul>
      <li><a href="https://www.linkedin.com/sales/lead/ACw1,NAME_SEARCH,x" data-anonymize="person-name"><span>Maeve Dunleavy</span></a><div data-anonymize="title">Chief Executive Officer</div><div data-anonymize="location">Cork</div></li>
      <li><a href="https://www.linkedin.com/sales/lead/ACw2,NAME_SEARCH,y" data-anonymize="person-name"><span>Colm Ryder</span></a><div data-anonymize="title">Head of Procurement</div></li></ul></section>
      <aside><h2>Similar accounts</h2><ul><li><a href="https://www.linkedin.com/sales/company/9">Other Devices</a></li></ul></aside></main>`;
    const got = run(url, html);
    expect(got.kind).toBe('linkedin-company');
    expect(got.companies[0]).toMatchObject({
      name: 'Kelbrook Instruments',
      domain: 'kelbrook.example',
      linkedinUrl: 'https://www.linkedin.com/company/kelbrook-instruments/',
    });
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Maeve Dunleavy', 'Chief Executive Officer', 'Kelbrook Instruments'],
      ['Colm Ryder', 'Head of Procurement', 'Kelbrook Instruments'],
    ]);
  });
});

describe("LinkedIn 2025 firm's post: logo link named by its label, commenters' names glued to their headlines (issue 7)", () => {
  const url = 'https://www.linkedin.com/posts/kestrel-tiles_activity-7270000000000000001-XyZw/';
  // [logo label, firm expected, commenter headline, expected title, expected firm, comment text]
  const cases: [string, string, string, string, string, string][] = [
    [
      'Kestrel Tiles, page entreprise',
      'Kestrel Tiles',
      'Directrice artistique chez Atelier Brume',
      'Directrice artistique',
      'Atelier Brume',
      "Bravo à toute l'équipe.",
    ],
    [
      'Kestrel Tiles, company page',
      'Kestrel Tiles',
      'Head of Procurement at Harrowgate Foods',
      'Head of Procurement',
      'Harrowgate Foods',
      'Great work by the whole team!',
    ],
    [
      'Logo von Kestrel Tiles',
      'Kestrel Tiles',
      'Leiterin Einkauf bei Lindenhof Weine GmbH',
      'Leiterin Einkauf',
      'Lindenhof Weine GmbH',
      'Glückwunsch an das ganze Team.',
    ],
  ];
  for (const [label, firm, headline, title, company, comment] of cases)
    it(`${label} / ${headline}`, () => {
      const html =
        `<main><article data-urn="urn:li:activity:1"><div><a href="https://www.linkedin.com/company/kestrel-tiles/" aria-label="${label}">` +
        `<img src="data:," alt=""></a><span>1 204 followers</span><span>2 d</span></div>` +
        `<div dir="ltr"><p>Welcome to our new colleague!</p></div>` +
        `<section aria-label="Comments"><article><a href="/in/maren-oakridge/">Maren Oakridge</a><span>${headline}</span><p>${comment}</p></article></section>` +
        `</article><aside aria-label="Ad"><p>Vendorly – CRM for small firms</p></aside></main>`;
      const got = detect(page(url, html), url);
      expect(got.companies[0]?.name).toBe(firm);
      expect(got.companies[0]?.linkedinUrl).toBe('https://www.linkedin.com/company/kestrel-tiles/');
      const maren = got.people.find((p) => p.name === 'Maren Oakridge');
      expect(maren?.title).toBe(title);
      expect(maren?.company).toBe(company);
      expect(got.companies.map((c) => c.name)).not.toContain(comment);
    });
});

describe("LinkedIn 2025 comments: the comment's age glued after the commenter's headline (issue 7)", () => {
  const url = 'https://www.linkedin.com/posts/someone_activity-7270000000000000002-AbCd/';
  it.each([
    ['Directeur de site chez Forges du Lignon', '1 j', 'Directeur de site', 'Forges du Lignon'],
    ['Head of Quality at Harrowgate Foods', '2 d', 'Head of Quality', 'Harrowgate Foods'],
    ['Leiterin Einkauf bei Lindenhof Weine GmbH', '3 Std.', 'Leiterin Einkauf', 'Lindenhof Weine GmbH'],
    ['Plant Manager chez Atelier Brume', '5 h · Modifié', 'Plant Manager', 'Atelier Brume'],
  ])('%s + %s', (headline, age, title, company) => {
    const html =
      `<main><div data-view-name="feed-full-update"><div><a href="/in/ada-merle/"><span>Ada Merle</span></a><span>Author</span></div>` +
      `<div><span dir="ltr">Six months of 5S on the shop floor.</span></div>` +
      `<section aria-label="Commentaires"><article><a href="/in/maren-oakridge/"><img src="data:," alt="Voir le profil de Maren Oakridge"></a>` +
      `<div><a href="/in/maren-oakridge/"><span>Maren Oakridge</span></a><span>${headline}</span><time>${age}</time></div>` +
      `<div><span dir="ltr">Great work!</span></div></article></section></div></main>`;
    const got = detect(page(url, html), url);
    const maren = got.people.find((p) => p.name === 'Maren Oakridge');
    expect([maren?.title, maren?.company]).toEqual([title, company]);
  });
});

describe('LinkedIn search for companies: each result is a firm (issue 7)', () => {
  const result = (slug: string, name: string, sub: string) =>
    `<li class="h1"><div class="h2"><a href="https://www.linkedin.com/company/${slug}/" aria-hidden="true"><img alt="${name}"></a>
    <div><span><a class="h3" href="https://www.linkedin.com/company/${slug}/">${name}</a></span><div>${sub}</div><div>2K followers</div></div>
    <button aria-label="Follow ${name}">Follow</button></div></li>`;
  const list = (lang: string) =>
    `<main><h1>Results</h1><ul>${result('vireau-logistique', 'Vireau Logistique', 'Logistique · Nantes')}
    ${result('brenner-stahlbau', 'Brenner Stahlbau GmbH', 'Maschinenbau · Kassel')}${result('quillon-works', 'Quillon Works (QW)', 'Manufacturing · Leeds')}</ul>
    <div aria-label="${lang}"><span>${lang}</span> <a href="https://www.linkedin.com/company/adtool/">Adtool</a> – Grow with us</div></main>
    <aside><a href="https://www.linkedin.com/company/sidebar-co/">Sidebar Co</a></aside>`;
  it.each([['Promoted'], ['Sponsorisé'], ['Gesponsert']])('reads the results, not the ad (%s)', (ad) => {
    const url = 'https://www.linkedin.com/search/results/companies/?keywords=x';
    const got = detect(page(url, list(ad)), url);
    expect(got.companies.map((c) => [c.name, c.linkedinUrl])).toEqual([
      ['Vireau Logistique', 'https://www.linkedin.com/company/vireau-logistique/'],
      ['Brenner Stahlbau GmbH', 'https://www.linkedin.com/company/brenner-stahlbau/'],
      ['Quillon Works (QW)', 'https://www.linkedin.com/company/quillon-works/'],
    ]);
  });
  it('reads the results after a <main> closed early by broken markup', () => {
    const url = 'https://www.linkedin.com/search/results/companies/?keywords=x';
    const html = list('Promoted').replace('<h1>Results</h1>', '<h1>Results</h1></div></main><div>');
    expect(detect(page(url, html), url).companies.map((c) => c.name)).toEqual([
      'Vireau Logistique',
      'Brenner Stahlbau GmbH',
      'Quillon Works (QW)',
    ]);
  });
  it('reads no firm links as results on a search for people', () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=x';
    expect(detect(page(url, list('Promoted')), url).companies).toEqual([]);
  });
});

describe('LinkedIn My Network: invitations and suggestions are members’ cards (issue 7)', () => {
  const card = (slug: string, name: string, headline: string) =>
    `<li class="x${slug.length}"><a href="https://www.linkedin.com/in/${slug}/" aria-label="${name}"><img alt=""></a><div>
    <a href="https://www.linkedin.com/in/${slug}/"><strong>${name}</strong></a><p>${headline}</p><p>4 relations en commun</p></div>
    <button aria-label="Accepter l’invitation de ${name}">Accepter</button></li>`;
  it.each([
    [
      'fr',
      'Invitations (2)',
      ['armelle-quint', 'Armelle Quintard', 'Acheteuse chez Verlande Industrie', 'Verlande Industrie'],
    ],
    [
      'en',
      'Invitations (2)',
      ['tom-hale', 'Thomas Halewood', 'Logistics Manager | Brackmoor Freight', 'Brackmoor Freight'],
    ],
    ['de', 'Einladungen (2)', ['jana-roth', 'Jana Rothmeier', 'Einkäuferin bei Selbrand Werke', 'Selbrand Werke']],
  ] as [string, string, string[]][])(
    '%s: each member with the firm of their headline',
    (_l, heading, [slug, name, headline, firm]) => {
      const url = 'https://www.linkedin.com/mynetwork/';
      const html = `<main><section><h2>${heading}</h2><ul>${card(slug!, name!, headline!)}${card(
        'pia-ostrowska',
        'Pia Ostrowska',
        'Data Engineer | Kelvane',
      )}</ul></section></main><aside><section><p>Sponsorisé</p><p>Essayez Premium</p></section></aside>`;
      const got = interpretLinkedin(detect(page(url, html), url));
      expect(got.kind).toBe('other');
      expect(got.people.map((p) => [p.name, p.company])).toEqual([
        [name, firm],
        ['Pia Ostrowska', 'Kelvane'],
      ]);
      expect(got.companies.map((c) => c.name)).toEqual([firm, 'Kelvane']);
    },
  );
});

describe('LinkedIn group conversation: each member named by the heading, with their own messages (issue 7)', () => {
  const msg = (slug: string, name: string, text: string) =>
    `<li class="m${slug.length}"><div><a href="https://www.linkedin.com/in/${slug}/" aria-label="${name}"><img alt="${name}"></a>
    <span>${name}</span><time>10:02</time></div><p>${text}</p></li>`;
  it.each([
    [
      'Yannick Perrot, Ophélie Vasseur-Ndiaye',
      ['yannick-perrot', 'Yannick Perrot', 'Je vous présente Ophélie, qui dirige les achats chez Corvelle Énergie.'],
      [
        'ophelie-vn',
        'Ophélie Vasseur-Ndiaye',
        'Écrivez-moi sur o.vasseur@corvelle-energie.example ou au 06 39 98 11 42.',
      ],
      'Corvelle Énergie',
    ],
    [
      'Dominik Kranz und Lea Wiesinger',
      ['dominik-kranz', 'Dominik Kranz', 'Lea leitet den Einkauf bei Halmbach Fördertechnik.'],
      ['lea-wiesinger', 'Lea Wiesinger', 'Gerne, meine Adresse: l.wiesinger@halmbach-foerdertechnik.example'],
      'Halmbach Fördertechnik',
    ],
  ] as [string, string[], string[], string][])('%s', (heading, [s1, n1, t1], [s2, n2, t2], firm) => {
    const url = 'https://www.linkedin.com/messaging/thread/2-abc/';
    const html = `<main><section aria-label="Conversations"><h2>Messagerie</h2><ul><li><a href="https://www.linkedin.com/messaging/thread/2-x/"><h3>${heading}</h3></a></li></ul></section>
      <section aria-label="Conversation"><h2>${heading}</h2><p>3 participants</p><ul>${msg(s1!, n1!, t1!)}${msg(s2!, n2!, t2!)}</ul></section></main>`;
    const got = interpretLinkedin(detect(page(url, html), url));
    expect(got.people.map((p) => p.name).sort()).toEqual([n1, n2].sort());
    const second = got.people.find((p) => p.name === n2);
    expect(second?.company).toBe(firm);
    expect(got.companies.map((c) => c.name)).toEqual([firm]);
    expect(second?.email).toMatch(/@/);
    expect(got.people.find((p) => p.name === n1)?.email).toBeUndefined();
  });
  // a roster under the heading: each member's link, then their headline after a dot
  it.each([
    ['Head of Operations, Brackwell Tooling Ltd', 'Head of Operations', 'Brackwell Tooling Ltd'],
    [
      'Leiterin Qualitätsmanagement bei Halmbach Fördertechnik AG',
      'Leiterin Qualitätsmanagement',
      'Halmbach Fördertechnik AG',
    ],
    ['Responsable achats chez Corvelle Énergie', 'Responsable achats', 'Corvelle Énergie'],
  ])('roster: %s', (headline, title, firm) => {
    const url = 'https://www.linkedin.com/messaging/thread/2-abc/';
    const html = `<main><section aria-label="Conversations"><h2>Messagerie</h2><ul><li><a href="https://www.linkedin.com/messaging/thread/2-x/"><h3>Dominik Kranz, Lea Wiesinger</h3></a><time>11:20</time></li></ul></section>
      <section aria-label="Conversation"><div><h2>Dominik Kranz, Lea Wiesinger</h2><p>3 participants</p><ul>
      <li><a href="https://www.linkedin.com/in/dominik-kranz/">Dominik Kranz</a> · ${headline}</li>
      <li><a href="https://www.linkedin.com/in/lea-wiesinger/">Lea Wiesinger</a> · ${headline}</li></ul></div>
      <ul role="list">${msg('dominik-kranz', 'Dominik Kranz', 'Ich füge Lea hinzu.')}${msg('lea-wiesinger', 'Lea Wiesinger', 'Gerne: l.wiesinger@example-firm.example')}</ul></section></main>`;
    const got = interpretLinkedin(detect(page(url, html), url));
    expect(got.people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Dominik Kranz', title, firm],
      ['Lea Wiesinger', title, firm],
    ]);
    expect(got.people.find((p) => p.name === 'Lea Wiesinger')?.email).toBe('l.wiesinger@example-firm.example');
  });
});

describe('LinkedIn notifications: the members who reacted, commented or mentioned one (issue 7)', () => {
  const card = (slug: string, name: string, line: string, headline: string) =>
    `<article data-view-name="notification-card"><a href="https://www.linkedin.com/in/${slug}/" aria-label="${name}"><img alt="${name}"></a>
    <div><p><a href="https://www.linkedin.com/in/${slug}/"><strong>${name}</strong></a> ${line}</p><p>${headline}</p><span>2 h</span></div></article>`;
  const noise = `<article data-view-name="notification-card"><p><strong>Un membre de LinkedIn</strong> a consulté votre profil.</p></article>
    <article data-view-name="notification-card"><p>Nouvelle édition de la newsletter <strong>« Les Jeudis de Vauban »</strong>.</p></article>`;
  it.each([
    [
      'fr',
      ['armelle-quint', 'Armelle Quintard', 'a réagi à votre publication', 'Acheteuse chez Verlande Industrie'],
      'Verlande Industrie',
    ],
    [
      'en',
      ['tom-hale', 'Thomas Halewood', 'commented on your post', 'Logistics Manager at Brackmoor Freight'],
      'Brackmoor Freight',
    ],
    [
      'de',
      ['jana-roth', 'Jana Rothmeier', 'hat Ihren Beitrag kommentiert', 'Einkäuferin bei Selbrand Werke'],
      'Selbrand Werke',
    ],
  ] as [string, string[], string][])(
    '%s: each member with the firm of their headline',
    (_l, [slug, name, line, headline], firm) => {
      const url = 'https://www.linkedin.com/notifications/?filter=all';
      const html = `<main><section><h1>Notifications</h1>${card(slug!, name!, line!, headline!)}${card(
        'pia-ostrowska',
        'Pia Ostrowska',
        'vous a mentionné',
        'Data Engineer',
      )}${noise}</section></main><aside><p>Sponsorisé</p><a href="https://www.linkedin.com/company/grandassur/">Grandassur recrute</a></aside>`;
      const got = interpretLinkedin(detect(page(url, html), url));
      expect(got.kind).toBe('other');
      expect(got.people.map((p) => [p.name, p.company, p.linkedinUrl])).toEqual([
        [name, firm, `https://www.linkedin.com/in/${slug}/`],
        ['Pia Ostrowska', undefined, 'https://www.linkedin.com/in/pia-ostrowska/'],
      ]);
    },
  );
});

describe('LinkedIn post: a commenter’s name and headline in two inline spans, in a block labelled comments (issue 7)', () => {
  it.each([
    [
      'Commentaires',
      'yanis-roux',
      'Yanis Rouxel',
      'Directeur commercial chez Laiterie du Vercel',
      'Laiterie du Vercel',
    ],
    ['Comments', 'tom-hale', 'Thomas Halewood', 'Sales Director at Brackmoor Freight', 'Brackmoor Freight'],
    ['Kommentare', 'jana-roth', 'Jana Rothmeier', 'Vertriebsleiterin bei Selbrand Werke', 'Selbrand Werke'],
  ])('%s', (label, slug, name, headline, firm) => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/';
    const html = `<main><div data-view-name="feed-full-update"><div><a href="https://www.linkedin.com/in/pia-ostrowska/"><span><span aria-hidden="true">Pia Ostrowska</span></span></a><p>Fondatrice chez Kelvane</p></div>
      <div><p>Trois leçons de nos 18 mois chez Kelvane.</p></div>
      <div aria-label="${label}"><article><a href="https://www.linkedin.com/in/${slug}/"><span>${name}</span></a><span>${headline}</span><p>Le point 1 👏 — bravo !</p></article></div></div></main>`;
    const got = interpretLinkedin(detect(page(url, html), url));
    const p = got.people.find((x) => x.name === name);
    expect([p?.title, p?.company]).toEqual([headline.split(/ (?:chez|at|bei) /)[0], firm]);
  });
});
