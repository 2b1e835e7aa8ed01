import type { Interaction, InteractionType } from '../../core/domain';
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

/**
 * The one status an exchange card shows: a draft, scheduled, printed or sent email or letter says
 * where it stands; a logged email, a call or a text says its direction ("Received"/"Sent"); a note
 * or a meeting has none. `pending` marks what still waits for the user (a draft, a scheduled email).
 */
export function exchangeStatus(
  i: Pick<Interaction, 'direction' | 'email' | 'letter'>,
): { label: MessageKey; pending: boolean } | null {
  const s = i.email?.status === 'logged' ? undefined : (i.email?.status ?? i.letter?.status);
  if (s === 'draft') return { label: 'exStatusDraft', pending: true };
  if (s === 'scheduled') return { label: 'exStatusScheduled', pending: true };
  if (s === 'printed') return { label: 'exStatusPrinted', pending: false };
  if (s === 'sent') return { label: 'exStatusSent', pending: false };
  if (i.direction === 'in') return { label: 'exIn', pending: false };
  if (i.direction === 'out') return { label: 'exOut', pending: false };
  return null;
}
