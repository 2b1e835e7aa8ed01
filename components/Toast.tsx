import { dismissToast, toast } from '../models/toast';
import { Icon } from './icons';
import { t } from './i18n';

export function ToastView() {
  const current = toast.value;
  if (!current) return null;
  return (
    <div class="toast" role={current.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
      <span class="spacer">{current.text}</span>
      {current.undo ? (
        <button
          class="btn small"
          onClick={async () => {
            const undo = current.undo;
            dismissToast();
            await undo?.();
          }}
        >
          {t('undo')}
        </button>
      ) : null}
      <button class="icon-btn" aria-label={t('close')} onClick={dismissToast}>
        <Icon name="close" />
      </button>
    </div>
  );
}
