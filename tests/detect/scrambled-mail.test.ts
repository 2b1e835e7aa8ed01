/**
 * Webmail pages whose class names and ids are scrambled and whose markup has gained wrappers and a stray
 * end tag (issue 7: tests/fixtures/pages scrambled by perturb.mjs), and the signer's LinkedIn in a mail
 * signature. Invented people and companies.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { gmailDetector } from '../../core/detect/gmail';
import { outlookDetector } from '../../core/detect/outlook';
import { interpretDetection } from '../../core/detect/interpret';
import { companySiteDetector } from '../../core/detect/company-site';

// as the background sees them: the signatures the scripts keep are read there (core/detect/interpret.ts)
const gmail = { detect: (d: Document, u: URL) => interpretDetection(gmailDetector.detect(d, u)) };
const outlook = { detect: (d: Document, u: URL) => interpretDetection(outlookDetector.detect(d, u)) };

function docOf(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('Outlook: a conversation pane closed early by a stray end tag, reply-header ids scrambled', () => {
  const url = 'https://outlook.live.com/mail/0/inbox';
  const html = (li: string) =>
    `<!DOCTYPE html><html lang="fr"><head><title>Courrier - Outlook</title></head><body>` +
    `<div role="main" aria-label="Volet de lecture"><div class="xq1">` +
    `<div data-app-section="ConversationContainer" data-convid="AQQk7xyz=">` +
    `<div role="heading" aria-level="2"><span title="Pose des fenêtres">Pose des fenêtres</span></div></div>` +
    `<div role="list"><div role="listitem" aria-expanded="true" data-convitem-id="AQMk01"><div class="xa2">` +
    `<div aria-label="De : Noémie Castagné"><span title="n.castagne@menuiserie-castagne.fr">Noémie Castagné</span></div>` +
    `<div aria-label="À : Paul Verdier"><span title="paul.verdier@outlook.fr">Paul Verdier</span></div>` +
    `<div data-testid="SentReceivedSavedTime" title="jeu. 14/03/2024 11:20">jeu. 14/03/2024 11:20</div></div>` +
    `<div role="document" aria-label="Corps du message"><div class="xb3">` +
    `<p>Bonjour Paul,</p><p>La pose est prévue lundi.</p><p>Noémie Castagné</p><p>Cheffe de chantier</p>` +
    `<p>Menuiserie Castagné SARL</p><p>Tél. : 05 56 00 41 27 · ${li}</p>` +
    `<div id="xk9"></div><hr style="display:inline-block;width:98%">` +
    `<div id="xz0" dir="ltr"><b>De :</b> Paul Verdier &lt;paul.verdier@outlook.fr&gt;<br><b>Envoyé :</b> mardi 12 mars 2024 09:00<br><b>Objet :</b> Fenêtres</div>` +
    `<div>Mon voisin, Hugo Sarrazin (hugo.sarrazin@plomberie-sarrazin.fr), voudrait un devis aussi.</div>` +
    `</div></div></div></div></div></body></html>`;

  it('reads the open message outside the pane, and leaves out the quoted history', () => {
    const got = outlook.detect(docOf(url, html('')), new URL(url));
    expect(got.kind).toBe('outlook-message');
    expect(got.message?.subject).toBe('Pose des fenêtres');
    expect(got.message?.from.email).toBe('n.castagne@menuiserie-castagne.fr');
    expect(got.message?.threadId).toBe('AQQk7xyz=');
    expect(got.message?.bodyText).toContain('La pose est prévue lundi');
    expect(got.emails.map((e) => e.address)).not.toContain('hugo.sarrazin@plomberie-sarrazin.fr');
  });

  it('reads the open message after a reading pane (role=main) closed early', () => {
    const page = html('').replace(
      '<div data-app-section="ConversationContainer" data-convid="AQQk7xyz=">',
      '<div data-convid="AQQk7xyz=">',
    );
    const got = outlook.detect(
      docOf(url, page.replace('</div></div><div role="list">', '</div></div></div></div><div role="list">')),
      new URL(url),
    );
    expect(got.kind).toBe('outlook-message');
    expect(got.message?.from.email).toBe('n.castagne@menuiserie-castagne.fr');
  });

  it("reads the signer's LinkedIn from a LinkedIn link in the signature", () => {
    const got = outlook.detect(
      docOf(url, html('<a href="https://fr.linkedin.com/in/Noemie-Castagne-44/?trk=sig">LinkedIn</a>')),
      new URL(url),
    );
    const p = got.people.find((x) => x.email === 'n.castagne@menuiserie-castagne.fr');
    expect(p?.title).toBe('Cheffe de chantier');
    expect(p?.linkedinUrl).toBe('https://www.linkedin.com/in/noemie-castagne-44/');
    expect(got.people.find((x) => x.email === 'paul.verdier@outlook.fr')?.linkedinUrl).toBeUndefined();
  });
});

describe('Gmail: scrambled class names, and a LinkedIn link in the signature', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzSig';
  const html = (quoted: string) =>
    `<!DOCTYPE html><html lang="en-GB"><head><title>Survey - ana.lopez@example-buyer.co.uk - Gmail</title></head><body><div role="main">` +
    `<h2 class="x1" data-thread-perm-id="thread-f:9">Survey</h2><div role="list">` +
    `<div class="x2" role="listitem" aria-expanded="true"><div class="x3" data-message-id="#msg-f:9">` +
    `<h3><span class="x4" email="henry.ashdown@ashdown-survey.co.uk" name="Henry Ashdown">Henry Ashdown</span></h3>` +
    `<span class="x5" title="Tue, 2 Apr 2024, 14:12">2 Apr 2024, 14:12</span>` +
    `<div class="x6"><div dir="ltr"><div>Hi Ana,</div><div>The survey is booked.</div><div>Kind regards,</div>` +
    `<div><b>Henry Ashdown</b><br>Senior Surveyor | Ashdown Survey Ltd<br>T: +44 20 7946 0877<br>` +
    `<a href="https://ashdown-survey.co.uk">ashdown-survey.co.uk</a> · <a href="https://www.linkedin.com/in/henry-ashdown-rics/">LinkedIn</a></div></div>` +
    quoted +
    `</div></div></div></div></div></body></html>`;

  it('reads the date from a titled span, and the signer’s LinkedIn', () => {
    const got = gmail.detect(docOf(url, html('')), new URL(url));
    expect(got.message?.date).toBe('2024-04-02T14:12');
    const p = got.people.find((x) => x.email === 'henry.ashdown@ashdown-survey.co.uk');
    expect(p?.title).toBe('Senior Surveyor');
    expect(p?.linkedinUrl).toBe('https://www.linkedin.com/in/henry-ashdown-rics/');
  });

  it('takes no LinkedIn link from quoted history', () => {
    const got = gmail.detect(
      docOf(
        url.replace('Sig', 'Sig2'),
        html('').replace(
          ' · <a href="https://www.linkedin.com/in/henry-ashdown-rics/">LinkedIn</a>',
          ' · LinkedIn</div><blockquote>Ana Lopez · <a href="https://www.linkedin.com/in/ana-lopez-buyer/">LinkedIn</a></blockquote><div>',
        ),
      ),
      new URL(url),
    );
    const p = got.people.find((x) => x.email === 'henry.ashdown@ashdown-survey.co.uk');
    expect(p?.title).toBe('Senior Surveyor');
    expect(p?.linkedinUrl).toBeUndefined();
  });
});

describe('Gmail: a thread whose list items carry no aria-expanded, class names scrambled', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzBois';
  const html =
    `<!DOCTYPE html><html lang="de"><head><title>Angebot Eichenparkett - tom.weber@example-haus.de - Mail</title></head>` +
    `<body><div role="main"><div class="y1"><h2 class="y2" data-thread-perm-id="thread-f:77">Angebot Eichenparkett</h2>` +
    `<div role="list"><div role="listitem"><div class="y3" data-message-id="#msg-f:76">` +
    `<span class="y4" email="tom.weber@example-haus.de" name="ich">ich</span> <span title="Mo., 3. Juni 2024, 09:10">3. Juni</span>` +
    `<div class="y5">Guten Tag, bitte um ein Angebot für 60 m² Parkett.</div></div></div>` +
    `<div role="listitem"><div class="y3" data-message-id="#msg-f:77"><div class="y6"><table><tbody><tr>` +
    `<td><h3><span email="k.roth@parkett-roth.de" name="Katrin Roth">Katrin Roth</span></h3></td>` +
    `<td><span title="Di., 4. Juni 2024, 15:40">4. Juni, 15:40</span></td></tr>` +
    `<tr><td colspan="2">an <span email="tom.weber@example-haus.de" name="ich">ich</span></td></tr></tbody></table>` +
    `<div class="y7"></div></div><div class="y8"><div>Guten Tag Herr Weber,<br>anbei unser Angebot: Eichenparkett geölt, 60 m² zu 48 € je m².<br>` +
    `Mit freundlichen Grüßen<br>Katrin Roth<br>Projektleiterin<br>Parkett Roth GmbH<br>Tel. 0711 555 0192</div>` +
    `<div class="y9">Am 3. Juni 2024 schrieb Tom Weber:<blockquote>bitte um ein Angebot für 60 m² Parkett</blockquote></div>` +
    `</div></div></div></div></div></div></body></html>`;

  it('reads the open message beside its header by shape, and the sender’s signature', () => {
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.kind).toBe('gmail-thread');
    expect(got.message?.from.email).toBe('k.roth@parkett-roth.de');
    expect(got.message?.to.map((a) => a.email)).toEqual(['tom.weber@example-haus.de']);
    expect(got.message?.date).toBe('2024-06-04T15:40');
    expect(got.message?.bodyText).toContain('Eichenparkett geölt');
    expect(got.message?.bodyText).not.toContain('bitte um ein Angebot für 60');
    expect(got.people.find((x) => x.email === 'k.roth@parkett-roth.de')?.title).toBe('Projektleiterin');
  });

  it('reads it from its list item when a stray end tag closes the message element at once', () => {
    const page = html.replace(
      'data-message-id="#msg-f:77">',
      'data-message-id="#msg-f:77"><div class="y0"></div></div>',
    );
    const got = gmail.detect(docOf(url, page), new URL(url));
    expect(got.message?.from.email).toBe('k.roth@parkett-roth.de');
    expect(got.message?.date).toBe('2024-06-04T15:40');
    expect(got.message?.bodyText).toContain('Eichenparkett geölt');
  });
});

describe('Gmail: a newsletter whose body has its own h3 headings, class names scrambled', () => {
  it('reads its body beside its header by shape', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzNews';
    const html =
      `<!DOCTYPE html><html lang="fr"><head><title>Boîte de réception - lea.roux@example-atelier.fr - Gmail</title></head>` +
      `<body><div role="main"><h2 class="z1" data-thread-perm-id="thread-f:91">La lettre de Brume &amp; Cie</h2>` +
      `<div role="list"><div role="listitem" aria-expanded="true"><div class="z2" data-message-id="#msg-f:91">` +
      `<div class="z3"><table><tbody><tr><td><h3><span email="lettre@news.brume-cie.fr" name="Brume &amp; Cie">Brume &amp; Cie</span></h3></td>` +
      `<td><span title="mar. 1 déc. 2026, 07:00">07:00</span></td></tr>` +
      `<tr><td>à <span email="lea.roux@example-atelier.fr" name="Léa Roux">moi</span></td></tr></tbody></table></div>` +
      `<div class="z4"><div class="z5"><h1>La lettre de décembre</h1><p>Au sommaire : la facture électronique et notre atelier.</p>` +
      `<h3>Facture électronique</h3><p>Ce qui change pour les PME.</p><h3>Atelier</h3><p>Inscrivez-vous.</p></div></div>` +
      `</div></div></div></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.message?.from.email).toBe('lettre@news.brume-cie.fr');
    expect(got.message?.bodyText).toContain('la facture électronique et notre atelier');
  });
  it('keeps a styled quote of the mail’s own (a relayed message), not a quoted reply', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzRelay';
    const html =
      `<!DOCTYPE html><html lang="fr"><head><title>Boîte de réception - lea.roux@example-atelier.fr - Gmail</title></head>` +
      `<body><div role="main"><h2 class="z1" data-thread-perm-id="thread-f:92">Nouveau message</h2>` +
      `<div role="list"><div role="listitem" aria-expanded="true"><div class="z2" data-message-id="#msg-f:92">` +
      `<div class="z3"><table><tbody><tr><td><h3><span email="ne-pas-repondre@notification.plateforme.fr" name="Plateforme">Plateforme</span></h3></td>` +
      `<td><span title="jeu. 3 déc. 2026, 10:09">10:09</span></td></tr></tbody></table></div>` +
      `<div class="z4"><p>Bonjour Léa,</p><p>Marc Aubert (Acheteur chez Roux Bâtiment) vous a envoyé un message :</p>` +
      `<blockquote style="border-left:3px solid #f55">« Nous cherchons une menuisière pour mars. »</blockquote>` +
      `<div class="z9">Le 2 déc. 2026, Léa Roux a écrit :<blockquote class="z8" style="margin:0">Mon ancien message</blockquote></div>` +
      `</div></div></div></div></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.message?.bodyText).toContain('Nous cherchons une menuisière');
    expect(got.message?.bodyText).not.toContain('Mon ancien message');
    expect(got.people.find((p) => p.name === 'Marc Aubert')).toMatchObject({ company: 'Roux Bâtiment' });
  });
});

describe('Gmail: an inbox whose main region a stray end tag closes before the list', () => {
  it('reads the rows after it', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox';
    const html =
      `<!DOCTYPE html><html lang="en"><head><title>Inbox - mia.hale@example-works.co - Mail</title></head><body>` +
      `<div class="z1"><div role="main"><div class="z2">Toolbar</div></div></div></div><table role="grid"><tbody>` +
      `<tr><td><span class="z3" email="owen.pryce@pryce-joinery.co.uk" name="Owen Pryce">Owen Pryce</span></td><td>Quote</td></tr>` +
      `<tr><td><span class="z3" email="greta.lund@lund-design.se" name="Greta Lund">Greta Lund</span></td><td>Drawings</td></tr>` +
      `</tbody></table></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.kind).toBe('gmail-inbox');
    expect(got.emails.map((e) => e.address).sort()).toEqual([
      'greta.lund@lund-design.se',
      'owen.pryce@pryce-joinery.co.uk',
    ]);
  });
});

describe('a block written inside a hidden paragraph', () => {
  it('stays hidden once the parser has moved it out of the paragraph', () => {
    const url = 'https://www.menuiserie-exemple.fr/mentions-legales';
    const got = companySiteDetector.detect(
      docOf(
        url,
        `<!DOCTYPE html><html lang="fr"><body><main><h1>Mentions légales</h1><p>Contact : contact@menuiserie-exemple.fr</p>` +
          `<p style="display:none"><div class="x7">cache.personne@menuiserie-exemple.fr</div></p></main></body></html>`,
      ),
      new URL(url),
    );
    const all = got.emails.map((e) => e.address);
    expect(all).toContain('contact@menuiserie-exemple.fr');
    expect(all).not.toContain('cache.personne@menuiserie-exemple.fr');
  });
});

describe('Outlook 2025 without its ids: the pane by its heading, rows labelled by their text, an image signature', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQk42';
  const page = (alt: string) =>
    `<!DOCTYPE html><html lang="fr"><head><title>Courrier - Outlook</title></head><body><div id="x1"><div class="x2">` +
    `<div role="heading" aria-level="2"><span title="RE: Planning des ateliers">RE: Planning des ateliers</span></div>` +
    `<div role="list" data-convid="AAQk42="><div role="listitem" aria-expanded="true"><div class="x3">` +
    `<div class="x4"><span class="x5">Basile Ferrant<span>&lt;b.ferrant@groupe-arvane.fr&gt;</span></span></div>` +
    `<div class="x6"><span class="x7">À:</span> <span title="c.mercier@mercier-rh.fr"><span>Chloé Mercier</span></span></div>` +
    `<div class="x8"><span class="x7">Cc:</span> <span title="y.lamotte@groupe-arvane.fr"><span>Yanis Lamotte</span></span></div>` +
    `<div data-testid="SentReceivedSavedTime" title="lun. 16/06/2025 10:08">lun. 16/06/2025 10:08</div></div>` +
    `<div role="document" aria-label="Corps du message"><div><p>Bonjour Chloé,</p><p>Nous validons le planning.</p>` +
    `<p>Basile</p><p><img src="data:image/png;base64,AA==" alt="${alt}"></p>` +
    `<div id="x9"><hr><font><b>De :</b> Chloé Mercier &lt;c.mercier@mercier-rh.fr&gt;<br><b>Objet :</b> Planning</font></div>` +
    `<div><p>Voici le planning <img alt="Chloé Mercier – Consultante – Mercier RH – 04 99 00 11 22"></p></div>` +
    `</div></div></div></div></div></div></body></html>`;

  it('reads the open message, its To and Cc rows', () => {
    const got = outlook.detect(docOf(url, page('')), new URL(url));
    expect(got.kind).toBe('outlook-message');
    expect(got.message?.subject).toBe('RE: Planning des ateliers');
    expect(got.message?.from.email).toBe('b.ferrant@groupe-arvane.fr');
    expect(got.message?.to.map((a) => a.email)).toEqual(['c.mercier@mercier-rh.fr']);
    expect(got.message?.cc.map((a) => a.email)).toEqual(['y.lamotte@groupe-arvane.fr']);
    expect(got.message?.threadId).toBe('AAQk42=');
    expect(got.message?.bodyText).not.toContain('Voici le planning');
  });

  it.each([
    [
      'Basile Ferrant – Responsable RH – Groupe Arvane – 04 99 00 63 20',
      { title: 'Responsable RH', company: 'Groupe Arvane', phones: ['04 99 00 63 20'] },
    ],
    ['Basile Ferrant | Responsable RH | Groupe Arvane', { title: 'Responsable RH', company: 'Groupe Arvane' }],
    // (a logo's alt is no signature)
    ['Logo Groupe Arvane', {}],
  ] as [string, { title?: string; company?: string; phones?: string[] }][])(
    'the alt text of the signature image "%s"',
    (alt, want) => {
      const got = outlook.detect(docOf(url, page(alt)), new URL(url));
      const p = got.people.find((x) => x.name === 'Basile Ferrant');
      expect(p?.title).toBe(want.title);
      expect(p?.company).toBe(want.company);
      expect(p?.phones ?? []).toEqual(want.phones ?? []);
      // (the quoted message's image is history: no title for its signer)
      expect(got.people.find((x) => x.name === 'Chloé Mercier')?.title).toBeUndefined();
    },
  );
});

describe('Outlook: a message list whose first row a stray end tag closes, leaving the next rows after the list', () => {
  const url = 'https://outlook.office.com/mail/inbox';
  const row = (id: string, name: string, address: string, subject: string, stray = '') =>
    `<div role="option" data-convid="${id}" aria-label="${name}, ${subject}"><div class="xa1">` +
    `<span title="${address}">${name}</span></div>${stray}<div class="xb2"><span>${subject}</span></div></div>`;
  const cases: [string, string, [string, string][]][] = [
    [
      'fr',
      'Boîte de réception',
      [
        ['Léonie Barthélemy', 'l.barthelemy@atelier-barthelemy.fr'],
        ['Yann Le Corre', 'yann.lecorre@gmail.com'],
      ],
    ],
    [
      'en',
      'Inbox',
      [
        ['Harriet Moss', 'harriet@mossandreed.co.uk'],
        ['Dev Patel', 'dev.patel@outlook.com'],
      ],
    ],
    [
      'de',
      'Posteingang',
      [
        ['Jörg Allmendinger', 'j.allmendinger@allmendinger-bau.de'],
        ['Sabine Kühl', 'sabine.kuehl@web.de'],
      ],
    ],
  ];
  it.each(cases)('%s: every row sender is read', (_lang, label, people) => {
    const [n0, a0] = people[0] ?? ['', ''];
    const html =
      `<!DOCTYPE html><html><head><title>Mail - Outlook</title></head><body><div role="region">` +
      `<div role="listbox" aria-label="${label}">` +
      row('AAQk01', n0, a0, 'Devis', '</div>') +
      people
        .slice(1)
        .map(([n, a], i) => row(`AAQk0${i + 2}`, n, a, 'Rendez-vous'))
        .join('') +
      `</div></div></body></html>`;
    const got = outlook.detect(docOf(url, html), new URL(url));
    expect(got.emails.map((e) => e.address).sort()).toEqual(people.map(([, a]) => a).sort());
  });
});

describe('Gmail: scrambled class names, the header holding its hidden details table beside the body', () => {
  const cases: [string, string, string, string, string][] = [
    ['fr', 'de :', 'à :', 'Rémi Vasseur', 'Bonjour, je vous confirme ma venue jeudi.'],
    ['en', 'from:', 'to:', 'Owen Blake', 'Hi, happy to confirm Thursday at ten.'],
    ['de', 'Von:', 'An:', 'Lena Vogt', 'Hallo, ich bestätige den Termin am Donnerstag.'],
  ];
  it.each(cases)('%s: the body is the message text, not the details table', (lang, from, to, name, text) => {
    const url = `https://mail.google.com/mail/u/0/#inbox/FMfcgzHid${lang}`;
    const address = `${name.split(' ')[0]!.toLowerCase()}@example-client.test`;
    const html =
      `<!DOCTYPE html><html lang="${lang}"><head><title>Gmail</title></head><body><div role="main">` +
      `<h2 class="x1" data-thread-perm-id="thread-f:7${lang.length}">RDV</h2><div role="list">` +
      `<div class="x2" role="listitem"><div class="x3"><div class="x4">` +
      `<h3 class="x5"><span class="x6" email="${address}" name="${name}">${name}</span></h3>` +
      `<span class="x7" title="2 Dec 2025, 07:51">07:51</span>` +
      `<div class="x8" style="display:none"><table><tbody><tr><td>${from}</td><td>${name} &lt;${address}&gt;</td></tr>` +
      `<tr><td>${to}</td><td>Paula Ricci &lt;paula@ricci-conseil.test&gt;</td></tr><tr><td>date :</td><td>2 Dec 2025, 07:51</td></tr></tbody></table></div></div>` +
      `<div class="x9"><div class="xa"><div dir="ltr">${text}<br>${name}</div></div></div></div></div></div></div></body></html>`;
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(html);
    const got = gmail.detect(window.document as unknown as Document, new URL(url));
    expect(got.message?.bodyText).toContain(text);
    expect(got.message?.bodyText).not.toContain(from);
  });
});

describe('Gmail: a sender whose name attribute gives the first name only, the text the whole name', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Rosalie Kerbrat-Danan', 'rosalie.kd@gmail.com'],
    ['en', 'Declan Ó Súilleabháin', 'declan.os@outlook.com'],
    ['de', 'Friederike von Wenzel', 'f.vonwenzel@web.de'],
  ];
  it.each(cases)('%s: the whole name', (lang, name, address) => {
    const url = `https://mail.google.com/mail/u/0/#inbox/FMfcgzShort${lang}`;
    const html =
      `<!DOCTYPE html><html lang="${lang}"><head><title>Gmail</title></head><body><div role="main">` +
      `<h2 class="hP" data-thread-perm-id="thread-f:8${lang.length}">Candidature</h2><div role="list">` +
      `<div class="adn" role="listitem" aria-expanded="true"><div class="gs">` +
      `<h3 class="iw"><span class="gD" email="${address}" name="${name.split(' ')[0]}">${name}</span></h3>` +
      `<span class="g3" title="2 Dec 2025, 07:51">07:51</span>` +
      `<div class="a3s"><div dir="ltr">Bonjour,<br>Merci.<br>${name.split(' ')[0]}</div></div></div></div></div></div></body></html>`;
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(html);
    const got = gmail.detect(window.document as unknown as Document, new URL(url));
    expect(got.message?.from.name).toBe(name);
    expect(got.people.map((p) => p.name)).toContain(name);
  });
});
