/**
 * Any other web page (company sites: home, contact, team, legal notice / Impressum, shop pages).
 * The fallback detector of the registry, run on demand only.
 *
 * Fixtures note: written against WordPress/Yoast pages (JSON-LD @graph, og:site_name, Contact Form 7),
 * marketing sites with Organization JSON-LD (legalName, alternateName, sameAs) and team cards,
 * French "mentions légales" footers (SIREN/SIRET/TVA, RCS), UK footers (company no., VAT reg. no.),
 * German Impressum pages (HRB, USt-IdNr., Inhaberin), Jimdo and Bootstrap shop pages with
 * mailto-only buttons. Signals: JSON-LD, og:, mailto:/tel:, legal mentions; no site's class names.
 */
import type { DetectedPerson, Detection, Detector } from './types';
import { absUrl, attr, clean, jsonLd, ldTypes, linesOf, metaContent, qs, qsa, str, textOf } from './dom';
import { findEmails, mailtoAddress, normalizeAddress } from './emails';
import { findLegalIds, normalizeVat } from './legal-ids';
import { findPhones, PHONE_LABEL, telNumber } from './phones';
import { ResultBuilder, companyKey, normalizeLinkedinUrl } from './result';
import { isHostPlatform, registrableDomain } from './freemail';
import { isSkipped, scanEmails } from './scan';
import { findLegalNames, looksLikeJobTitle, looksLikePersonName } from './text';

const ORG_TYPES = /Organization|Corporation|LocalBusiness|Store|Company|Restaurant|Agency|Shop|ProfessionalService|NGO|Hotel|Brand/;
const LEGAL_HINT = /\b(?:SIREN|SIRET|RCS|TVA|VAT|USt|Umsatzsteuer|UID|BTW|KvK|P\.?\s?IVA|N\.?I\.?F|HRB|HRA|Handelsregister|Amtsgericht|company\s+(?:no|number)|registered\s+in|capital\s+(?:social\s+)?de|au capital|Inhaber(?:in)?|Geschäftsführer|©|copyright|mentions légales|impressum)/i;
const NAME_SELECTORS = 'h2, h3, h4, h5, h6, strong, b, cite, dt, figcaption, [class*="name" i], [itemprop="name"]';
const OWNER_LINE = /^(?:inhaber(?:in)?|geschäftsführer(?:in)?|vertreten durch|verantwortlich(?: für den inhalt)?(?: nach [^:]{0,40})?|directeur de (?:la )?publication|directrice de (?:la )?publication|responsable de (?:la )?publication|gérant(?:e)?|owner|managing director|director)\s*[:：]?\s*(.*)$/i;

function orgFromLd(doc: Document, domain: string): Record<string, unknown> | undefined {
  const orgs = jsonLd(doc).filter((o) => ldTypes(o).some((t) => ORG_TYPES.test(t)) && str(o.name));
  return orgs.find((o) => registrableDomain(str(o.url)) === domain) ?? orgs[0];
}

function list(v: unknown): unknown[] { return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]; }

function brandOf(doc: Document, org: Record<string, unknown> | undefined, domain: string): string {
  const site = metaContent(doc, 'og:site_name') || metaContent(doc, 'application-name');
  if (site && !isHostPlatform(site)) return site.split(/\s[|–—·]\s|\s-\s/)[0]!.trim();
  if (org) return str(org.name);
  // "Contact – Menuiseries Aubrac | …": the title part that repeats the domain's words
  const label = domain.split('.')[0]!.replace(/[^a-z0-9]/g, '');
  const parts = doc.title.split(/\s[|–—-]\s|\s·\s/).map((x) => clean(x)).filter(Boolean);
  const hit = parts.find((p) => label && p.toLowerCase().replace(/[^a-z0-9]/g, '').includes(label.slice(0, 6)));
  if (hit) return hit;
  const logo = qs(doc, 'header img[alt], a[rel=home] img[alt], .logo img[alt], img[class*=logo i][alt]');
  const alt = attr(logo, 'alt').replace(/\s*logo\s*$/i, '').replace(/^logo\s*/i, '');
  if (alt) return alt;
  return parts[parts.length - 1] ?? '';
}

