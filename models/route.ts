/** Where the side panel is: one signal, changed only through `go`. */
import { signal } from '@preact/signals';

export type Route =
  | { name: 'list' }
  | { name: 'sheet'; id: string }
  | { name: 'edit'; id?: string; prefill?: Record<string, unknown> }
  | { name: 'trash' };

export const route = signal<Route>({ name: 'list' });

export function go(next: Route) {
  route.value = next;
  if (typeof window !== 'undefined') window.scrollTo?.(0, 0);
}
