/**
 * Placeholders in comment, email and letter templates (SPEC §2.4): `{{contact.firstName}}`,
 * `{{company.name}}`, `{{user.name}}`, `{{today}}`… Plain text in, plain text out: values are
 * inserted as they are, nothing is escaped or interpreted (the UI renders text, never HTML).
 * A placeholder this module does not know stays visible as written, so a typo shows up in the
 * preview instead of silently vanishing; a known one with no value becomes "".
 * Names are case-insensitive and may have spaces inside the braces: `{{ Contact.FirstName }}`.
 */
import type { Address, Company, Person, User } from './domain';
import { formatAddressLines } from './addresses';

export interface TemplateContext {
  contact?: Pick<Person, 'firstName' | 'lastName'> & Partial<Pick<Person, 'emails' | 'jobTitle' | 'phone' | 'mobile'>>;
  company?: Pick<Company, 'name'> & Partial<Pick<Company, 'vat' | 'siren' | 'siret' | 'website' | 'phone'>>;
  user?: Pick<User, 'name'> & Partial<Pick<User, 'email'>>;
  address?: Address;
  /** 'YYYY-MM-DD'; the caller's today (this module reads no clock). */
  today?: string;
  /** How `{{today}}` is written; default French 'DD/MM/YYYY'. */
  formatDay?: (isoDay: string) => string;
}

const frenchDay = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};

type Resolver = (c: TemplateContext) => string | undefined;

/** A Map, not an object: `{{constructor}}` must not find Object.prototype's. */
const RESOLVERS = new Map<string, Resolver>(
  Object.entries({
    'contact.firstname': (c) => c.contact?.firstName,
    'contact.lastname': (c) => c.contact?.lastName,
    'contact.fullname': (c) => (c.contact ? `${c.contact.firstName} ${c.contact.lastName}`.trim() : undefined),
    'contact.email': (c) => c.contact?.emails?.[0],
    'contact.jobtitle': (c) => c.contact?.jobTitle,
    'contact.phone': (c) => c.contact?.phone || c.contact?.mobile,
    'company.name': (c) => c.company?.name,
    'company.vat': (c) => c.company?.vat,
    'company.siren': (c) => c.company?.siren,
    'company.siret': (c) => c.company?.siret,
    'company.website': (c) => c.company?.website,
    'company.phone': (c) => c.company?.phone,
    'user.name': (c) => c.user?.name,
    'user.email': (c) => c.user?.email,
    'address.lines': (c) => (c.address ? formatAddressLines(c.address).join('\n') : undefined),
    'address.street': (c) => c.address?.street,
    'address.postalcode': (c) => c.address?.postalCode,
    'address.city': (c) => c.address?.city,
    'address.country': (c) => c.address?.country,
    today: (c) => (c.today ? (c.formatDay ?? frenchDay)(c.today) : undefined),
  } satisfies Record<string, Resolver>),
);

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]{0,60})\s*\}\}/g;

export function renderTemplate(text: string, context: TemplateContext): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const resolve = RESOLVERS.get(name.toLowerCase());
    return resolve ? (resolve(context) ?? '') : whole;
  });
}

/** Placeholders of a text this module does not know, as written (for a warning in the editor). */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!RESOLVERS.has(name.toLowerCase())) out.add(name);
  }
  return [...out];
}
