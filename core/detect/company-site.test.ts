import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';

function page(url: string, body: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html><head><title>Presse</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('company site: people in running text', () => {
  it('a quote naming another company’s managing director keeps that company (prose is no legal notice)', () => {
    const doc = page(
      'https://www.gruenwald-solar.example/presse/agri-pv',
      `<h1>Pressemitteilung</h1>
      <p>Die Grünwald Solartechnik AG und die Stadtwerke Halbach GmbH haben heute den Vertrag unterzeichnet.</p>
      <p>„Unsere Kundinnen und Kunden wollen Strom, der hier vor Ort erzeugt wird und kein Ackerland kostet“, so Thomas Brückner, Geschäftsführer der Stadtwerke Halbach GmbH.</p>
      <footer><p>© 2026 Grünwald Solartechnik AG · Amtsgericht Bamberg HRB 6481</p></footer>`,
    );
    const got = detect(doc, 'https://www.gruenwald-solar.example/presse/agri-pv');
    const thomas = got.people.find((p) => p.name === 'Thomas Brückner');
    expect(thomas?.company).toBe('Stadtwerke Halbach GmbH');
  });
});
