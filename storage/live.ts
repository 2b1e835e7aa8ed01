/**
 * Dexie's change feeds and key bounds for the UI, so that `dexie` is imported only in storage/
 * (STYLE.md import rules): models use them directly, components through models/live.ts.
 */
import Dexie, { liveQuery } from 'dexie';

export { liveQuery };

/** The lowest key of any type, for open-ended compound ranges (`[companyId, MIN_KEY]`). */
export const MIN_KEY: unknown = Dexie.minKey;

/** Calls `listener` with the changed parts (`idb://<db>/<table>/…`) after any write, in any extension page. */
export function onStorageMutated(listener: (parts: Record<string, unknown>) => void): void {
  Dexie.on('storagemutated', listener);
}
