/**
 * The background service worker: routes zod-validated messages to handlers, owns the database writes
 * that pages trigger, and keeps nothing in memory that matters (it can be killed at any moment).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import '../../storage/list-index-eager';
import { createRouter } from './router';
import { quickLookup } from '../../storage/repos/lookup';
import { addFromContextMenu, handlers, injectOnDemand, logTabEmail } from './handlers';
import { registerReminders } from './reminders';
import { toggleSidebarOnToolbarClick, toolbarButton } from './toolbar';

const MENU_READ_PAGE = 'fiche-read-page';
const MENU_ADD = 'fiche-add';
const OMNIBOX_PREFIX = 'fiche:';

/** Chrome reads omnibox descriptions as XML (a sheet name may hold "&" or "<"); Firefox as text. */
function omniboxText(s: string): string {
  if (import.meta.env.FIREFOX) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// A classic worker (no `type: 'module'`): WXT then bundles it alone into one script, where a module worker shared
// the pages' chunks and loaded some twenty modules one import after another at each cold wake (SPEC §8: a lookup
// from a cold wake in 100 ms; that loading was a third of it). A service worker cannot `import()` either way.
export default defineBackground({
  main() {
    const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'));
    browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
    // "Send later" and task due days: alarms derived from the database, notifications that open them.
    registerReminders();

    // Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar (toolbar.ts).
    const chromeSidePanel = (
      globalThis as {
        chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void>; open?(o: object): Promise<void> } };
      }
    ).chrome?.sidePanel;
    void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    toggleSidebarOnToolbarClick();

    // "Read this page with Fiche": a context-menu click grants activeTab on any site (SPEC §1).
    browser.runtime.onInstalled.addListener(() => {
      void browser.contextMenus
        .removeAll()
        .then(() =>
          browser.contextMenus.create({
            id: MENU_READ_PAGE,
            title: browser.i18n.getMessage('menuReadPage'),
            contexts: ['page', 'selection', 'link'],
          }),
        )
        .then(() =>
          // "Add to Fiche": a selected name/address, or an email link (SPEC §4).
          browser.contextMenus.create({
            id: MENU_ADD,
            title: browser.i18n.getMessage('menuAddToFiche'),
            contexts: ['selection', 'link'],
          }),
        );
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (tab?.id === undefined) return;
      if (info.menuItemId === MENU_READ_PAGE) {
        // Opening the side panel must happen in the user gesture, before any await.
        void chromeSidePanel?.open?.({ tabId: tab.id }).catch(() => {});
        void injectOnDemand(tab.id);
      } else if (info.menuItemId === MENU_ADD) {
        void chromeSidePanel?.open?.({ tabId: tab.id }).catch(() => {});
        void addFromContextMenu({
          ...(info.selectionText ? { selectionText: info.selectionText } : {}),
          ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
          pageUrl: info.pageUrl ?? tab.url ?? '',
        });
      }
    });

    // The keyboard shortcut logs the open email of the active tab on the sheets it matches.
    browser.commands?.onCommand.addListener((command, tab) => {
      if (command !== 'log-email') return;
      void (async () => {
        const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
        if (tabId === undefined) return;
        const ok = await logTabEmail(tabId).then(
          () => true,
          () => false,
        );
        await toolbarButton().setBadgeText({ tabId, text: ok ? '✓' : '!' });
      })();
    });

    // Omnibox: "fiche <name or email>" suggests sheets; Enter opens one in the side panel.
    browser.omnibox?.setDefaultSuggestion({ description: browser.i18n.getMessage('omniboxDefault') });
    browser.omnibox?.onInputChanged.addListener((text, suggest) => {
      void quickLookup(text).then((sheets) =>
        suggest(sheets.map((c) => ({ content: `${OMNIBOX_PREFIX}${c.id}`, description: omniboxText(c.name) }))),
      );
    });
    browser.omnibox?.onInputEntered.addListener((content) => {
      void (async () => {
        const id = content.startsWith(OMNIBOX_PREFIX)
          ? content.slice(OMNIBOX_PREFIX.length)
          : (await quickLookup(content, 1))[0]?.id;
        const url = browser.runtime.getURL(id ? `/sidepanel.html?sheet=${encodeURIComponent(id)}` : '/sidepanel.html');
        await browser.tabs.create({ url });
      })();
    });

    browser.tabs.onRemoved.addListener((tabId) => {
      void browser.storage.session?.remove(`detection:${tabId}`);
    });
  },
});
