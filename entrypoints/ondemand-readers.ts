import type { UnlistedScriptDefinition } from 'wxt';
import { pageReaders } from '../core/detect/page-readers';

// Injected with ondemand.js, just before it, in the same isolated world (scripting.executeScript with
// both files, never web-accessible): hands the people readers to the company-site detector.
// (A plain definition, not defineUnlistedScript(fn): one helper less in the bundle.)
export default {
  main() {
    (globalThis as { ficheReaders?: unknown }).ficheReaders = pageReaders;
  },
} satisfies UnlistedScriptDefinition;
