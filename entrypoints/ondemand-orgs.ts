import type { UnlistedScriptDefinition } from 'wxt';

// Injected fifth, after ondemand-shared.js, ondemand-names.js, ondemand-people.js and ondemand-contacts.js, before
// ondemand-readers.js and ondemand.js, in the same isolated world: lists of organisations (core/detect/page-orgs.ts),
// contact sentences (page-contacts.ts), tables (page-tables.ts) and definition lists of names (page-dl.ts), which the
// readers read, and the company-site detector's own helpers (listing.ts, site-ld.ts, site-owners.ts), appended to
// globalThis.ficheShared.
// The build writes this script (wxt.config.ts, ONDEMAND_ORGS); each of the seven stays under the 15 KB budget
// (SPEC §8).
export default {
  main() {},
} satisfies UnlistedScriptDefinition;
