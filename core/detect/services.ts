/**
 * Web services a page links to or names in a widget (issue 7: precision on pages never seen): researcher ids,
 * ticketing, booking, video calls, payment, newsletters, podcast hosting, reviews, maps, app stores, social
 * networks, cookie banners, site builders. On a web page they do not host they are a tool of the page, never one
 * of its companies. Read in the background (./interpret.ts), by the registrable domain's name: the content
 * scripts carry neither this list nor the Public Suffix List.
 */
import { registrableDomain } from '../text/domain';

const SERVICE =
  /^(?:orcid|doi|researchgate|academia|arxiv|zenodo|pubmed|ncbi|eventbrite|weezevent|billetweb|helloasso|ticketmaster|meetup|calendly|doctolib|zoom|whereby|trustpilot|tripadvisor|yelp|stripe|paypal|sumup|substack|mailchimp|brevo|sendinblue|ausha|acast|spotify|deezer|soundcloud|podbean|buzzsprout|openstreetmap|waze|apple|facebook|instagram|twitter|x|youtube|tiktok|xing|pinterest|vimeo|github|gitlab|bsky|wikipedia|axeptio|didomi|onetrust|cookiebot|typeform|jotform|wix|squarespace|webflow|wordpress|shopify)$/;

/** A service's domain (`orcid.org`, `apps.apple.com`) that is not the page's own: no company of that page. */
export function isForeignService(domain: string, pageUrl: string): boolean {
  const d = registrableDomain(domain);
  return !!d && SERVICE.test(d.split('.')[0]!) && d !== registrableDomain(pageUrl);
}

// global software, cloud and payment vendors a page shows as a partner badge, a sponsor's logo or a tool it runs on
// ("SAP", "Microsoft Partner", "Amazon Web Services", "Snowflake"), with the words of their badges and products
const VENDOR =
  /^(?:sap|microsoft|oracle|salesforce|amazon|aws|google|snowflake|ibm|adobe|cisco|databricks|atlassian|hubspot|servicenow|workday|zendesk|nvidia|vmware|stripe|paypal|visa|mastercard|shopify|mailchimp|slack|zoom|dropbox|notion|cloudflare|ovh|ovhcloud|scaleway|ionos|hetzner|cegid|datadog)(?:\s(?:gold\s|silver\s|certified\s|solutions?\s)?(?:partner|business one|s\/4hana|ariba|web services|cloud|azure|dynamics(?: 365)?|365|platform|marketing cloud|payments))?$/i;

/** A global vendor's name (its badge's or product's) on a page that is not its own site. */
export function isForeignVendor(name: string, pageUrl: string): boolean {
  const m = VENDOR.exec(name.trim());
  if (!m) return false;
  const site = (registrableDomain(pageUrl) ?? '').split('.')[0]!;
  return site !== name.trim().split(/\s/)[0]!.toLowerCase();
}
