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
