/** The section's "+": a menu button (WAI-ARIA menu pattern) offering a quote, an order or an invoice. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SALES_KINDS, type SalesKind } from '../../core/sales-form';
import { Icon } from '../icons';
import { t } from '../i18n';
import { addLabel } from './labels';

export function AddMenu({ onPick }: { onPick: (kind: SalesKind) => void }) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(wrap.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
      list[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      list[e.key === 'Home' ? 0 : list.length - 1]?.focus();
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div
      class="sales-menu-wrap"
      ref={wrap}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && next && !wrap.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        class="icon-btn"
        aria-label={t('salesAdd')}
        title={t('salesAdd')}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (open) items()[0]?.focus();
            else setOpen(true);
          }
        }}
      >
        <Icon name="plus" />
      </button>
      {open ? (
        <ul class="sales-menu" role="menu" aria-label={t('salesAdd')} onKeyDown={onKeyDown}>
          {SALES_KINDS.map((kind) => (
            <li role="none" key={kind}>
              <button
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(false);
                  onPick(kind);
                }}
              >
                {addLabel(kind)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
