import { defineContentScript } from 'wxt/utils/define-content-script';
import { observePage } from './content/observe';
import { gmailDetector } from '../core/detect/gmail';

// Gmail: detection of the open thread / inbox, re-run on hash navigation and DOM changes.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    observePage(ctx, gmailDetector, '[email], a[href^="mailto:"], [data-message-id], [role=listitem], [role=main], h2');
  },
});
