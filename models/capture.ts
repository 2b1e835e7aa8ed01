/**
 * "People on this page" (SPEC §4): the plan is a live read (adding someone turns their row into
 * "contact of …" at once); every write goes through the background, which validates it and runs it
 * in one transaction. Loaded with the capture UI, never on the side panel's first paint.
 */
import type { Candidate, CompanyFact, PersonField } from '../core/capture';
import type { Detection } from '../core/detect/types';
import type { CaptureCreated } from '../core/messages';
import { db } from '../storage/db';
import type { CapturePerson, CaptureTarget } from '../storage/repos/capture';
import { planCapture } from '../storage/repos/capture-plan';
import { quickLookup } from '../storage/repos/lookup';
import { sendMessage } from './messaging';

export type { CapturePlan, CaptureRow } from '../storage/repos/capture-plan';
export type { CapturePerson, CaptureTarget } from '../storage/repos/capture';

export const captureQueries = {
  plan: (detection: Detection) => planCapture(detection, db),
  sheets: (text: string) => quickLookup(text, 6, db),
};

export function personOf(c: Candidate): CapturePerson {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    jobTitle: c.title,
    phone: c.phone,
    linkedinUrl: c.linkedinUrl,
  };
}

export const captureActions = {
  add: (items: { person: CapturePerson; target: CaptureTarget }[], origin: { url: string; kind: string }) =>
    sendMessage({ type: 'capture/add', items, origin }),
  undo: (created: CaptureCreated) =>
    sendMessage({ type: 'capture/undo', companies: created.companies, people: created.people }),
  updatePerson: (personId: string, fills: Partial<Record<PersonField, string>>) =>
    sendMessage({ type: 'capture/update-person', personId, fills }),
  updateSheet: (companyId: string, fills: Partial<Record<CompanyFact, string>>, sourceUrl: string) =>
    sendMessage({ type: 'capture/update-sheet', companyId, fills, sourceUrl }),
};
