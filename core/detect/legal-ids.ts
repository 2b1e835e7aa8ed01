/**
 * Company identifiers found in legal mentions, footers and signatures: SIREN/SIRET (Luhn), FR VAT
 * (key = (12 + 3 × (SIREN mod 97)) mod 97), other EU VAT numbers (format; DE and GB checksums),
 * UK company numbers, German Handelsregister (HRB/HRA) and USt-IdNr. Invalid check digits are
 * dropped: a wrong number in a client sheet is worse than none.
 */

// Luhn and the SIREN/SIRET rules (La Poste included) are the validation module's: one copy.
import { isValidSiren, isValidSiret } from '../validation/siren';
import { frVatKey } from '../validation/vat';
export { isValidSiren, isValidSiret };

function deVatOk(d: string): boolean {
  // ISO 7064 MOD 11,10
  let p = 10;
  for (let i = 0; i < 8; i++) {
    let s = (Number(d[i]) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  let check = 11 - p;
  if (check === 10) check = 0;
  return check === Number(d[8]);
}

function gbVatOk(d: string): boolean {
  if (d.length === 12) d = d.slice(0, 9); // branch traders
  if (d.length !== 9) return false;
  const w = [8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * w[i]!;
  const check = Number(d.slice(7));
  const a = (sum + check) % 97,
    b = (sum + 55 + check) % 97;
  return a === 0 || b === 0;
}

// "<country> <body>" of each VAT format (EU, GB/XI, CH), one pattern.
const VAT_FORMAT =
  /^(?:AT U\d{8}|BE [01]\d{9}|BG \d{9,10}|CY \d{8}[A-Z]|CZ \d{8,10}|(?:DE|EE|EL|PT) \d{9}|(?:DK|FI|HU|LU|MT|SI) \d{8}|ES [A-Z0-9]\d{7}[A-Z0-9]|FR [0-9A-Z]{2}\d{9}|(?:HR|IT|LV) \d{11}|IE (?:\d{7}[A-Z]{1,2}|\d[A-Z]\d{5}[A-Z])|LT (?:\d{9}|\d{12})|NL \d{9}B\d{2}|(?:PL|SK) \d{10}|RO \d{2,10}|SE \d{12}|(?:GB|XI) (?:\d{9}|\d{12})|GB (?:GD|HA)\d{3}|CHE \d{9}(?:MWST|TVA|IVA)?)$/;

/** Normalised VAT number ('FR31532148764') when the format (and checksum where known) holds, else ''. */
export function normalizeVat(raw: string): string {
  const s = raw.toUpperCase().replace(/[\s.\u00a0-]/g, '');
  const m = /^(CHE|[A-Z]{2})([0-9A-Z]+)$/.exec(s);
  if (!m) return '';
  const cc = m[1]!,
    body = m[2]!;
  if (!VAT_FORMAT.test(`${cc} ${body}`)) return '';
  if (cc === 'FR') {
    const siren = body.slice(2);
    if (/^\d{2}$/.test(body.slice(0, 2)) && frVatKey(siren) !== body.slice(0, 2)) return '';
  }
  if (cc === 'DE' && !deVatOk(body)) return '';
  if (cc === 'GB' && /^\d+$/.test(body) && !gbVatOk(body)) return '';
  return cc + body;
}

export interface LegalIds {
  siren?: string;
  siret?: string;
  vat?: string;
}

export interface RegisterIds {
  ukCompanyNumber?: string;
  /** e.g. 'HRB 745123' */
  registerNumber?: string;
  registerCourt?: string;
}

// (a bracketed word between the label and the number: "SIRET (siège) : 622 081 305 00014", or the establishment
// named: "SIRET du siège : …", "SIRET de l'établissement : …")
const SIRET_RE =
  /\bSIRET\b(?:\s*\([^()\d]{1,20}\)|\s+(?:du|de\s+la|de\s+l['’])\s?(?:si[èe]ge|[ée]tablissement|agence|soci[ée]t[ée])(?:\s+social)?)?[\s:°n.]{0,8}((?:\d[\s.\u00a0]?){13}\d)/i;
const SIREN_RE =
  /\b(?:SIREN|RCS(?:\s+(?:de|d['’]))?(?:\s+[A-ZÀ-Ü][\p{L}-]+){0,3}(?:\s+[AB])?)\b(?:\s+sous\s+le)?(?:\s+num[ée]ro)?[\s:°n.]{0,8}(\d{3}[\s.\u00a0]?\d{3}[\s.\u00a0]?\d{3})(?![\s.\u00a0]?\d)/iu;
const VAT_LABEL =
  /\b(?:TVA|VAT|USt\.?[\s-]?Id(?:ent)?\.?[\s-]?(?:Nr\.?)?|UID|IVA|BTW|NIF|MWST|tax\s+id|Umsatzsteuer(?:-?Identifikationsnummer)?)\b/gi;
const VAT_NUM = /(?:CHE|[A-Z]{2})[\s.\u00a0-]?[0-9A-Z](?:[\s.\u00a0-]?[0-9A-Z]){6,13}/g;
const VAT_BARE_RE = /\b(?:FR|DE|GB|BE|NL|IT|ES|LU|AT|IE|PT|CHE)[\s.\u00a0]?[0-9A-Z]{2}(?:[\s.\u00a0]?\d){7,10}\b/g;

// a Swiss number with its VAT suffix ("CHE-123.456.789 MWST"): the VAT number, where the bare one is the firm's UID
const CHE_VAT_RE = /\bCHE[\s.\u00a0-]?\d{3}[\s.\u00a0]?\d{3}[\s.\u00a0]?\d{3}[\s\u00a0]?(?:MWST|TVA|IVA)\b/;

function findVat(t: string): string {
  const che = CHE_VAT_RE.exec(t);
  if (che && normalizeVat(che[0])) return normalizeVat(che[0]);
  VAT_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = VAT_LABEL.exec(t)) && n++ < 50) {
    const win = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
    VAT_NUM.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = VAT_NUM.exec(win))) {
      const ok = normalizeVat(v[0].trim());
      if (ok) return ok;
    }
  }
  VAT_BARE_RE.lastIndex = 0;
  while ((m = VAT_BARE_RE.exec(t)) && n++ < 100) {
    const ok = normalizeVat(m[0]);
    if (ok) return ok;
  }
  return '';
}
const UK_CO_RE =
  /\b(?:company|registered|reg\.?|registration)\s+(?:no\.?|number|nr\.?|num\.?)\s*[:.]?\s*((?:\d{8})|(?:[A-Z]{2}\d{6}))\b/i;
const HR_RE =
  /\b(?:(Amtsgericht|Registergericht)\s+([A-ZÄÖÜ][\p{L}-]+(?:\s+(?:am|an der|im)\s+[\p{L}-]+)?)[\s,:]{1,4})?(?:Handelsregister[\s:]+)?(HR[AB])[\s.:\u00a0]{0,3}(\d{1,6}(?:\s?[A-Z]{1,2})?)\b/u;

/** Identifiers in one legal text (footer, mentions légales, Impressum, signature). */
export function findLegalIds(text: string): LegalIds {
  const t = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const out: LegalIds = {};
  const siret = SIRET_RE.exec(t)?.[1]?.replace(/\D/g, '');
  if (siret && isValidSiret(siret)) out.siret = siret;
  const siren = SIREN_RE.exec(t)?.[1]?.replace(/\D/g, '');
  if (siren && isValidSiren(siren)) out.siren = siren;
  const vat = findVat(t);
  if (vat) out.vat = vat;
  // (a SIREN that neither the SIRET nor the VAT number agrees with is another firm's: "agence X (SIREN …)")
  if (out.siret && (!out.siren || (out.siren !== out.siret.slice(0, 9) && vat.slice(4) === out.siret.slice(0, 9))))
    out.siren = out.siret.slice(0, 9);
  if (!out.siren && out.vat?.startsWith('FR')) out.siren = out.vat.slice(4);
  return out;
}

/** UK company number and German Handelsregister entry (kept apart: the detection has no field for them yet). */
export function findRegisterIds(text: string): RegisterIds {
  const out: RegisterIds = {};
  const uk = UK_CO_RE.exec(text)?.[1];
  if (uk) out.ukCompanyNumber = uk;
  const hr = HR_RE.exec(text);
  if (hr) {
    out.registerNumber = `${hr[3]} ${hr[4]}`;
    if (hr[2]) out.registerCourt = hr[2];
  }
  return out;
}
