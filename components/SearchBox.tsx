/**
 * The search box, the combobox of the sheet list (issue 12): it controls the list's listbox while the
 * list shows rows (and only then: `aria-controls` never points at nothing), points at the highlighted
 * row with `aria-activedescendant`, and hands the focus to that row on Tab. Its own component: a
 * keystroke re-renders it and the list, not the whole panel (SPEC §8: ≤ 30 ms input to rendered results).
 */
import type { RefObject } from 'preact';
import { activeOptionId, moveSelection, query, selected, setQuery, view } from '../models/list';
import { go, route } from '../models/route';
import { t } from './i18n';
import { LISTBOX_ID } from './SheetList';

export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const expanded = route.value.name === 'list' && (view.value?.rows.length ?? 0) > 0;
  return (
    <input
      ref={inputRef}
      type="search"
      role="combobox"
      list={undefined}
      aria-label={t('searchLabel')}
      aria-autocomplete="list"
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={expanded ? LISTBOX_ID : undefined}
      aria-activedescendant={expanded && activeOptionId.value ? activeOptionId.value : undefined}
      placeholder={t('searchPlaceholder')}
      value={query.value}
      onInput={(e) => {
        setQuery((e.currentTarget as HTMLInputElement).value);
        if (route.value.name !== 'list') go({ name: 'list' });
      }}
      onKeyDown={(e) => onSearchKey(e, expanded)}
    />
  );
}

/** Arrow keys move through the results, Enter opens the highlighted sheet, Tab goes to it, Escape clears. */
function onSearchKey(e: KeyboardEvent, expanded: boolean) {
  const option = () => (activeOptionId.value ? document.getElementById(activeOptionId.value) : null);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    moveSelection(e.key === 'ArrowDown' ? 1 : -1);
  } else if (e.key === 'Enter') {
    const id = option()?.dataset.companyId;
    if (id) go({ name: 'sheet', id });
  } else if (e.key === 'Tab' && !e.shiftKey && expanded) {
    const row = option();
    if (row) {
      e.preventDefault();
      row.focus();
    }
  } else if (e.key === 'Escape') {
    setQuery('');
    selected.value = 0;
  }
}
