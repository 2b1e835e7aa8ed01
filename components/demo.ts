import { sendMessage } from '../models/messaging';
import { showToast } from '../models/toast';
import { t } from './i18n';

/** Demo data is written by the background (one transaction), so any open panel sees it at once. */
export async function loadDemo() {
  const reply = await sendMessage({ type: 'demo/load' });
  if (reply.ok) showToast(t('demoLoaded', reply.value.companies));
  else showToast(t('errorGeneric', reply.error.message), { kind: 'error' });
}
