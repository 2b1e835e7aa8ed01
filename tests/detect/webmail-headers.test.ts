/**
 * Webmail message headers and bodies in shapes the fixtures of 2023-24 did not have (issue 7, found by
 * tests/fixtures/pages-blind-mail): a Gmail forward inside Gmail's own quote block, an Outlook sender
 * shown as "Name<address>" with no label and recipient rows labelled by the word alone. Invented people.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { gmailDetector } from '../../core/detect/gmail';
import { outlookDetector } from '../../core/detect/outlook';
import { interpretDetection } from '../../core/detect/interpret';

// as the background sees them: the signatures the scripts keep are read there (core/detect/interpret.ts)
const gmail = { detect: (d: Document, u: URL) => interpretDetection(gmailDetector.detect(d, u)) };
const outlook = { detect: (d: Document, u: URL) => interpretDetection(outlookDetector.detect(d, u)) };

function docOf(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('Gmail: a forwarded message is content, not trimmed history', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzForward';
  const html = (attr: string) =>
    `<!DOCTYPE html><html lang="de"><head><title>Fwd: Angebot - owner@planung-exemple.de - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:7">Fwd: Angebot</h2><div role="list">` +
    `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:7">` +
    `<h3><span class="gD" email="jens.holt@gmx.de" name="Jens Holt">Jens Holt</span></h3>` +
    `<div class="a3s"><div>Hallo, anbei das Angebot.</div>` +
    `<div class="gmail_quote"><div class="gmail_attr">${attr}<br>Von: <strong>Greta Lindner</strong> &lt;<a href="mailto:g.lindner@lindner-glas.de">g.lindner@lindner-glas.de</a>&gt;<br>Date: Mo., 10. März 2025 um 16:05 Uhr<br>Subject: Angebot<br></div>` +
    `<div>Sehr geehrter Herr Holt,</div><div>anbei unser Angebot.</div><div><br></div><div>Greta Lindner</div><div>Vertrieb</div><div><br></div>` +
    `<div>Lindner Glas GmbH</div><div>Tel.: +49 (0)89 2710 4452</div></div></div></div></div>` +
    `</div></div></body></html>`;

  it('reads the forwarded sender and her signature (company after a blank line, phone)', () => {
    const got = gmail.detect(docOf(url, html('---------- Weitergeleitete Nachricht ---------')), new URL(url));
    const greta = got.people.find((p) => p.name === 'Greta Lindner');
    expect(greta?.email).toBe('g.lindner@lindner-glas.de');
    expect(greta?.title).toBe('Vertrieb');
    expect(greta?.company).toBe('Lindner Glas GmbH');
    expect(greta?.phones).toHaveLength(1);
    expect(got.message?.bodyText).toContain('anbei das Angebot');
  });

  it('still skips a quoted reply', () => {
    const got = gmail.detect(docOf(url, html('Am Mo., 10. März 2025 um 16:05 schrieb Greta Lindner:')), new URL(url));
    expect(got.people.find((p) => p.name === 'Greta Lindner')?.company).toBeUndefined();
    expect(got.message?.bodyText).not.toContain('Sehr geehrter');
  });
});

describe('Outlook: a sender shown as "Name<address>", rows labelled by the word alone', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkAD%2Fx%3D';
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Courrier - Outlook</title></head><body>` +
    `<div id="ReadingPaneContainerId"><div role="main" aria-label="Volet de lecture">` +
    `<div role="heading" aria-level="2"><span title="Offre lot 2">Offre lot 2</span></div>` +
    `<div data-convid="AAQkAD/x=" role="list">` +
    `<div role="listitem" aria-expanded="true"><div><div><span><span>Inès Morvan</span>&lt;ines.morvan@transports-morvan.fr&gt;</span></div>` +
    `<div aria-label="À">À : <span title="owner@logistique-exemple.fr">Owner</span></div>` +
    `<div aria-label="Cc">Cc : <span title="achats@logistique-exemple.fr">Service Achats</span></div>` +
    `<div data-testid="SentReceivedSavedTime">mer. 12/03/2025 14:07</div></div>` +
    `<div role="document"><p>Bonjour, voici notre offre.</p></div></div>` +
    `</div></div></div></body></html>`;

  it('reads from, to, cc and the date', () => {
    const got = outlook.detect(docOf(url, html), new URL(url));
    expect(got.message?.from).toEqual({ name: 'Inès Morvan', email: 'ines.morvan@transports-morvan.fr' });
    expect(got.message?.to.map((a) => a.email)).toEqual(['owner@logistique-exemple.fr']);
    expect(got.message?.cc.map((a) => a.email)).toEqual(['achats@logistique-exemple.fr']);
    expect(got.message?.date).toBe('2025-03-12T14:07');
    expect(got.people.map((p) => p.name)).toContain('Inès Morvan');
  });

  it('finds the message when its body is outside its list item (an item closed early)', () => {
    const early = html.replace('</div></div>' + '<div role="document">', '</div></div></div><div role="document">');
    expect(early).not.toBe(html);
    const got = outlook.detect(docOf(url, early), new URL(url));
    expect(got.message?.from.email).toBe('ines.morvan@transports-morvan.fr');
    expect(got.message?.bodyText).toContain('voici notre offre');
  });
});

describe('Gmail: shared mailboxes and organisations are no people (issue 7, pages-holdout kinds)', () => {
  it('a thread\'s cc "<department> <firm>" on dispatch@ is an address, not a person', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzDept';
    const html =
      `<!DOCTYPE html><html lang="en"><head><title>Reefer slots - owner@exemple-buyer.co.uk - Gmail</title></head><body><div role="main">` +
      `<h2 class="hP" data-thread-perm-id="thread-f:9">Reefer slots</h2><div role="list">` +
      `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:9">` +
      `<h3><span class="gD" email="ola.strand@norrland-freight.se" name="Ola Strand">Ola Strand</span></h3>` +
      `<span class="hb">to <span class="g2" email="owner@exemple-buyer.co.uk" name="me">me</span>, ` +
      `<span class="g2" email="dispatch@norrland-freight.se" name="Dispatch Norrland">Dispatch</span>, ` +
      `<span class="g2" email="ekonomi@norrland-freight.se" name="Accounts Payable Norrland">Accounts</span></span>` +
      `<div class="a3s"><div>Hello, two slots are free on Thursday.</div></div></div></div></div></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.people.map((p) => p.name)).toEqual(['Ola Strand']);
    expect(got.emails.map((e) => e.address)).toContain('dispatch@norrland-freight.se');
  });

  it('an inbox row from a trade fair or a shop is no person', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox';
    const row = (email: string, name: string) =>
      `<tr class="zA"><td><span class="yP" email="${email}" name="${name}">${name}</span></td><td>Hello</td></tr>`;
    const html =
      `<!DOCTYPE html><html lang="fr"><head><title>Boîte de réception - owner@exemple-buyer.fr - Gmail</title></head><body><div role="main"><table><tbody>` +
      row('info@foire-bois-rennes.fr', 'Festival Bois Rennes') +
      row('bonjour@boutique-lin-nantes.fr', 'Boutique Lin Nantes') +
      row('m.keller@keller-bois.fr', 'Manon Keller') +
      `</tbody></table></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.people.map((p) => p.name)).toEqual(['Manon Keller']);
  });
});

describe('Gmail: a details table whose recipient rows are plain text (issue 7, pages-blind-15 kind)', () => {
  it('reads To and Cc from "Name <address>" text in the labelled rows', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzPlain';
    const row = (label: string, value: string) =>
      `<tr><td class="gG"><span>${label}&nbsp;:</span></td><td class="gL"><span>${value}</span></td></tr>`;
    const html =
      `<!DOCTYPE html><html lang="fr"><head><title>Devis escalier - owner@atelier-exemple.fr - Gmail</title></head><body><div role="main">` +
      `<h2 class="hP" data-thread-perm-id="thread-f:11">Devis escalier</h2><div role="list">` +
      `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:11">` +
      `<h3><span class="gD" email="r.vasseur@vasseur-bois.fr" name="Romain Vasseur">Romain Vasseur</span></h3>` +
      `<span class="hb">à <span class="g2" email="owner@atelier-exemple.fr" name="moi">moi</span>, ` +
      `<span class="g2" email="odile.marsan@cabinet-marsan.fr" name="Odile Marsan">Odile</span></span>` +
      `<table><tbody>` +
      row('de', `<span class="gD" email="r.vasseur@vasseur-bois.fr" name="Romain Vasseur">Romain Vasseur</span>`) +
      row('à', 'owner@atelier-exemple.fr') +
      row(
        'cc',
        'Odile Marsan &lt;odile.marsan@cabinet-marsan.fr&gt;,<br>"Petit, Hugo" &lt;h.petit@vasseur-bois.fr&gt;',
      ) +
      row('objet', 'Devis escalier') +
      `</tbody></table>` +
      `<div class="a3s"><div>Bonjour, voici le devis.</div></div></div></div></div></div></body></html>`;
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.message?.from.email).toBe('r.vasseur@vasseur-bois.fr');
    expect(got.message?.to.map((a) => a.email)).toEqual(['owner@atelier-exemple.fr']);
    expect(got.message?.cc.map((a) => a.email)).toEqual(['odile.marsan@cabinet-marsan.fr', 'h.petit@vasseur-bois.fr']);
  });
});

describe('Outlook 2025: recipient rows labelled by bare text, the addresses only in title= (issue 7, pages-blind-26 kind)', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkAD%2Fy%3D';
  const page = (to: string, cc: string) =>
    `<!DOCTYPE html><html lang="fr"><head><title>Courrier - Outlook</title></head><body>` +
    `<div id="ReadingPaneContainerId" role="main"><div data-convid="AAQkAD/y=">` +
    `<div role="heading" aria-level="2"><span title="Bail commercial">Bail commercial</span></div>` +
    `<div><div><span>Hélène Quéré&lt;h.quere@etude-quere.fr&gt;</span></div>` +
    `<div>${to}</div><div>${cc}</div>` +
    `<div data-testid="SentReceivedSavedTime">jeu. 03/12/2026 13:05</div>` +
    `<div role="document"><p>Maître, le projet de bail est prêt.</p></div></div></div></div></body></html>`;
  it.each([
    ['FR', 'À&nbsp;: ', 'Cc&nbsp;: '],
    ['EN', 'To: ', 'Cc: '],
    ['DE', 'An: ', 'Cc: '],
  ])('%s: to and cc, the office mailbox in cc kept as an address', (_, toLabel, ccLabel) => {
    const html = page(
      `${toLabel}<span title="owner@cabinet-exemple.fr">Owner</span>; <span title="lea.morvan@cabinet-exemple.fr">Léa Morvan</span>`,
      `${ccLabel}<span title="office@etude-quere.fr">Office Notarial du Littoral</span>; <span title="p.girod@immo-girod.fr">Paul Girod</span>`,
    );
    const got = outlook.detect(docOf(url, html), new URL(url));
    expect(got.message?.to.map((a) => a.email)).toEqual(['owner@cabinet-exemple.fr', 'lea.morvan@cabinet-exemple.fr']);
    expect(got.message?.cc.map((a) => a.email)).toEqual(['office@etude-quere.fr', 'p.girod@immo-girod.fr']);
    expect(got.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Léa Morvan', 'Paul Girod']));
  });
  it('a row whose first text is no label gives nothing', () => {
    const html = page(`Voir aussi <span title="x.roux@exemple.fr">Xavier Roux</span>`, '');
    expect(outlook.detect(docOf(url, html), new URL(url)).message?.to ?? []).toEqual([]);
  });
});

describe('Outlook: the signed-in user shown by name only is the account (issue 7, pages-blind-29 kind)', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkAD%2Fz%3D';
  const page = (title: string, banner: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
    `<div role="banner"><button aria-label="Paramètres">S</button>${banner}</div>` +
    `<div id="ReadingPaneContainerId" role="main"><div data-convid="AAQkAD/z=">` +
    `<div role="heading" aria-level="2"><span title="Devis">Devis</span></div>` +
    `<div><div><span>Yann Kerouac&lt;y.kerouac@menuiserie-kerouac.fr&gt;</span></div>` +
    `<div>To: <span title="margot@conseil-exemple.fr">Margot Lenoir-Diallo</span>; <span title="t.brandt@menuiserie-kerouac.fr">Tobias Brandt</span></div>` +
    `<div data-testid="SentReceivedSavedTime">07/12/2026 09:15</div>` +
    `<div role="document"><p>Voici le devis.</p></div></div></div></div></body></html>`;
  const firms = (html: string) => outlook.detect(docOf(url, html), new URL(url)).companies.map((c) => c.domain);
  it.each([
    [
      'FR banner',
      'Courrier - Outlook',
      '<button aria-label="Compte Gestionnaire pour Margot Lenoir-Diallo">ML</button>',
    ],
    ['EN banner', 'Mail - Outlook', '<button aria-label="Account manager for Margot Lenoir-Diallo">ML</button>'],
    ['DE banner', 'E-Mail - Outlook', '<button aria-label="Kontoverwaltung für Margot Lenoir-Diallo">ML</button>'],
    ['title', 'E-Mail - Margot Lenoir-Diallo - Outlook', ''],
  ])('%s: her domain is no company of the page, the others stay', (_, title, banner) => {
    expect(firms(page(title, banner))).toEqual(['menuiserie-kerouac.fr']);
  });
  it('a name that is no participant changes nothing', () => {
    const got = firms(page('Courrier - Outlook', '<button aria-label="Account manager for Sven Olafsson">SO</button>'));
    expect(got).toEqual(['menuiserie-kerouac.fr', 'conseil-exemple.fr']);
  });
});

describe('Gmail inbox: a platform whose rows repeat one subject is no correspondent (issue 7, pages-blind-26 kind)', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox';
  const row = (email: string, name: string, subject: string, n: number) =>
    `<tr class="zA"><td><span class="zF" email="${email}" name="${name}">${name}</span></td>` +
    `<td><span data-thread-id="#thread-f:${n}">${subject}</span></td></tr>`;
  const page = (visible: string, hidden: string) =>
    `<!DOCTYPE html><html lang="fr"><head><title>Boîte de réception - owner@exemple.fr - Gmail</title></head><body>` +
    `<div role="main"><table><tbody>${visible}</tbody></table></div>` +
    `<div style="display:none"><table><tbody>${hidden}</tbody></table></div></body></html>`;
  it.each([
    ['FR', 'hello@plateforme-exemple.com', 'Plateforme', 'Une mission pourrait vous intéresser'],
    ['EN', 'team@jobs-exemple.io', 'Jobboard', 'New projects for you'],
    ['DE', 'hallo@auftraege-exemple.de', 'Auftragsbörse', 'Neue Aufträge für Sie'],
  ])('%s: the platform is dropped, a person writing the same subject is kept', (_, email, name, subject) => {
    const html = page(
      row(email, name, 'Nouvelle mission', 1) + row('m.keller@keller-bois.fr', 'Manon Keller', 'Devis', 2),
      [3, 4, 5].map((n) => row(email, name, subject, n)).join('') +
        [6, 7, 8].map((n) => row('m.keller@keller-bois.fr', 'Manon Keller', 'Devis', n)).join(''),
    );
    const got = gmail.detect(docOf(url, html), new URL(url));
    expect(got.emails.map((e) => e.address)).toEqual(['m.keller@keller-bois.fr']);
  });
  it('a firm with different subjects stays', () => {
    const html = page(
      row('contact@atelier-exemple.fr', 'Atelier Exemple', 'Facture 12', 1),
      [2, 3, 4].map((n) => row('contact@atelier-exemple.fr', 'Atelier Exemple', `Facture ${n + 20}`, n)).join(''),
    );
    expect(gmail.detect(docOf(url, html), new URL(url)).emails.map((e) => e.address)).toEqual([
      'contact@atelier-exemple.fr',
    ]);
  });
});

describe('Gmail: a message without an id or an h3, the thread ids on its container, a cc beside the recipient line', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzNoIds';
  // [lang, title, to label, cc label, date title, body, signature lines, expected date]
  const cases: [string, string, string, string, string, string, string[], string][] = [
    [
      'de',
      'Angebot Paletten',
      'an',
      'cc',
      'Mi., 9. Dez. 2026, 10:20',
      'anbei unser Angebot über 80 Paletten.',
      ['Mit freundlichen Grüßen', 'Ulrike Falkenried', 'Vertrieb Innendienst', 'Falkenried Verpackung GmbH'],
      '2026-12-09T10:20',
    ],
    [
      'fr',
      'Devis cartons',
      'à',
      'cc',
      'mer. 9 déc. 2026, 10:20',
      'veuillez trouver notre devis pour 300 cartons.',
      ['Cordialement', 'Ulrike Falkenried', 'Chargée de clientèle', 'Falkenried Emballages SAS'],
      '2026-12-09T10:20',
    ],
    [
      'en',
      'Crate quote',
      'to',
      'cc',
      'Wed, Dec 9, 2026, 10:20 AM',
      'please find our quote for 120 crates attached.',
      ['Best regards', 'Ulrike Falkenried', 'Account Manager', 'Falkenried Packaging Ltd'],
      '2026-12-09T10:20',
    ],
  ];
  const html = (c: (typeof cases)[number], classes: boolean) => {
    const [lang, title, to, cc, date, body, sig] = c;
    const k = (name: string) => (classes ? ` class="${name}"` : '');
    return (
      `<!DOCTYPE html><html lang="${lang}"><head><title>${title} - owner@conseil-exemple.fr - Mail</title></head><body>` +
      `<div role="banner"><a aria-label="Account: Owner (owner@conseil-exemple.fr)">O</a></div>` +
      `<div role="main"><div data-thread-perm-id="thread-f:42" data-legacy-thread-id="1a2b3c4d5e6f">` +
      `<h2${k('hP')}>${title}</h2><div role="list"><div role="listitem"><div>` +
      `<div><span${k('gD')} email="u.falkenried@falkenried-exemple.de" name="Ulrike Falkenried">Ulrike Falkenried</span> ` +
      `<span${k('g3')} title="${date}">10:20</span>` +
      `<div><span${k('hb')}>${to} <span email="owner@conseil-exemple.fr" name="me">me</span></span>, ${cc} ` +
      `<span email="t.brandl@falkenried-exemple.de" name="Tobias Brandl">Tobias Brandl</span></div></div>` +
      `<div${k('a3s')}><p>Hallo,</p><p>${body}</p><p>${sig.join('<br>')}</p></div>` +
      `</div></div></div></div></div></body></html>`
    );
  };
  for (const c of cases)
    for (const classes of [true, false])
      it(`${c[0]}, ${classes ? "Gmail's classes" : 'no classes'}`, () => {
        const got = gmail.detect(docOf(url, html(c, classes)), new URL(url));
        expect(got.kind).toBe('gmail-thread');
        expect(got.message?.subject).toBe(c[1]);
        expect(got.message?.threadId).toBe('thread-f:42');
        expect(got.message?.from).toEqual({ name: 'Ulrike Falkenried', email: 'u.falkenried@falkenried-exemple.de' });
        expect(got.message?.to.map((a) => a.email)).toEqual(['owner@conseil-exemple.fr']);
        expect(got.message?.cc.map((a) => a.email)).toEqual(['t.brandl@falkenried-exemple.de']);
        expect(got.message?.date).toBe(c[7]);
        expect(got.message?.bodyText).toContain(c[5]);
        expect(got.people.find((p) => p.name === 'Ulrike Falkenried')?.company).toBe(c[6][3]);
      });
});
