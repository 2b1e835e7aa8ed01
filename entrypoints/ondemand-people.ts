import type { UnlistedScriptDefinition } from 'wxt';

// Injected third, after ondemand-shared.js and ondemand-names.js, before ondemand-contacts.js, ondemand-readers.js and ondemand.js, in the same isolated
// world: the people readers' line rules (core/detect/page-people.ts), which the list readers and the people
// readers both use, and contact sentences (core/detect/page-contacts.ts), appended to globalThis.ficheShared. The build writes this script (wxt.config.ts,
// ONDEMAND_PEOPLE); each of the six stays under the 15 KB budget (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
