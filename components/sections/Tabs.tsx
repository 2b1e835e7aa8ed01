/**
 * Tabs as WAI-ARIA's tabs pattern: one tab in the Tab order (roving tabindex), ←/→ move and select
 * (automatic activation), Home/End go to the ends; each tab controls the one panel that follows
 * (`tabPanelProps`), which it names.
 */
import type { ComponentChildren } from 'preact';

export interface TabItem<T extends string> {
  value: T;
  label: ComponentChildren;
}

export const tabId = (prefix: string, value: string) => `${prefix}-tab-${value}`;
export const panelId = (prefix: string) => `${prefix}-panel`;

export function TabList<T extends string>(props: {
  prefix: string;
  label: string;
  items: TabItem<T>[];
  selected: T;
  onSelect: (value: T) => void;
}) {
  const { prefix, items, selected, onSelect } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    const at = items.findIndex((x) => x.value === selected);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const value = items[next]!.value;
    onSelect(value);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#${CSS.escape(tabId(prefix, value))}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
      {items.map((x) => (
        <button
          key={x.value}
          id={tabId(prefix, x.value)}
          type="button"
          role="tab"
          class="tab"
          aria-selected={x.value === selected ? 'true' : 'false'}
          aria-controls={panelId(prefix)}
          tabIndex={x.value === selected ? 0 : -1}
          onClick={() => onSelect(x.value)}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}

/** The attributes of the panel the tabs control. */
export function tabPanelProps(prefix: string, selected: string) {
  return {
    role: 'tabpanel',
    id: panelId(prefix),
    'aria-labelledby': tabId(prefix, selected),
    class: 'tab-panel',
  } as const;
}
