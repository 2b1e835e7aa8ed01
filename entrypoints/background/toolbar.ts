/**
 * The toolbar button. Its API is `action` in Chrome's MV3 build and `browserAction` in Firefox's MV2 build,
 * where `browser.action` is undefined (a call on it threw, so Firefox never showed a badge and a detection's
 * handler stopped before confirming drafts as sent). Read at call time: the unit tests' fake browser has
 * `action`.
 */
import { browser } from 'wxt/browser';

export const toolbarButton = () => browser.action ?? browser.browserAction;

/**
 * Firefox: a click on the toolbar button toggles Fiche's sidebar. Chrome's button opens the side panel by
 * itself (setPanelBehavior) and sends no click; Chrome has no sidebarAction. Firefox's button had no
 * listener and did nothing. Firefox opens a sidebar only inside the click's handler, before any await.
 */
export function toggleSidebarOnToolbarClick(): void {
  const sidebar = (browser as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (!sidebar) return;
  toolbarButton().onClicked.addListener(() => void sidebar.toggle().catch(() => {}));
}
