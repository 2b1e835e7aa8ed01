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
