/**
 * Durable storage (SPEC §7): `navigator.storage.persist()` asked from an extension page (in a
 * service worker it does nothing), and what the Data tab shows: whether storage is persistent, and
 * how much is used of the quota. Null where the browser has no StorageManager.
 */
export interface StorageStatus {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/** Asks once per page for persistent storage; true when the data is (now) persistent. */
export async function requestPersistence(): Promise<boolean> {
  const m = manager();
  if (!m?.persist) return false;
  try {
    if (await m.persisted?.()) return true;
    return await m.persist();
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus | null> {
  const m = manager();
  if (!m?.persisted) return null;
  const [persisted, estimate] = await Promise.all([
    m.persisted().catch(() => false),
    m.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
