/**
 * Intra-EU VAT numbers (plus GB/XI, CH and NO, which users meet on invoices too).
 * Contract: `validateVat(input)` normalises (spaces, dots, dashes, slashes removed; uppercase; GR → EL),
 * checks the format of the country, then its check digits where the algorithm is public and was
 * verified against numbers found online. Errors are reason codes, never sentences:
 * - 'country': no known country prefix;
 * - 'format': wrong length or characters for that country;
 * - 'checksum': check digits wrong;
 * - 'siren-mismatch': a FR number valid in itself but built on another SIREN than the one given.
 */
import { luhnValid, validateSiren } from './siren';

export type VatReason = 'format' | 'checksum' | 'country' | 'siren-mismatch';
export type VatResult = { ok: true; normalized: string; country: string } | { ok: false; reason: VatReason };

export interface VatOptions {
  /** A SIREN the FR number must be built on (the sheet's own SIREN). */
  siren?: string;
  /** Country to assume when the input has no prefix (e.g. a French user typing bare digits). */
  defaultCountry?: string;
  /** Reject GB, CH and NO (XI, Northern Ireland, stays: it is in the EU VAT area for goods). */
  euOnly?: boolean;
}

export const EU_VAT_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EL',
  'ES',
  'FI',
  'FR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'XI',
] as const;
const NON_EU_COUNTRIES = ['GB', 'CH', 'NO'] as const;

export function isEuVatCountry(code: string): boolean {
  return (EU_VAT_COUNTRIES as readonly string[]).includes(code);
}

type Check = 'ok' | 'format' | 'checksum';
/** Receives the part after the country prefix; returns the verdict and, when ok, the canonical body. */
type CountryRule = (body: string) => { check: Check; body?: string };

const digitsOnly = (s: string): boolean => /^\d+$/.test(s);
const d = (s: string, i: number): number => s.charCodeAt(i) - 48;
function weighted(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * d(s, i);
  return sum;
}
const verdict = (ok: boolean): { check: Check } => ({ check: ok ? 'ok' : 'checksum' });

/** ISO 7064 MOD 11,10, used by DE and HR. */
function mod11_10Valid(s: string): boolean {
  let product = 10;
  for (let i = 0; i < s.length - 1; i++) {
    let sum = (d(s, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === d(s, s.length - 1);
}

/** Remainder of a decimal string: the NL mod-97 input has ~20 digits, beyond exact float arithmetic. */
function modString(s: string, m: number): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) r = (r * 10 + d(s, i)) % m;
  return r;
}

const FR_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The FR VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, two digits. */
export function frVatKey(siren: string): string {
  // A SIREN has 9 digits: exact as a number (no string arithmetic in the content scripts that use this).
  const n = Number(siren) % 97;
  return String((12 + 3 * n) % 97).padStart(2, '0');
}

/** The FR intra-EU VAT number of a SIREN, or null when the SIREN is invalid. */
export function vatFromSiren(siren: string): string | null {
  const v = validateSiren(siren);
  if (!v.ok) return null;
  return `FR${frVatKey(v.normalized)}${v.normalized}`;
}

const fr: CountryRule = (b) => {
  if (b.length !== 11 || !digitsOnly(b.slice(2))) return { check: 'format' };
  const k0 = b[0] ?? '';
  const k1 = b[1] ?? '';
  if (!FR_KEY_ALPHABET.includes(k0) || !FR_KEY_ALPHABET.includes(k1)) return { check: 'format' };
  const siren = b.slice(2);
  // Monaco's numbers share the FR prefix but are not SIRENs (they start with 000).
  if (!siren.startsWith('000') && !validateSiren(siren).ok) return { check: 'checksum' };
  if (digitsOnly(k0 + k1)) return verdict(b.slice(0, 2) === frVatKey(siren));
  // New-style keys with a letter (issued when the numeric keys ran out for some registrations).
  const i0 = FR_KEY_ALPHABET.indexOf(k0);
  const i1 = FR_KEY_ALPHABET.indexOf(k1);
  const check = digitsOnly(k0) ? i0 * 24 + i1 - 10 : i0 * 34 + i1 - 100;
  return verdict((modString(siren, 11) + 1 + Math.floor(check / 11)) % 11 === check % 11);
};

const de: CountryRule = (b) => {
  if (!/^[1-9]\d{8}$/.test(b)) return { check: 'format' };
  return verdict(mod11_10Valid(b));
};

const hr: CountryRule = (b) => (/^\d{11}$/.test(b) ? verdict(mod11_10Valid(b)) : { check: 'format' });

const it: CountryRule = (b) => {
  if (!/^\d{11}$/.test(b)) return { check: 'format' };
  // Digits 8–10 name the tax office: 001–100, plus a few special codes.
  const office = Number(b.slice(7, 10));
  if (!((office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office))) return { check: 'format' };
  return verdict(luhnValid(b));
};

const be: CountryRule = (b) => {
  // Old 9-digit numbers gained a leading 0 in 2007.
  const n = b.length === 9 ? `0${b}` : b;
  if (!/^[01]\d{9}$/.test(n)) return { check: 'format' };
  return { ...verdict(97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8))), body: n };
};

