/**
 * Personal mailbox providers: an address there says nothing about the sender's company, so these
 * domains never become a company (SPEC §3). Country variants are matched by their first label.
 */
const FREEMAIL = /* @__PURE__ */ new Set(('gmail.com googlemail.com msn.com ymail.com icloud.com me.com mac.com proton.me pm.me ' +
  'tutanota.com tuta.io fastmail.com hey.com web.de t-online.de freenet.de posteo.de mail.de orange.fr wanadoo.fr ' +
  'free.fr laposte.net sfr.fr neuf.fr bbox.fr numericable.fr club-internet.fr aliceadsl.fr noos.fr libero.it ' +
  'btinternet.com sky.com virginmedia.com skynet.be telenet.be bluewin.ch wp.pl seznam.cz mail.ru qq.com 163.com ' +
  'naver.com mail.com zoho.com').split(' '));
// Country variants of the big providers: hotmail.co.uk, yahoo.fr, gmx.de, outlook.fr, live.be…
const FREEMAIL_FAMILY = /^(?:hotmail|outlook|live|yahoo|gmx|aol|protonmail|yandex|windowslive)\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

export function isFreemailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^www\./, '');
  return FREEMAIL.has(d) || FREEMAIL_FAMILY.test(d);
}

const TWO_LEVEL = /* @__PURE__ */ new Set(('co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk com.au net.au org.au co.nz co.jp co.za ' +
  'co.in co.il co.kr com.br com.mx com.cn com.tr com.sg com.hk com.ar gouv.fr asso.fr').split(' '));

/** Registrable domain of a host, URL or address: "https://www.kestrel.io/x" -> "kestrel.io". */
export function registrableDomain(s: string): string {
  const host = s.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^[^/@]*@/, '')
    .split(/[/?#:]/)[0]!.replace(/\.$/, '');
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2 || /^\d+(?:\.\d+){3}$/.test(host)) return host;
  return labels.slice(TWO_LEVEL.has(labels.slice(-2).join('.')) ? -3 : -2).join('.');
}

/** The sites Fiche runs beside: never a company of the page they host. */
const HOST_PLATFORMS = /^(?:linkedin(?: corporation| sales navigator)?|google(?: workspace)?|gmail|microsoft(?: outlook| 365)?|outlook|office 365|hotmail|live|bing)$/;
const HOST_DOMAINS = /(?:^|\.)(?:linkedin\.com|licdn\.com|google\.[a-z.]+|gmail\.com|googlemail\.com|microsoft\.com|office\.com|office365\.com|outlook\.[a-z.]+|live\.com|microsoftonline\.com|gstatic\.com|googleusercontent\.com)$/;

export function isHostPlatform(nameOrDomain: string): boolean {
  const s = nameOrDomain.trim().toLowerCase();
  return HOST_PLATFORMS.test(s.replace(/[.,]+$/, '')) || HOST_DOMAINS.test(s);
}
