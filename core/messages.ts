/**
 * The one message protocol between content scripts, extension pages and the background.
 * Content scripts import only the types (`import type`): zod stays out of their bundles.
 * The background `safeParse`s every message against `messageSchema` and answers with a `Reply`.
 * Trust comes from the sender the browser fills in, never from the payload.
 */
import { z } from 'zod';
import { detectionSchema } from './detect/schema';
import { siren, siret } from './domain/common';

const tabId = z.number().int().nonnegative();
const recordId = z.string().min(1).max(64);

/** A person taken from a page, as the side panel hands it over (SPEC §4 "Add contacts from web pages"). */
const capturePerson = z
  .object({
    firstName: z.string().max(200),
    lastName: z.string().max(200),
    email: z.union([z.literal(''), z.email().max(320)]),
    jobTitle: z.string().max(300),
    phone: z.string().max(60),
    linkedinUrl: z.string().max(500),
  })
  .strict();
const captureTarget = z.union([
  z.object({ companyId: recordId }).strict(),
  z
    .object({
      newCompany: z
        .object({
          name: z.string().trim().min(1).max(300),
          domain: z.string().max(253).optional(),
          website: z.string().max(500).optional(),
          linkedinUrl: z.string().max(500).optional(),
        })
        .strict(),
    })
    .strict(),
]);
const pageUrl = z.string().url().max(2048);

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }).strict(),
  /** content script → background: what the page shows now. */
  z.object({ type: z.literal('page/detected'), url: z.string().url().max(2048), detection: detectionSchema }).strict(),
  /** side panel → background: the last detection of a tab and the sheets it matches. */
  z.object({ type: z.literal('tab/state'), tabId }).strict(),
  /** side panel → background: run the on-demand detector on a tab (activeTab / optional permission). */
  z.object({ type: z.literal('tab/detect-now'), tabId }).strict(),
  /**
   * side panel → background: log the tab's open email on these sheets (default: the sheets it matches
   * for sure). The message itself is the one the background stored, never one sent by the caller.
   */
  z
    .object({ type: z.literal('email/log'), tabId, companyIds: z.array(z.string().min(1).max(64)).max(20).optional() })
    .strict(),
  /** side panel → background: add people of a page to sheets, creating missing company sheets (one transaction). */
  z
    .object({
      type: z.literal('capture/add'),
      items: z
        .array(z.object({ person: capturePerson, target: captureTarget }).strict())
        .min(1)
        .max(200),
      origin: z.object({ url: pageUrl, kind: z.string().max(40) }).strict(),
    })
    .strict(),
  /** side panel → background: undo a `capture/add` (what it created, and only that). */
  z
    .object({
      type: z.literal('capture/undo'),
      companies: z.array(recordId).max(200),
      people: z.array(recordId).max(200),
    })
    .strict(),
  /** side panel → background: fill empty fields of a contact with values the user accepted from a page. */
  z
    .object({
      type: z.literal('capture/update-person'),
      personId: recordId,
      fills: z
        .object({
          email: z.email().max(320).optional(),
          jobTitle: z.string().max(300).optional(),
          phone: z.string().max(60).optional(),
          linkedinUrl: z.string().max(500).optional(),
        })
        .strict(),
    })
    .strict(),
  /** side panel → background: fill empty facts of a sheet from a page; each keeps its source URL and date. */
  z
    .object({
      type: z.literal('capture/update-sheet'),
      companyId: recordId,
      fills: z
        .object({
          siren: siren.optional(),
          siret: siret.optional(),
          vat: z.string().max(20).optional(),
          website: z.string().max(500).optional(),
          domain: z.string().max(253).optional(),
          phone: z.string().max(60).optional(),
          linkedinUrl: z.string().max(500).optional(),
        })
        .strict(),
      sourceUrl: pageUrl,
    })
    .strict(),
  /** extension page → background: fill the database with the demo data set. */
  z.object({ type: z.literal('demo/load') }).strict(),
  /** extension page → background: an email was scheduled or a task's due day changed: re-derive the alarms. */
  z.object({ type: z.literal('reminders/sync') }).strict(),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export type ErrorCode =
  'invalid-message' | 'untrusted-sender' | 'not-found' | 'no-permission' | 'conflict' | 'internal';
export type Reply<V> = { ok: true; value: V } | { ok: false; error: { code: ErrorCode; message: string } };

/** What each message answers with. */
export interface ReplyValues {
  ping: { pong: true; at: number };
  'page/detected': { received: true };
  'tab/state': TabState | null;
  'tab/detect-now': TabState | null;
  'demo/load': { companies: number };
  'email/log': { logged: string[]; already: string[] };
  'capture/add': CaptureCreated;
  'capture/undo': CaptureCreated;
  'capture/update-person': { filled: string[] };
  'capture/update-sheet': { filled: string[] };
  'reminders/sync': { notified: number; armed: number };
}

/** What a `capture/add` created (what its undo removes). */
export interface CaptureCreated {
  companies: string[];
  people: string[];
}

export interface StoredDetection {
  url: string;
  at: number;
  detection: z.infer<typeof detectionSchema>;
}

export interface TabState extends StoredDetection {
  matches: SheetMatch[];
}

export type MatchReason = 'email' | 'linkedin' | 'legal-id' | 'domain' | 'name' | 'fuzzy-name';
export interface SheetMatch {
  companyId: string;
  companyName: string;
  reason: MatchReason;
  /** The value that matched (an email, a domain, a SIREN…), shown to the user. */
  on: string;
  personId?: string;
  /** Fuzzy candidates are shown as "possible match", never auto-linked. */
  possible: boolean;
}

export { SESSION_DETECTION_KEY } from './session-keys';