const NL_LETTER_VALUES: Record<string, string> = { N: '23', L: '21', B: '11' };
const nl: CountryRule = (raw) => {
  // Leading zeros of the RSIN are often dropped when written down.
  const b = /^\d{1,8}B\d{2}$/.test(raw) ? raw.padStart(12, '0') : raw;
  if (!/^\d{9}B\d{2}$/.test(b) || b.endsWith('B00')) return { check: 'format' };
  const digits = b.slice(0, 9);
  // Legal entities use the RSIN "eleven test"; sole traders since 2020 get numbers checked mod 97.
  const elevenTest = (weighted(digits, [9, 8, 7, 6, 5, 4, 3, 2]) - d(digits, 8)) % 11 === 0;
  const mod97 =
    modString(
      `NL${b}`.replace(/[A-Z]/g, (c) => NL_LETTER_VALUES[c] ?? String(c.charCodeAt(0) - 55)),
      97,
    ) === 1;
  return { ...verdict(elevenTest || mod97), body: b };
};

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const es: CountryRule = (b) => {
  if (!/^[0-9A-Z]\d{7}[0-9A-Z]$/.test(b)) return { check: 'format' };
  const first = b[0] ?? '';
  const last = b[8] ?? '';
  if (/\d/.test(first)) {
    // Resident individuals: DNI, 8 digits and a letter.
    return verdict(DNI_LETTERS[Number(b.slice(0, 8)) % 23] === last);
  }
  if ('XYZ'.includes(first)) {
    // Foreigners: NIE, X/Y/Z stand for 0/1/2.
    return verdict(DNI_LETTERS[Number(String('XYZ'.indexOf(first)) + b.slice(1, 8)) % 23] === last);
  }
  if ('KLM'.includes(first)) return verdict(DNI_LETTERS[Number(b.slice(1, 8)) % 23] === last);
  if ('ABCDEFGHJNPQRSUVW'.includes(first)) {
    // Legal entities: CIF, Luhn-like control as a digit or a letter (sources disagree on which types use which).
    const body = b.slice(1, 8);
    let check = 0;
    for (let c = 0; c <= 9; c++) {
      if (luhnValid(body + String(c))) {
        check = c;
        break;
      }
    }
    return verdict(last === String(check) || last === 'JABCDEFGHI'[check]);
  }
  return { check: 'format' };
};

const at: CountryRule = (b) => {
  if (!/^U\d{8}$/.test(b)) return { check: 'format' };
  const n = b.slice(1);
  let s = 0;
  for (let i = 0; i < 7; i++) {
    const v = d(n, i);
    s += i % 2 === 1 ? Math.floor((v * 2) / 10) + ((v * 2) % 10) : v;
  }
  return verdict((((6 - s) % 10) + 10) % 10 === d(n, 7));
};

