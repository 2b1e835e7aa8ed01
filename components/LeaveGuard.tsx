/** The prompt before unsaved changes are lost (models/form-guard.ts): discard them, or keep editing. */
import { useEffect, useRef } from 'preact/hooks';
import { discardAndLeave, keepEditing, pendingLeave } from '../models/form-guard';
import { t } from './i18n';

export function LeaveGuard() {
  const keepRef = useRef<HTMLButtonElement>(null);
  const open = pendingLeave.value !== null;
  const back = useRef<Element | null>(null);
  useEffect(() => {
    if (!open) return;
    back.current = document.activeElement;
    keepRef.current?.focus();
  }, [open]);
  if (!open) return null;
  const keep = () => {
    keepEditing();
    if (back.current instanceof HTMLElement && back.current.isConnected) back.current.focus();
  };
  return (
    <div
      class="leave-guard"
      role="alertdialog"
      aria-labelledby="leave-guard-text"
      data-testid="leave-guard"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          keep();
        }
      }}
    >
      <span id="leave-guard-text" class="spacer">
        {t('unsavedChanges')}
      </span>
      <button class="btn danger" onClick={discardAndLeave}>
        {t('discardChanges')}
      </button>
      <button class="btn primary" ref={keepRef} onClick={keep}>
        {t('keepEditing')}
      </button>
    </div>
  );
}
