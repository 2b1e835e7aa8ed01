/**
 * The whole data model of SPEC §2, one zod schema per table, named as the tables are.
 * Types are inferred from the schemas, so the database, the messages and the UI share one truth.
 */
import { z } from 'zod';
import { isRasterImageType } from '../file-types';
import {
  cents,
  currency,
  customFieldValues,
  emailAddress,
  epochMs,
  id,
  isoDay,
  siren,
  siret,
  longText,
  shortText,
  timestamps,
  webUrl,
} from './common';

export const companyKind = z.enum(['company', 'individual']);

/** The page a value or a contact was taken from, and when. */
export const pageOrigin = z.object({ url: z.string().max(2048), kind: z.string().max(40), at: epochMs }).strict();
export type PageOrigin = z.infer<typeof pageOrigin>;
const factSource = z.object({ url: z.string().max(2048), at: epochMs }).strict();

/** A client sheet ("fiche client"). */
export const company = z
  .object({
    id,
    name: z.string().min(1).max(300),
    /** Normalised name (case, accents, punctuation, legal forms removed): indexed for matching. */
    nameKey: z.string().max(300),
    kind: companyKind,
    isProspect: z.boolean(),
    isClient: z.boolean(),
    isSupplier: z.boolean(),
    vat: shortText.optional(),
    siren: siren.optional(),
    siret: siret.optional(),
    website: webUrl().optional(),
    /** Registrable domains used for matching (website and email domains), lowercase. */
    domains: z.array(z.string().max(253)).max(50),
    linkedinUrl: webUrl().optional(),
    phone: shortText.optional(),
    /** Where facts accepted from a page came from ("Update sheet"), by field. */
    sources: z.record(z.string().max(40), factSource).optional(),
    categories: z.array(z.string().max(100)).max(50),
    accountManagerId: id.optional(),
    customFields: customFieldValues,
    comment: longText,
    /** Set when the sheet is in the trash. */
    deletedAt: epochMs.optional(),
    /** Set when the sheet was absorbed by a merge: its id resolves to the kept sheet. */
    mergedIntoId: id.optional(),
    ...timestamps,
  })
  .strict();
export type Company = z.infer<typeof company>;

export const address = z
  .object({
    id,
    companyId: id,
    label: shortText,
    contactName: shortText,
    street: z.string().max(1000),
    postalCode: z.string().max(20),
    city: shortText,
    country: shortText,
    isMain: z.boolean(),
    forInvoices: z.boolean(),
    forDeliveries: z.boolean(),
    forQuotes: z.boolean(),
    ...timestamps,
  })
  .strict();
export type Address = z.infer<typeof address>;

/** A contact of a sheet. */
export const person = z
  .object({
    id,
    companyId: id,
    firstName: shortText,
    lastName: shortText,
    /** Lowercase addresses; multi-entry indexed for the email match. */
    emails: z.array(emailAddress).max(20),
    jobTitle: shortText,
    phone: shortText,
    mobile: shortText,
    /** The photo as stored (resized locally); a Blob in IndexedDB. */
    photo: z
      .instanceof(Blob)
      .refine((b) => isRasterImageType(b.type), 'expected a raster image (PNG, JPEG, GIF, WebP)')
      .optional(),
    linkedinUrl: webUrl().optional(),
    isBillingContact: z.boolean(),
    customFields: customFieldValues,
    /** Set when the contact was added from a page (SPEC §4 "Add contacts from web pages"). */
    origin: pageOrigin.optional(),
    archivedAt: epochMs.optional(),
    ...timestamps,
  })
  .strict();
export type Person = z.infer<typeof person>;

export const interactionType = z.enum(['meeting', 'email', 'call', 'letter', 'text', 'note']);
export type InteractionType = z.infer<typeof interactionType>;

export const mailbox = z.object({ name: shortText.optional(), email: emailAddress }).strict();

export const emailDetails = z
  .object({
    provider: z.enum(['gmail', 'outlook', 'manual']),
    messageId: shortText.optional(),
    threadId: shortText.optional(),
    subject: z.string().max(2000),
    from: mailbox.optional(),
    to: z.array(mailbox).max(500),
    cc: z.array(mailbox).max(500),
    /** Internal users copied ("en interne"). */
    internalUserIds: z.array(id).max(100),
    documentIds: z.array(id).max(100),
    templateId: id.optional(),
    scheduledAt: epochMs.optional(),
    status: z.enum(['logged', 'draft', 'scheduled', 'sent']),
  })
  .strict();

export const meetingDetails = z
  .object({
    startAt: epochMs,
    endAt: epochMs,
    place: shortText,
    attendees: z.array(mailbox).max(500),
    invitationSent: z.boolean(),
  })
  .strict();

export const letterDetails = z
  .object({
    addressId: id.optional(),
    templateId: id.optional(),
    status: z.enum(['draft', 'printed', 'sent']),
  })
  .strict();

/** An exchange of the sheet's history. */
export const interaction = z
  .object({
    id,
    companyId: id,
    type: interactionType,
    happensAt: epochMs,
    direction: z.enum(['in', 'out']).optional(),
    title: z.string().max(2000),
    content: longText,
    personIds: z.array(id).max(500),
    authorId: id.optional(),
    sourceUrl: webUrl(2000).optional(),
    /** `provider:messageId` (or thread id) of a logged email: unique, makes logging idempotent. */
    dedupKey: z.string().max(500).optional(),
    email: emailDetails.optional(),
    meeting: meetingDetails.optional(),
    letter: letterDetails.optional(),
    ...timestamps,
  })
  .strict();
export type Interaction = z.infer<typeof interaction>;

