/**
 * Automated senders without a "do not reply" (issue 7), read in the background only (./interpret.ts): the
 * content scripts carry neither these word lists nor the Public Suffix List (tldts) their domains are read with.
 */
import { registrableDomain } from '../text/domain';
import { memo } from '../text/memo';

// Automated senders that carry no "do not reply" (issue 7): booking and order confirmations, alerts, Microsoft 365's
// message center, and the functional mailboxes (billing@, service@, rechnung@, bookings@…) of the large platforms
// that write to everyone. The same functional local part at a small firm's own domain is a contact (info@ of a
// bakery).
const AUTO_LOCAL =
  /^(?:(?:la)?lettres?|infolettres?|alertes?|o365mc|msonlineservicesteam|confirmations?|(?:buchungs|auftrags|bestell|reservierungs|versand)best(?:ae|ä)tigung(?:en)?|(?:order|booking|reservation|shipping)confirmations?)$/;
const PLATFORM_LOCAL =
  /^(?:billing|invoices?|services?|kundenservice|customerservice|serviceclient|rechnungs?|rechnungen|factur(?:ation|es?)|buchung(?:en)?|bookings?|tickets?|orders?|accounts?|info|news|help)$/;
const PLATFORM =
  /^(?:paypal|amazon|microsoft|apple|google|ebay|bahn|deutschebahn|telekom|vodafone|xero|hetzner|lufthansa|airfrance|sncf|sncf-connect|ouigo|trainline|thetrainline|booking|airbnb|uber|otto|zalando|ikea|dhl|ups|fedex|laposte|chronopost|ovh|ionos|strato|godaddy|zoom|sparkasse|n26|revolut|qonto|stripe|shopify|atlassian|adobe|dropbox|slack|intuit|quickbooks|sfr|bouyguestelecom|edf|engie)$/;

// Notification mailboxes named for what they send ("messaging-service", "mailer", "notifications", "alerts"): automated
// when they write from a sending sub-domain (messaging-service@post.xero.com, mailer@mail.shop-example.de), which is
// where platforms put their bulk mail; at a firm's own domain (mailer@druckerei-haller.de) they may be a person's.
const SENDING_LOCAL =
  /^(?:messaging(?:service)?|messages?|mailers?|mailings?|mailout|notifications?|notifs?|notices?|alerts?|alerting|avis|hinweise?|nachrichten|mitteilungen?|statements?|reminders?|rappels?|erinnerungen?|receipts?|recus?|quittungen?)(?:service|center|centre)?$/;

const BULK_HOST = /^(?:service|news(?:letter)?|notify|e?mailing|send|em|mkt|crm|info)\./;

// A platform's greeting mailbox ("team@", "hello@") writing from its mail-sending sub-domain (team@mail.docs-app.so,
// hello@email.tool.io): a firm's own team@ at its own domain stays a contact (team@atelier-roux.fr).
const GREETING_LOCAL = /^(?:team|theteam|hello|hi|hey|equipe|lequipe|dasteam)$/;
const SENDING_HOST = /^(?:e?mails?|e|m|mg|notifications?|notify|updates?|news(?:letter)?|go|marketing|hello)\./;

// A domain registered for sending notifications ("notif-carrier-pro.fr", "notifications-shop.com", "alerts-bank.de"):
// one of the hyphenated words of its name says so, and no firm's own domain is named that way.
const NOTIFYING_DOMAIN_WORD =
  /^(?:notifs?|notifications?|notify|noreply|alerts?|alertes?|mailings?|mailers?|tracking)$/;

const MAILING_LIST = /^(?:lists?|listserv|mailman|sympa)\.|(?:^|\.)(?:googlegroups\.com|groups\.io)$/;

/**
 * An automated sender `isNoReplyAddress` does not know (its word lists stay out of the content scripts). A
 * platform is recognised by the registrable domain's name (the label before the public suffix:
 * `bookings@info.thetrainline.com`), never by any label of the host: `info@booking.smallfirm.fr` is a small firm.
 * A notification mailbox on any sending sub-domain (`messaging-service@post.xero.com`) is automated too.
 */
// (memoised: asked for every address of every detection)
export const isPlatformSender = /* @__PURE__ */ memo(platformSender);

function platformSender(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return false;
  const local = a.slice(0, at);
  const bare = local.replace(/[-_.+]/g, '');
  if (AUTO_LOCAL.test(bare)) return true;
  const host = a.slice(at + 1),
    registrable = registrableDomain(host) ?? '';
  if (SENDING_LOCAL.test(bare) && registrable && host !== registrable) return true;
  // a platform's functional mailbox on its bulk-mail sub-domain (info@service.example.de, news@mail.example.com)
  if (PLATFORM_LOCAL.test(local) && registrable && host !== registrable && BULK_HOST.test(host)) return true;
  if (GREETING_LOCAL.test(bare) && registrable && host !== registrable && SENDING_HOST.test(host)) return true;
  // a mailing list's address (Google Groups, groups.io, lists.example.org): the list writes, not a person
  if (MAILING_LIST.test(host)) return true;
  const brand = registrable.split('.')[0]!;
  if (brand.includes('-') && brand.split('-').some((w) => NOTIFYING_DOMAIN_WORD.test(w))) return true;
  // a platform's functional, notification or greeting mailbox, or the one named after itself (stripe@stripe.com,
  // receipts@stripe.com, hello@qonto.com: a large platform's receipts and statements come from its own domain too),
  // also when tagged or compound (invoice+statements@, billing-alerts@): any word of the mailbox before its tag
  if (!PLATFORM.test(brand)) return false;
  return (
    local === brand ||
    SENDING_LOCAL.test(bare) ||
    local
      .split('+')[0]!
      .split(/[-_.]/)
      .some((w) => PLATFORM_LOCAL.test(w) || SENDING_LOCAL.test(w) || GREETING_LOCAL.test(w))
  );
}

/**
 * A tool writing on a person's behalf: "Ethan Caldwell (Taskbridge)" <jira@…>, "Anna Roe (Google Docs)"
 * <comments-noreply@…>. The display name is a person's with the tool in brackets, and the address bears none
 * of the person's names: it is the tool's, not a correspondent's.
 */
export function isOnBehalfSender(address: string, name: string | undefined): boolean {
  const m = /^(.+?)\s*\(([^()]{2,40})\)$/u.exec(name?.trim() ?? '');
  if (!m) return false;
  const local = address.toLowerCase().split('@')[0]!;
  const words = m[1]!
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2);
  return words.length >= 2 && !words.some((w) => local.includes(w));
}