const bg: CountryRule = (b) => {
  if (/^\d{9}$/.test(b)) {
    let check = weighted(b, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    if (check === 10) check = weighted(b, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
    return verdict(check % 10 === d(b, 8));
  }
  if (/^\d{10}$/.test(b)) {
    // Individuals (EGN), foreigners (PNF) or other bodies: three weightings in use.
    const last = d(b, 9);
    // An EGN starts with the birth date yymmdd, month +20 for the 1800s and +40 for the 2000s.
    const month = Number(b.slice(2, 4)) % 20;
    const day = Number(b.slice(4, 6));
    const egnDate = Number(b.slice(2, 4)) <= 52 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    const egn = egnDate && (weighted(b, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === last;
    const pnf = weighted(b, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 === last;
    const otherRaw = 11 - (weighted(b, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    const other = otherRaw !== 10 && otherRaw % 11 === last;
    return verdict(egn || pnf || other);
  }
  return { check: 'format' };
};

const CY_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const cy: CountryRule = (b) => {
  if (!/^\d{8}[A-Z]$/.test(b) || b.startsWith('12')) return { check: 'format' };
  let s = 0;
  for (let i = 0; i < 8; i++) s += i % 2 === 0 ? (CY_ODD[d(b, i)] ?? 0) : d(b, i);
  return verdict(String.fromCharCode(65 + (s % 26)) === b[8]);
};

const cz: CountryRule = (b) => {
  if (!digitsOnly(b)) return { check: 'format' };
  if (b.length === 8) {
    if (b.startsWith('9')) return { check: 'format' };
    const c = (11 - (weighted(b, [8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    return verdict((c || 1) % 10 === d(b, 7));
  }
  if (b.length === 9 && b.startsWith('6')) {
    const inner = b.slice(1, 8);
    const c = weighted(inner, [8, 7, 6, 5, 4, 3, 2]) % 11;
    return verdict((((8 - ((10 - c) % 11)) % 10) + 10) % 10 === d(b, 8));
  }
  // Birth numbers: 9 digits before 1954 had no check digit; 10 digits are divisible by 11.
  if (b.length === 9) return { check: 'ok' };
  if (b.length === 10) {
    const r = modString(b.slice(0, 9), 11);
    return verdict((r === 10 ? 0 : r) === d(b, 9));
  }
  return { check: 'format' };
};

const dk: CountryRule = (b) =>
  /^[1-9]\d{7}$/.test(b) ? verdict(weighted(b, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0) : { check: 'format' };

const ee: CountryRule = (b) =>
  /^10\d{7}$/.test(b) ? verdict(weighted(b, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0) : { check: 'format' };

const el: CountryRule = (b) => {
  const n = b.length === 8 ? `0${b}` : b;
  if (!/^\d{9}$/.test(n)) return { check: 'format' };
  return { ...verdict((weighted(n, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === d(n, 8)), body: n };
};

const fi: CountryRule = (b) =>
  /^\d{8}$/.test(b) ? verdict(weighted(b, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0) : { check: 'format' };

const hu: CountryRule = (b) =>
  /^\d{8}$/.test(b) ? verdict(weighted(b, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0) : { check: 'format' };

const IE_ALPHABET = 'WABCDEFGHIJKLMNOPQRSTUV';
const ie: CountryRule = (b) => {
  const calc = (seven: string, ninth: string): string =>
    IE_ALPHABET[(weighted(seven, [8, 7, 6, 5, 4, 3, 2]) + 9 * Math.max(0, IE_ALPHABET.indexOf(ninth))) % 23] ?? '';
  if (/^\d{7}[A-W]([A-IW])?$/.test(b)) return verdict(b[7] === calc(b.slice(0, 7), b[8] ?? 'W'));
  // Old style: digit, letter or + or *, five digits, check letter.
  if (/^\d[A-Z+*]\d{5}[A-W]$/.test(b)) return verdict(b[7] === calc(`0${b.slice(2, 7)}${b[0]}`, 'W'));
  return { check: 'format' };
};

const lt: CountryRule = (b) => {
  if (!(/^\d{9}$/.test(b) && b[7] === '1') && !(/^\d{12}$/.test(b) && b[10] === '1')) return { check: 'format' };
  let s = 0;
  for (let i = 0; i < b.length - 1; i++) s += (1 + (i % 9)) * d(b, i);
  let c = s % 11;
  if (c === 10) {
    s = 0;
    for (let i = 0; i < b.length - 1; i++) s += (1 + ((i + 2) % 9)) * d(b, i);
    c = s % 11;
  }
  return verdict(c % 10 === d(b, b.length - 1));
};

const lu: CountryRule = (b) =>
  /^\d{8}$/.test(b) ? verdict(Number(b.slice(0, 6)) % 89 === Number(b.slice(6))) : { check: 'format' };

const lv: CountryRule = (b) => {
  if (!/^\d{11}$/.test(b)) return { check: 'format' };
  if (b[0]! > '3') return verdict(weighted(b, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 === 3);
  // Individuals: personal code starting with the birth date ddmmyy.
  const c = ((1 + weighted(b, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10;
  return verdict(c === d(b, 10));
};

const mt: CountryRule = (b) =>
  /^[1-9]\d{7}$/.test(b) ? verdict(weighted(b, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0) : { check: 'format' };

const pl: CountryRule = (b) =>
  /^\d{10}$/.test(b) ? verdict(weighted(b, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === d(b, 9)) : { check: 'format' };

const pt: CountryRule = (b) => {
  if (!/^[1-9]\d{8}$/.test(b)) return { check: 'format' };
  const c = 11 - (weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return verdict((c > 9 ? 0 : c) === d(b, 8));
};

const ro: CountryRule = (b) => {
  if (/^[1-9]\d{12}$/.test(b)) {
    // Individuals: CNP.
    const c = weighted(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return verdict((c === 10 ? 1 : c) === d(b, 12));
  }
  if (!/^[1-9]\d{1,9}$/.test(b)) return { check: 'format' };
  const n = b.padStart(10, '0');
  const c = ((weighted(n, [7, 5, 3, 2, 1, 7, 5, 3, 2]) * 10) % 11) % 10;
  return verdict(c === d(n, 9));
};

const se: CountryRule = (b) => (/^\d{10}01$/.test(b) ? verdict(luhnValid(b.slice(0, 10))) : { check: 'format' });

const si: CountryRule = (b) => {
  if (!/^[1-9]\d{7}$/.test(b)) return { check: 'format' };
  const c = 11 - (weighted(b, [8, 7, 6, 5, 4, 3, 2]) % 11);
  return verdict((c === 10 ? 0 : c) === d(b, 7));
};

const sk: CountryRule = (b) => {
  if (!/^[1-9]\d[2-47-9]\d{7}$/.test(b)) return { check: 'format' };
  return verdict(modString(b, 11) === 0);
};

const gb: CountryRule = (b) => {
  if (/^(GD[0-4]\d{2}|HA[5-9]\d{2})$/.test(b)) return { check: 'ok' };
  if (!/^\d{9}(\d{3})?$/.test(b)) return { check: 'format' };
  const c = weighted(b, [8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
  // Numbers issued from 2010 ("9755" scheme) give 42 or 55 instead of 0.
  return verdict(Number(b.slice(0, 3)) >= 100 ? c === 0 || c === 42 || c === 55 : c === 0);
};

const ch: CountryRule = (b) => {
  const m = /^E(\d{9})(MWST|TVA|IVA|TPV)?$/.exec(b);
  if (!m) return { check: 'format' };
  const n = m[1] ?? '';
  const c = 11 - (weighted(n, [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
  if (c === 10) return { check: 'checksum' };
  return { ...verdict((c === 11 ? 0 : c) === d(n, 8)), body: `E${n}` };
};

const no: CountryRule = (b) => {
  const m = /^(\d{9})(MVA)?$/.exec(b);
  if (!m) return { check: 'format' };
  const n = m[1] ?? '';
  const c = 11 - (weighted(n, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (c === 10) return { check: 'checksum' };
  return { ...verdict((c === 11 ? 0 : c) === d(n, 8)), body: `${n}MVA` };
};

const RULES: Record<string, CountryRule> = {
  AT: at,
  BE: be,
  BG: bg,
  CY: cy,
  CZ: cz,
  DE: de,
  DK: dk,
  EE: ee,
  EL: el,
  ES: es,
  FI: fi,
  FR: fr,
  HR: hr,
  HU: hu,
  IE: ie,
  IT: it,
  LT: lt,
  LU: lu,
  LV: lv,
  MT: mt,
  NL: nl,
  PL: pl,
  PT: pt,
  RO: ro,
  SE: se,
  SI: si,
  SK: sk,
  XI: gb,
  GB: gb,
  CH: ch,
  NO: no,
};

/** Uppercase, separators removed. Exported so that matching indexes numbers the same way. */
export function normalizeVatInput(input: string): string {
  return input.replace(/[\s.\-_/:()\u00a0\u202f]/g, '').toUpperCase();
}

export function validateVat(input: string, options: VatOptions = {}): VatResult {
  let s = normalizeVatInput(input);
  if (s.length === 0) return { ok: false, reason: 'format' };
  if (!/^[A-Z]{2}/.test(s)) {
    if (!options.defaultCountry) return { ok: false, reason: 'country' };
    s = options.defaultCountry.toUpperCase() + s;
  }
  // ISO says GR, the VAT system says EL: accept both, store EL.
  let country = s.slice(0, 2);
  if (country === 'GR') country = 'EL';
  const rule = RULES[country];
  if (!rule) return { ok: false, reason: 'country' };
  if (options.euOnly && (NON_EU_COUNTRIES as readonly string[]).includes(country))
    return { ok: false, reason: 'country' };
  const body = s.slice(2);
  const r = rule(body);
  if (r.check !== 'ok') return { ok: false, reason: r.check };
  const normalized = country + (r.body ?? body);
  if (country === 'FR' && options.siren !== undefined) {
    const expected = options.siren.replace(/[\s.\-\u00a0\u202f]/g, '');
    if (normalized.slice(4) !== expected) return { ok: false, reason: 'siren-mismatch' };
  }
  return { ok: true, normalized, country };
}

/** The SIREN inside a FR VAT number (no checks beyond the shape), or null. */
export function sirenOfFrVat(input: string): string | null {
  const s = normalizeVatInput(input);
  const m = /^FR[0-9A-HJ-NP-Z]{2}(\d{9})$/.exec(s);
  return m ? (m[1] ?? null) : null;
}
