/**
 * The sheet list's state (issue 9: a list that reads only what it shows): the query, the filter, the
 * keyboard selection, and the rows on screen. Browsing reads a window of `shown` sheets in name order
 * and the count from the list index; a query goes through the search index and reads the rows shown
 * only. A write to a sheet's records (here or in another extension page) re-reads the window, never a
 * whole table.
 */
import { computed, signal } from '@preact/signals';
import { listName, looksLikePhone, prepareQuery, type ListFilter, type PreparedQuery } from '../core/search';
import { db } from '../storage/db';
import { onStorageMutated } from '../storage/live';
import {
  countList,
  countNamed,
  listRows,
  listWindow,
  rowExtras,
  searchList,
  type ListRow,
} from '../storage/repos/list';

export type { ListFilter, ListRow };

/** Rows shown at first, and added by "Show more". */
export const PAGE = 15;

export const query = signal('');
export const filter = signal<ListFilter>('all');
/** The index of the highlighted row among those shown. */
export const selected = signal(0);
export const shown = signal(PAGE);

export interface ListView {
  /** The query the rows answer ('' when browsing). */
  query: string;
  rows: ListRow[];
  /** Sheets in the list or matching the query; undefined until counted. */
  total: number | undefined;
  /** The search read as many index entries as it may: `total` is a lower bound. */
  capped: boolean;
}

/** The rows on screen; undefined until the first read. */
export const view = signal<ListView | undefined>(undefined);

/** 'true' while the rows shown answer another query than the one typed (the listbox's aria-busy, bound as is). */
export const busy = computed(() => (view.value?.query !== query.value.trim() ? 'true' : 'false'));

/** The id of the highlighted option, for the search box's aria-activedescendant ('' when none). */
export const activeOptionId = computed(() => {
  const rows = view.value?.rows ?? [];
  const row = rows[Math.min(selected.value, rows.length - 1)];
  return row ? `sheet-opt-${row.company.id}` : '';
});

type PhoneKeys = (q: string) => string[];
let phoneKeys: PhoneKeys | null = null;

async function prepared(q: string): Promise<PreparedQuery | null> {
  // A phone number typed in any format needs its E.164 key: libphonenumber-js loads on the first one.
  if (!phoneKeys && looksLikePhone(q)) phoneKeys = (await import('../core/phone-keys')).phoneQueryKeys;
  return prepareQuery(q, phoneKeys ?? undefined);
}

async function meId(): Promise<string | undefined> {
  return (await db.users.toArray()).find((u) => u.isMe)?.id;
}

let generation = 0;
/** The transaction reading the extras of the rows shown, while it runs. */
let extrasTx: { abort(): void } | null = null;
function abortExtras() {
  const tx = extrasTx;
  extrasTx = null;
  try {
    tx?.abort();
  } catch {
    /* already finished */
  }
}
/** How long typing must pause before a search counts a long name range (ms). */
const COUNT_DELAY = 250;
/** The count of each list read, until a record changes. */
const listCounts = new Map<string, number>();
const READ_TABLES = [db.listKeys, db.searchIndex, db.companies, db.people, db.invoices, db.interactions];

/** A page's first list read, in the performance timeline (the bench splits the cold first paint with it). */
const marked = new Set<string>();
function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/**
 * Reads what the list shows for the current query, filter and window; a later call wins. The rows
 * paint from the sheets themselves (and the matched row of a search) first; their contacts, unpaid
 * amount and last activity, and the count, follow.
 */
