import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectOnce } from './content/send';
import { companySiteDetector, usePageReaders } from '../core/detect/company-site';
import type { PageReaders } from '../core/detect/page-readers';

// Any other page, injected by the background (scripting.executeScript) after a toolbar click or a
// context-menu action under activeTab, right after ondemand-readers.js: detect once and send.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const readers = (globalThis as { ficheReaders?: PageReaders }).ficheReaders;
    if (readers) usePageReaders(readers);
    void detectOnce(ctx, companySiteDetector);
  },
});
