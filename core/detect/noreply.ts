/**
 * No-reply and notification senders: automated mail is not a person and its address is not a
 * contact (SPEC §3). Rules look at the local part (in every language a sender writes "do not reply"),
 * the sending domains of platforms that only send automated mail, and the display name. The platforms'
 * functional mailboxes (billing@ of a platform) are read in the background: ./platform-sender.ts.
 */
import { memo } from '../text/memo';

// Local parts, read without separators ("ne-pas-repondre" -> "nepasrepondre"): a "do not reply" in any
// language anywhere, and the whole names of system senders (notifications@, postmaster@, MicrosoftExchange<hex>@…).
const LOCAL =
  /noreply|donotreply|nepasr[eé]pondre|pasder[eé]ponse|keineantwort|nichtantworten|norespon|nonrispondere|nietbeantwoorden|mailerdaemon|^(?:postmaster|microsoftexchange[0-9a-f]{16,}|benachrichtigung(?:en)?|notify|alerts?|automated|autoconfirm|dse(?:[a-z]{2}\d*)?|calendarnotification|invitations?|updates?|digest|newsletters?|system|daemon|robot|bot|mailer|mailbot|automailer)$/;
const PART = /^(?:notifications?|bounces?)$/;
// Platforms whose addresses at these hosts only send automated mail (their staff write from elsewhere).
const DOMAIN =
  /(?:^|\.)(?:appspotmail\.com|(?:plus|accounts)\.google\.com|bounces?\..+|email\.teams\.microsoft\.com|linkedin\.com|facebookmail\.com|reply\.github\.com|docusign\.net|mcsv\.net|mailchimp\.com|sendgrid\.net|amazonses\.com|mandrillapp\.com|sparkpostmail\.com)$/;
const NAME =
  /(?<![\p{L}\d])(?:no[-\s]?reply|do[-\s]?not[-\s]?reply|ne[-\s]pas[-\s]r[ée]pondre|nicht antworten|keine[-\s]antwort|notifications?|mailer[-\s]daemon|mail delivery|delivery (?:sub)?system|postmaster|system|subsystem|team|équipe|support|newsletter|automated|bot|calendar|agenda|kalender|alerts?|\p{L}*(?:benachrichtigung|bestätigung|versand|mitteilung)(?:en)?)(?![\p{L}\d])/iu;
const BRAND_NAMES =
  /^(?:google\+?|gmail|linkedin|microsoft(?: outlook| teams)?|outlook|teams|github|gitlab|calendly|qonto|docusign|salesforce|slack|zoom|stripe|paypal|amazon|apple|facebook|instagram|twitter|x|dropbox|notion|hubspot|mailchimp|me|moi|you|vous|ich|linkedin member|membre linkedin)$/;

export function isNoReplyAddress(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return false;
  const local = a.slice(0, at),
    domain = a.slice(at + 1);
  return (
    LOCAL.test(local.replace(/[-_.+]/g, '')) || local.split(/[-_.+]/).some((w) => PART.test(w)) || DOMAIN.test(domain)
  );
}

/** Display names of automated senders, brands and "me"-style labels. */
// memoised: asked for every name of every pass (two regexes, one unanchored), and names repeat
export const isSystemName = /* @__PURE__ */ memo((name: string): boolean => {
  const n = name.trim().toLowerCase();
  return BRAND_NAMES.test(n) || NAME.test(n);
});
