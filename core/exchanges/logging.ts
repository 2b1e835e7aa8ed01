/**
 * Turning an open webmail message into an email exchange (SPEC §4 "Log an email in one click").
 * The dedup key makes logging idempotent: the same message logged twice on a sheet is one exchange.
 */
import type { DetectedMessage } from '../detect/types';
import type { Interaction, Person } from '../domain';

/** 'YYYY-MM-DDTHH:MM' local wall-clock → epoch ms in the browser's time zone. */
export function wallClockToMs(date: string, fallback: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(date);
  if (!m) return fallback;
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])).getTime();
  return Number.isFinite(ms) ? ms : fallback;
}

export function messageKey(m: DetectedMessage): string {
  const id = m.messageId || `${m.threadId}|${m.date}|${m.from.email.toLowerCase()}`;
  return `${m.provider}:${id}`;
}

export function dedupKeyFor(companyId: string, m: DetectedMessage): string {
  return `${companyId}|${messageKey(m)}`.slice(0, 500);
}

export function directionOf(m: DetectedMessage, ownEmails: readonly string[]): 'in' | 'out' {
  const own = new Set(ownEmails.map((e) => e.toLowerCase()));
  return own.has(m.from.email.toLowerCase()) ? 'out' : 'in';
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const box = (b: { name?: string; email: string }) => ({
  ...(b.name ? { name: clip(b.name, 500) } : {}),
  email: clip(b.email.toLowerCase(), 320),
});

/** The interaction record for a message on a sheet; `people` are the sheet's contacts. */
export function interactionFromMessage(input: {
  id: string;
  companyId: string;
  message: DetectedMessage;
  people: readonly Person[];
  ownEmails: readonly string[];
  sourceUrl: string;
  now: number;
  authorId?: string;
}): Interaction {
  const m = input.message;
  const addresses = new Set([m.from, ...m.to, ...m.cc].map((b) => b.email.toLowerCase()));
  const personIds = input.people.filter((p) => p.emails.some((e) => addresses.has(e))).map((p) => p.id);
  return {
    id: input.id,
    companyId: input.companyId,
    type: 'email',
    happensAt: wallClockToMs(m.date, input.now),
    direction: directionOf(m, input.ownEmails),
    title: clip(m.subject, 2000),
    content: clip(m.bodyText, 200_000),
    personIds,
    ...(input.authorId ? { authorId: input.authorId } : {}),
    sourceUrl: clip(input.sourceUrl, 2000),
    dedupKey: dedupKeyFor(input.companyId, m),
    email: {
      provider: m.provider,
      ...(m.messageId ? { messageId: clip(m.messageId, 500) } : {}),
      threadId: clip(m.threadId, 500),
      subject: clip(m.subject, 2000),
      from: box(m.from),
      to: m.to.slice(0, 500).map(box),
      cc: m.cc.slice(0, 500).map(box),
      internalUserIds: [],
      documentIds: [],
      status: 'logged',
    },
    createdAt: input.now,
    updatedAt: input.now,
  };
}

const subjectKey = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * "Fiche sees it in the webmail": a message the user sent whose subject is a draft's (or a scheduled
 * email's) and that goes to one of its recipients is that email, sent. Returns the draft it sends,
 * or undefined. An email is marked sent only so, or when the user confirms (never when a compose
 * window merely opened).
 */
export function draftSentBy(
  candidates: readonly Interaction[],
  m: DetectedMessage,
  ownEmails: readonly string[],
): Interaction | undefined {
  if (directionOf(m, ownEmails) !== 'out') return undefined;
  const subject = subjectKey(m.subject);
  if (!subject) return undefined;
  const recipients = new Set([...m.to, ...m.cc].map((b) => b.email.toLowerCase()));
  return candidates.find(
    (i) =>
      i.type === 'email' &&
      (i.email?.status === 'draft' || i.email?.status === 'scheduled') &&
      subjectKey(i.email.subject || i.title) === subject &&
      i.email.to.some((b) => recipients.has(b.email.toLowerCase())),
  );
}

/** The draft once sent, as the webmail shows it: sent at the message's time, with its ids (idempotent from then on). */
export function sentFromMessage(
  draft: Interaction,
  input: { companyId: string; message: DetectedMessage; sourceUrl: string; now: number },
): Interaction {
  const m = input.message;
  const { scheduledAt: _s, ...email } = draft.email!;
  return {
    ...draft,
    happensAt: wallClockToMs(m.date, input.now),
    sourceUrl: clip(input.sourceUrl, 2000),
    dedupKey: dedupKeyFor(input.companyId, m),
    email: {
      ...email,
      provider: m.provider,
      ...(m.messageId ? { messageId: clip(m.messageId, 500) } : {}),
      threadId: clip(m.threadId, 500),
      status: 'sent',
    },
    updatedAt: input.now,
  };
}
