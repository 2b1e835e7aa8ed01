import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageReaders } from '../core/detect/page-readers';

// Injected with ondemand.js, just before it, in the same isolated world (scripting.executeScript with
// both files, never web-accessible): hands the people readers to the company-site detector.
export default defineUnlistedScript(() => {
  (globalThis as { ficheReaders?: unknown }).ficheReaders = pageReaders;
});
