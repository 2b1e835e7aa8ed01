/**
 * The one `registrableDomain` of Fiche: pages, background and the detectors in content scripts. A compact
 * suffix table, not tldts: the Public Suffix List adds about 116 KB gzipped to the side panel's first
 * paint and would not fit a content script's budget.
 */
/**
 * Public suffixes with two labels that people actually meet in Europe and beyond: a compact
 * subset of the Public Suffix List, not the whole list (too big for a content script).
 */
const TWO_LEVEL_SUFFIXES = /* @__PURE__ */ new Set([
  'co.uk',
  'org.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'ac.uk',
  'gov.uk',
  'nhs.uk',
  'sch.uk',
  'gouv.fr',
  'asso.fr',
  'nom.fr',
  'com.fr',
  'tm.fr',
  'presse.fr',
  'cci.fr',
  'notaires.fr',
  'avocat.fr',
  'co.at',
  'or.at',
  'gv.at',
  'ac.at',
  'com.es',
  'org.es',
  'nom.es',
  'gob.es',
  'com.pt',
  'org.pt',
  'com.pl',
  'net.pl',
  'org.pl',
  'com.gr',
  'com.cy',
  'com.mt',
  'co.hu',
  'com.ro',
  'co.it',
  'gov.it',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'net.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'go.jp',
  'co.kr',
  'or.kr',
  'com.cn',
  'net.cn',
  'org.cn',
  'com.hk',
  'com.sg',
  'com.tw',
  'com.my',
  'co.in',
  'net.in',
  'org.in',
  'co.id',
  'co.th',
  'com.vn',
  'com.ph',
  'co.za',
  'co.il',
  'com.tr',
  'com.br',
  'net.br',
  'org.br',
  'com.mx',
  'com.ar',
  'com.co',
  'com.pe',
  'com.ua',
  'co.ma',
  'com.tn',
  'com.dz',
  'com.eg',
  'com.sa',
  'co.ke',
  'com.ng',
]);

/**
 * The host of a URL, an email address or a host, lowercase, without "www." and trailing dots, or null
 * when there is none (garbage, an empty label). What the detectors in content scripts keep: the
 * background turns it into a registrable domain (`registrableDomain`), whose suffix table is too big
 * for them. "https://www.shop.acme.co.uk:8080/x" → "shop.acme.co.uk".
 */
export function hostOf(hostOrUrlOrEmail: string): string | null {
  let host = hostOrUrlOrEmail.trim().toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '');
  // Trailing dots by index: /\.+$/ retries at every dot of a long run (quadratic).
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  host = host.slice(0, end).replace(/^www\./, '');
  if (!/^[\p{L}\p{N}.-]+$/u.test(host)) return null;
  if (host.split('.').some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return null;
  return host;
}

/**
 * The registrable domain ("eTLD+1") of a host, a URL or an email address, lowercase, or null
 * when there is none (no dot, an IP address, garbage). "https://shop.acme.co.uk/x" → "acme.co.uk".
 */
export function registrableDomain(hostOrUrlOrEmail: string): string | null {
  const host = hostOf(hostOrUrlOrEmail);
  if (!host || /^\d+(\.\d+){3}$/.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const lastTwo = labels.slice(-2).join('.');
  if (TWO_LEVEL_SUFFIXES.has(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return lastTwo;
}

/** A detection as the background keeps it: content scripts send hosts, its companies get registrable domains. */
export function withRegistrableDomains<D extends { companies: { domain?: string }[] }>(detection: D): D {
  const companies = detection.companies.map((c) =>
    c.domain ? { ...c, domain: registrableDomain(c.domain) ?? c.domain } : c,
  );
  return { ...detection, companies };
}