interface Card { name: string; el: Element; nameEl: Element }

function findCards(body: Element, exclude: Set<string>): Card[] {
  const cands = qsa(body, NAME_SELECTORS).filter((el) => {
    const t = textOf(el);
    if (!looksLikePersonName(t) || exclude.has(companyKey(t))) return false;
    if (el.closest('nav, header, form, [role=navigation], [role=dialog], select, button')) return false;
    // the same name nested twice (strong inside h3): keep the outer one
    return !(el.parentElement && qsa(el.parentElement, NAME_SELECTORS).length > 0 && el.parentElement.closest(NAME_SELECTORS) && textOf(el.parentElement.closest(NAME_SELECTORS)) === t);
  });
  const cards: Card[] = [];
  for (const nameEl of cands) {
    const name = textOf(nameEl);
    let card: Element = nameEl;
    for (let up = nameEl.parentElement, n = 0; up && up !== body && n < 4; up = up.parentElement, n++) {
      const others = cands.filter((c) => c !== nameEl && up!.contains(c) && textOf(c) !== name);
      if (others.length) break;
      if ((up.textContent ?? '').length > 1500) break;
      card = up;
    }
    if (!cards.some((c) => c.name === name)) cards.push({ name, el: card, nameEl });
  }
  return cards;
}

