/**
 * `useLive` subscribes a component to a Dexie live query: the component re-renders when the data it
 * read changes, in this tab or any other extension page (Dexie propagates changes across contexts).
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from '../models/live';

export function useLive<T>(querier: () => Promise<T> | T, deps: unknown[]): T | undefined;
export function useLive<T>(querier: () => Promise<T> | T, deps: unknown[], initial: T): T;
export function useLive<T>(querier: () => Promise<T> | T, deps: unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (v) => setValue(() => v),
      error: (e) => console.error('[fiche] live query failed', e),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
