import { defineContentScript } from 'wxt/utils/define-content-script';
import { observePage } from './content/observe';
import { outlookDetector } from '../core/detect/outlook';

// Outlook on the web (personal and work tenants).
export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    observePage(
      ctx,
      outlookDetector,
      '[title*="@"], a[href^="mailto:"], [data-convid], [role=listitem], [role=document], [role=main]',
    );
  },
});
