import type { UnlistedScriptDefinition } from 'wxt';

// Injected first, before ondemand-readers.js and ondemand.js, in the same isolated world: the modules
// both use (core/detect/text.ts, dom.ts, emails.ts, phones.ts, …), shipped once. The build writes this
// script (wxt.config.ts, ONDEMAND_SHARED): it sets globalThis.ficheShared, the array the other two read
// those modules' exports from. Each of the three stays under the 15 KB budget with room to spare (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
