/**
 * Tests that read ../shared (the fixture corpora and their scorer) skip without it on a user's clone,
 * but fail in CI (`CI` set, as .ci/run does): a corpus that went missing must not turn the suite green.
 */
import fs from 'node:fs';

export const IN_CI = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);

/** Whether `file` (under ../shared) is there; throws in CI when it is not. */
export function sharedPresent(file: string): boolean {
  if (fs.existsSync(file)) return true;
  if (IN_CI) throw new Error(`${file} is missing: tests that need ../shared fail in CI instead of skipping`);
  console.warn(`${file} absent: skipped (it would fail in CI)`);
  return false;
}
