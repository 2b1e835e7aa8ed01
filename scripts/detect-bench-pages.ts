/**
 * Synthetic pages for the detection benchmark (SPEC §8): a ~1 MB Gmail thread and a page with a
 * 100 KB hostile text node. Pure string builders; the bench script imports them.
 */

function message(i: number, expanded: boolean): string {
  const who = `person${i}@client${i % 7}.fr`;
  const para =
    `<p>Bonjour, voici le point ${i} sur le chantier, avec les quantités et les délais révisés. ` +
    `Merci de confirmer avant vendredi. Contact : compta [at] client${i % 7} [dot] fr · Tél. : 04 72 00 18 ${String(i % 100).padStart(2, '0')}</p>`;
  return (
    `<div class="${expanded ? 'h7' : 'kv'}" role="listitem" aria-expanded="${expanded}"><div class="adn ads" data-message-id="#msg-f:17900000000${String(i).padStart(8, '0')}">` +
    `<h3><span class="gD" email="${who}" name="${['Anna', 'Paul', 'Marie', 'Luc', 'Jeanne', 'Hugo', 'Lea'][i % 7]} ${['Martin', 'Bernard', 'Durand', 'Petit', 'Robert', 'Richard', 'Moreau', 'Simon', 'Laurent', 'Michel', 'Garcia'][i % 11]}">Person</span></h3>` +
    `<span class="g3" title="mer. 13 mars 2024, 10:${String(i % 60).padStart(2, '0')}">10:42</span>` +
    `<table><tr><td>à :</td><td><span class="g2" email="owner@cabinet.fr" name="Owner Name">moi</span></td></tr></table>` +
    (expanded ? `<div class="a3s">${para.repeat(12)}<div class="gmail_quote">${para.repeat(6)}</div></div>` : '') +
    `</div></div>`
  );
}

/** A Gmail thread of about `bytes` (default 1 MB): many expanded messages with quoted history. */
export function gmailThreadPage(bytes = 1_000_000): { html: string; url: string } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const m = message(i, i % 3 !== 0);
    parts.push(m);
    size += m.length;
  }
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Chantier - owner@cabinet.fr - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:1790000000000000000" data-legacy-thread-id="18e0">Chantier</h2>` +
    `<div role="list">${parts.join('')}</div></div></body></html>`;
  return { html, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzBench' };
}

/** A company page whose one text node is `bytes` (default 100 KB) of near-miss addresses and obfuscation hints. */
export function hostileTextPage(bytes = 100_000): { html: string; url: string } {
  const unit = 'a@b a.a.a@ x [at] y [dot] +33 1 2 3 @@@ ' + 'aaaaaaaa'.repeat(8) + '.';
  const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return {
    html: `<!DOCTYPE html><html><head><title>Hostile</title></head><body><p>${text}</p><p>contact@hostile-example.org</p></body></html>`,
    url: 'https://www.hostile-example.org/',
  };
}

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/';

/** One open Gmail message whose body holds `count` distinct addresses (100 per line), issue 10. */
export function gmailManyAddressesPage(count = 8000): { html: string; url: string } {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 100) {
    const line: string[] = [];
    for (let k = i; k < Math.min(count, i + 100); k++) line.push(`contact${k}@societe${k % 97}.fr`);
    lines.push(`<div>${line.join(', ')}</div>`);
  }
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Liste - owner@cabinet.fr - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:1790000000000000001">Liste</h2><div role="list">` +
    `<div class="h7" role="listitem" aria-expanded="true"><div class="adn ads" data-message-id="#msg-f:1790000000000000001">` +
    `<h3><span class="gD" email="anna.martin@client-bench.fr" name="Anna Martin">Anna Martin</span></h3>` +
    `<span class="g3" title="mer. 13 mars 2024, 10:42">10:42</span>` +
    `<div class="a3s">${lines.join('')}<div>Anna Martin</div></div></div></div></div></div></body></html>`;
  return { html, url: GMAIL_URL + 'FMfcgzBenchMany' };
}

/**
 * Hostile DOMs at Gmail's URL (issue 10): 10,000-deep nesting (built by the page's own script: the HTML
 * parser stops nesting at 512), a 1 MB text node, 50,000 elements. Each inside an open message.
 * The deep subtree sits under `content-visibility: hidden`: Chromium's renderer itself crashes laying out
 * more than about 2,000 nested blocks (with or without any extension); the DOM is still there to read.
 */
