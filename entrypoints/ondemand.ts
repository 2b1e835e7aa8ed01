import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { detectOnce } from './content/send';
import { companySiteDetector, usePageReaders } from '../core/detect/company-site';
import type { PageReaders } from '../core/detect/page-readers';

// Any other page, injected by the background (scripting.executeScript) after a toolbar click or a
// context-menu action under activeTab, right after ondemand-readers.js: detect once and send.
// An unlisted script, not a content script: it runs once and keeps no listener, so it needs none of
// WXT's content-script context (~1 KB gzip of the 15 KB budget), only whether the extension was
// reloaded meanwhile (no runtime id then, as the context itself checks).
export default defineUnlistedScript(() => {
  const readers = (globalThis as { ficheReaders?: PageReaders }).ficheReaders;
  if (readers) usePageReaders(readers);
  void detectOnce(
    {
      get isInvalid() {
        return !browser.runtime?.id;
      },
    },
    companySiteDetector,
  );
});
