/**
 * The side panel follows the active tab (SPEC §4 "Look up while browsing"): the tab's last detection
 * comes from the background's session storage; the sheets it matches are a live query, so creating a
 * sheet makes it match at once. `?tab=<id>` pins a tab (the e2e suite opens the panel as a tab).
 */
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';
import type { StoredDetection } from '../core/messages';
import { SESSION_DETECTION_KEY, SESSION_DETECTION_PREFIX, SESSION_PENDING_PREFILL } from '../core/session-keys';
import type { SheetPrefill } from '../core/prefill';
import { go } from './route';
import { sendMessage } from './messaging';

export const currentTab = signal<{ id: number; url: string } | null>(null);
export const pageDetection = signal<StoredDetection | null>(null);

const pinned = (() => {
  const raw = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('tab') : null;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
})();

async function activeTab(): Promise<{ id: number; url: string } | null> {
  if (pinned !== null) {
    const tab = await browser.tabs.get(pinned).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id || (tab.url ?? '').startsWith(browser.runtime.getURL('/'))) return null;
  return { id: tab.id, url: tab.url ?? '' };
}

// Refreshes overlap (a tab switch, its load, its detection arriving): only the last one started may write, or a
// slower earlier one would put back a tab's state from before the switch or before its detection.
let refreshes = 0;

async function refresh(): Promise<void> {
  const mine = ++refreshes;
  const tab = await activeTab();
  const key = tab ? SESSION_DETECTION_KEY(tab.id) : '';
  const stored = tab ? ((await browser.storage.session.get(key))[key] as StoredDetection | undefined) : undefined;
  if (mine !== refreshes) return;
  currentTab.value = tab;
  // A detection of another URL of the tab (before a navigation) is stale.
  pageDetection.value = tab && stored && sameDocument(stored.url, tab.url) ? stored : null;
}

function sameDocument(a: string, b: string): boolean {
  if (!b) return true;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin;
  } catch {
    return false;
  }
}

/** A selection handed over by the "Add to Fiche" context menu: shown in "On this page" as a person to add. */
export interface PendingSelection {
  prefill: SheetPrefill;
  pageUrl: string;
  at: number;
}
export const pendingSelection = signal<PendingSelection | null>(null);

/** "Add to Fiche" from the context menu goes through the same flow as a page. The request is consumed once. */
async function takePendingPrefill() {
  const stored = (await browser.storage.session.get(SESSION_PENDING_PREFILL))[SESSION_PENDING_PREFILL] as
    { prefill: SheetPrefill; from: string; pageUrl?: string; at: number } | undefined;
  if (!stored) return;
  await browser.storage.session.remove(SESSION_PENDING_PREFILL);
  if (Date.now() - stored.at > 10 * 60_000) return;
  pendingSelection.value = {
    prefill: stored.prefill,
    pageUrl: stored.pageUrl ?? (stored.from ? `https://${stored.from}/` : ''),
    at: stored.at,
  };
  go({ name: 'list' });
}

/** Starts following; returns the stop function. */
export function followActiveTab(): () => void {
  void refresh();
  void takePendingPrefill();
  const onActivated = () => void refresh();
  const onUpdated = (tabId: number, info: { url?: string; status?: string }) => {
    if (tabId === currentTab.value?.id && (info.url || info.status === 'complete')) void refresh();
  };
  const onStorage = (changes: Record<string, unknown>) => {
    if (SESSION_PENDING_PREFILL in changes) void takePendingPrefill();
    // (any tab's: the active tab may not be known yet, a refresh for it still on its way)
    if (Object.keys(changes).some((k) => k.startsWith(SESSION_DETECTION_PREFIX))) void refresh();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(onActivated);
  browser.storage.session.onChanged.addListener(onStorage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(onActivated);
    browser.storage.session.onChanged.removeListener(onStorage);
  };
}

/** Asks the background to log the tab's open email (it reads the message itself, never one from the page). */
export const logTabEmail = (tabId: number, companyIds?: string[]) =>
  sendMessage({ type: 'email/log', tabId, ...(companyIds ? { companyIds } : {}) });

/**
 * Reads a page Fiche has no standing permission for: asks for that site's permission (a side-panel
 * click grants no activeTab), then has the background inject the on-demand detector.
 */
export async function readPageOnDemand(): Promise<'ok' | 'denied' | 'unsupported'> {
  const tab = currentTab.value;
  if (!tab) return 'unsupported';
  let origin: string;
  try {
    const u = new URL(tab.url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'unsupported';
    origin = `${u.origin}/*`;
  } catch {
    return 'unsupported';
  }
  const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
  if (!granted) return 'denied';
  const reply = await browser.runtime.sendMessage({ type: 'tab/detect-now', tabId: tab.id });
  return (reply as { ok: boolean } | undefined)?.ok ? 'ok' : 'unsupported';
}
