import type { UnlistedScriptDefinition } from 'wxt';
import { browser } from 'wxt/browser';
import { sendDetection } from './content/send';
import { companySiteSteps, usePageReaders } from '../core/detect/company-site';
import type { PageReaders } from '../core/detect/page-readers';
import type { Detection } from '../core/detect/types';

// Any other page, injected by the background (scripting.executeScript) after a toolbar click or a
// context-menu action under activeTab, right after ondemand-readers.js: detect once and send.
// An unlisted script, not a content script: it runs once and keeps no listener, so it needs none of
// WXT's content-script context (~1 KB gzip of the 15 KB budget), only whether the extension was
// reloaded meanwhile (no runtime id then, as the context itself checks). The detection runs in steps
// over tasks of about SLICE_MS (issue 10: no task over 50 ms, even on a hostile page).
const SLICE_MS = 8;

// (A plain definition, not defineUnlistedScript(fn): one helper less in the bundle.)
export default {
  async main() {
    const readers = (globalThis as { ficheReaders?: PageReaders }).ficheReaders;
    if (readers) usePageReaders(readers);
    let detection: Detection;
    try {
      const steps = companySiteSteps(document, new URL(location.href));
      for (;;) {
        const end = performance.now() + SLICE_MS;
        let r;
        while (!(r = steps.next()).done && performance.now() < end);
        if (r.done) {
          detection = r.value;
          break;
        }
        await new Promise((f) => setTimeout(f));
      }
    } catch {
      return; // the page re-rendered a part being read: the user clicks again
    }
    const ctx = {
      get isInvalid() {
        return !browser.runtime?.id;
      },
    };
    if (!ctx.isInvalid) await sendDetection(ctx, detection);
  },
} satisfies UnlistedScriptDefinition;
