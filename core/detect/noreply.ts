/**
 * No-reply and notification senders: automated mail is not a person and its address is not a
 * contact (SPEC §3). Rules look at the local part (in every language a sender writes "do not reply"),
 * the sending domains of platforms that only send automated mail, and the display name.
 */
// Local parts, read without separators ("ne-pas-repondre" -> "nepasrepondre"): a "do not reply" in any
// language anywhere, and the whole names of system senders (notifications@, postmaster@, MicrosoftExchange<hex>@…).
const LOCAL =
  /noreply|donotreply|nepasr[eé]pondre|pasder[eé]ponse|keineantwort|nichtantworten|norespon|nonrispondere|nietbeantwoorden|mailerdaemon|^(?:postmaster|microsoftexchange[0-9a-f]{16,}|benachrichtigung(?:en)?|notify|alerts?|automated|autoconfirm|dse(?:[a-z]{2}\d*)?|calendarnotification|invitations?|updates?|digest|newsletters?|system|daemon|robot|bot)$/;
const PART = /^(?:notifications?|bounces?)$/;
// Platforms whose addresses at these hosts only send automated mail (their staff write from elsewhere).
const DOMAIN =
  /(?:^|\.)(?:appspotmail\.com|(?:plus|accounts)\.google\.com|bounces?\..+|email\.teams\.microsoft\.com|linkedin\.com|facebookmail\.com|reply\.github\.com|docusign\.net|mcsv\.net|mailchimp\.com|sendgrid\.net|amazonses\.com|mandrillapp\.com|sparkpostmail\.com)$/;
const NAME =
  /(?<![\p{L}\d])(?:no[-\s]?reply|do[-\s]?not[-\s]?reply|ne[-\s]pas[-\s]r[ée]pondre|nicht antworten|keine[-\s]antwort|notifications?|mailer[-\s]daemon|mail delivery|delivery (?:sub)?system|postmaster|system|subsystem|team|équipe|support|newsletter|automated|bot|calendar|agenda|kalender|alerts?|benachrichtigung(?:en)?)(?![\p{L}\d])/iu;
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
export function isSystemName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return BRAND_NAMES.test(n) || NAME.test(n);
}

// Automated senders that carry no "do not reply" (issue 7): booking and order confirmations, alerts, Microsoft 365's
// message center, and the functional mailboxes (billing@, service@, rechnung@, bookings@…) of the large platforms
// that write to everyone. The same functional local part at a small firm's own domain is a contact (info@ of a
// bakery). Read in the background only (./interpret.ts): the content scripts do not carry these lists.
const AUTO_LOCAL =
  /^(?:alertes?|o365mc|msonlineservicesteam|confirmations?|(?:buchungs|auftrags|bestell|reservierungs|versand)best(?:ae|ä)tigung(?:en)?|(?:order|booking|reservation|shipping)confirmations?)$/;
const PLATFORM_LOCAL =
  /^(?:billing|invoices?|services?|kundenservice|customerservice|serviceclient|rechnungs?|rechnungen|factur(?:ation|es?)|buchung(?:en)?|bookings?|tickets?|orders?|accounts?|info|news|help)$/;
const PLATFORM =
  /^(?:paypal|amazon|microsoft|apple|google|ebay|bahn|deutschebahn|telekom|vodafone|xero|hetzner|lufthansa|airfrance|sncf|sncf-connect|ouigo|trainline|thetrainline|booking|airbnb|uber|otto|zalando|ikea|dhl|ups|fedex|laposte|chronopost|ovh|ionos|strato|godaddy|zoom|sparkasse|n26|revolut|qonto|stripe|shopify|atlassian|adobe|dropbox|slack|intuit|quickbooks|sfr|bouyguestelecom|edf|engie)$/;

/** An automated sender `isNoReplyAddress` does not know (its word lists stay out of the content scripts). */
export function isPlatformSender(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return false;
  const local = a.slice(0, at);
  if (AUTO_LOCAL.test(local.replace(/[-_.+]/g, ''))) return true;
  return (
    PLATFORM_LOCAL.test(local) &&
    a
      .slice(at + 1)
      .split('.')
      .slice(0, -1)
      .some((l) => PLATFORM.test(l))
  );
}
