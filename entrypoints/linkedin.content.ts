import { defineContentScript } from 'wxt/utils/define-content-script';
import { observePage } from './content/observe';
import { linkedinDetector } from '../core/detect/linkedin';

// LinkedIn: profiles, company pages, search results, messaging (a single-page app).
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    observePage(
      ctx,
      linkedinDetector,
      'a[href^="mailto:"], [role=main], h1, h2, h3, a[href*="/in/"], a[href*="/company/"], [data-view-name]',
    );
  },
});
