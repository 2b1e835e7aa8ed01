import { describe, expect, it } from 'vitest';
import { openDocument } from '../../tests/dom';
import { blockLines } from './dom';
import { orgName, personName } from './page-people';
import { signedQuotes } from './page-prose';

describe('signedQuotes: a testimonial’s author under the quote (issue 7)', () => {
  const quote = (cite: string, cls = 'testimonial') =>
    `<blockquote class="${cls}"><p>« Travail soigné, délais tenus. »</p><cite>${cite}</cite></blockquote>`;
  it.each([
    ['a name alone', quote('— Aurélie Fontanel'), [{ name: 'Aurélie Fontanel' }]],
    [
      'a name and a firm',
      quote('— Jake Morrow, <span class="firm">Morrow Joinery</span>'),
      [{ name: 'Jake Morrow', company: 'Morrow Joinery' }],
    ],
    [
      'a name, a title and a firm (de)',
      quote('– Petra Lindqvist, Einkaufsleiterin, Hallberg Logistik'),
      [{ name: 'Petra Lindqvist', title: 'Einkaufsleiterin', company: 'Hallberg Logistik' }],
    ],
    [
      'a name, a firm and its town',
      quote('— Odile Ferrandou, <span>Épicerie Ferrandou, Rodez</span>'),
      [{ name: 'Odile Ferrandou', company: 'Épicerie Ferrandou' }],
    ],
    // a dash outside a quote, a sentence after a dash: no one
    ['a list line outside any quote', '<ul><li>— Aurélie Fontanel</li><li>— Jake Morrow</li></ul>', []],
    ['a sentence', quote('— Merci à toute l’équipe pour ce chantier'), []],
  ])('%s', async (_, html, want) => {
    const { doc, close } = openDocument(
      `<!DOCTYPE html><html><body><main>${html}</main></body></html>`,
      'https://x.example/',
    );
    const got = signedQuotes(blockLines(doc.body), { personName, orgName });
    await close();
    expect(got).toEqual(want);
  });
});