export function gmailHostileDomPages(): { name: string; html: string; url: string }[] {
  const page = (name: string, body: string, script = '') => ({
    name,
    url: GMAIL_URL + 'FMfcgzHostile' + name.replace(/[^a-z0-9]/gi, ''),
    html:
      `<!DOCTYPE html><html lang="fr"><head><title>Hostile - owner@cabinet.fr - Gmail</title></head><body><div role="main">` +
      `<h2 class="hP" data-thread-perm-id="thread-f:1790000000000000002">Hostile</h2><div role="list">` +
      `<div class="h7" role="listitem" aria-expanded="true"><div class="adn ads" data-message-id="#msg-f:1790000000000000002">` +
      `<h3><span class="gD" email="anna.martin@client-bench.fr" name="Anna Martin">Anna Martin</span></h3>` +
      `<div class="a3s" id="body">${body}</div></div></div></div></div>${script}</body></html>`,
  });
  return hostileContents()
    .filter(([name]) => name !== 'addresses-8000') // gmailManyAddressesPage
    .map(([name, body, script]) => page(name, body, script));
}

/**
 * The hostile contents of issue 10 (10,000-deep nesting built by the page's script, a 1 MB text node,
 * 50,000 elements, 8,000 distinct addresses), as [name, html, script] for the other detectors' pages.
 */
function hostileContents(): [string, string, string][] {
  const unit = 'a@b x [at] y [dot] contact@hostile-bench.fr 04 72 00 18 42 ';
  const lines: string[] = [];
  for (let i = 0; i < 8000; i += 100)
    lines.push(
      `<div>${Array.from({ length: 100 }, (_, k) => `contact${i + k}@societe${(i + k) % 97}.fr`).join(', ')}</div>`,
    );
  return [
    [
      'nesting-10000',
      '<div id="deep" style="content-visibility:hidden"></div>',
      `<script>let e = document.getElementById('deep'); for (let i = 0; i < 10000; i++) { const d = document.createElement(i % 2 ? 'span' : 'div'); e.appendChild(d); e = d; } e.textContent = 'bas@profond-bench.fr';</script>`,
    ],
    ['text-1MB', `<p>${unit.repeat(Math.ceil(1_000_000 / unit.length))}</p>`, ''],
    [
      'elements-50000',
      Array.from(
        { length: 2500 },
        (_, i) =>
          `<div><span>Ligne ${i}</span>${'<b>x</b>'.repeat(18)}<a href="mailto:p${i}@bench-hostile.fr">p${i}</a></div>`,
      ).join(''),
      '',
    ],
    ['addresses-8000', lines.join(''), ''],
  ];
}

export interface HostilePage {
  name: string;
  html: string;
  url: string;
}

/** The hostile contents in an open Outlook message (its body, `[role=document]`). */
export function outlookHostileDomPages(): HostilePage[] {
  return hostileContents().map(([name, body, script]) => ({
    name,
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADhostile' + name.replace(/[^a-z0-9]/gi, ''),
    html:
      `<!DOCTYPE html><html lang="fr"><head><title>Hostile</title></head><body>` +
      `<div id="ReadingPaneContainerId" role="main"><div data-app-section="ConversationContainer" data-convid="AAQkADhostile">` +
      `<div role="heading" aria-level="2"><span title="Hostile">Hostile</span></div>` +
      `<div role="listitem" aria-expanded="true" data-convitem-id="AAMkADhostile1">` +
      `<div aria-label="De : Anna Martin"><span title="anna.martin@client-bench.fr">Anna Martin</span></div>` +
      `<div aria-label="À : Moi"><span title="owner@cabinet.fr">Moi</span></div>` +
      `<div data-testid="SentReceivedSavedTime" title="mer. 13/03/2024 10:42">10:42</div>` +
      `<div role="document" id="body">${body}</div></div></div></div>${script}</body></html>`,
  }));
}

/** The hostile contents in a LinkedIn profile's main region (its "about" section). */
export function linkedinHostileDomPages(): HostilePage[] {
  return hostileContents().map(([name, body, script]) => ({
    name,
    url: 'https://www.linkedin.com/in/anna-martin-hostile-' + name.replace(/[^a-z0-9]/gi, '').toLowerCase() + '/',
    html:
      `<!DOCTYPE html><html lang="fr"><head><title>Anna Martin | LinkedIn</title></head><body><main>` +
      `<section><h1>Anna Martin</h1><div class="text-body-medium">Directrice chez Client Bench</div></section>` +
      `<section id="about">${body}</section></main>${script}</body></html>`,
  }));
}

