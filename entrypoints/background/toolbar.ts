/**
 * The toolbar button's API: `action` in Chrome's MV3 build, `browserAction` in Firefox's MV2 build, where
 * `browser.action` is undefined (a call on it threw, so Firefox never showed a badge and a detection's
 * handler stopped before confirming drafts as sent). Read at call time: the unit tests' fake browser has
 * `action`.
 */
import { browser } from 'wxt/browser';

export const toolbarButton = () => browser.action ?? browser.browserAction;
