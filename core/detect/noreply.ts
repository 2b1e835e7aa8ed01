/**
 * No-reply and notification senders: automated mail is not a person and its address is not a
 * contact (SPEC §3). Rules look at the local part, a few sending domains and the display name.
 */
const LOCAL = /* @__PURE__ */ new RegExp(
  '^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply[-_.+].*|.*[-_.+]no[-_.]?reply|mailer[-_.]?daemon|postmaster|' +
  'bounces?(?:[-_.+].*)?|notifications?(?:[-_.+].*)?|.*[-_.]notifications?|notify|alerts?|automated|auto[-_.]?confirm|' +
  'dse(?:_[a-z0-9]+)?|calendar[-_.]notification|invitations?|messages[-_.]noreply|updates?|digest|' +
  'newsletters?|system|daemon|robot|bot)$',
);
const DOMAIN = /(?:^|\.)(?:appspotmail\.com|plus\.google\.com|accounts\.google\.com|bounce\.[a-z0-9.-]+|email\.teams\.microsoft\.com|mail\.linkedin\.com|mcsv\.net|mailchimp\.com|sendgrid\.net|amazonses\.com)$/;
const NAME = /\b(?:no[-\s]?reply|notifications?|mailer[-\s]daemon|mail delivery|delivery subsystem|postmaster|system|subsystem|team|équipe|support|newsletter|automated|bot|calendar|alerts?)\b/i;
const BRAND_NAMES = /* @__PURE__ */ new Set([
  'google', 'google+', 'gmail', 'linkedin', 'microsoft', 'microsoft outlook', 'microsoft teams', 'outlook', 'teams',
  'github', 'gitlab', 'calendly', 'qonto', 'docusign', 'salesforce', 'slack', 'zoom', 'stripe', 'paypal', 'amazon',
  'apple', 'facebook', 'instagram', 'twitter', 'x', 'dropbox', 'notion', 'hubspot', 'mailchimp', 'me', 'moi', 'you',
  'vous', 'ich', 'linkedin member', 'membre linkedin',
]);

export function isNoReplyAddress(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return false;
  const local = a.slice(0, at), domain = a.slice(at + 1);
  // calendly/docusign also send from real people's addresses only via their own domains, never ours to keep
  return LOCAL.test(local) || DOMAIN.test(domain);
}

/** Display names of automated senders, brands and "me"-style labels. */
export function isSystemName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return BRAND_NAMES.has(n) || NAME.test(n);
}
