/**
 * Personal mailbox providers: an address there says nothing about the sender's company, so these
 * domains never become a company (SPEC §3). Country variants are matched by their first label.
 */
const FREEMAIL = /* @__PURE__ */ new Set(
  (
    'gmail.com googlemail.com msn.com ymail.com icloud.com me.com mac.com proton.me pm.me ' +
    'tutanota.com tuta.io fastmail.com hey.com web.de t-online.de freenet.de posteo.de mail.de orange.fr wanadoo.fr ' +
    'free.fr laposte.net sfr.fr neuf.fr bbox.fr numericable.fr club-internet.fr aliceadsl.fr noos.fr libero.it ' +
    'btinternet.com sky.com virginmedia.com skynet.be telenet.be bluewin.ch wp.pl seznam.cz mail.ru qq.com 163.com ' +
    'naver.com mail.com zoho.com'
  ).split(' '),
);
// Country variants of the big providers: hotmail.co.uk, yahoo.fr, gmx.de, outlook.fr, live.be…
const FREEMAIL_FAMILY =
  /^(?:hotmail|outlook|live|yahoo|gmx|aol|protonmail|yandex|windowslive)\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

export function isFreemailDomain(domain: string): boolean {
  const d = domain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return FREEMAIL.has(d) || FREEMAIL_FAMILY.test(d);
}

/** The sites Fiche runs beside: never a company of the page they host. */
const HOST_PLATFORMS =
  /^(?:linkedin(?: corporation| sales navigator)?|google(?: workspace)?|gmail|microsoft(?: outlook| 365)?|outlook|office 365|hotmail|live|bing)$/;
const HOST_DOMAINS =
  /(?:^|\.)(?:linkedin\.com|licdn\.com|google\.[a-z.]+|gmail\.com|googlemail\.com|microsoft\.com|office\.com|office365\.com|outlook\.[a-z.]+|live\.com|microsoftonline\.com|gstatic\.com|googleusercontent\.com)$/;

export function isHostPlatform(nameOrDomain: string): boolean {
  const s = nameOrDomain.trim().toLowerCase();
  return HOST_PLATFORMS.test(s.replace(/[.,]+$/, '')) || HOST_DOMAINS.test(s);
}
