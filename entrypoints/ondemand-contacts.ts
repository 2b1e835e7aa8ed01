import type { UnlistedScriptDefinition } from 'wxt';

// Injected fourth, after ondemand-shared.js, ondemand-names.js and ondemand-people.js, before ondemand-orgs.js,
// ondemand-readers.js and ondemand.js, in the same isolated world: repeated entries (core/detect/page-structures.ts),
// which the readers read, appended to globalThis.ficheShared. The build writes this
// script (wxt.config.ts, ONDEMAND_CONTACTS); each of the seven stays under the 15 KB budget (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
