import { expect, test } from 'vitest';
import type { Interaction } from '../../core/domain';
import { exchangeStatus } from './labels';

const email = (status: NonNullable<Interaction['email']>['status'], direction: 'in' | 'out' = 'out') =>
  ({
    direction,
    email: { provider: 'manual', subject: '', to: [], cc: [], internalUserIds: [], documentIds: [], status },
  }) as unknown as Interaction;

test.each<[string, Pick<Interaction, 'direction' | 'email' | 'letter'>, string | null]>([
  ['an email sent: "Sent" once, not "↗ Sent" and "Sent"', email('sent'), 'exStatusSent'],
  ['a draft email', email('draft'), 'exStatusDraft'],
  ['a scheduled email', email('scheduled'), 'exStatusScheduled'],
  ['a logged email received', email('logged', 'in'), 'exIn'],
  ['a logged email the user sent', email('logged', 'out'), 'exOut'],
  ['a draft letter: "Draft", not "Sent Draft"', { direction: 'out', letter: { status: 'draft' } }, 'exStatusDraft'],
  ['a printed letter', { direction: 'out', letter: { status: 'printed' } }, 'exStatusPrinted'],
  ['a call received', { direction: 'in' }, 'exIn'],
  ['a note', {}, null],
])('%s', (_, i, label) => expect(exchangeStatus(i)?.label ?? null).toBe(label));
