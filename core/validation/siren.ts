/**
 * SIREN (9 digits, a French company) and SIRET (14 digits, one of its establishments).
 * Contract: inputs are what a user types or a page shows ("732 829 320", "356.000.000-00048");
 * outputs are bare digits. Errors are reason codes, never sentences (the UI translates them).
 */

export type IdReason = 'format' | 'checksum';
export type IdResult = { ok: true; normalized: string } | { ok: false; reason: IdReason };

/** La Poste's establishments share one SIREN and are too many for Luhn: INSEE uses a digit sum instead. */
const LA_POSTE_SIREN = '356000000';
/** ...except the head office, registered before the exception, which passes Luhn. */
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Spaces (incl. no-break), dots and dashes are the separators people actually type. */
export function stripIdSeparators(input: string): string {
  return input.replace(/[\s.\-\u00a0\u202f]/g, '');
}

/** Luhn check over a digit string (rightmost digit not doubled). Shared with VAT checks (IT, SE, ES). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function validateSiren(input: string): IdResult {
  const s = stripIdSeparators(input);
  if (!/^\d{9}$/.test(s)) return { ok: false, reason: 'format' };
  if (!luhnValid(s)) return { ok: false, reason: 'checksum' };
  return { ok: true, normalized: s };
}

export function validateSiret(input: string): IdResult {
  const s = stripIdSeparators(input);
  if (!/^\d{14}$/.test(s)) return { ok: false, reason: 'format' };
  if (s.startsWith(LA_POSTE_SIREN) && s !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i) - 48;
    if (sum % 5 !== 0) return { ok: false, reason: 'checksum' };
  } else if (!luhnValid(s)) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, normalized: s };
}

export function isValidSiren(input: string): boolean {
  return validateSiren(input).ok;
}

export function isValidSiret(input: string): boolean {
  return validateSiret(input).ok;
}

/** The SIREN a SIRET belongs to, or null when the input is not 14 digits (checksum not required). */
export function sirenOfSiret(siret: string): string | null {
  const s = stripIdSeparators(siret);
  return /^\d{14}$/.test(s) ? s.slice(0, 9) : null;
}

/** True when the SIRET is an establishment of that SIREN (both compared after normalisation). */
export function siretMatchesSiren(siret: string, siren: string): boolean {
  const of = sirenOfSiret(siret);
  return of !== null && of === stripIdSeparators(siren);
}
