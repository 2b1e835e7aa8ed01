import { describe, expect, test, vi } from 'vitest';
import type { HandlerMap } from './router';
import { createRouter, HandlerError } from './router';

const ID = 'fiche-id';
const ORIGIN = 'chrome-extension://fiche-id/';

function handlers(over: Partial<HandlerMap> = {}): HandlerMap {
  return {
    ping: vi.fn(async () => ({ pong: true as const, at: 1 })),
    'page/detected': vi.fn(async () => ({ received: true as const })),
    'tab/state': vi.fn(async () => null),
    'tab/detect-now': vi.fn(async () => null),
    'demo/load': vi.fn(async () => ({ companies: 12 })),
    'email/log': vi.fn(async () => ({ logged: [], already: [] })),
    'capture/add': vi.fn(async () => ({ companies: [], people: [] })),
    'capture/undo': vi.fn(async () => ({ companies: [], people: [] })),
    'capture/update-person': vi.fn(async () => ({ filled: [] })),
    'capture/update-sheet': vi.fn(async () => ({ filled: [] })),
    'reminders/sync': vi.fn(async () => ({ notified: 0, armed: 0 })),
    ...over,
  };
}

const fromPanel = { id: ID, url: `${ORIGIN}sidepanel.html` };
const fromGmail = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } } as unknown as Parameters<
  ReturnType<typeof createRouter>
>[1];
const detection = {
  url: 'https://mail.google.com/mail/u/0/',
  kind: 'gmail-inbox',
  emails: [],
  people: [],
  companies: [],
};

describe('background router', () => {
  test.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'nope' }],
    ['extra key', { type: 'ping', extra: true }],
    ['wrong field type', { type: 'tab/state', tabId: 'seven' }],
    ['detection of the wrong shape', { type: 'page/detected', url: 'https://x.test/', detection: { emails: 'all' } }],
    ['url too long', { type: 'page/detected', url: `https://x.test/${'a'.repeat(3000)}`, detection }],
    ['capture: no one', { type: 'capture/add', items: [], origin: { url: 'https://x.test/', kind: 'other' } }],
    [
      'capture: a bad email',
      {
        type: 'capture/add',
        items: [
          {
            person: { firstName: 'a', lastName: 'b', email: 'not an email', jobTitle: '', phone: '', linkedinUrl: '' },
            target: { companyId: 'c' },
          },
        ],
        origin: { url: 'https://x.test/', kind: 'other' },
      },
    ],
    [
      'capture: an extra person field',
      {
        type: 'capture/add',
        items: [
          {
            person: {
              firstName: 'a',
              lastName: 'b',
              email: '',
              jobTitle: '',
              phone: '',
              linkedinUrl: '',
              isBillingContact: true,
            },
            target: { companyId: 'c' },
          },
        ],
        origin: { url: 'https://x.test/', kind: 'other' },
      },
    ],
    [
      'capture: a new sheet without a name',
      {
        type: 'capture/add',
        items: [
          {
            person: { firstName: 'a', lastName: 'b', email: '', jobTitle: '', phone: '', linkedinUrl: '' },
            target: { newCompany: { name: '  ' } },
          },
        ],
        origin: { url: 'https://x.test/', kind: 'other' },
      },
    ],
    [
      'capture: a title too long',
      {
        type: 'capture/add',
        items: [
          {
            person: { firstName: 'a', lastName: 'b', email: '', jobTitle: 'x'.repeat(301), phone: '', linkedinUrl: '' },
            target: { companyId: 'c' },
          },
        ],
        origin: { url: 'https://x.test/', kind: 'other' },
      },
    ],
    [
      'update sheet: a SIREN that is not one',
      { type: 'capture/update-sheet', companyId: 'c', fills: { siren: '12AB' }, sourceUrl: 'https://x.test/' },
    ],
    [
      'update sheet: a field that is not a fact',
      { type: 'capture/update-sheet', companyId: 'c', fills: { name: 'Evil' }, sourceUrl: 'https://x.test/' },
    ],
    [
      'update person: an unknown field',
      { type: 'capture/update-person', personId: 'p', fills: { isBillingContact: true } },
    ],
  ])('%s: invalid-message, no handler runs', async (_, raw) => {
    const h = handlers();
    const reply = await createRouter(h, ID, ORIGIN)(raw, fromPanel);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  test('another extension is refused', async () => {
    const reply = await createRouter(handlers(), ID, ORIGIN)({ type: 'ping' }, { id: 'evil' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  test('a web page content script may report a detection but not load data or read tab state', async () => {
    const h = handlers();
    const route = createRouter(h, ID, ORIGIN);
    expect(await route({ type: 'page/detected', url: detection.url, detection }, fromGmail)).toEqual({
      ok: true,
      value: { received: true },
    });
    expect(await route({ type: 'demo/load' }, fromGmail)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await route({ type: 'tab/state', tabId: 7 }, fromGmail)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await route({ type: 'capture/undo', companies: ['c'], people: [] }, fromGmail)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(h['demo/load']).not.toHaveBeenCalled();
  });

  test.each([
    ['a piece too long', { phoneTexts: ['x'.repeat(2001)] }, /^detection\.people\.0\.phoneTexts\.0: .*2000/],
    ['too many pieces', { phoneTexts: Array(501).fill('06 12 34 56 78') }, /^detection\.people\.0\.phoneTexts: .*500/],
    ['a text, not a list', { phoneTexts: 'Mobile 06 12 34 56 78' }, /^detection\.people\.0\.phoneTexts: /],
  ])(
    'a LinkedIn detection whose phone texts are %s: invalid-message naming the field, no handler runs',
    async (_, extra, message) => {
      const h = handlers();
      const fromLinkedin = { ...fromGmail, url: 'https://www.linkedin.com/in/ada-quill/' } as typeof fromGmail;
      const raw = {
        type: 'page/detected',
        url: 'https://www.linkedin.com/in/ada-quill/',
        detection: {
          url: 'https://www.linkedin.com/in/ada-quill/',
          kind: 'linkedin-profile',
          emails: [],
          people: [{ name: 'Ada Quill', ...extra }],
          companies: [],
        },
      };
      const reply = await createRouter(h, ID, ORIGIN)(raw, fromLinkedin);
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'invalid-message', message: expect.stringMatching(message) },
      });
      for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
    },
  );

  test('a detection from a sub-frame (an ad iframe, say) is refused', async () => {
    const fromFrame = { ...fromGmail, frameId: 3 } as typeof fromGmail;
    const reply = await createRouter(
      handlers(),
      ID,
      ORIGIN,
    )({ type: 'page/detected', url: detection.url, detection }, fromFrame);
    expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  test('a detection must come from a tab', async () => {
    const reply = await createRouter(
      handlers(),
      ID,
      ORIGIN,
    )({ type: 'page/detected', url: detection.url, detection }, fromPanel);
    expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  test('handler failures become error replies', async () => {
    const route = createRouter(
      handlers({
        'tab/state': async () => {
          throw new HandlerError('not-found', 'no such tab');
        },
        'demo/load': async () => {
          throw new Error('quota exceeded');
        },
      }),
      ID,
      ORIGIN,
    );
    expect(await route({ type: 'tab/state', tabId: 1 }, fromPanel)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such tab' },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await route({ type: 'demo/load' }, fromPanel)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'quota exceeded' },
    });
    spy.mockRestore();
  });
});
