import type { UnlistedScriptDefinition } from 'wxt';

// Injected first, before ondemand-names.js, ondemand-people.js, ondemand-contacts.js, ondemand-orgs.js,
// ondemand-readers.js and ondemand.js, in the same isolated world: the modules they all use (core/detect/text.ts,
// dom.ts, emails.ts, phones.ts, …), shipped once. The build writes this script (wxt.config.ts, ONDEMAND_SHARED): it
// sets globalThis.ficheShared, the array the later scripts read those modules' exports from. Each of the seven stays
// under the 15 KB budget (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
