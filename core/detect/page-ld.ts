/**
 * schema.org people of a page: JSON-LD Person objects and Person microdata. Kept apart from
 * page-structures.ts (whose module-level patterns would come along) so that the on-demand detector
 * can bundle `ldPeople` itself (microdata stays in the readers bundle), while the name rules
 * (`nameOf`, page-people's `personName`) stay in the readers bundle: each bundle stays within its
 * 15 KB gzip budget (SPEC §8).
 */
import { attr, clean, jsonLd, ldTypes, list, qs, qsa, str, textOf } from './dom';
import { findPlainEmails, mailtoAddress, normalizeAddress } from './emails';
import { findPhones } from './phones';
import type { Found } from './page-structures';
import type { DetectedPerson } from './types';
import { normalizeLinkedinUrl } from '../text/linkedin';

function ldName(o: unknown): string {
  if (typeof o === 'string') return clean(o);
  if (o && typeof o === 'object') {
    const r = o as Record<string, unknown>;
    return str(r.name) || clean(`${str(r.givenName)} ${str(r.familyName)}`);
  }
  return '';
}

/** Person objects anywhere in the JSON-LD (employee, founder, author, member, contactPoint…). */
export function ldPeople(doc: Document, out: Found, nameOf: (raw: string) => string): void {
  const seen = new Set<unknown>();
  const visit = (o: unknown, org: string, depth: number): void => {
    if (depth > 6 || !o || typeof o !== 'object' || seen.has(o) || seen.size > 2000) return;
    if (Array.isArray(o)) {
      for (const x of o.slice(0, 200)) visit(x, org, depth + 1);
      return;
    }
    seen.add(o);
    const r = o as Record<string, unknown>;
    const types = ldTypes(r);
    // a review's or a comment's author is a customer of the page's firm, no contact of it
    if (types.some((t) => /Review|Comment/.test(t))) return;
    const isOrg = types.some((t) =>
      /Organization|Corporation|LocalBusiness|Company|NGO|EducationalOrganization/.test(t),
    );
    const here = isOrg ? str(r.name) || org : org;
    if (types.includes('Person')) {
      const name = nameOf(ldName(r));
      if (name) {
        const p: DetectedPerson = { name };
        const title = str(r.jobTitle);
        if (title) p.title = title.slice(0, 200);
        const works = ldName(list(r.worksFor)[0] ?? list(r.affiliation)[0]) || org;
        if (works) p.company = works;
        const email = findPlainEmails(str(r.email).replace(/^mailto:/i, ''))[0];
        if (email) p.email = normalizeAddress(email);
        const phones = list(r.telephone)
          .filter((x): x is string => typeof x === 'string')
          .flatMap((x) => findPhones(x.startsWith('+') || x.startsWith('0') ? x : '+' + x));
        if (phones.length) p.phones = phones;
        for (const s of list(r.sameAs).concat(list(r.url)))
          if (typeof s === 'string') {
            const u = normalizeLinkedinUrl(s);
            if (u?.includes('/in/')) p.linkedinUrl = u;
          }
        out.people.push(p);
      }
    }
    for (const [k, v] of Object.entries(r)) {
      // (a review's author is a customer of the business reviewed, never its contact)
      if (k === '@context' || (k === 'author' && types.includes('Review'))) continue;
      if (v && typeof v === 'object') visit(v, here, depth + 1);
    }
  };
  for (const o of jsonLd(doc)) visit(o, '', 0);
}

/** schema.org Person microdata (`nameOf`: as for `ldPeople`). */
export function microdataPeople(root: ParentNode, out: Found, orgName_: string, nameOf: (raw: string) => string): void {
  for (const el of qsa(root, '[itemscope][itemtype*="schema.org/Person" i]').slice(0, 500)) {
    const prop = (p: string) => {
      const e = qsa(el, `[itemprop="${p}"]`).find((x) => x.parentElement?.closest('[itemscope]') === el);
      return e ? attr(e, 'content') || textOf(e) : '';
    };
    const name = nameOf(prop('name') || `${prop('givenName')} ${prop('familyName')}`);
    if (!name) continue;
    const p: DetectedPerson = { name };
    const title = prop('jobTitle');
    if (title) p.title = title;
    const orgEl = el.parentElement?.closest('[itemscope][itemtype*="Organization" i]');
    // (an employer given as plain text: `<span itemprop="worksFor">Acme</span>`)
    const worksEl = qs(el, '[itemprop="worksFor"]');
    const works = worksEl && (qs(worksEl, '[itemprop="name"]') ?? (qs(worksEl, '[itemprop]') ? null : worksEl));
    const company =
      attr(works, 'content') ||
      textOf(works) ||
      (orgEl ? attr(qs(orgEl, '[itemprop="name"]'), 'content') || textOf(qs(orgEl, '[itemprop="name"]')) : '') ||
      orgName_;
    if (company) p.company = company;
    const emailEl = qs(el, '[itemprop="email"]');
    const email = mailtoAddress(attr(emailEl, 'href')) || findPlainEmails(prop('email'))[0];
    if (email) p.email = normalizeAddress(email);
    const phone = prop('telephone');
    if (phone) p.phones = findPhones(phone);
    // (a profile given as `<link itemprop="sameAs" href>` too)
    const li = qs(el, '[href*="linkedin.com/in/"]');
    if (li) p.linkedinUrl = normalizeLinkedinUrl(attr(li, 'href')) || undefined;
    out.people.push(p);
  }
}
