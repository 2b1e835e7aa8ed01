import { detectOnce } from './content/send';
import { companySiteDetector } from '../core/detect/company-site';

// Any other page, injected by the background (scripting.executeScript) after a toolbar click or a
// context-menu action under activeTab: detect once and send.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    void detectOnce(ctx, companySiteDetector);
  },
});
