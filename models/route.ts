/** Where the side panel is: one signal, changed only through `go`. */
import { signal } from '@preact/signals';
import type { Company } from '../core/domain';
import type { PersonPrefill } from '../core/prefill';

export interface EditPrefill {
  company?: Partial<Company>;
  person?: PersonPrefill;
  /** Where the prefill comes from, e.g. the page's URL, shown in the form. */
  from?: string;
  /** Log this tab's open email on the new sheet once it is created ("one click confirms", SPEC §4). */
  logFromTab?: number;
}

export type Route =
  | { name: 'list' }
  | { name: 'sheet'; id: string; /** A task of the sheet to bring into view (a reminder, My tasks). */ task?: string }
  | { name: 'edit'; id?: string; prefill?: EditPrefill }
  | { name: 'trash' }
  | { name: 'tasks' };

/** `sidepanel.html?sheet=<id>` (omnibox, links) opens on that sheet; `&task=<id>` on one of its tasks. */
function initialRoute(): Route {
  const params = typeof location !== 'undefined' ? new URLSearchParams(location.search) : null;
  const id = params?.get('sheet');
  const task = params?.get('task');
  return id ? (task ? { name: 'sheet', id, task } : { name: 'sheet', id }) : { name: 'list' };
}

export const route = signal<Route>(initialRoute());

export function go(next: Route) {
  route.value = next;
  if (typeof window !== 'undefined') window.scrollTo?.(0, 0);
}
