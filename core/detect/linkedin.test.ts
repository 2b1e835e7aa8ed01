import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';

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
});
