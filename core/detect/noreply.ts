/**
 * No-reply and notification senders: automated mail is not a person and its address is not a
 * contact (SPEC §3). Rules look at the local part (in every language a sender writes "do not reply"),
 * the sending domains of platforms that only send automated mail, and the display name.
 */
// A "do not reply" anywhere in the local part: noreply, no-reply, jobs-noreply, ne-pas-repondre,
// nepasrepondre, keine-antwort, nicht-antworten, no-responder, non-rispondere, niet-beantwoorden…
const NO_REPLY = /no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?r[eé]pondre|pas[-_.]?de[-_.]?r[eé]ponse|keine[-_.]?antwort|nicht[-_.]?antworten|no[-_.]?respon(?:der|da)|non[-_.]?rispondere|niet[-_.]?beantwoorden|mailer[-_.]?daemon|(?:^|[-_.+])bounces?(?:$|[-_.+])/;
// Whole local parts of system senders (notifications@, postmaster@, calendar-notification@…).
const LOCAL = /^(?:postmaster|microsoftexchange[0-9a-f]{16,}|benachrichtigung(?:en)?|notifications?(?:[-_.+].*)?|.*[-_.]notifications?|notify|alerts?|automated|auto[-_.]?confirm|dse(?:_[a-z0-9]+)?|calendar[-_.]notification|invitations?|updates?|digest|newsletters?|system|daemon|robot|bot)$/;
// Platforms whose addresses at these hosts only send automated mail (their staff write from elsewhere).
const DOMAIN = /(?:^|\.)(?:appspotmail\.com|plus\.google\.com|accounts\.google\.com|bounces?\.[a-z0-9.-]+|email\.teams\.microsoft\.com|linkedin\.com|facebookmail\.com|reply\.github\.com|docusign\.net|mcsv\.net|mailchimp\.com|sendgrid\.net|amazonses\.com|mandrillapp\.com|sparkpostmail\.com)$/;
const NAME = /(?<![\p{L}\d])(?:no[-\s]?reply|notifications?|mailer[-\s]daemon|mail delivery|delivery subsystem|delivery system|postmaster|system|subsystem|team|équipe|support|newsletter|automated|bot|calendar|agenda|kalender|alerts?|ne pas répondre|keine antwort|benachrichtigung(?:en)?)(?![\p{L}\d])/iu;
const BRAND_NAMES = /* @__PURE__ */ new Set([
  'google', 'google+', 'gmail', 'linkedin', 'microsoft', 'microsoft outlook', 'microsoft teams', 'outlook', 'teams',
  'github', 'gitlab', 'calendly', 'qonto', 'docusign', 'salesforce', 'slack', 'zoom', 'stripe', 'paypal', 'amazon',
  'apple', 'facebook', 'instagram', 'twitter', 'x', 'dropbox', 'notion', 'hubspot', 'mailchimp', 'me', 'moi', 'you',
  'vous', 'ich', 'linkedin member', 'membre linkedin', 'membre de linkedin', 'mitglied von linkedin', 'linkedin-mitglied',
]);

export function isNoReplyAddress(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return false;
  const local = a.slice(0, at), domain = a.slice(at + 1);
  return NO_REPLY.test(local) || LOCAL.test(local) || DOMAIN.test(domain);
}

/** Display names of automated senders, brands and "me"-style labels. */
export function isSystemName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return BRAND_NAMES.has(n) || NAME.test(n);
}