function personFromCard(c: Card, brand: string, base: URL, b: ResultBuilder): { person: DetectedPerson; company?: string } {
  const lines = linesOf(c.el);
  const i = lines.findIndex((l) => l === c.name || l.startsWith(c.name));
  const after = lines.slice(i + 1, i + 4);
  let title: string | undefined, company: string | undefined;
  const rest = i >= 0 ? lines[i]!.slice(c.name.length).replace(/^[\s,–—|-]+/, '') : '';
  for (const l of rest ? [rest, ...after] : after) {
    if (l.length > 90 || l.includes('@') || /\d{2}[\s.]\d{2}/.test(l)) continue;
    const m = /^(.{2,60}?),\s+(\p{Lu}[\p{L}\p{M}0-9&'’. -]{1,60})$/u.exec(l);
    if (m && looksLikeJobTitle(m[1]!)) { title = m[1]!.trim(); company = m[2]!.trim(); break; }
    if (looksLikeJobTitle(l)) { title = l; break; }
  }
  const person: DetectedPerson = { name: c.name, title };
  const quoted = !!c.el.closest('blockquote, figure, [class*="testimonial" i], [class*="quote" i], [class*="review" i]');
  person.company = company ?? (quoted ? undefined : brand || undefined);
  let email = '';
  for (const a of qsa(c.el, 'a[href^="mailto:" i]')) { email = mailtoAddress(attr(a, 'href')); if (email) break; }
  if (!email) email = findEmails(lines.join('\n'))[0] ?? '';
  if (email && b.addEmail(email, 'mailto')) person.email = normalizeAddress(email);
  const phones: string[] = [];
  for (const a of qsa(c.el, 'a[href^="tel:" i]')) { const n = telNumber(attr(a, 'href')); if (n) phones.push(clean(a.textContent ?? '') || n); }
  for (const l of lines) if (!l.includes('@') && l.length < 60) findPhones(l, phones);
  if (phones.length) person.phones = phones;
  const li = qsa(c.el, 'a[href*="linkedin.com/in/"]')[0];
  if (li) person.linkedinUrl = normalizeLinkedinUrl(attr(li, 'href'), base) || undefined;
  return { person, company };
}

function detect(doc: Document, url: URL): Detection {
  const b = new ResultBuilder(url.href, 'company-site');
  const body = doc.body ?? doc.documentElement;
  const domain = registrableDomain(url.hostname);
  const org = orgFromLd(doc, domain);
  const brand = brandOf(doc, org, domain);

  // legal mentions: footer lines and any line naming an identifier
  const lines = linesOf(body);
  const legalLines = lines.filter((l) => LEGAL_HINT.test(l)).slice(0, 40);
  const ids = findLegalIds(legalLines.join(' · '));
  const legalNames = legalLines.flatMap((l) => findLegalNames(l, 3));
  const exclude = new Set<string>([companyKey(brand), ...legalNames.map(companyKey), companyKey(str(org?.name)), companyKey(str(org?.legalName))]);

  // emails: JSON-LD, visible text, mailto links
  for (const o of jsonLd(doc)) for (const e of list(o.email)) if (typeof e === 'string') b.addEmail(e.replace(/^mailto:/i, ''), 'mailto');
  const cards = findCards(body, exclude);
  const cardEls = cards.map((c) => c.el);
  const people = cards.map((c) => personFromCard(c, brand, url, b));
  scanEmails(b, body);

  // company phones: JSON-LD telephone, tel: links and labelled lines outside person cards
  const phones: string[] = [];
  for (const t of list(org?.telephone)) if (typeof t === 'string') findPhones(t.startsWith('+') || t.startsWith('0') ? t : '+' + t, phones);
  for (const a of qsa(body, 'a[href^="tel:" i]')) {
    if (cardEls.some((c) => c.contains(a)) || isSkipped(a, body)) continue;
    const n = telNumber(attr(a, 'href'));
    if (n) findPhones(/\d/.test(a.textContent ?? '') ? clean(a.textContent ?? '') : n, phones);
  }
  if (!phones.length) {
    for (const l of lines) if (l.length < 120 && PHONE_LABEL.test(' ' + l) && !cards.some((c) => l.includes(c.name))) findPhones(l, phones);
  }

  const ldVat = normalizeVat(str(org?.vatID));
  const ldTax = str(org?.taxID).replace(/\D/g, '');
  let linkedin = '';
  for (const s of list(org?.sameAs)) if (typeof s === 'string' && /linkedin\.com\/company\//i.test(s)) linkedin = normalizeLinkedinUrl(s);
  if (!linkedin) {
    const a = qsa(body, 'a[href*="linkedin.com/company/"]').find((x) => !cardEls.some((c) => c.contains(x)));
    if (a) linkedin = normalizeLinkedinUrl(attr(a, 'href'), url);
  }
  const name = brand || str(org?.name) || legalNames[0] || domain;
  const siren = ids.siren || (/^\d{9}$/.test(ldTax) ? ldTax : undefined) || (ldVat.startsWith('FR') ? ldVat.slice(4) : undefined);
  const hasSignal = !!(org || metaContent(doc, 'og:site_name') || legalLines.length || b.emails.length || phones.length);
  if (name && hasSignal && !isHostPlatform(domain)) {
    b.addCompany({
      name, domain, website: absUrl('/', url) || undefined, linkedinUrl: linkedin || undefined,
      vat: ids.vat || ldVat || undefined, siren, siret: ids.siret, phones,
    });
  }
  for (const { person, company } of people) {
    // a capitalised pair of words alone is not a person: want a title, an address, a phone or a profile
    if (!person.title && !person.email && !person.phones && !person.linkedinUrl) continue;
    b.addPerson(person);
    if (company && companyKey(company) !== companyKey(name)) b.addCompany({ name: company });
  }
  // Impressum / mentions légales: "Inhaberin: Anika Schön", "Directeur de la publication : …"
  for (let i = 0; i < lines.length; i++) {
    const m = OWNER_LINE.exec(lines[i]!);
    if (!m) continue;
    const cand = (m[1] || lines[i + 1] || '').split(/[,(·|]/)[0]!.trim();
    if (looksLikePersonName(cand)) b.addPerson({ name: cand, company: name || undefined });
  }
  if (!b.companies.length && !b.people.length && !b.emails.length) b.kind = 'other';
  return b.build();
}

export const companySiteDetector: Detector = {
  id: 'company-site',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  detect,
};
