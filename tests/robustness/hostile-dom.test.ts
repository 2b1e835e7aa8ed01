/**
 * Robustness (issue 10): hostile pages given to the pure detector every content script runs:
 * 10,000-deep nesting, 1 MB text nodes, 50,000 elements, shadow roots, iframes. No crash, a valid
 * detection, and a loose time bound (happy-dom is far slower than a browser; speed is the bench's).
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../core/detect/registry';

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz',
  'https://outlook.office.com/mail/inbox/id/AAQkAD',
  'https://www.linkedin.com/in/someone/',
  'https://www.linkedin.com/search/results/people/?keywords=x',
  'https://www.acme.fr/contact',
];
const LOOSE_MS = 20_000;

function fresh(): Document {
  const doc = document.implementation.createHTMLDocument('hostile');
  return doc;
}

function check(doc: Document) {
  for (const url of URLS) {
    const t0 = performance.now();
    const d = detect(doc, url);
    const ms = performance.now() - t0;
    expect(ms, `${url} took ${Math.round(ms)} ms`).toBeLessThan(LOOSE_MS);
    expect(Array.isArray(d.emails) && Array.isArray(d.people) && Array.isArray(d.companies)).toBe(true);
    expect(d.emails.length).toBeLessThanOrEqual(500);
  }
}

describe('hostile DOMs', () => {
  it('10,000-deep nesting', () => {
    const doc = fresh();
    let node: Element = doc.body;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement(i % 3 ? 'div' : 'span');
      if (i % 1000 === 0) div.textContent = `deep${i}@acme.fr`;
      node.append(div);
      node = div;
    }
    const a = doc.createElement('a');
    a.href = 'mailto:bottom@acme.fr';
    a.textContent = 'Bottom';
    node.append(a);
    check(doc);
  }, 120_000);

  it('1 MB text nodes: addresses, digits and legal-name bait', () => {
    const doc = fresh();
    const p1 = doc.createElement('p');
    p1.textContent = Array.from({ length: 40_000 }, (_, i) => `u${i}@d${i % 97}.fr`)
      .join(' ')
      .slice(0, 1_000_000);
    const p2 = doc.createElement('p');
    p2.textContent = '1'.repeat(1_000_000);
    const p3 = doc.createElement('p');
    p3.textContent = 'SAS '.repeat(250_000);
    const p4 = doc.createElement('p');
    p4.textContent = `${'a'.repeat(500_000)}@${'b.'.repeat(250_000)}`;
    doc.body.append(p1, p2, p3, p4);
    check(doc);
  }, 120_000);

  it('50,000 elements', () => {
    const doc = fresh();
    const frag = doc.createDocumentFragment();
    for (let i = 0; i < 50_000; i++) {
      const el = doc.createElement(i % 5 === 0 ? 'a' : 'span');
      if (i % 5 === 0) el.setAttribute('href', `mailto:p${i}@acme${i % 13}.fr`);
      if (i % 7 === 0) el.setAttribute('email', `e${i}@x${i % 11}.fr`);
      el.textContent = `item ${i}`;
      frag.append(el);
    }
    doc.body.append(frag);
    check(doc);
  }, 180_000);

  it('shadow roots and iframes', () => {
    const doc = fresh();
    for (let i = 0; i < 200; i++) {
      const host = doc.createElement('div');
      const root = host.attachShadow({ mode: i % 2 ? 'open' : 'closed' });
      const a = doc.createElement('a');
      a.href = `mailto:shadow${i}@acme.fr`;
      a.textContent = `shadow${i}@acme.fr`;
      root.append(a);
      doc.body.append(host);
      const frame = doc.createElement('iframe');
      frame.setAttribute('srcdoc', `<a href="mailto:frame${i}@acme.fr">x</a>`);
      doc.body.append(frame);
    }
    // A script-looking page: detection reads it as data.
    const s = doc.createElement('script');
    s.textContent = 'throw new Error("never run")';
    doc.body.append(s);
    check(doc);
  }, 120_000);
});