/** The hostile contents on a company's own site (read by the on-demand detector). */
export function siteHostileDomPages(): HostilePage[] {
  return hostileContents().map(([name, body, script]) => ({
    name,
    url: 'https://www.hostile-site-bench.fr/' + name.replace(/[^a-z0-9]/gi, '').toLowerCase(),
    html:
      `<!DOCTYPE html><html lang="fr"><head><title>Hostile Bench SAS</title></head><body>` +
      `<header><h1>Hostile Bench</h1></header><main>${body}</main>` +
      `<footer>Hostile Bench SAS · 12 rue des Tests, 69003 Lyon · contact@hostile-site-bench.fr</footer>${script}</body></html>`,
  }));
}

/** One message of `gmailRealThreadPage`, as the generator wrote it (for the test and the bench's notes). */
export interface RealThreadMessage {
  from: string;
  to: string[];
  cc: string[];
  /** shown expanded (header, recipients and body in the DOM), else a collapsed header line with a snippet */
  expanded: boolean;
  /** the addresses written in the message's own text and signature (as a reader decodes them) */
  bodyAddresses: string[];
}

/**
 * A ~1 MB Gmail thread shaped as Gmail renders one (issue 9), beside the synthetic `gmailThreadPage`.
 * What it follows, checked 2026-12:
 *   - A conversation holds at most 100 messages: Gmail "breaks off into a new conversation if the subject
 *     line changes or the conversation reaches more than 100 emails" (Gmail Help, "Group emails into
 *     conversations", support.google.com/mail/answer/5900; the same in university help pages quoting it,
 *     e.g. waynetrc.wayne.k12.in.us …/gmailcalendar/conversation-view). Here: 48 messages.
 *   - An open conversation shows the messages already read collapsed (a header line: sender, date, a
 *     snippet) and the unread and newest ones expanded; "Expand all" opens the rest (uwf.edu helpdesk,
 *     "Conversations": "Messages that you previously read are collapsed … new messages are expanded").
 *     Gmail folds the middle of a long run of collapsed messages into an "N older messages" stack; whether
 *     the folded ones are in the DOM before the stack is opened is not documented: here they are, as
 *     collapsed headers (class `kQ` beside `kv`), the more work for the detector.
 *   - A reply carries the conversation's history quoted below it (Gmail nests `blockquote.gmail_quote` in a
 *     `div.gmail_quote` after a `div.gmail_attr` "On …, X wrote:", Mailspring's note on matching Gmail),
 *     and Gmail trims it behind the "…" button ("Show trimmed content": help.mail-list.com, "How to expand
 *     trimmed messages in Gmail"): the markup of our fixtures ../shared/fixtures/pages/gmail-thread-*.html,
 *     `div.adL` > `div.ajR.h4` (the button) + `div.h5` (display:none) holding the history.
 *   So a real 1 MB thread's bytes are mostly the expanded replies' quoted histories, each longer than the one
 *   before, and most messages are a header line. Here: the first message, one unread in the middle and the
 *   last four expanded (each reply quoting all the messages before it, nested), the others collapsed; four
 *   companies' people with signatures (phones, an address written "x [at] y [dot] fr"), cc lists, and
 *   addresses written only in collapsed messages' bodies, so seen only in the trimmed history. The
 *   paragraphs per message are chosen so the page is about `bytes`. Deterministic.
 */
export function gmailRealThreadPage(bytes = 1_000_000): {
  html: string;
  url: string;
  account: string;
  messages: RealThreadMessage[];
  /** addresses written only in collapsed messages' bodies: on the page only inside the trimmed history */
  quotedOnly: string[];
} {
  let built = realThread(1);
  for (let p = 2; built.html.length < bytes && p < 200; p++) {
    const next = realThread(p);
    if (next.html.length > bytes && next.html.length - bytes > bytes - built.html.length) break;
    built = next;
  }
  return built;
}

interface RealPerson {
  name: string;
  email: string;
  title: string;
  company: string;
  phone: string;
  /** the address the signature writes, obfuscated (a shared mailbox of the company) */
  shared: [string, string, string];
}

