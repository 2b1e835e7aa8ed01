/**
 * A platform's page about one business (issue 7): a directory's entry, a review site's or a booking site's listing.
 * Its JSON-LD describes a local business whose own site is on another domain than the page's, and the page's
 * domain does not spell that business's name: the business is the page's firm, the platform none of its firms.
 */
import { jsonLd, ldTypes, str } from './dom';
import { hostOf } from '../text/host';
import { alnumKey } from './text';

// what a page's JSON-LD also describes that is no business listed on it
const NOT_LISTED =
  /^(?:WebSite|WebPage|Organization|Corporation|NewsMediaOrganization|Person|BreadcrumbList|ListItem|ItemList|Article|NewsArticle|BlogPosting|Product|Offer|Event|ImageObject|SearchAction|FAQPage|Question|Answer|Review|AggregateRating|PostalAddress|ContactPoint|CollectionPage|SiteNavigationElement)$/;

const PRACTITIONER = /^(?:Physician|Dentist|Optician|Physiotherapy|MedicalClinic|Attorney|Notary|VeterinaryCare)$/;

/** The listed business's name and its own site's host, or undefined when the page is no listing. */
export function listedBusiness(doc: Document, domain: string): { name: string; hosts: string[] } | undefined {
  const site = alnumKey(domain.split('.')[0] ?? '');
  for (const o of jsonLd(doc)) {
    const types = ldTypes(o);
    // a booking site's practitioner (a Physician, a Dentist): the practice they work for is the firm
    const at = o.worksFor as Record<string, unknown> | undefined;
    if (at && typeof at === 'object' && str(at.name) && types.some((t) => PRACTITIONER.test(t))) {
      const [who, firm] = [alnumKey(str(o.name)), alnumKey(str(at.name))];
      const spelt = (k: string) => site.length >= 4 && (k.includes(site.slice(0, 6)) || site.includes(k.slice(0, 6)));
      if (!spelt(who) && !spelt(firm)) {
        const own = hostOf(str(at.url)) ?? '';
        return { name: str(at.name), hosts: own && own !== domain ? [own] : [] };
      }
    }
    const name = str(o.name);
    const host = hostOf(str(o.url)) ?? '';
    if (!name || !host || host === domain || !types.length || types.some((t) => NOT_LISTED.test(t))) continue;
    // (a firm's own site pointing to its other domain: its name is in this one's, "Bäckerei" as "baeckerei" too)
    const spelt = (key: string) => key.includes(site.slice(0, 6)) || site.includes(key.slice(0, 6));
    const de = name.replace(/[äöüß]/gi, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c.toLowerCase()] ?? c);
    if (site.length >= 4 && (spelt(alnumKey(name)) || spelt(alnumKey(de)))) continue;
    return { name, hosts: [host] };
  }
  return undefined;
}

// a job offer's title ("Commercial export H/F – CDI", "Vertriebsmitarbeiter (m/w/d)")
const OFFER = /(?:^|[\s(])(?:[hf]\/[hf]|[mwfd]\/[mwfd](?:\/[mwfdx])?|cdi|cdd)(?![\p{L}\d])/iu;
// the board's page of the hiring firm ("/entreprise/kermadec", "/company/brennholz-kuebler")
const FIRM_LINK = /\/(?:entreprises?|compan(?:y|ies)|unternehmen|firma|employeurs?|employers?|recruteurs?)\/([\w-]+)/i;

/**
 * A job board's offer without JSON-LD: its heading a job's title, the hiring firm a link to the board's page of it,
 * its words spelled by that page's slug; its own domain, the mailbox of the page that spells it.
 */
export function offerFirm(doc: Document, domain: string, brand: string): { name: string; hosts: string[] } | undefined {
  const h1 = doc.querySelector('h1');
  if (!h1 || !OFFER.test(h1.textContent ?? '')) return undefined;
  const site = alnumKey(domain.split('.')[0] ?? '');
  for (const a of Array.from(doc.querySelectorAll('main a[href], article a[href]')).slice(0, 200)) {
    const m = FIRM_LINK.exec(a.getAttribute('href') ?? '');
    const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const key = alnumKey(name);
    if (!m || key.length < 3 || name.length > 60 || key === alnumKey(brand) || (site && key.includes(site))) continue;
    if (!alnumKey(m[1]!).startsWith(key.slice(0, 6))) continue;
    const hosts = Array.from(doc.querySelectorAll('a[href^="mailto:" i]'))
      .map((x) => (x.getAttribute('href') ?? '').split('@')[1]?.split('?')[0]?.toLowerCase() ?? '')
      .filter((h) => h && alnumKey(h.split('.')[0]!).startsWith(key.slice(0, 6)));
    return { name, hosts: [...new Set(hosts)] };
  }
  return undefined;
}
