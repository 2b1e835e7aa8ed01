/**
 * Unsaved changes: a form that the user edited registers itself here until it closes; leaving it
 * (Back, "+", the trash, Escape) asks first; its Cancel button does not (it is the choice to drop them). One signal for the open prompt, read by
 * components/LeaveGuard.tsx. A form is "edited" once the user typed or changed a field in it.
 */
import { signal } from '@preact/signals';

const edited = new Set<object>();

/** The prompt shown, with what to do if the user discards their changes; null when none is open. */
export const pendingLeave = signal<{ proceed: () => void } | null>(null);

export function markEdited(form: object) {
  edited.add(form);
}

export function forget(form: object) {
  edited.delete(form);
}

export const hasUnsavedChanges = (form?: object) => (form ? edited.has(form) : edited.size > 0);

/** Runs `proceed` now when nothing (or not `form`) is edited; otherwise asks first. */
export function leaveGuarded(proceed: () => void, form?: object) {
  if (!hasUnsavedChanges(form)) return proceed();
  pendingLeave.value = {
    proceed: () => {
      if (form) edited.delete(form);
      else edited.clear();
      proceed();
    },
  };
}

export function discardAndLeave() {
  const p = pendingLeave.value;
  pendingLeave.value = null;
  p?.proceed();
}

export function keepEditing() {
  pendingLeave.value = null;
}
