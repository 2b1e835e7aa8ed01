/**
 * A site's organisations in its JSON-LD (schema.org): its own, an event's organiser on a ticketing platform, a job
 * posting's hiring firm on a board. Read by the company-site detector (./company-site.ts), in the on-demand names
 * layer (ondemand-names.js: ondemand.js, the detector's own script, had no room left).
 */
import { jsonLd, ldTypes, list, str } from './dom';
import { hostOf, sameSiteHosts } from '../text/host';
import { alnumKey } from './text';

export const ORG_TYPES =
  /Organization|Corporation|LocalBusiness|Store|Company|Restaurant|Agency|Shop|ProfessionalService|NGO|Hotel|Brand/;

// a store of a network of one of schema.org's many LocalBusiness types ("Optician", "Bakery", "AutoRepair"): an address
// and the network it belongs to, and no person, event, place or offer
const localBusiness = (o: unknown): boolean => {
  const r = o as Record<string, unknown>;
  return (
    !!r?.address &&
    !!r.parentOrganization &&
    !ldTypes(r).some((t) => /Person|Event|Place|Offer|Product|Address|Residence|Landform|Accommodation/.test(t))
  );
};

export function orgFromLd(doc: Document, domain: string): Record<string, unknown> | undefined {
  // (an article's publisher is the site's organisation too)
  const orgs = jsonLd(doc)
    .flatMap((o) => [o, ...list(o.publisher)])
    .filter(
      (o): o is Record<string, unknown> =>
        !!o &&
        typeof o === 'object' &&
        (ldTypes(o as Record<string, unknown>).some((t) => ORG_TYPES.test(t)) || localBusiness(o)) &&
        !!str((o as Record<string, unknown>).name),
    );
  return orgs.find((o) => hostOf(str(o.url)) === domain) ?? orgs[0];
}

/** An event's organiser with a site of its own, when the page is on another host's (a ticketing platform's). */
export function eventOrganizer(
  doc: Document,
  domain: string,
): { name: string; host: string; own: boolean } | undefined {
  const label = alnumKey(domain.split('.')[0]!);
  for (const o of jsonLd(doc))
    if (ldTypes(o).some((t) => /Event$/.test(t)))
      for (const g of list(o.organizer)) {
        const name = str((g as Record<string, unknown>)?.name);
        const host = hostOf(str((g as Record<string, unknown>)?.url)) ?? '';
        // (the event's own site, its host spelling the event's name, is its organiser's: no platform's page)
        if (name && host && host !== domain)
          return { name, host, own: label.length >= 6 && alnumKey(str(o.name)).includes(label) };
      }
  return undefined;
}

/**
 * A job board's posting (schema.org JobPosting) whose hiring firm is not the site's own: the firm, with its site
 * (sameAs, url) when that is another host's. The board is the host platform, no company of the page.
 */
export function ldHiringFirm(
  doc: Document,
  domain: string,
  brand: string,
): { name: string; hosts: string[] } | undefined {
  for (const o of jsonLd(doc))
    if (ldTypes(o).includes('JobPosting'))
      for (const g of list(o.hiringOrganization)) {
        const r = g as Record<string, unknown>;
        const name = str(r?.name);
        const all = [...list(r?.sameAs), r?.url].map((u) => hostOf(str(u)) ?? '').filter(Boolean);
        // (the firm's own careers site: its site, its label or its brand's first word in the firm's name)
        const key = alnumKey(name);
        const label = alnumKey(domain.split('.').slice(-2)[0] ?? '');
        const own =
          all.some((h) => sameSiteHosts(h, domain)) ||
          (label.length >= 4 && key.includes(label)) ||
          alnumKey(name.split(/\s/)[0]!) === alnumKey(brand.split(/\s/)[0]!);
        if (name && brand && !own) return { name, hosts: all };
      }
  return undefined;
}
