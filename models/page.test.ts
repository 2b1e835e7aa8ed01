import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentTab, followActiveTab, pageDetection } from './page';

afterEach(() => {
  vi.restoreAllMocks();
});

type Tab = { id: number; url: string };
const detection = (url: string) => ({ url, at: 1, detection: { kind: 'other', url, people: [] } });

/**
 * The browser as the side panel sees it, every answer held until the test lets it go: which tab is active, what
 * the session storage holds, and the listeners the panel registered.
 */
function browserUnderTest() {
  let active: Tab = { id: 1, url: 'https://mail.google.com/mail/u/0/' };
  const store: Record<string, unknown> = {};
  const held: (() => void)[] = [];
  const hold = <T>(value: () => T) => new Promise<T>((resolve) => held.push(() => resolve(value())));
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => {
    const tab = { ...active };
    return hold(() => [tab]) as never;
  });
  vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((key) => {
    // (what the storage holds when asked, answered later)
    const k = key as string;
    const value = store[k];
    return hold(() => ({ [k]: value })) as never;
  });
  const on = <L>(event: { addListener: (l: L) => void; removeListener: (l: L) => void }) => {
    const ls: L[] = [];
    vi.spyOn(event, 'addListener').mockImplementation((l) => void ls.push(l));
    vi.spyOn(event, 'removeListener').mockImplementation(() => {});
    return ls;
  };
  const activated = on(fakeBrowser.tabs.onActivated);
  const changed = on(fakeBrowser.storage.session.onChanged);
  return {
    activate(tab: Tab) {
      active = tab;
      for (const l of activated) (l as () => void)();
    },
    detect(tab: number, url: string) {
      store[`detection:${tab}`] = detection(url);
      for (const l of changed) (l as (c: Record<string, unknown>) => void)({ [`detection:${tab}`]: {} });
    },
    /** Lets the oldest held answer go. */
    async step() {
      held.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    /** Lets the held answers go, last asked first (the slow first refresh answers last), until none is left. */
    async settle(order: 'lifo' | 'fifo') {
      for (let i = 0; i < 20 && held.length; i++) {
        const next = order === 'lifo' ? held.pop()! : held.shift()!;
        next();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

test.each(['lifo', 'fifo'] as const)(
  'the panel shows the tab switched to and its detection, whatever order the answers come in (%s)',
  async (order) => {
    const b = browserUnderTest();
    const stop = followActiveTab();
    // The user switches to a LinkedIn tab while the first look at the Gmail tab is on its way, then the
    // LinkedIn page's detection arrives.
    b.activate({ id: 2, url: 'https://www.linkedin.com/in/jane-roe/' });
    b.detect(2, 'https://www.linkedin.com/in/jane-roe/');
    await b.settle(order);
    expect(currentTab.value?.id).toBe(2);
    expect(pageDetection.value?.url).toBe('https://www.linkedin.com/in/jane-roe/');
    stop();
  },
);

test('a detection that arrives while the panel is still reading its new tab shows', async () => {
  const b = browserUnderTest();
  const stop = followActiveTab();
  await b.settle('fifo');
  expect(currentTab.value?.id).toBe(1);
  // The user opens an Outlook tab: the panel learns it is active and reads its (still empty) detection; the
  // detection is stored before that read comes back.
  b.activate({ id: 3, url: 'https://outlook.office.com/mail/' });
  await b.step();
  b.detect(3, 'https://outlook.office.com/mail/');
  await b.settle('fifo');
  expect(currentTab.value?.id).toBe(3);
  expect(pageDetection.value?.url).toBe('https://outlook.office.com/mail/');
  stop();
});
