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

// Local parts of a department's shared mailbox (dispo@, compta@, einkauf@, accounts.payable@…)
const DEPT_LOCAL =
  /^(?:dispo|disposition|dispatch|compta|comptabilite|accounting|accounts|payable|buchhaltung|billing|facturation|invoices?|factures?|einkauf|achats?|purchasing|procurement|vertrieb|ventes|sales|versand|logisti[ck]s?|logistique|lager|commandes|orders|bestellung(?:en)?|sav|kundenservice|service|support|rh|hr|personal|recrutement|jobs|karriere|careers|presse|press|empfang|accueil|secretariat|sekretariat|planning|exploitation)$/;

/**
 * A department's mailbox whose display name repeats its department ("Versandbüro Halbach" for
 * versand@…, "Dispatch North" for dispatch@…). A person's name on such an address ("Tilde Halbach"
 * <vertrieb@…>, as in a member directory) stays a person.
 */
export function isRoleMailbox(name: string, address: string): boolean {
  const a = address.toLowerCase();
  const at = a.lastIndexOf('@');
  const local = a.slice(0, at).split(/[-_.+]/)[0]!;
  if (at < 1 || !DEPT_LOCAL.test(local)) return false;
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w.length > 3 && (w.startsWith(local) || local.startsWith(w)));
}
