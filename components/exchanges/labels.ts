import type { InteractionType } from '../../core/domain';
import type { IconName } from '../icons';
import type { MessageKey } from '../i18n';

export const TYPES: InteractionType[] = ['note', 'meeting', 'email', 'call', 'letter', 'text'];

export const TYPE_LABEL: Record<InteractionType, MessageKey> = {
  note: 'exNote',
  meeting: 'exMeeting',
  email: 'exEmail',
  call: 'exCall',
  letter: 'exLetter',
  text: 'exText',
};

export const TYPE_ICON: Record<InteractionType, IconName> = {
  note: 'note',
  meeting: 'meeting',
  email: 'mail',
  call: 'phone',
  letter: 'letter',
  text: 'text',
};

/** `<input type="datetime-local">` values, local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function fromLocalInput(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  if (!m) return null;
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])).getTime();
  return Number.isFinite(ms) ? ms : null;
}
