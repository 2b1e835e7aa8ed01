import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleSidebarOnToolbarClick } from './toolbar';

afterEach(() => {
  vi.restoreAllMocks();
});

function listenToClicks() {
  const listeners: ((tab: { id: number }) => void)[] = [];
  vi.spyOn(fakeBrowser.action.onClicked, 'addListener').mockImplementation((l) => void listeners.push(l as never));
  return listeners;
}

test('Firefox: a toolbar click toggles the sidebar, within the click (no await before it)', () => {
  const listeners = listenToClicks();
  const toggle = vi.spyOn(fakeBrowser.sidebarAction, 'toggle').mockResolvedValue(undefined);
  toggleSidebarOnToolbarClick();
  expect(listeners).toHaveLength(1);
  listeners[0]!({ id: 3 });
  expect(toggle).toHaveBeenCalledTimes(1);
});

test('Chrome: no sidebarAction, no click listener (the side panel opens by itself)', () => {
  const listeners = listenToClicks();
  vi.spyOn(fakeBrowser, 'sidebarAction', 'get').mockReturnValue(undefined as never);
  toggleSidebarOnToolbarClick();
  expect(listeners).toHaveLength(0);
});
