/**
 * The addresses of a sheet and their priority flags (SPEC §2.1, seed §1): each of
 * `isMain`, `forInvoices`, `forDeliveries`, `forQuotes` is held by at most one address, and a
 * sheet with addresses always has exactly one main address (the header shows it).
 * Edits are pure: a new list comes back, unchanged records keep their identity, changed ones
 * get `updatedAt = now` when `now` is given.
 */
import type { Address } from './domain';
import { foldText } from './text/normalize';

export type AddressFlag = 'isMain' | 'forInvoices' | 'forDeliveries' | 'forQuotes';
export const ADDRESS_FLAGS: readonly AddressFlag[] = ['isMain', 'forInvoices', 'forDeliveries', 'forQuotes'];

export type AddressEdit =
  | { kind: 'set-flag'; addressId: string; flag: AddressFlag; value: boolean }
  | { kind: 'add'; address: Address }
  | { kind: 'update'; address: Address }
  | { kind: 'remove'; addressId: string };

function withFlags(a: Address, patch: Partial<Pick<Address, AddressFlag>>, now: number | undefined): Address {
  let changed = false;
  for (const f of ADDRESS_FLAGS) if (patch[f] !== undefined && patch[f] !== a[f]) changed = true;
  if (!changed) return a;
  return { ...a, ...patch, ...(now !== undefined ? { updatedAt: now } : {}) };
}

/** Gives `flag` to `holderId` alone. */
function moveFlag(list: Address[], flag: AddressFlag, holderId: string, now: number | undefined): Address[] {
  return list.map((a) => withFlags(a, { [flag]: a.id === holderId }, now));
}

/**
 * Restores the invariants on any list (imports, merges): for each flag the first holder keeps it;
 * the first address becomes main when none is. Put the list whose flags should win first.
 */
export function normalizeAddressFlags(addresses: readonly Address[], now?: number): Address[] {
  let list = [...addresses];
  for (const flag of ADDRESS_FLAGS) {
    const holder = list.find((a) => a[flag]);
    if (holder) list = moveFlag(list, flag, holder.id, now);
  }
  const first = list[0];
  if (first && !list.some((a) => a.isMain)) list = moveFlag(list, 'isMain', first.id, now);
  return list;
}

export function applyAddressEdit(addresses: readonly Address[], edit: AddressEdit, now?: number): Address[] {
  switch (edit.kind) {
    case 'add':
    case 'update': {
      const incoming = edit.address;
      const exists = addresses.some((a) => a.id === incoming.id);
      let list =
        edit.kind === 'update' && exists
          ? addresses.map((a) => (a.id === incoming.id ? incoming : a))
          : [...addresses.filter((a) => a.id !== incoming.id), incoming];
      // The incoming address's flags win: they are what the user just ticked.
      for (const flag of ADDRESS_FLAGS) if (incoming[flag]) list = moveFlag(list, flag, incoming.id, now);
      const wasMain = addresses.some((a) => a.id === incoming.id && a.isMain);
      const other = list.find((a) => a.id !== incoming.id);
      // Unticking "main" on the main address hands it on, as 'set-flag' does.
      if (wasMain && !incoming.isMain && other) list = moveFlag(list, 'isMain', other.id, now);
      return normalizeAddressFlags(list, now);
    }
    case 'remove': {
      const removed = addresses.find((a) => a.id === edit.addressId);
      if (!removed) return [...addresses];
      return normalizeAddressFlags(
        addresses.filter((a) => a.id !== edit.addressId),
        now,
      );
    }
    case 'set-flag': {
      const target = addresses.find((a) => a.id === edit.addressId);
      if (!target) return [...addresses];
      if (edit.value) return moveFlag([...addresses], edit.flag, target.id, now);
      if (edit.flag === 'isMain') {
        // A sheet with addresses keeps a main one: clearing it hands it to the first other address.
        const next = addresses.find((a) => a.id !== target.id);
        return next ? moveFlag([...addresses], 'isMain', next.id, now) : [...addresses];
      }
      return addresses.map((a) => (a.id === target.id ? withFlags(a, { [edit.flag]: false }, now) : a));
    }
  }
}

