import { describe, expect, test } from 'vitest';
import { letterLayout, senderLines } from './letter';

describe('letterLayout: the address and the date are printed once', () => {
  const recipientLines = ['Batiroc', '12 rue des Lilas', '69003 Lyon'];
  const dateTexts = ['Dec 4, 2026', '04/12/2026', 'December 4, 2026'];
  test.each([
    ['a plain body: both printed by the page', 'Madame, Monsieur,\nvoici.', true, true],
    ['the template wrote the address', '12 rue des Lilas\n69003 Lyon\n\nMadame,', false, true],
    ['the template wrote the date (UI format)', 'Le Dec 4, 2026\n\nMadame,', true, false],
    ['the template wrote the date (French digits)', 'Lyon, le 04/12/2026', true, false],
    ['both', '12 rue des  Lilas\n69003 Lyon\nLe December 4, 2026', false, false],
    ['another address in the body does not count', '3 avenue Foch\nLe 05/12/2026', true, true],
  ])('%s', (_, content, showRecipient, showDate) =>
    expect(letterLayout({ content, recipientLines, dateTexts })).toEqual({ showRecipient, showDate }),
  );

  test('a sheet with no address: the name alone is printed', () => {
    expect(letterLayout({ content: 'Batiroc', recipientLines: ['Batiroc'], dateTexts }).showRecipient).toBe(true);
  });
});

test.each([
  [
    { name: 'Léa Martin', company: 'Atelier Martin', address: '5 place Bellecour\n\n69002 Lyon ' },
    ['Léa Martin', 'Atelier Martin', '5 place Bellecour', '69002 Lyon'],
  ],
  [{ name: '', company: '', address: '' }, []],
  [{ name: 'Léa', company: '', address: '' }, ['Léa']],
])('senderLines(%j)', (sender, lines) => expect(senderLines(sender)).toEqual(lines));
