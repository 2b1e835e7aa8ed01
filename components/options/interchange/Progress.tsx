import { t } from '../../i18n';
import { percent } from './text';

/** A progress bar with its figure, announced politely to screen readers. */
export function Progress(props: { done: number; total: number; label?: string }) {
  const p = percent(props.done, props.total);
  return (
    <div role="status" aria-live="polite" class="small" data-testid="io-progress">
      <progress max={100} value={p} aria-label={props.label ?? t('ioWorking', p)} style="width:100%" />
      <span>{t('ioWorking', p)}</span>
    </div>
  );
}