export const pipelineStep = z.object({ id, name: shortText, probability: z.number().int().min(0).max(100) }).strict();
export const pipeline = z
  .object({ id, name: shortText, position: z.number().int(), steps: z.array(pipelineStep).max(50), ...timestamps })
  .strict();
export type Pipeline = z.infer<typeof pipeline>;

export const opportunity = z
  .object({
    id,
    companyId: id,
    pipelineId: id,
    stepId: id,
    title: z.string().min(1).max(500),
    amount: cents,
    currency,
    probability: z.number().int().min(0).max(100),
    expectedDate: isoDay.optional(),
    status: z.enum(['open', 'won', 'lost']),
    personId: id.optional(),
    ownerId: id.optional(),
    closedAt: epochMs.optional(),
    ...timestamps,
  })
  .strict();
export type Opportunity = z.infer<typeof opportunity>;

export const project = z
  .object({
    id,
    companyId: id.optional(),
    name: z.string().min(1).max(500),
    status: z.enum(['open', 'done']),
    ...timestamps,
  })
  .strict();
export type Project = z.infer<typeof project>;

export const task = z
  .object({
    id,
    companyId: id.optional(),
    projectId: id.optional(),
    title: z.string().min(1).max(500),
    dueDate: isoDay.optional(),
    assigneeId: id.optional(),
    done: z.boolean(),
    doneAt: epochMs.optional(),
    ...timestamps,
  })
  .strict();
export type Task = z.infer<typeof task>;

export const ticketComment = z.object({ at: epochMs, authorId: id.optional(), text: longText }).strict();
export const ticket = z
  .object({
    id,
    companyId: id,
    personId: id.optional(),
    subject: z.string().min(1).max(500),
    status: z.enum(['open', 'pending', 'closed']),
    priority: z.enum(['low', 'normal', 'high', 'urgent']),
    comments: z.array(ticketComment).max(1000),
    ...timestamps,
  })
  .strict();
export type Ticket = z.infer<typeof ticket>;

export const payment = z.object({ id, date: isoDay, amount: cents, method: shortText.optional() }).strict();
export type Payment = z.infer<typeof payment>;

const salesDocument = {
  id,
  companyId: id,
  number: z.string().min(1).max(100),
  date: isoDay,
  amountExclTax: cents,
  amountInclTax: cents,
  currency,
  title: shortText.optional(),
  personId: id.optional(),
  ...timestamps,
};

export const quote = z
  .object({
    ...salesDocument,
    expiryDate: isoDay.optional(),
    status: z.enum(['draft', 'sent', 'accepted', 'refused']),
  })
  .strict();
export type Quote = z.infer<typeof quote>;

export const order = z
  .object({
    ...salesDocument,
    quoteId: id.optional(),
    closedByHand: z.boolean(),
  })
  .strict();
export type Order = z.infer<typeof order>;

export const invoice = z
  .object({
    ...salesDocument,
    /** A credit note carries negative amounts and reduces revenue. */
    kind: z.enum(['invoice', 'credit_note']),
    dueDate: isoDay.optional(),
    orderId: id.optional(),
    status: z.enum(['draft', 'issued', 'cancelled']),
    payments: z.array(payment).max(500),
  })
  .strict();
export type Invoice = z.infer<typeof invoice>;

export const signatureStatus = z.enum(['none', 'requested', 'signed', 'declined']);
export const document = z
  .object({
    id,
    companyId: id,
    projectId: id.optional(),
    name: z.string().min(1).max(500),
    mimeType: z.string().max(200),
    size: z.number().int().nonnegative(),
    content: z.instanceof(Blob),
    signatureStatus,
    ...timestamps,
  })
  .strict();
export type FicheDocument = z.infer<typeof document>;

export const user = z
  .object({
    id,
    name: z.string().min(1).max(200),
    email: z.union([z.literal(''), emailAddress]),
    isMe: z.boolean(),
    ...timestamps,
  })
  .strict();
export type User = z.infer<typeof user>;

export const templateKind = z.enum(['comment', 'email', 'letter']);
export const template = z
  .object({
    id,
    kind: templateKind,
    name: z.string().min(1).max(200),
    subject: z.string().max(2000).optional(),
    body: longText,
    isDefault: z.boolean(),
    ...timestamps,
  })
  .strict();
export type Template = z.infer<typeof template>;

export const customFieldType = z.enum(['text', 'number', 'date', 'single', 'multiple', 'checkbox', 'url']);
export type CustomFieldType = z.infer<typeof customFieldType>;
export const customFieldDef = z
  .object({
    id,
    entity: z.enum(['company', 'person']),
    label: z.string().min(1).max(200),
    type: customFieldType,
    options: z.array(z.string().min(1).max(200)).max(200),
    position: z.number().int(),
    ...timestamps,
  })
  .strict();
export type CustomFieldDef = z.infer<typeof customFieldDef>;

export const setting = z.object({ key: z.string().min(1).max(100), value: z.unknown() }).strict();
export type Setting = z.infer<typeof setting>;

/** Merges and deletions, kept so that they can be undone. */
export const historyEntry = z
  .object({
    id,
    kind: z.enum(['merge', 'delete']),
    at: epochMs,
    companyId: id,
    otherCompanyId: id.optional(),
    /** What undo needs: the snapshot of the records changed, by table. */
    snapshot: z.record(z.string(), z.array(z.unknown())),
    undoneAt: epochMs.optional(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntry>;

/** "Not a duplicate" decisions; `pairKey` is the two ids sorted and joined by `|`. */
export const duplicateDismissal = z.object({ pairKey: z.string().max(200), at: epochMs }).strict();
export type DuplicateDismissal = z.infer<typeof duplicateDismissal>;