const REAL_ACCOUNT = 'claire.fontaine@cabinet-fontaine.fr';
const REAL_PEOPLE: RealPerson[] = [
  {
    name: 'Claire Fontaine',
    email: REAL_ACCOUNT,
    title: 'Avocate associée',
    company: 'Cabinet Fontaine',
    phone: '+33 4 78 52 19 60',
    shared: ['secretariat', 'cabinet-fontaine', 'fr'],
  },
  {
    name: 'Julien Roche',
    email: 'j.roche@maisonneuve-habitat.fr',
    title: 'Directeur du patrimoine',
    company: 'Maisonneuve Habitat SA',
    phone: '+33 4 72 61 30 15',
    shared: ['patrimoine', 'maisonneuve-habitat', 'fr'],
  },
  {
    name: 'Sabine Kessler',
    email: 'sabine.kessler@maisonneuve-habitat.fr',
    title: 'Responsable juridique',
    company: 'Maisonneuve Habitat SA',
    phone: '+33 4 72 61 30 22',
    shared: ['juridique', 'maisonneuve-habitat', 'fr'],
  },
  {
    name: 'Hugo Verdier',
    email: 'hugo@atelier-verdier.fr',
    title: 'Gérant',
    company: 'Atelier Verdier SARL',
    phone: '+33 6 12 48 90 37',
    shared: ['devis', 'atelier-verdier', 'fr'],
  },
  {
    name: 'Nadia Ferhat',
    email: 'n.ferhat@atelier-verdier.fr',
    title: 'Conductrice de travaux',
    company: 'Atelier Verdier SARL',
    phone: '+33 6 27 55 81 04',
    shared: ['chantiers', 'atelier-verdier', 'fr'],
  },
  {
    name: 'Inès Carvalho',
    email: 'ines.carvalho@carvalho-archi.eu',
    title: 'Architecte DPLG',
    company: 'Carvalho Architectes',
    phone: '+33 4 81 09 66 73',
    shared: ['agence', 'carvalho-archi', 'eu'],
  },
  {
    name: 'Tobias Lindner',
    email: 't.lindner@lindner-vermessung.de',
    title: 'Vermessungsingenieur',
    company: 'Lindner Vermessung GmbH',
    phone: '+49 89 2154 7730',
    shared: ['buero', 'lindner-vermessung', 'de'],
  },
];
const REAL_COUNT = 48;
// expanded: the first, one unread in the middle, the last four
const realExpanded = (i: number) => i === 0 || i === 23 || i >= REAL_COUNT - 4;
const DAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const REAL_TOPICS = [
  'le relevé des façades',
  'la reprise des fondations côté cour',
  "l'avenant n° 2 au marché de travaux",
  'le calendrier des interventions en site occupé',
  'la déclaration préalable déposée en mairie',
  'les réserves levées à la visite du 12',
  'la retenue de garantie et la caution bancaire',
  "le désamiantage des gaines de l'escalier B",
];

