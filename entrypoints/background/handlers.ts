/** The background's handler map: one function per message type of `core/messages.ts`. */
import { browser } from 'wxt/browser';
import { SESSION_DETECTION_KEY, type StoredDetection, type TabState } from '../../core/messages';
import { SESSION_PENDING_PREFILL } from '../../core/session-keys';
import { prefillFromSelection } from '../../core/prefill-selection';
import { withRegistrableDomains } from '../../core/text/domain';
import { interpretDetection } from '../../core/detect/interpret';
import { buildDemoData } from '../../core/demo-data';
import { db } from '../../storage/db';
import { loadDemoData } from '../../storage/repos/demo';
import { findMatches } from '../../storage/repos/matching';
import { logMessage, markDraftsSentSeen } from '../../storage/repos/interactions';
import { getSettings } from '../../storage/repos/settings';
import {
  addCapturedPeople,
  CaptureError,
  fillCompanyFacts,
  fillPersonFields,
  undoCapture,
} from '../../storage/repos/capture';
import { HandlerError, type HandlerMap } from './router';
import { sweepReminders } from './reminders';
import { toolbarButton } from './toolbar';

async function tabState(tabId: number): Promise<TabState | null> {
  const key = SESSION_DETECTION_KEY(tabId);
  const stored = (await browser.storage.session.get(key))[key] as StoredDetection | undefined;
  if (!stored) return null;
  return { ...stored, matches: await findMatches(stored.detection, db) };
}

function sameOrigin(claimed: string, reported: string | undefined): boolean {
  if (!reported) return true;
  try {
    return new URL(claimed).origin === new URL(reported).origin;
  } catch {
    return false;
  }
}

/** Logs the open message of a tab on the given sheets, or on every sheet it matches for sure. */
export async function logTabEmail(tabId: number, companyIds?: string[]) {
  const key = SESSION_DETECTION_KEY(tabId);
  const stored = (await browser.storage.session.get(key))[key] as StoredDetection | undefined;
  const message = stored?.detection.message;
  if (!stored || !message) throw new HandlerError('not-found', 'no open email in this tab');
  const settings = await getSettings(db);
  const targets =
    companyIds ?? (await findMatches(stored.detection, db)).filter((m) => !m.possible).map((m) => m.companyId);
  if (targets.length === 0) throw new HandlerError('not-found', 'no sheet matches this email');
  const me = (await db.users.toArray()).find((u) => u.isMe);
  return logMessage(
    {
      message,
      companyIds: targets,
      ownEmails: settings.ownEmails,
      sourceUrl: stored.url,
      ...(me ? { authorId: me.id } : {}),
    },
    db,
  );
}

/** Hands a context-menu selection to the side panel, which lists it as a person to add (same flow as a page). */
export async function addFromContextMenu(input: {
  selectionText?: string;
  linkUrl?: string;
  pageUrl: string;
}): Promise<boolean> {
  const prefill = prefillFromSelection(input);
  if (!prefill) return false;
  let from = '';
  try {
    from = new URL(input.pageUrl).hostname;
  } catch {
    /* a page without a URL: no source shown */
  }
  await browser.storage.session.set({
    [SESSION_PENDING_PREFILL]: { prefill, from, pageUrl: input.pageUrl.slice(0, 2048), at: Date.now() },
  });
  return true;
}

/** Runs the on-demand detector in a tab Fiche may read now (activeTab or a granted optional permission). */
export async function injectOnDemand(tabId: number): Promise<void> {
  let results;
  try {
    results = await browser.scripting.executeScript({
      target: { tabId },
      files: [
        '/ondemand-shared.js',
        '/ondemand-names.js',
        '/ondemand-people.js',
        '/ondemand-contacts.js',
        '/ondemand-orgs.js',
        '/ondemand-readers.js',
        '/ondemand.js',
      ],
    });
  } catch (error) {
    throw new HandlerError('no-permission', error instanceof Error ? error.message : String(error));
  }
  // Firefox reports a script that threw in the result (and runs none of the later files); Chrome logs it.
  const failed = (results as { error?: unknown }[]).find((r) => r.error !== undefined);
  if (failed) {
    const error = failed.error as { message?: unknown } | null;
    throw new HandlerError('internal', `on-demand script failed: ${String(error?.message ?? error)}`);
  }
}

/** Storage refusals of a capture become replies the panel can show ("already a contact of …"). */
async function capture<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CaptureError) throw new HandlerError(error.code, error.message);
    throw error;
  }
}

export const handlers: HandlerMap = {
  async ping() {
    return { pong: true, at: Date.now() };
  },
  async 'page/detected'(incoming, sender) {
    const tabId = sender.tab!.id!;
    const message = { ...incoming, detection: withRegistrableDomains(interpretDetection(incoming.detection)) };
    // The origin the browser reports for the sender is the trusted one; the payload's URL is only a
    // claim, kept when it stays on that origin (single-page apps change path and hash under it).
    const stored: StoredDetection = {
      url: sameOrigin(message.url, sender.url) ? message.url : (sender.url ?? message.url),
      at: Date.now(),
      detection: message.detection,
    };
    await browser.storage.session.set({ [SESSION_DETECTION_KEY(tabId)]: stored });
    const matches = await findMatches(message.detection, db);
    const sure = matches.filter((m) => !m.possible).length;
    await toolbarButton().setBadgeText({ tabId, text: sure ? String(sure) : '' });
    // A message the user sent, open in the webmail, confirms a draft of a matching sheet as sent.
    const shown = message.detection.message;
    if (shown && sure) {
      const { ownEmails } = await getSettings(db);
      const companyIds = matches.filter((m) => !m.possible).map((m) => m.companyId);
      await markDraftsSentSeen({ message: shown, companyIds, ownEmails, sourceUrl: stored.url }, db);
    }
    // The page's script learns nothing of the CRM, not even whether it matched (SPEC §1).
    return { received: true as const };
  },
  async 'tab/state'(message) {
    return tabState(message.tabId);
  },
  async 'tab/detect-now'(message) {
    await injectOnDemand(message.tabId);
    return tabState(message.tabId);
  },
  async 'email/log'(message) {
    return logTabEmail(message.tabId, message.companyIds);
  },
  async 'capture/add'(message) {
    return capture(() => addCapturedPeople(message.items, message.origin, db));
  },
  async 'capture/undo'(message) {
    return capture(() => undoCapture({ companies: message.companies, people: message.people }, db));
  },
  async 'capture/update-person'(message) {
    return capture(async () => ({ filled: await fillPersonFields(message.personId, message.fills, db) }));
  },
  async 'capture/update-sheet'(message) {
    return capture(async () => ({
      filled: await fillCompanyFacts(message.companyId, message.fills, message.sourceUrl, db),
    }));
  },
  async 'demo/load'() {
    const data = buildDemoData(Date.now());
    await loadDemoData(data, db);
    return { companies: data.companies.length };
  },
  async 'reminders/sync'() {
    return sweepReminders();
  },
};
