/**
 * Issue 10 (no content-script task over 50 ms): Outlook's open message, LinkedIn's main region and the
 * on-demand detection of a company site are read over several slices (the glue's `due` ends each one) and give what one pass gives; a node the
 * page re-renders between two slices is read again, never half from the old DOM.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../dom';
import { IncrementalDetection } from '../../core/detect/incremental';
import { outlookDetector } from '../../core/detect/outlook';
import { linkedinDetector } from '../../core/detect/linkedin';
import { companySiteDetector, companySiteSteps } from '../../core/detect/company-site';
import type { Detector } from '../../core/detect/types';

// a big body: many elements, addresses in text and in mailto: links (invented people and companies)
const rows = Array.from(
  { length: 600 },
  (_, i) =>
    `<div><span>Ligne ${i}</span>${'<b>x</b>'.repeat(4)}<a href="mailto:p${i}@tranches-bench.fr">p${i}</a> q${i}@tranches-bench.fr</div>`,
).join('');

const outlook = {
  url: 'https://outlook.office.com/mail/inbox/id/AAQkADslices',
  html:
    `<!DOCTYPE html><html lang="fr"><head><title>Tranches</title></head><body>` +
    `<div id="ReadingPaneContainerId" role="main"><div data-app-section="ConversationContainer" data-convid="AAQkADslices">` +
    `<div role="heading" aria-level="2"><span title="Tranches">Tranches</span></div>` +
    `<div role="listitem" aria-expanded="true" data-convitem-id="AAMkADslices1">` +
    `<div aria-label="De : Anna Martin"><span title="anna.martin@client-tranches.fr">Anna Martin</span></div>` +
    `<div aria-label="À : Moi"><span title="moi@cabinet-tranches.fr">Moi</span></div>` +
    `<div data-testid="SentReceivedSavedTime" title="mer. 13/03/2024 10:42">10:42</div>` +
    `<div role="document">${rows}<p>Cordialement,<br>Anna Martin<br>Directrice, Client Tranches<br>04 72 00 18 42</p>` +
    `<div id="divRplyFwdMsg">De : ancien@historique-tranches.fr</div></div></div></div></div></body></html>`,
  body: '[role=document]',
};

const linkedin = {
  url: 'https://www.linkedin.com/in/anna-martin-tranches/',
  html:
    `<!DOCTYPE html><html lang="fr"><head><title>Anna Martin | LinkedIn</title></head><body><main>` +
    `<section><h1>Anna Martin</h1><div class="text-body-medium">Directrice chez Client Tranches</div></section>` +
    `<section id="about">${rows}</section></main></body></html>`,
  body: '#about',
};

function sliced(detector: Detector, doc: Document, url: string) {
  const inc = new IncrementalDetection(detector);
  inc.reset(url);
  let slices = 1;
  // (every slice makes progress: a due() always true still ends)
  while (!inc.prepare(doc, 20, () => true)) expect(++slices).toBeLessThan(5000);
  return { slices, d: inc.update(doc, url, { targets: [], count: 0 }) };
}

describe.each([
  ['Outlook', outlookDetector, outlook],
  ['LinkedIn', linkedinDetector, linkedin],
] as const)('%s: a big page read in slices', (_, detector, page) => {
  it('pauses several times and equals the one-shot detection', () => {
    const doc = loadDocument(page.html, page.url);
    const { slices, d } = sliced(detector, doc, page.url);
    expect(slices).toBeGreaterThan(3);
    expect(d).toEqual(detector.detect(doc, new URL(page.url)));
    expect(d.emails.length).toBeGreaterThan(100);
  });

  it('a body re-rendered between two slices is read again', () => {
    const doc = loadDocument(page.html, page.url);
    const inc = new IncrementalDetection(detector);
    inc.reset(page.url);
    expect(inc.prepare(doc, 20, () => true)).toBe(false);
    const body = doc.querySelector(page.body)!;
    body.innerHTML = '<p>Nouveau contenu : achats@nouveau-tranches.fr</p>';
    for (let n = 0; !inc.prepare(doc, 20, () => true); n++) expect(n).toBeLessThan(5000);
    const after = inc.update(doc, page.url, { targets: [], count: 0 });
    expect(after).toEqual(detector.detect(doc, new URL(page.url)));
    const emails = after.emails.map((e) => e.address);
    expect(emails).toContain('achats@nouveau-tranches.fr');
    expect(emails).not.toContain('p0@tranches-bench.fr');
  });
});

describe('on demand (company site): the detection in steps', () => {
  const url = 'https://www.tranches-bench.fr/equipe';
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Tranches Bench SAS</title></head><body><main>` +
    `<h1>Tranches Bench</h1><section id="about">${rows}</section></main>` +
    `<footer>Tranches Bench SAS · 12 rue des Tests, 69003 Lyon · contact@tranches-bench.fr</footer></body></html>`;

  it('yields several times and ends with the one-shot detection', () => {
    const doc = loadDocument(html, url);
    const steps = companySiteSteps(doc, new URL(url));
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) expect(++pauses).toBeLessThan(5000);
    expect(pauses).toBeGreaterThan(3);
    expect(r.value).toEqual(companySiteDetector.detect(doc, new URL(url)));
    expect(r.value.emails.length).toBeGreaterThan(100);
  });

  it('a part re-rendered between two steps stops the detection (never half from the old DOM)', () => {
    const doc = loadDocument(html, url);
    const steps = companySiteSteps(doc, new URL(url));
    expect(steps.next().done).toBe(false);
    doc.querySelector('#about')!.innerHTML = '<p>Nouveau contenu : achats@nouveau-tranches.fr</p>';
    expect(() => {
      for (let n = 0; !steps.next().done; n++) expect(n).toBeLessThan(5000);
    }).toThrow('detached');
  });
});