function realThread(paragraphs: number) {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const person = (email: string) => REAL_PEOPLE.find((p) => p.email === email)!;
  const messages: (RealThreadMessage & {
    date: string;
    dateShort: string;
    attr: string;
    html: string;
    snippet: string;
  })[] = [];
  const quotedOnly: string[] = [];
  for (let i = 0; i < REAL_COUNT; i++) {
    // senders turn over the six outside people and the account; recipients are the others, some in cc
    const from = REAL_PEOPLE[(i * 5 + 1) % REAL_PEOPLE.length]!;
    const others = REAL_PEOPLE.filter((p) => p !== from);
    const to = others.filter((_, k) => (k + i) % 3 === 0).map((p) => p.email);
    const cc = others.filter((_, k) => (k + i) % 3 !== 0 && (k * 7 + i) % 4 !== 0).map((p) => p.email);
    // two or three a working day from Monday 4 March 2024 (weekends skipped), between 8:00 and 18:00
    const workday = Math.floor(i / 2.5);
    const when = new Date(
      Date.UTC(2024, 2, 4 + workday + 2 * Math.floor(workday / 5), 8 + ((i * 4) % 10), (i * 17) % 60),
    );
    const day = DAYS[when.getUTCDay()]!;
    const hm = `${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`;
    const date = `${day} ${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()}, ${hm}`;
    const dateShort = `${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]}, ${hm}`;
    const attr = `Le ${day.replace('.', '')} ${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()} à ${hm}, ${from.name} &lt;<a href="mailto:${from.email}" target="_blank">${from.email}</a>&gt; a écrit&nbsp;:`;
    const expanded = realExpanded(i);
    const bodyAddresses = [from.email, from.shared.join('.').replace('.', '@')];
    const greeting = i === 0 ? 'Bonjour à tous,' : `Bonjour ${person(to[0] ?? REAL_ACCOUNT).name.split(' ')[0]},`;
    const paras: string[] = [];
    for (let k = 0; k < paragraphs; k++) {
      const topic = REAL_TOPICS[(i + k) % REAL_TOPICS.length]!;
      paras.push(
        `<p class="MsoNormal">Point ${k + 1} sur ${esc(topic)} : nous avons repris les éléments transmis lors de notre dernier échange ` +
          `et les chiffres de la semaine ${10 + ((i + k) % 40)}. Le montant révisé s'établit à ${(12_400 + i * 310 + k * 95).toLocaleString('fr-FR').replace(/\u202f/g, ' ')} € HT, ` +
          `sous réserve de la validation du maître d'ouvrage et du planning d'accès aux logements.</p>`,
      );
    }
    // a collapsed message's body names a mailbox nobody else writes: on the page, only in the quoted history
    let extra = '';
    if (!expanded && i % 4 === 1) {
      const only = `archives${i}@${from.shared[1]}.${from.shared[2]}`;
      quotedOnly.push(only);
      extra = `<p class="MsoNormal">Les pièces sont aussi à l'adresse ${only} pour le dossier.</p>`;
    }
    // an expanded one asks to write to another mailbox, obfuscated in its text
    if (expanded) {
      const box = `suivi-${i}`;
      bodyAddresses.push(`${box}@${from.shared[1]}.${from.shared[2]}`);
      extra = `<p class="MsoNormal">Pour les documents, écrivez plutôt à ${box} [at] ${from.shared[1]} [dot] ${from.shared[2]}, merci.</p>`;
    }
    const signature =
      `<table cellpadding="0" cellspacing="0" border="0"><tbody><tr><td valign="top" style="font-size:9pt">` +
      `<b>${esc(from.name)}</b><br>${esc(from.title)}<br><b>${esc(from.company)}</b><br>` +
      `Tél.&nbsp;: ${from.phone}<br><a href="mailto:${from.email}" target="_blank">${from.email}</a> · ` +
      `${from.shared[0]} [at] ${from.shared[1]} [dot] ${from.shared[2]}</td></tr></tbody></table>`;
    const own = `<p class="MsoNormal">${esc(greeting)}</p>${paras.join('')}${extra}<p class="MsoNormal">Bien cordialement,</p>${signature}`;
    const prev = messages[i - 1];
    // a reply quotes the previous message, itself quoting its own history (Gmail's nesting)
    const html = prev
      ? `${own}<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${prev.attr}<br></div>` +
        `<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${prev.html}</blockquote></div>`
      : own;
    const snippet = `${greeting} Point 1 sur ${REAL_TOPICS[i % REAL_TOPICS.length]} : nous avons repris les éléments transmis…`;
    messages.push({ from: from.email, to, cc, expanded, bodyAddresses, date, dateShort, attr, html, snippet });
  }

  const span = (cls: string, email: string, name: string, text = name) =>
    `<span translate="no" class="${cls}" email="${email}" name="${esc(name)}" data-hovercard-id="${email}">${esc(text)}</span>`;
  const items = messages.map((m, i) => {
    const from = person(m.from);
    const id = `#msg-f:17934${String(1000000000000 + i * 7919).padStart(14, '0')}`;
    const avatar = `<div class="aju"><div class="aCi"><img class="ajn bofPge" jid="${m.from}" data-name="${esc(from.name)}" aria-hidden="true" alt=""></div></div>`;
    const h3 = `<h3 class="iw gFxsud"><span class="qu" role="gridcell">${span('gD', m.from, from.name)}${m.expanded ? ` <span class="go"><span aria-hidden="true">&lt;</span>${m.from}<span aria-hidden="true">&gt;</span></span>` : ''}</span></h3>`;
    const when = `<span class="g3" title="${m.date}" alt="${m.date}" role="gridcell">${m.dateShort}</span>`;
    if (!m.expanded) {
      const folded = i > 2 && i < REAL_COUNT - 4;
      return (
        `<div class="kv${folded ? ' kQ' : ''} ie nH oy8Mbf" role="listitem" aria-expanded="false" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div class="adn ads" data-message-id="${id}">` +
        `${avatar}<div class="gs"><div class="gE hI" tabindex="0" role="button" aria-expanded="false"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ xD">` +
        `<td class="gF gK">${h3}</td><td class="gH bAk"><div class="gK">${when}</div></td></tr>` +
        `<tr><td colspan="3" class="ady"><div class="iA g6">${esc(m.snippet)}</div></td></tr></tbody></table></div></div></div></div></div></div></div>`
      );
    }
    const recips = (list: string[], short: boolean) =>
      list
        .map((e) =>
          e === REAL_ACCOUNT
            ? span('g2', e, short ? 'moi' : person(e).name, short ? 'moi' : person(e).name)
            : span('g2', e, person(e).name, short ? person(e).name.split(' ')[0] : person(e).name) +
              (short ? '' : ` <span>&lt;${e}&gt;</span>`),
        )
        .join(short ? ', ' : ',<br>');
    const row = (label: string, value: string) =>
      `<tr class="ajv"><td colspan="2" class="gG"><span class="gI">${label}</span></td><td colspan="2" class="gL"><span class="gI">${value}</span></td></tr>`;
    const details =
      `<div class="ajA SK" style="visibility:hidden"><div class="ajB gt"><table cellpadding="0" class="ajC"><tbody>` +
      row('de :', `${span('gD', m.from, from.name)} <span>&lt;${m.from}&gt;</span>`) +
      row('à :', recips(m.to, false)) +
      (m.cc.length ? row('cc :', recips(m.cc, false)) : '') +
      row('date :', m.date) +
      row('objet :', 'RE: Réhabilitation 14 rue Paul-Bert – lot 3') +
      `</tbody></table></div></div>`;
    // the history after the message's own text, trimmed behind Gmail's "…" button
    const [ownPart, quoted] = splitQuote(m.html);
    const body =
      `<div class="ii gt"><div class="a3s aiL"><div dir="ltr">${ownPart}` +
      (quoted
        ? `<div class="yj6qo"></div><div class="adL"><div class="adm"><div class="ajR h4" role="button" tabindex="0" aria-label="Afficher le contenu tronqué" aria-expanded="false"><div class="ajT"></div></div></div><div class="h5">${quoted}</div></div>`
        : '') +
      `</div></div></div>`;
    return (
      `<div class="h7 ie nH oy8Mbf" role="listitem" aria-expanded="true" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div class="adn ads" data-message-id="${id}">` +
      `${avatar}<div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ xD">` +
      `<td class="gF gK">${h3}</td><td class="gH bAk"><div class="gK">${when}</div></td></tr>` +
      `<tr class="acZ"><td colspan="3"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">à ${recips(m.to, true)}${m.cc.length ? ', ' + recips(m.cc, true) : ''}</span></div>${details}</td></tr></tbody></table></td></tr>` +
      `</tbody></table></div>${body}</div></div></div></div></div></div>`
    );
  });
  const folded = messages.filter((m, i) => !m.expanded && i > 2 && i < REAL_COUNT - 4).length;
  // the "N older messages" stack before the folded ones
  items.splice(
    3,
    0,
    `<div class="adf ads" role="button" tabindex="0"><span class="adx">${folded}</span> messages plus anciens</div>`,
  );
  const subject = 'Réhabilitation 14 rue Paul-Bert – lot 3';
  const html =
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${esc(subject)} - ${REAL_ACCOUNT} - Gmail</title>` +
    `<style>.h5,.adL>.h5{display:none}.ajA.SK{visibility:hidden;position:absolute}.kQ .gs,.kx .gs{display:none}</style></head>` +
    `<body><header role="banner"><a aria-label="Compte Google : Claire Fontaine (${REAL_ACCOUNT})" href="#">CF</a></header>` +
    `<div class="nH" role="main"><div class="nH a98 iY" role="region"><div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1793400000000000048" data-legacy-thread-id="18e4b0c0d0e0f048">${esc(subject)}</h2></div>` +
    `<div class="nH aHU"><div class="nH hx"><div role="list">${items.join('\n')}</div></div></div></div></div></body></html>`;
  return {
    html,
    // (account u/1: the bench serves its pages by URL before the '#', the synthetic thread is at u/0)
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzRealThread',
    account: REAL_ACCOUNT,
    messages: messages.map(({ from, to, cc, expanded, bodyAddresses }) => ({ from, to, cc, expanded, bodyAddresses })),
    quotedOnly,
  };
}

// a message's html is its own text, then (a reply) its `div.gmail_quote`
function splitQuote(html: string): [string, string] {
  const at = html.indexOf('<div class="gmail_quote">');
  return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}
