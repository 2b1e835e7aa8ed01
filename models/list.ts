/** The sheet list's state: the query, the filter and the keyboard selection. */
import { signal } from '@preact/signals';

export type ListFilter = 'all' | 'prospects' | 'clients' | 'suppliers' | 'mine';
export const query = signal('');
export const filter = signal<ListFilter>('all');
export const selected = signal(0);
/** The id of the highlighted option, for the search box's aria-activedescendant. */
export const activeOptionId = signal('');
