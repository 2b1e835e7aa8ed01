/** Tests only: a fresh, uniquely named database per test (fake-indexeddb). */
import { FicheDB } from './db';

export function freshDb(): FicheDB {
  return new FicheDB(`test-${crypto.randomUUID()}`);
}
