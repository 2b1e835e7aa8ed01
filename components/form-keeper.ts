/**
 * What every form of the side panel does around its fields (issue 12 "Forms"): focus moves to its
 * first field when it opens, and back to what opened it when it closes (Save or Cancel); Escape
 * closes it; once edited, leaving it by Escape or Back asks before the changes are lost (Cancel is
 * itself the choice to drop them).
 * Used by the forms' action bar (FormBar in ./Field.tsx), so each form gets it by having one.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { forget, leaveGuarded, markEdited } from '../models/form-guard';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Enough to find the opener again when the view re-rendered it: its label, its section, its rank. */
interface OpenerTrace {
  element: HTMLElement;
  label: string;
  scope: string | null;
  rank: number;
}

function traceOf(el: Element | null): OpenerTrace | null {
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
  const section = el.closest('[aria-labelledby]');
  const scope = section?.getAttribute('aria-labelledby') ?? null;
  const root = section ?? document;
  const same = [...root.querySelectorAll<HTMLElement>(el.tagName)].filter(
    (x) => (x.getAttribute('aria-label') ?? x.textContent?.trim() ?? '') === label,
  );
  return { element: el, label, scope, rank: Math.max(0, same.indexOf(el)) };
}

function refind(trace: OpenerTrace): HTMLElement | null {
  if (trace.element.isConnected) return trace.element;
  const root = trace.scope ? document.querySelector(`[aria-labelledby="${CSS.escape(trace.scope)}"]`) : document;
  if (!root) return null;
  const same = [...root.querySelectorAll<HTMLElement>(trace.element.tagName)].filter(
    (x) => (x.getAttribute('aria-label') ?? x.textContent?.trim() ?? '') === trace.label,
  );
  return same[trace.rank] ?? same[0] ?? null;
}

export function useFormKeeper(barRef: RefObject<HTMLElement | null>, onCancel: () => void): () => void {
  // The opener is read while rendering, before an autofocused field takes the focus.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : traceOf(document.activeElement)));
  const token = useRef({}).current;
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;

  // A layout effect: the focus is in the form when the form first shows (a key pressed right after the click
  // that opened it goes to its first field, not to the page).
  useLayoutEffect(() => {
    const form = barRef.current?.closest('form') ?? barRef.current?.parentElement;
    if (!form) return;
    if (!form.contains(document.activeElement)) form.querySelector<HTMLElement>(FIELDS)?.focus();
    const onEdit = () => markEdited(token);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      leaveGuarded(() => cancelRef.current(), token);
    };
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    form.addEventListener('keydown', onKey);
    return () => {
      form.removeEventListener('input', onEdit);
      form.removeEventListener('change', onEdit);
      form.removeEventListener('keydown', onKey);
      forget(token);
      // Focus goes back to the opener once the view that replaces the form has rendered.
      if (opener) {
        requestAnimationFrame(() => {
          const active = document.activeElement;
          if (active && active !== document.body && active.isConnected) return;
          refind(opener)?.focus();
        });
      }
    };
  }, []);

  /** Cancel is an explicit "drop my changes": it closes without asking (Escape and Back ask). */
  return () => {
    forget(token);
    cancelRef.current();
  };
}
