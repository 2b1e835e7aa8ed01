import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SESSION_PENDING_PREFILL } from '../../core/session-keys';
import { addFromContextMenu } from './handlers';

test('"Add to Fiche" on a selection hands the panel a pre-filled sheet', async () => {
  expect(await addFromContextMenu({ selectionText: 'Léa Dupont <lea@atelier-dupont.fr>', pageUrl: 'https://www.atelier-dupont.fr/contact' })).toBe(true);
  const stored = (await fakeBrowser.storage.session.get(SESSION_PENDING_PREFILL))[SESSION_PENDING_PREFILL] as { prefill: { person: { email: string } }; from: string };
  expect(stored.from).toBe('www.atelier-dupont.fr');
  expect(stored.prefill.person.email).toBe('lea@atelier-dupont.fr');
});

test('nothing usable in the selection: nothing is stored', async () => {
  expect(await addFromContextMenu({ selectionText: 'noreply@github.com', pageUrl: 'https://github.com/' })).toBe(false);
  expect(await fakeBrowser.storage.session.get(SESSION_PENDING_PREFILL)).toEqual({});
});
