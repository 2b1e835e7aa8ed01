import type { UnlistedScriptDefinition } from 'wxt';

// Injected third, after ondemand-shared.js and ondemand-names.js, before ondemand-contacts.js, ondemand-orgs.js,
// ondemand-readers.js and ondemand.js, in the same isolated world: the people readers' line rules
// (core/detect/page-people.ts), which the list readers and the people readers both use, appended to
// globalThis.ficheShared. The build writes this script (wxt.config.ts, ONDEMAND_PEOPLE); each of the seven stays
// under the 15 KB budget (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
