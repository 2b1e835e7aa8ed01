/**
 * What kind of failure an error is, so that the UI can say it in the user's words (issue 10).
 * Looks through the wrappers Dexie puts around the browser's errors (`inner`, `cause`, a BulkError's
 * `failures`): a quota error inside an aborted transaction is a quota error. Pure; no Dexie import
 * (errors are recognised by name, as Dexie names them after the IndexedDB DOMExceptions).
 */
export type FailureKind = 'quota' | 'database' | 'aborted' | 'constraint' | 'too-deep' | 'invalid-data' | 'unknown';

const DATABASE = new Set([
  'DatabaseClosedError',
  'NoSuchDatabaseError',
  'OpenFailedError',
  'VersionError',
  'VersionChangeError',
  'MissingAPIError',
  'InvalidStateError',
  'UpgradeError',
  'SchemaError',
  'InvalidTableError',
]);
const ABORTED = new Set(['AbortError', 'TransactionInactiveError', 'PrematureCommitError', 'TimeoutError']);
const CONSTRAINT = new Set(['ConstraintError', 'DataError', 'DataCloneError', 'ReadOnlyError']);

function causes(e: unknown): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  const queue = [e];
  while (queue.length && out.length < 20) {
    const cur = queue.shift();
    if (cur === null || cur === undefined || seen.has(cur)) continue;
    seen.add(cur);
    out.push(cur);
    if (typeof cur === 'object') {
      const o = cur as { inner?: unknown; cause?: unknown; failures?: unknown };
      queue.push(o.inner, o.cause);
      if (Array.isArray(o.failures)) queue.push(...o.failures.slice(0, 5));
      else if (o.failures && typeof o.failures === 'object') queue.push(...Object.values(o.failures).slice(0, 5));
    }
  }
  return out;
}

const nameOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : '';
const messageOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
    ? (e as { message: string }).message
    : '';

export function classifyFailure(e: unknown): FailureKind {
  const chain = causes(e);
  // The deepest cause that says quota wins: the transaction was aborted because the disk is full.
  if (chain.some((c) => nameOf(c) === 'QuotaExceededError' || /quota/i.test(messageOf(c)))) return 'quota';
  if (
    chain.some(
      (c) =>
        (nameOf(c) === 'RangeError' && /call stack/i.test(messageOf(c))) || /too much recursion/i.test(messageOf(c)),
    )
  )
    return 'too-deep';
  for (const c of chain) {
    const name = nameOf(c);
    if (DATABASE.has(name)) return 'database';
    if (CONSTRAINT.has(name)) return 'constraint';
    if (name === 'ZodError') return 'invalid-data';
  }
  if (chain.some((c) => ABORTED.has(nameOf(c)))) return 'aborted';
  return 'unknown';
}
