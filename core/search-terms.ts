/**
 * The search terms of each searchable record (see `core/search.ts`). Pure; uses `core/phone-keys`
 * (libphonenumber-js), so it is loaded by the storage layer on demand, never in the side panel's
 * first paint nor in a content script. The phones of a sheet and of its contacts are read in the sheet's
 * country (`phoneRegion`, from its main address), which the caller passes in.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { mainAddress } from './addresses';
import type { Address, Company, Invoice, Order, Person, Quote } from './domain';
import { DEFAULT_PHONE_COUNTRY, phoneKeys, phoneRegion } from './phone-keys';
import { compactTerm, fold, prefixFree, textTerms, type SearchRow, type SearchSource } from './search';

const MAX_TERMS = 200;

function idTerms(c: Company, into: Set<string>) {
  if (c.vat) {
    const vat = compactTerm(c.vat).toLowerCase();
    into.add(vat);
    into.add(vat.replace(/^[a-z]{2}/, ''));
    // FR VAT: "FR" + 2-digit key + SIREN.
    const fr = /^fr[0-9a-z]{2}(\d{9})$/.exec(vat);
    if (fr) into.add(fr[1]!);
  }
  if (c.siren) into.add(c.siren);
  if (c.siret) into.add(c.siret);
}

/** A domain whole and its first label ("batiroc.fr", "batiroc"): its other labels ("fr", "co") find nothing useful. */
function domainTerms(domain: string, into: Set<string>) {
  const d = domain.trim().toLowerCase();
  if (!d) return;
  into.add(d);
  const first = d.split('.')[0];
  if (first && first !== d) into.add(first);
}

function row(companyId: string, source: string, terms: Set<string>, label?: string): SearchRow {
  const list = prefixFree(terms).slice(0, MAX_TERMS);
  return label ? { companyId, source, terms: list, label } : { companyId, source, terms: list };
}

export function companyRow(c: Company, region: CountryCode = DEFAULT_PHONE_COUNTRY): SearchRow {
  const terms = textTerms(c.name);
  for (const d of c.domains ?? []) domainTerms(d, terms);
  if (c.website) {
    const host = c.website
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/^www\./i, '')
      .split(/[/?#]/)[0];
    if (host) domainTerms(host, terms);
  }
  idTerms(c, terms);
  for (const k of phoneKeys(c.phone, region)) terms.add(k);
  return row(c.id, `companies:${c.id}`, terms);
}

/** An archived contact is not searched: null. */
export function personRow(p: Person, region: CountryCode = DEFAULT_PHONE_COUNTRY): SearchRow | null {
  if (p.archivedAt !== undefined) return null;
  const terms = textTerms(`${p.firstName} ${p.lastName}`);
  for (const raw of p.emails) {
    const email = raw.trim().toLowerCase();
    if (!email) continue;
    terms.add(email);
    const [local, domain] = email.split('@');
    textTerms(local?.replace(/[._+-]/g, ' '), terms);
    if (domain) domainTerms(domain, terms);
  }
  for (const k of phoneKeys(p.phone, region)) terms.add(k);
  for (const k of phoneKeys(p.mobile, region)) terms.add(k);
  const name = `${p.firstName} ${p.lastName}`.trim();
  return row(p.companyId, `people:${p.id}`, terms, name || p.emails[0] || undefined);
}

export function addressRow(a: Address): SearchRow {
  const terms = textTerms(a.city);
  const city = fold(a.city);
  if (city.includes(' ')) terms.add(city);
  if (a.postalCode.trim()) terms.add(compactTerm(a.postalCode.toLowerCase()));
  textTerms(a.contactName, terms);
  return row(
    a.companyId,
    `addresses:${a.id}`,
    terms,
    [a.postalCode, a.city].filter((s) => s.trim()).join(' ') || undefined,
  );
}

export function salesRow(table: 'quotes' | 'orders' | 'invoices', d: Quote | Order | Invoice): SearchRow {
  const terms = textTerms(d.number);
  terms.add(compactTerm(fold(d.number)));
  return row(d.companyId, `${table}:${d.id}`, terms, d.number);
}

/** The region of a sheet's phone numbers: the country of its main address, else France. */
export function sheetPhoneRegion(addresses: readonly Address[]): CountryCode {
  return phoneRegion(mainAddress(addresses)?.country);
}

/** Whether a record's row holds phone keys, which depend on its sheet's region. */
export const PHONE_SOURCES = new Set<SearchSource>(['companies', 'people']);

/**
 * The row of any searchable record; null when the record is not searched (an archived contact).
 * `region` reads the phones of a sheet or a contact written without a country code.
 */
export function searchRowOf(
  table: SearchSource,
  record: unknown,
  region: CountryCode = DEFAULT_PHONE_COUNTRY,
): SearchRow | null {
  switch (table) {
    case 'companies':
      return companyRow(record as Company, region);
    case 'people':
      return personRow(record as Person, region);
    case 'addresses':
      return addressRow(record as Address);
    default:
      return salesRow(table, record as Quote | Order | Invoice);
  }
}