export function mainAddress(addresses: readonly Address[]): Address | undefined {
  return addresses.find((a) => a.isMain) ?? addresses[0];
}

/** The address for invoices (or deliveries, quotes), falling back to the main one. */
export function addressFor(
  addresses: readonly Address[],
  purpose: 'forInvoices' | 'forDeliveries' | 'forQuotes',
): Address | undefined {
  return addresses.find((a) => a[purpose]) ?? mainAddress(addresses);
}

/** Countries whose postal order puts the postcode after the city (one line: "City Postcode"). */
const POSTCODE_AFTER_CITY = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ']);

const COUNTRY_NAMES: Record<string, string> = {
  fr: 'FR',
  france: 'FR',
  'republique francaise': 'FR',
  gb: 'GB',
  uk: 'GB',
  'united kingdom': 'GB',
  'royaume uni': 'GB',
  'great britain': 'GB',
  england: 'GB',
  angleterre: 'GB',
  scotland: 'GB',
  ecosse: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  ie: 'IE',
  ireland: 'IE',
  irlande: 'IE',
  us: 'US',
  usa: 'US',
  'united states': 'US',
  'etats unis': 'US',
  ca: 'CA',
  canada: 'CA',
  au: 'AU',
  australia: 'AU',
  australie: 'AU',
  nz: 'NZ',
  'new zealand': 'NZ',
  de: 'DE',
  germany: 'DE',
  allemagne: 'DE',
  deutschland: 'DE',
  be: 'BE',
  belgium: 'BE',
  belgique: 'BE',
  ch: 'CH',
  switzerland: 'CH',
  suisse: 'CH',
  es: 'ES',
  spain: 'ES',
  espagne: 'ES',
  it: 'IT',
  italy: 'IT',
  italie: 'IT',
  lu: 'LU',
  luxembourg: 'LU',
  nl: 'NL',
  netherlands: 'NL',
  'pays bas': 'NL',
  pt: 'PT',
  portugal: 'PT',
};

/** ISO code of a country as people type it ("France", "Royaume-Uni", "UK"), or null. */
export function countryCode(country: string): string | null {
  const key = foldText(country)
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return COUNTRY_NAMES[key] ?? null;
}

export interface FormatAddressOptions {
  /** The user's country: its name is left out, as on a domestic envelope. Default 'FR'. */
  homeCountry?: string;
  /** Put the contact name first (envelopes, letters). Default false for the line, true for lines. */
  withContactName?: boolean;
}

/** Postal lines: contact, street lines, "postcode city" (or "city postcode"), country if foreign. */
export function formatAddressLines(address: Address, options: FormatAddressOptions = {}): string[] {
  const home = options.homeCountry ?? 'FR';
  const code = countryCode(address.country);
  const lines: string[] = [];
  if (options.withContactName ?? true) {
    const contact = address.contactName.trim();
    if (contact) lines.push(contact);
  }
  for (const l of address.street.split(/\r?\n/)) if (l.trim()) lines.push(l.trim());
  const pc = address.postalCode.trim();
  const city = address.city.trim();
  const cityLine = code !== null && POSTCODE_AFTER_CITY.has(code) ? [city, pc] : [pc, city];
  const joined = cityLine.filter(Boolean).join(' ');
  if (joined) lines.push(joined);
  const country = address.country.trim();
  if (country && code !== home.toUpperCase()) lines.push(country);
  return lines;
}

/** One line for a header or a list: "12 rue des Lilas, 69003 Lyon". */
export function formatAddressLine(address: Address, options: FormatAddressOptions = {}): string {
  return formatAddressLines(address, { withContactName: false, ...options }).join(', ');
}

export function formatAddress(address: Address, options: FormatAddressOptions = {}): { line: string; lines: string[] } {
  return { line: formatAddressLine(address, options), lines: formatAddressLines(address, options) };
}
