/** The background's handler map: one function per message type of `core/messages.ts`. */
import { SESSION_DETECTION_KEY, type StoredDetection, type TabState } from '../../core/messages';
import { buildDemoData } from '../../core/demo-data';
import { db } from '../../storage/db';
import { loadDemoData } from '../../storage/repos/demo';
import { findMatches } from '../../storage/repos/matching';
import { HandlerError, type HandlerMap } from './router';

async function tabState(tabId: number): Promise<TabState | null> {
  const key = SESSION_DETECTION_KEY(tabId);
  const stored = (await browser.storage.session.get(key))[key] as StoredDetection | undefined;
  if (!stored) return null;
  return { ...stored, matches: await findMatches(stored.detection, db) };
}

/** Runs the on-demand detector in a tab Fiche may read now (activeTab or a granted optional permission). */
export async function injectOnDemand(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/ondemand.js'] });
  } catch (error) {
    throw new HandlerError('no-permission', error instanceof Error ? error.message : String(error));
  }
}

export const handlers: HandlerMap = {
  async ping() {
    return { pong: true, at: Date.now() };
  },
  async 'page/detected'(message, sender) {
    const tabId = sender.tab!.id!;
    const stored: StoredDetection = { url: message.url, at: Date.now(), detection: message.detection };
    await browser.storage.session.set({ [SESSION_DETECTION_KEY(tabId)]: stored });
    const matches = await findMatches(message.detection, db);
    const sure = matches.filter((m) => !m.possible).length;
    await browser.action.setBadgeText({ tabId, text: sure ? String(sure) : '' });
    return { matches: sure };
  },
  async 'tab/state'(message) {
    return tabState(message.tabId);
  },
  async 'tab/detect-now'(message) {
    await injectOnDemand(message.tabId);
    return tabState(message.tabId);
  },
  async 'demo/load'() {
    const data = buildDemoData(Date.now());
    await loadDemoData(data, db);
    return { companies: data.companies.length };
  },
};
