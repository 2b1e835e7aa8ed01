/**
 * Issue 10, defect 8: failures reach the user as clear, translated sentences, never as raw messages
 * ("Maximum call stack size exceeded", "Database … doesnt exist").
 */
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { failureText } from './options/common';
import { failureMessage } from './errors';

const named = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { name }, extra);
function overflow(): unknown {
  const f = (n: number): number => f(n + 1) + 1;
  try {
    f(0);
  } catch (e) {
    return e;
  }
  throw new Error('no overflow');
}
const msg = (key: keyof typeof en) => en[key].message;

describe('failureMessage', () => {
  it.each([
    [
      'a DOM QuotaExceededError',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'failureQuota',
    ],
    [
      'Dexie QuotaExceededError',
      named('QuotaExceededError', 'QuotaExceededError The quota has been exceeded.'),
      'failureQuota',
    ],
    [
      'an AbortError caused by the quota',
      named('AbortError', 'Transaction aborted', { inner: new DOMException('q', 'QuotaExceededError') }),
      'failureQuota',
    ],
    [
      'a BulkError whose failures are quota errors',
      named('BulkError', 'people.bulkAdd(): 3 of 10 operations failed', {
        failures: [new DOMException('q', 'QuotaExceededError')],
      }),
      'failureQuota',
    ],
    ['DatabaseClosedError', named('DatabaseClosedError', 'Database has been closed'), 'failureDatabase'],
    ['NoSuchDatabaseError', named('NoSuchDatabaseError', 'Database fiche doesnt exist'), 'failureDatabase'],
    [
      'OpenFailedError',
      named('OpenFailedError', 'UnknownError Internal error opening backing store'),
      'failureDatabase',
    ],
    [
      'VersionError',
      named('VersionError', 'The requested version (1) is less than the existing version (3).'),
      'failureDatabase',
    ],
    ['AbortError', named('AbortError', 'Transaction aborted'), 'failureAborted'],
    [
      'TransactionInactiveError',
      named('TransactionInactiveError', 'Transaction has already completed or failed'),
      'failureAborted',
    ],
    ['ConstraintError', named('ConstraintError', 'Key already exists in the object store.'), 'failureConstraint'],
    ['a stack overflow', overflow(), 'failureTooDeep'],
    ["Firefox's too much recursion", named('InternalError', 'too much recursion'), 'failureTooDeep'],
    ['a ZodError', named('ZodError', '[{"code":"too_big"}]'), 'failureInvalidData'],
    ['an unknown error', new Error('x is not a function'), 'failureUnknown'],
    ['a thrown string', 'boom', 'failureUnknown'],
    ['undefined', undefined, 'failureUnknown'],
  ] as const)('%s', (_what, error, key) => {
    const text = failureMessage(error);
    expect(text).toBe(msg(key));
    // The options page's own helper says the same, never the raw message.
    expect(failureText(error)).toBe(text);
    const raw = error instanceof Error ? error.message : String(error);
    if (raw.length > 4) expect(text).not.toContain(raw);
  });
});
