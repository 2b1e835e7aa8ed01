/**
 * The background service worker: routes zod-validated messages to handlers, owns the database writes
 * that pages trigger, and keeps nothing in memory that matters (it can be killed at any moment).
 */
import { createRouter } from './router';
import { handlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'));
    browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));

    // Chrome: the toolbar button opens the side panel. Firefox opens its sidebar itself.
    const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
      ?.sidePanel;
    void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

    browser.tabs.onRemoved.addListener((tabId) => {
      void browser.storage.session?.remove(`detection:${tabId}`);
    });
    void navigator.storage?.persist?.().catch(() => false);
  },
});