export async function refreshList(): Promise<void> {
  const mine = ++generation;
  // A read for a query already replaced stops here: its requests would queue before this one's.
  abortExtras();
  const q = query.value.trim();
  const f = filter.value;
  const limit = shown.value;
  const list = listName(f, f === 'mine' ? await meId() : undefined);
  const stale = () => mine !== generation;
  const previous = view.value;
  let first: ListView;
  let p: PreparedQuery | null = null;
  if (!q) {
    markOnce('fiche:list-read');
    const rows = await db.transaction('r', READ_TABLES, async () =>
      listRows(await listWindow(list, 0, limit), undefined, { extras: false }),
    );
    markOnce('fiche:list-rows');
    const total = listCounts.get(list) ?? (previous?.query === '' ? previous.total : undefined);
    first = { query: '', rows, total, capped: false };
  } else {
    // Prepared in the input's own task unless the phone library must load first: the index reads are
    // then issued before Preact renders the search box (a microtask queued by the query's change).
    p = phoneKeys || !looksLikePhone(q) ? prepareQuery(q, phoneKeys ?? undefined) : await prepared(q);
    if (!p) return;
    const asked = p;
    // One native read-only transaction of its own (see `searchList`): a keystroke costs a few index
    // reads and the gets of the sheets found, answered as soon as they succeed. The count of a window
    // full of name matches walks the whole name range: it follows the rows, which are painted as soon as
    // they are known (the answer then only adds whether more sheets match, shown with the count).
    const found = await searchList(asked, list, limit, undefined, (rows) => {
      if (!stale()) view.value = withExtras({ query: q, rows, total: undefined, capped: false }, previous);
    });
    first = { query: q, rows: found.rows, total: found.uncounted ? undefined : found.total, capped: found.capped };
  }
  if (stale()) return;
  view.value = withExtras(first, previous);
  // A list's count is kept until a record changes; a search's, when its window is full of name matches,
  // waits until typing pauses (below).
  const known = p ? first.total : listCounts.get(list);
  let read: [Awaited<ReturnType<typeof rowExtras>>, number | undefined];
  // The extras are asked for once the rows are painted: their requests (three per row) would
  // otherwise be issued in the keystroke's task, before the render.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (stale()) return;
  try {
    read = await db.transaction('r', READ_TABLES, (tx) => {
      extrasTx = tx;
      return Promise.all([
        rowExtras(first.rows.map((r) => r.company.id)),
        known !== undefined || p ? Promise.resolve(known) : countList(list),
      ]);
    });
  } catch (e) {
    if (stale()) return;
    throw e;
  } finally {
    if (mine === generation) extrasTx = null;
  }
  if (stale()) return;
  const [extras, total] = read;
  if (!p && total !== undefined) listCounts.set(list, total);
  view.value = { ...first, total, rows: first.rows.map((r) => ({ ...r, ...extras.get(r.company.id) })) };
  if (!p || total !== undefined) return;
  // Counting walks every entry of the name range (a one-letter query: thousands, tens of milliseconds
  // of the database's time, which the next keystroke's reads would wait behind): only once typing pauses.
  await new Promise((resolve) => setTimeout(resolve, COUNT_DELAY));
  if (stale()) return;
  const asked = p;
  const named = await db.transaction('r', [db.listKeys], () => countNamed(asked, list));
  if (stale() || !view.value) return;
  view.value = { ...view.value, total: named };
}

/** Keeps the extras of rows already shown, so that a re-read does not blink. */
function withExtras(next: ListView, previous: ListView | undefined): ListView {
  if (!previous) return next;
  const known = new Map(previous.rows.map((r) => [r.company.id, r]));
  return {
    ...next,
    rows: next.rows.map((r) => {
      const old = known.get(r.company.id);
      return old
        ? {
            ...r,
            contacts: old.contacts,
            unpaid: old.unpaid,
            ...(old.lastActivityAt !== undefined ? { lastActivityAt: old.lastActivityAt } : {}),
          }
        : r;
    }),
  };
}

const WATCHED = ['companies', 'people', 'addresses', 'invoices', 'interactions', 'quotes', 'orders', 'users'].map(
  (t) => `idb://${db.name}/${t}/`,
);
let listening = false;
let visible = false;
let pending = false;
/** The records changed while the list was hidden: its rows are not shown again before they are re-read. */
let dirty = false;

function onMutated(parts: Record<string, unknown>) {
  if (!Object.keys(parts).some((part) => WATCHED.some((w) => part.startsWith(w)))) return;
  listCounts.clear();
  // A read under way may have counted before this change: it is not kept.
  generation++;
  if (!visible) {
    dirty = true;
    return;
  }
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    void refreshList();
  });
}

/** The list is on screen: read it, and re-read its window when the records change. Returns the cleanup. */
export function showList(): () => void {
  if (!listening) {
    listening = true;
    onStorageMutated(onMutated);
  }
  visible = true;
  if (dirty) view.value = undefined;
  dirty = false;
  void refreshList();
  return () => {
    visible = false;
  };
}

export function setQuery(q: string) {
  query.value = q;
  selected.value = 0;
  shown.value = PAGE;
  if (visible) void refreshList();
}

export function setFilter(f: ListFilter) {
  filter.value = f;
  selected.value = 0;
  shown.value = PAGE;
  void refreshList();
}

export function showMore() {
  shown.value += PAGE * 4;
  void refreshList();
}

/** Moves the highlight; past the last row shown, shows more. */
export function moveSelection(delta: number) {
  const count = view.value?.rows.length ?? 0;
  const next = Math.max(0, Math.min(selected.value + delta, count - 1));
  selected.value = next;
  if (next >= count - 1 && (view.value?.total ?? 0) > count) showMore();
}
