/**
 * Plain types of a page detection (SPEC §3). Shared by the pure detectors, the content scripts and
 * the background (whose zod schema in ./schema.ts mirrors this shape). Keep it free of runtime code.
 */
export type PageKind =
  | 'gmail-thread'
  | 'gmail-inbox'
  | 'outlook-message'
  | 'outlook-list'
  | 'linkedin-profile'
  | 'linkedin-company'
  | 'linkedin-search'
  | 'linkedin-messaging'
  | 'company-site'
  | 'other';

export type EmailRole = 'from' | 'to' | 'cc' | 'mailto' | 'text' | 'signature';

export interface DetectedEmail {
  address: string;
  name?: string;
  role?: EmailRole;
}

export interface DetectedPerson {
  name: string;
  title?: string;
  company?: string;
  email?: string;
  phones?: string[];
  linkedinUrl?: string;
  photoUrl?: string;
}

export interface DetectedCompany {
  name: string;
  domain?: string;
  website?: string;
  linkedinUrl?: string;
  vat?: string;
  siren?: string;
  siret?: string;
  phones?: string[];
}

export interface MailAddress {
  name?: string;
  email: string;
}

export interface DetectedMessage {
  provider: 'gmail' | 'outlook';
  threadId: string;
  messageId?: string;
  subject: string;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  /** Local wall-clock time as displayed, 'YYYY-MM-DDTHH:MM' (no offset). */
  date: string;
  bodyText: string;
}

export interface Detection {
  url: string;
  kind: PageKind;
  emails: DetectedEmail[];
  /** Person pages list the page's main person first. */
  people: DetectedPerson[];
  /** Company pages list the page's main company first. */
  companies: DetectedCompany[];
  message?: DetectedMessage;
}

export interface Detector {
  /** Short id, e.g. 'gmail'. */
  id: string;
  /** True when this detector owns the URL (the registry picks the first match). */
  matches(url: URL): boolean;
  detect(doc: Document, url: URL): Detection;
}
