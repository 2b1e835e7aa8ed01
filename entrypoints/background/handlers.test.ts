import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SESSION_PENDING_PREFILL } from '../../core/session-keys';
import { addFromContextMenu } from './handlers';

test('"Add to Fiche" on a selection hands the panel a pre-filled sheet', async () => {
  expect(
    await addFromContextMenu({
      selectionText: 'Léa Dupont <lea@atelier-dupont.fr>',
      pageUrl: 'https://www.atelier-dupont.fr/contact',
    }),
  ).toBe(true);
  const stored = (await fakeBrowser.storage.session.get(SESSION_PENDING_PREFILL))[SESSION_PENDING_PREFILL] as {
    prefill: { person: { email: string } };
    from: string;
  };
  expect(stored.from).toBe('www.atelier-dupont.fr');
  expect(stored.prefill.person.email).toBe('lea@atelier-dupont.fr');
});

test('nothing usable in the selection: nothing is stored', async () => {
  expect(await addFromContextMenu({ selectionText: 'noreply@github.com', pageUrl: 'https://github.com/' })).toBe(false);
  expect(await fakeBrowser.storage.session.get(SESSION_PENDING_PREFILL)).toEqual({});
});

test('capture: the background adds, refuses a duplicate as a conflict (nothing written), and undoes', async () => {
  const { handlers } = await import('./handlers');
  const { HandlerError } = await import('./router');
  const { db } = await import('../../storage/db');
  const sender = {} as Parameters<(typeof handlers)['capture/add']>[1];
  const lea = {
    firstName: 'Léa',
    lastName: 'Dupont',
    email: 'lea@atelier-dupont.fr',
    jobTitle: 'CFO',
    phone: '',
    linkedinUrl: '',
  };
  const origin = { url: 'https://www.atelier-dupont.fr/equipe', kind: 'company-site' };
  const created = await handlers['capture/add'](
    {
      type: 'capture/add',
      items: [{ person: lea, target: { newCompany: { name: 'Atelier Dupont', domain: 'atelier-dupont.fr' } } }],
      origin,
    },
    sender,
  );
  expect(created.companies).toHaveLength(1);
  expect((await db.people.get(created.people[0]!))?.origin).toMatchObject(origin);
  const again = handlers['capture/add'](
    { type: 'capture/add', items: [{ person: lea, target: { newCompany: { name: 'Other' } } }], origin },
    sender,
  );
  await expect(again).rejects.toBeInstanceOf(HandlerError);
  await expect(again).rejects.toMatchObject({ code: 'conflict' });
  expect(await db.companies.count()).toBe(1);
  expect(await handlers['capture/undo']({ type: 'capture/undo', ...created }, sender)).toEqual(created);
  expect(await db.companies.count()).toBe(0);
});

test('page/detected: a LinkedIn detection’s phone texts are stored as numbers only', async () => {
  const { handlers } = await import('./handlers');
  const { SESSION_DETECTION_KEY } = await import('../../core/session-keys');
  const url = 'https://www.linkedin.com/in/ada-quill/overlay/contact-info/';
  const sender = { id: 'fiche', url, tab: { id: 41 }, frameId: 0 } as Parameters<(typeof handlers)['page/detected']>[1];
  const detection = {
    url,
    kind: 'linkedin-profile' as const,
    emails: [],
    people: [{ name: 'Ada Quill', phoneTexts: ['Mobile\n+33 6 12 34 56 78 (Mobile)\nFax 04 72 00 18 43'] }],
    companies: [{ name: 'Quill Logistique', phoneTexts: ['Téléphone 04 72 00 18 42'] }],
  };
  expect(await handlers['page/detected']({ type: 'page/detected', url, detection }, sender)).toEqual({
    received: true,
  });
  const key = SESSION_DETECTION_KEY(41);
  const stored = (await fakeBrowser.storage.session.get(key))[key] as { detection: typeof detection };
  expect(stored.detection.people).toEqual([{ name: 'Ada Quill', phones: ['+33 6 12 34 56 78'] }]);
  expect(stored.detection.companies.map((c) => ('phones' in c ? c.phones : undefined))).toEqual([['04 72 00 18 42']]);
  expect(JSON.stringify(stored)).not.toContain('phoneTexts');
});
