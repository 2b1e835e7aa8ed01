/**
 * VAT rates offered by the sales forms, and the incl.-tax amount they give (SPEC §2.6: amounts are
 * integer cents). Rates are in basis points (1/100 of a percent: 20 % = 2000, 5.5 % = 550) so that
 * every figure stays an integer. France first with its five rates; every other EU country with its
 * standard rate (as of 2025; a rate that changes is one line here).
 */

/** A rate choice: its country (ISO 3166-1 alpha-2) and its rate in basis points. */
export interface VatRate {
  country: string;
  basisPoints: number;
}

export const FRENCH_RATES: readonly number[] = [2000, 1000, 550, 210, 0];

/** Standard VAT rates of the EU member states other than France, in basis points. */
export const EU_STANDARD_RATES: Readonly<Record<string, number>> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
};

/** Every rate the form offers, France's first: a choice's value is `CC:basisPoints` ("FR:550"). */
export function vatChoices(): VatRate[] {
  return [
    ...FRENCH_RATES.map((basisPoints) => ({ country: 'FR', basisPoints })),
    ...Object.entries(EU_STANDARD_RATES).map(([country, basisPoints]) => ({ country, basisPoints })),
  ];
}

export const vatKey = (r: VatRate) => `${r.country}:${r.basisPoints}`;

export function parseVatKey(key: string): VatRate | null {
  const m = /^([A-Z]{2}):(\d{1,5})$/.exec(key);
  return m ? { country: m[1]!, basisPoints: Number(m[2]) } : null;
}

/** The default rate for a sheet whose main address is in `country` (an ISO code or null). */
export function defaultVatRate(country: string | null): VatRate {
  const c = country?.toUpperCase();
  if (c && c !== 'FR' && EU_STANDARD_RATES[c] !== undefined) return { country: c, basisPoints: EU_STANDARD_RATES[c]! };
  return { country: 'FR', basisPoints: 2000 };
}

/**
 * The tax on `exclCents` at `basisPoints`, rounded to the nearest cent, halves away from zero (as
 * invoices round: 0.5 cent → 1 cent). BigInt keeps the product exact for any amount the form takes.
 */
export function vatAmount(exclCents: number, basisPoints: number): number {
  const sign = exclCents < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(exclCents)) * BigInt(basisPoints);
  const tax = (abs * 2n + 10_000n) / 20_000n;
  return Number(sign * tax);
}

export function inclFromExcl(exclCents: number, basisPoints: number): number {
  return exclCents + vatAmount(exclCents, basisPoints);
}

/**
 * The rate an existing document was made with, when its amounts match one (the country of the
 * sheet's first, then France's, then any); null when the incl.-tax amount was typed by hand.
 */
export function rateOfAmounts(exclCents: number, inclCents: number, preferred: string | null = null): VatRate | null {
  const choices = vatChoices();
  const ordered = [
    ...choices.filter((r) => r.country === preferred),
    ...choices.filter((r) => r.country !== preferred),
  ];
  return ordered.find((r) => inclFromExcl(exclCents, r.basisPoints) === inclCents) ?? null;
}

/** "5.5 %" / "5,5 %": a rate for display, in the UI's decimal habit. */
export function formatRate(basisPoints: number, french: boolean): string {
  const whole = Math.floor(basisPoints / 100);
  const frac = basisPoints % 100;
  const text =
    frac === 0 ? String(whole) : `${whole}${french ? ',' : '.'}${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return french ? `${text}\u00a0%` : `${text}%`;
}
