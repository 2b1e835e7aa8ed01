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
