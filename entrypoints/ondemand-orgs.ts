import type { UnlistedScriptDefinition } from 'wxt';

// Injected fifth, after ondemand-shared.js, ondemand-names.js, ondemand-people.js and ondemand-contacts.js, before
// ondemand-readers.js and ondemand.js, in the same isolated world: lists of organisations (core/detect/page-orgs.ts)
// and contact sentences (core/detect/page-contacts.ts), which the readers read, appended to globalThis.ficheShared.
// The build writes this script (wxt.config.ts, ONDEMAND_ORGS); each of the seven stays under the 15 KB budget
// (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
