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
  /** Phone numbers only. */
  phones?: string[];
  /**
   * LinkedIn only: raw text where the page shows phones (a contact section, a member's messages), in pieces of 2,000
   * characters at most. The background reads its numbers into `phones` and drops it (./interpret-linkedin.ts), so
   * the content script does not carry the phone reader.
   */
  phoneTexts?: string[];
  linkedinUrl?: string;
  photoUrl?: string;
  /**
   * LinkedIn only: a member's raw headline (and LinkedIn's own "Current: …" line), whose title and firm the background
   * reads (./interpret-linkedin.ts withHeadlines) where `title` and `company` are not given, then drops.
   */
  headline?: string;
  current?: string;
  /**
   * LinkedIn only: a member shown on a firm's page (`company`), kept by the background if their headline names that
   * firm, or, when it names none, if this is true (a section about the firm's staff).
   */
  staff?: boolean;
}

export interface DetectedCompany {
  name: string;
  domain?: string;
  website?: string;
  linkedinUrl?: string;
  vat?: string;
  siren?: string;
  siret?: string;
  /** Phone numbers only. */
  phones?: string[];
  /**
   * LinkedIn only: raw text where the page shows phones (a contact section, a member's messages), in pieces of 2,000
   * characters at most. The background reads its numbers into `phones` and drops it (./interpret-linkedin.ts), so
   * the content script does not carry the phone reader.
   */
  phoneTexts?: string[];
  /** LinkedIn only: a firm named by a member's headline (as DetectedPerson's): `name` is the background's reading. */
  headline?: string;
  current?: string;
}

/**
 * A possible signature a webmail script saw: a participant's name on a body line and the lines under it.
 * The background and the CLI read it (`interpretDetection`: title, company, phones, legal ids), so the
 * content scripts do not carry the signature parser.
 */
export interface SignatureCandidate {
  name: string;
  email: string;
  /** What followed the name on its own line ("| Director, Client Solutions"). */
  first: string;
  /** The lines under the name line (at most 10). */
  lines: string[];
  /** The signer's LinkedIn link in the body, when one sits on the signature's lines. */
  linkedinUrl?: string;
  /** The signer's domain is the user's own (a colleague): their firm is a company all the same (issue 7). */
  own?: boolean;
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
  /** Webmail only, until `interpretDetection` reads them into `people` and `companies`. */
  signatures?: SignatureCandidate[];
  /** A LinkedIn company page's overview text, until `interpretDetection` reads its people (./interpret-linkedin.ts). */
  about?: string;
  /**
   * A LinkedIn profile's headline firm when its experience entry's firm was taken first: the member's firm if that
   * one is a place (./interpret-linkedin.ts; set there by withProfile from `profile`, the script sends none).
   */
  alt?: string;
  /** A LinkedIn profile's raw parts, whose member's title and firms the background chooses (./interpret-linkedin.ts). */
  profile?: ProfileParts;
  /**
   * A web page of kind 'other' that is still its first company's own, its publisher's: a public body's or a school's
   * page (a DDT's directory, a lab's members), a podcast's episode, a paper's article or interview. Its people without
   * a firm are that company's (the host, the journalist), and its facts that company's own.
   */
  ownSite?: boolean;
  /** A news article's parts, until the background reads its subject firm and quoted people (./news-article.ts). */
  article?: NewsArticle;
  /** A web page's running text (its main part's paragraphs), until the background reads the firms it names. */
  prose?: string;
}

/** A news article's headline, its byline's name and its paragraphs' text (at most 6,000 characters). */
export interface NewsArticle {
  headline: string;
  byline: string;
  text: string;
}

/**
 * Memo of per-unit partial results (one Gmail message, one Outlook item) that an incremental driver
 * (./incremental.ts) keeps between runs. A detector validates what it reads back (same element,
 * same state) and recomputes otherwise, so a stale entry costs a rescan, never a wrong result.
 */
export interface UnitCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface Detector {
  /** Short id, e.g. 'gmail'. */
  id: string;
  /** True when this detector owns the URL (the registry picks the first match). */
  matches(url: URL): boolean;
  /** Same result with or without `cache`; with it, unchanged units are not re-read. */
  detect(doc: Document, url: URL, cache?: UnitCache): Detection;
  /** Cache key of the unit a changed node belongs to (its message), if the detector has units. */
  unitOf?(node: Node): string | undefined;
  /**
   * Reads units `from`…`from + count - 1` of the page into `cache` ahead of a pass, so that a long
   * page is read over several short tasks. Returns the next index, or -1 when all are read. With `due`,
   * the slice also ends once `due()` is true, if need be inside a unit (the same index comes back and
   * the next call resumes that unit where it paused): a huge message is read over several tasks too.
   */
  prepare?(doc: Document, cache: UnitCache, from: number, count: number, due?: () => boolean): number;
}

/**
 * A LinkedIn profile's raw parts: its headline, its current positions (top card, JSON-LD), its first experience
 * entry, its JSON-LD job title, the site its contact section gives the firm, and its company logos (their alt, their
 * link). The background reads the headline and chooses the member's title and firms (./interpret-linkedin.ts).
 */
export interface ProfileParts {
  headline: string;
  current: { name: string; link?: string }[];
  expTitle: string;
  expCompany: string;
  expLink: string;
  jobTitle: string;
  domain: string;
  logos: { name: string; link: string }[];
}
