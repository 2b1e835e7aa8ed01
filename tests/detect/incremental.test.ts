/**
 * Incremental detection gives the same result as a full pass: after a message is added, after a
 * message body changes in place, and after a wholesale swap. Runs on the bench's synthetic thread
 * (no shared corpus needed).
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../dom';
import { IncrementalDetection, WHOLESALE } from '../../core/detect/incremental';
import { gmailDetector } from '../../core/detect/gmail';
import { outlookDetector } from '../../core/detect/outlook';
import fs from 'node:fs';
import path from 'node:path';
import { gmailThreadPage } from '../../scripts/detect-bench-pages';

const fullPass = (doc: Document, url: string) => gmailDetector.detect(doc, new URL(url));

describe('IncrementalDetection (Gmail)', () => {
  const { html, url } = gmailThreadPage(40_000);

  it('first run is a full pass equal to the plain detector', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    expect(inc.full(doc, url)).toEqual(fullPass(doc, url));
    expect(inc.size).toBe(doc.querySelectorAll('[data-message-id]').length);
  });

  it('an added message yields the same detection as a full pass', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    const before = inc.full(doc, url);
    const list = doc.querySelector('[role=list]')!;
    const item = list.lastElementChild!.cloneNode(true) as Element;
    const m = item.querySelector('[data-message-id]')!;
    m.setAttribute('data-message-id', '#msg-f:1999999999999999999');
    item.setAttribute('aria-expanded', 'true');
    const sender = m.querySelector('[email]')!;
    sender.setAttribute('email', 'ines.carvalho@portoracks.pt');
    sender.setAttribute('name', 'Inês Carvalho');
    list.appendChild(item);
    const after = inc.update(doc, url, { targets: [list], count: 1 });
    expect(after).toEqual(fullPass(doc, url));
    expect(after).not.toEqual(before);
    expect(after.message?.from.email).toBe('ines.carvalho@portoracks.pt');
    expect(after.message?.messageId).toBe('msg-f:1999999999999999999');
    expect(inc.stats).toEqual({ full: 1, incremental: 1 });
  });

  it('a body changed in place is re-read (its unit is invalidated)', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.full(doc, url);
    const body = [...doc.querySelectorAll('.a3s')].at(-1)!;
    const p = doc.createElement('p');
    p.textContent = 'Nouvelle adresse : achats@nouveau-client.fr';
    body.insertBefore(p, body.firstChild);
    const after = inc.update(doc, url, { targets: [body], count: 1 });
    expect(after).toEqual(fullPass(doc, url));
    expect(after.emails.map((e) => e.address)).toContain('achats@nouveau-client.fr');
  });

  it('a removed message disappears and its memo entry is pruned', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.full(doc, url);
    const n = inc.size;
    const list = doc.querySelector('[role=list]')!;
    list.removeChild(list.firstElementChild!);
    expect(inc.update(doc, url, { targets: [list], count: 1 })).toEqual(fullPass(doc, url));
    expect(inc.size).toBe(n - 1);
  });

  it('a URL change or a wholesale batch runs a full pass', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.full(doc, url);
    inc.update(doc, url + 'x', { targets: [], count: 1 });
    inc.update(doc, url + 'x', { targets: [], count: WHOLESALE + 1 });
    expect(inc.stats).toEqual({ full: 3, incremental: 0 });
  });

  it('a full pass in slices (reset, prepare…, update) equals a full pass', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.reset(url);
    let steps = 1;
    while (!inc.prepare(doc, 4)) steps++;
    const n = doc.querySelectorAll('[data-message-id]').length;
    expect(steps).toBe(Math.ceil(n / 4));
    expect(inc.size).toBe(n);
    expect(inc.update(doc, url, { targets: [], count: 0 })).toEqual(fullPass(doc, url));
  });

  it('unitOf maps a node inside a message to that message', () => {
    const doc = loadDocument(html, url);
    const body = doc.querySelector('.a3s')!;
    expect(gmailDetector.unitOf!(body.firstChild!)).toBe(
      body.closest('[data-message-id]')!.getAttribute('data-message-id'),
    );
    expect(gmailDetector.unitOf!(doc.body)).toBeUndefined();
  });
});

describe('IncrementalDetection (Outlook)', () => {
  const file = path.resolve(__dirname, '../fixtures/pages/outlook-live-message-fr-to-cc.html');
  const url =
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iZjM5LWI2NTYtMDACLTAwCgAQAJ3xTz7kR0pFp2Fq9mM1cUY%3D';

  it('a change in the open item re-reads that item only, same result as a full pass', () => {
    const doc = loadDocument(fs.readFileSync(file, 'utf8'), url);
    const inc = new IncrementalDetection(outlookDetector);
    expect(inc.full(doc, url)).toEqual(outlookDetector.detect(doc, new URL(url)));
    const body = doc.querySelector('[role=document] .rps_8f21')!;
    const p = doc.createElement('p');
    p.textContent = 'Pour la facturation : factures@ardoises-du-lot.fr';
    body.insertBefore(p, body.firstChild);
    expect(outlookDetector.unitOf!(p)).toBe('AQMkADAwATM0MDAAMS1iZjM5item02');
    const after = inc.update(doc, url, { targets: [body], count: 1 });
    expect(after).toEqual(outlookDetector.detect(doc, new URL(url)));
    expect(after.emails.map((e) => e.address)).toContain('factures@ardoises-du-lot.fr');
    expect(after.message?.bodyText).toContain('Pour la facturation');
  });
});

describe('IncrementalDetection (detector without units)', () => {
  it('falls back to a full pass', () => {
    const url = 'https://outlook.office.com/mail/';
    const doc = loadDocument('<html><body><div role="main"></div></body></html>', url);
    const inc = new IncrementalDetection({ ...outlookDetector, unitOf: undefined });
    inc.full(doc, url);
    inc.update(doc, url, { targets: [doc.body], count: 1 });
    expect(inc.stats.full).toBe(2);
  });
});

describe('IncrementalDetection: one big message read over several slices', () => {
  // One open message whose body holds many elements (issue 10's hostile DOMs): a slice ends when the
  // glue's `due` says its time is up, in the middle of the message, and the next one resumes there.
  const rows = Array.from(
    { length: 600 },
    (_, i) =>
      `<div><span>Ligne ${i}</span>${'<b>x</b>'.repeat(4)}<a href="mailto:p${i}@slices-bench.fr">p${i}</a> q${i} [at] slices-bench [dot] fr</div>`,
  ).join('');
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzSlices';
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Tranches - owner@cabinet.fr - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:1790000000000000009">Tranches</h2><div role="list">` +
    `<div class="h7" role="listitem" aria-expanded="true"><div class="adn ads" data-message-id="#msg-f:1790000000000000009">` +
    `<h3><span class="gD" email="anna.martin@client-bench.fr" name="Anna Martin">Anna Martin</span></h3>` +
    `<div class="a3s">${rows}<p>Cordialement,<br>Anna Martin<br>Directrice, Client Bench<br>04 72 00 18 42</p></div></div></div></div></div></body></html>`;

  it('yields more than once and gives the same detection as the one-shot detector', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.reset(url);
    let slices = 1;
    // (every slice makes progress: a due() always true still ends)
    while (!inc.prepare(doc, 20, () => true)) expect(++slices).toBeLessThan(1000);
    expect(slices).toBeGreaterThan(3);
    const sliced = inc.update(doc, url, { targets: [], count: 0 });
    expect(sliced).toEqual(fullPass(doc, url));
    expect(sliced.emails.length).toBeGreaterThan(100);
  });

  it('a message changed between two slices is read again, never half from the old DOM', () => {
    const doc = loadDocument(html, url);
    const inc = new IncrementalDetection(gmailDetector);
    inc.reset(url);
    expect(inc.prepare(doc, 20, () => true)).toBe(false);
    // the rows being read are replaced (Gmail re-renders a body): the paused read's node is gone
    const body = doc.querySelector('.a3s')!;
    body.innerHTML = '<p>Nouveau contenu : achats@nouveau-client.fr</p>';
    for (let n = 0; !inc.prepare(doc, 20, () => true); n++) expect(n).toBeLessThan(1000);
    const after = inc.update(doc, url, { targets: [body], count: 1 });
    expect(after).toEqual(fullPass(doc, url));
    expect(after.emails.map((e) => e.address)).toContain('achats@nouveau-client.fr');
    expect(after.emails.map((e) => e.address)).not.toContain('p0@slices-bench.fr');
  });
});
