/**
 * Web services a page links to or names in a widget (issue 7: precision on pages never seen): researcher ids,
 * ticketing, booking, video calls, payment, newsletters, podcast hosting, reviews, maps, app stores, social
 * networks, cookie banners, site builders. On a web page they do not host they are a tool of the page, never one
 * of its companies. Read in the background (./interpret.ts), by the registrable domain's name: the content
 * scripts carry neither this list nor the Public Suffix List.
 */
import { registrableDomain } from '../text/domain';
import { alnumWords } from './text';

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

// Public bodies and institutions a page names in its legal notice, its footer or its sponsors' logos, never as one of
// its companies: regulators, ombudsmen and registers ("Authorised and regulated by the Financial Conduct Authority",
// "ORIAS n° …", "FINMA"), collecting societies (a concert's "Sacem"), the banks and insurers of a notice or a logo wall
// ("Crédit Agricole Île-de-France Mécénat", "assuré auprès de Hiscox") and web hosts ("Hébergeur : o2switch").
// Keys are compared without accents, case or punctuation; a several-word key also starts a longer name (a bank's
// regional branch or foundation), a one-word key only before a word of a group's own (its country, "Group", "SE").
const INSTITUTION = [
  // regulators, ombudsmen, registers, compensation schemes
  'financial conduct authority|fca|prudential regulation authority|financial ombudsman service|financial services compensation scheme|fscs|information commissioners office|solicitors regulation authority|autorite des marches financiers|amf|acpr|autorite de controle prudentiel et de resolution|orias|cnil|dgccrf|bafin|finma|bundesanstalt fur finanzdienstleistungsaufsicht|eidgenossische finanzmarktaufsicht',
  // collecting societies
  'sacem|sacd|scam|adami|spedidam|gema|gvl|suisa|prs for music|ppl|ascap|bmi',
  // banks
  'credit agricole|bnp paribas|societe generale|credit mutuel|caisse depargne|banque populaire|la banque postale|lcl|cic|boursorama|deutsche bank|commerzbank|sparkasse|volksbank|postbank|postfinance|ubs|credit suisse|hsbc|barclays|lloyds bank|natwest|santander',
  // insurers
  'axa|allianz|generali|groupama|maaf|maif|macif|mma|hiscox|aviva|swiss life|ergo versicherung|huk coburg',
  // web hosts
  'ovh|ovhcloud|ionos|1and1|hetzner|hetzner online|o2switch|infomaniak|netlify|vercel|gandi|strato|hostinger|godaddy|planethoster|lws|alwaysdata|hostpoint|siteground|bluehost|kinsta|wp engine|digitalocean|heroku',
].join('|');
const INSTITUTION_RE = new RegExp(
  `^(?:(?:${INSTITUTION})(?:\\s(?:se|ag|sa|sas|plc|ltd|gmbh|inc|group|groupe|gruppe|network|online|france|deutschland|schweiz|suisse|uk|ireland|assurances?|versicherungen?|bank|banque)){0,2}|(?:${INSTITUTION.split(
    '|',
  )
    .filter((k) => k.includes(' '))
    .join('|')})(?:\\s\\S+){1,4})$`,
);
// (apostrophes and dots join: "L'Assurance", "S.A." → "lassurance", "sa")
const plain = (s: string) => alnumWords(s.replace(/['’.]/g, ''));

/** A regulator, collecting society, bank, insurer or web host named on a page that is not its own site. */
export function isForeignInstitution(name: string, pageUrl: string): boolean {
  const key = plain(name);
  if (!INSTITUTION_RE.test(key)) return false;
  const site = plain((registrableDomain(pageUrl) ?? '').split('.')[0]!).replace(/ /g, '');
  const words = key.split(' ');
  // (the institution's own site: credit-agricole.fr, sacem.fr)
  return !site || !(site.includes(words.slice(0, 2).join('')) || (words[0]!.length >= 4 && site.includes(words[0]!)));
}
