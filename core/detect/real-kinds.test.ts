import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detect } from './registry';

// Structures of real pages the detectors had never read (issue 7); the pages are invented.
function run(url: string, body: string, head = '<title>Presse</title>') {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return detect(window.document as unknown as Document, url);
}
const names = (r: ReturnType<typeof run>) => r.people.map((p) => p.name);

describe('real page kinds', () => {
  it('a wire naming itself only in JSON-LD is the host: the release path makes it a release, the issuer its company', () => {
    const menu = Array.from({ length: 450 }, (_, i) => `<li><a href="/m/${i}">Segment ${i}</a></li>`).join('');
    const r = run(
      'https://www.wire.example/news-releases/larkspur-opens-plant-301.html',
      `<ul>${menu}</ul><p>OSLO, May 2, 2025 /Wire/ -- Larkspur Foods , a bakery group, today opened a plant.</p>
      <p>About Larkspur Foods</p><p>Larkspur Foods bakes bread.</p>
      <p>MEDIA CONTACT:</p><p>Ida Brekke<br><a href="mailto:ida@larkspur.example">ida@larkspur.example</a></p>
      <footer>© 2025 Wire Media Inc.</footer>`,
      '<title>Larkspur opens a plant</title><script type="application/ld+json">{"@type":"Organization","name":"Wire Media Inc."}</script>',
    );
    expect(r.companies[0]?.name).toBe('Larkspur Foods');
    expect(r.companies.map((c) => c.name)).not.toContain('Wire Media Inc.');
  });

  it('a title before the name: "XY-Präsident Name: „…", "le président Name déclare"', () => {
    const r = run(
      'https://www.xy-verband.example/presse/a',
      `<p>XY-Präsident Konrad Ielmann: „Die Richtlinie kommt spät.“</p>
      <p>Au nom de tous, le président Hervé Maucourt déclare : « Bravo. »</p><p>info@xy-verband.example</p>`,
    );
    expect(r.people.find((p) => p.name === 'Konrad Ielmann')?.title).toBe('Präsident');
    expect(r.people.find((p) => p.name === 'Hervé Maucourt')?.title).toBe('président');
  });

  it('a team grid of names with roles no title list knows', () => {
    const card = (n: string, role: string) =>
      `<div class="item"><div class="p"><div class="t"><h3>${n}</h3><p>${role}</p></div></div></div>`;
    const r = run(
      'https://www.gemein.example/ueber-uns',
      `<h2>Unser Team</h2><div class="items">${card('Ilse Wammerl', 'Sysadmin')}${card('Bruno Feichtinger', 'Datenbankprofi')}${card('Renate Oswald', 'Netzwerkerin')}</div><p>hallo@gemein.example</p>`,
    );
    expect(r.people.find((p) => p.name === 'Bruno Feichtinger')?.title).toBe('Datenbankprofi');
    expect(names(r)).toEqual(expect.arrayContaining(['Ilse Wammerl', 'Renate Oswald']));
  });

  it('"Leiterin: Name" under a region heading, "Autoren A und B"; the region and a "Kontakt X" box are no people', () => {
    const r = run(
      'https://www.kammer.example/news/frost',
      `<article><p>Text.</p><p>Autoren Hedda Lorenzen und Jorin Vesper</p></article>
      <aside><div class="media"><div class="b"><strong>Mittelmeerraum, Nahost</strong><br>Leiterin:&nbsp; Wiebke Saalfeld<br><a href="tel:+492514470123">Telefon: 0251 4470-123</a></div></div>
      <div class="media"><div class="b"><strong>Projektleitung:&nbsp;</strong> <strong>Torben Kalweit</strong></div></div>
      <div><p>Kontakt Beratungsdienst</p><p>0251 4470-100</p><p>beratung@kammer.example</p></div></aside>`,
    );
    expect(r.people.find((p) => p.name === 'Wiebke Saalfeld')?.title).toBe('Leiterin');
    expect(names(r)).toEqual(expect.arrayContaining(['Torben Kalweit', 'Hedda Lorenzen', 'Jorin Vesper']));
    expect(names(r)).not.toContain('Mittelmeerraum');
    expect(names(r)).not.toContain('Kontakt Beratungsdienst');
    expect(r.people.find((p) => p.name === 'Torben Kalweit')?.title).not.toMatch(/Saalfeld/);
  });

  it('a contact card heading in a section’s <header>, with "Telefon:" alone on its line', () => {
    const r = run(
      'https://www.vdks.example/presse/a',
      `<aside><section><div><header><h6>Kontakt</h6><h5>Jasmin Oberreiter</h5></header>
      <p>Pressereferentin Energie &amp; Klima</p><p>Telefon:</p><p>+49 69 4471-218</p></div></section></aside><p>info@vdks.example</p>`,
    );
    expect(r.people.find((p) => p.name === 'Jasmin Oberreiter')?.phones).toEqual(['+49 69 4471-218']);
  });

  it('an og:site_name that is the headline gives way to the title part naming the domain', () => {
    const r = run(
      'https://www.ventelia.example/presse/a',
      '<p>contact@ventelia.example</p>',
      '<title>Lancement du parc de Vaurenne | Ventelia</title><meta property="og:site_name" content="Lancement du parc de Vaurenne">',
    );
    expect(r.companies[0]?.name).toBe('Ventelia');
  });
});
