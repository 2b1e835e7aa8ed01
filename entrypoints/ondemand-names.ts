import type { UnlistedScriptDefinition } from 'wxt';

// Injected second, after ondemand-shared.js and before ondemand-people.js, ondemand-contacts.js, ondemand-orgs.js,
// ondemand-readers.js and ondemand.js, in the same isolated world: word lists, the result builder and a platform's
// page about one business, appended to globalThis.ficheShared. The build writes this script (wxt.config.ts,
// ONDEMAND_NAMES); each of the seven stays under the 15 KB budget (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
