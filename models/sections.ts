/**
 * The sheet's sections: which ones the user folded (remembered per section, in extension storage, so
 * every panel and every sheet opens them the same way), and requests to open a section's "add" form
 * (the summary's quick actions, the "Add …" menu), which the section itself answers.
 */
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';

export type SectionId =
  | 'exchanges'
  | 'contacts'
  | 'tasks'
  | 'opportunities'
  | 'tickets'
  | 'sales'
  | 'revenue'
  | 'info'
  | 'addresses'
  | 'comment'
  | 'documents';

const KEY = 'sheetSectionsCollapsed';

/** Folded sections: `true` when folded; missing means open. */
export const collapsed = signal<Partial<Record<SectionId, boolean>>>({});
let loading: Promise<void> | null = null;

/** Reads the remembered state once, and follows changes made in another panel. */
export function loadSectionState(): Promise<void> {
  loading ??= (async () => {
    try {
      const stored = (await browser.storage.local.get(KEY))[KEY];
      if (stored && typeof stored === 'object')
        collapsed.value = { ...(stored as typeof collapsed.value), ...collapsed.value };
      browser.storage.onChanged.addListener((changes, area) => {
        const next = changes[KEY]?.newValue;
        if (area === 'local' && next && typeof next === 'object') collapsed.value = next as typeof collapsed.value;
      });
    } catch (e) {
      console.error('[fiche] section state unavailable', e);
    }
  })();
  return loading;
}

export function setCollapsed(id: SectionId, value: boolean): void {
  if (!!collapsed.value[id] === value) return;
  const next = { ...collapsed.value };
  if (value) next[id] = true;
  else delete next[id];
  collapsed.value = next;
  browser.storage.local.set({ [KEY]: next }).catch((e) => console.error('[fiche] section state not saved', e));
}

export interface AddRequest {
  section: SectionId;
  /** What to add, when the section adds several kinds (an exchange's type). */
  kind?: string;
  n: number;
}

/** The last request to open a section's "add" form; the section answers it and clears it. */
export const addRequest = signal<AddRequest | null>(null);
let requests = 0;

export function requestAdd(section: SectionId, kind?: string): void {
  setCollapsed(section, false);
  addRequest.value = { section, kind, n: ++requests };
}
