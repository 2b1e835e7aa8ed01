/**
 * Values of custom fields (SPEC §2.1) checked and coerced against their definition, so that
 * what is stored always has the type the definition says. Input comes from forms (strings),
 * CSV imports (strings) or code (typed values). An empty input clears the value (null), except
 * for a checkbox, which is false.
 * Reason codes: 'number', 'date', 'choice', 'url', 'too-long', 'type' (a value of the wrong
 * JSON type, e.g. an object).
 */
import type { CustomFieldDef, CustomFieldValues } from './domain';
import { foldText } from './text/normalize';
import { validateUrl } from './validation/fields';

export type CustomFieldValue = string | number | boolean | string[] | null;
export type CustomFieldReason = 'number' | 'date' | 'choice' | 'url' | 'too-long' | 'type';
export type CustomFieldResult = { ok: true; value: CustomFieldValue } | { ok: false; reason: CustomFieldReason };

/** Same bounds as the schema (`customFieldValues` in core/domain/common.ts). */
const MAX_TEXT = 10_000;
const MAX_ITEMS = 200;

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** "1 234,56", "1234.56", "-3": French users type a decimal comma and group with spaces. */
function parseNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** 'YYYY-MM-DD', or the French 'DD/MM/YYYY' turned into it. */
function parseDay(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isRealDay(Number(m[1]), Number(m[2]), Number(m[3])) ? s : null;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m && isRealDay(Number(m[3]), Number(m[2]), Number(m[1]))) {
    return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  }
  return null;
}

/** The option as defined, matched case- and accent-insensitively ("oui" → "Oui"). */
function findOption(def: CustomFieldDef, raw: string): string | undefined {
  const exact = def.options.find((o) => o === raw);
  if (exact !== undefined) return exact;
  const key = foldText(raw);
  return def.options.find((o) => foldText(o) === key);
}

const TRUE_WORDS = new Set(['true', '1', 'on', 'yes', 'oui', 'x', 'vrai']);
const FALSE_WORDS = new Set(['false', '0', 'off', 'no', 'non', 'faux']);

export function validateCustomField(def: CustomFieldDef, raw: unknown): CustomFieldResult {
  if (def.type === 'checkbox') {
    if (isEmpty(raw)) return { ok: true, value: false };
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    if (typeof raw === 'number' && (raw === 0 || raw === 1)) return { ok: true, value: raw === 1 };
    if (typeof raw === 'string') {
      const w = foldText(raw);
      if (TRUE_WORDS.has(w)) return { ok: true, value: true };
      if (FALSE_WORDS.has(w)) return { ok: true, value: false };
    }
    return { ok: false, reason: 'type' };
  }
  if (isEmpty(raw)) return { ok: true, value: null };
  switch (def.type) {
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: 'type' };
      const s = String(raw);
      return s.length > MAX_TEXT ? { ok: false, reason: 'too-long' } : { ok: true, value: s };
    }
    case 'number': {
      const n = parseNumber(raw);
      return n === null ? { ok: false, reason: 'number' } : { ok: true, value: n };
    }
    case 'date': {
      const day = parseDay(raw);
      return day === null ? { ok: false, reason: 'date' } : { ok: true, value: day };
    }
    case 'single': {
      if (typeof raw !== 'string') return { ok: false, reason: 'type' };
      const o = findOption(def, raw.trim());
      return o === undefined ? { ok: false, reason: 'choice' } : { ok: true, value: o };
    }
    case 'multiple': {
      // CSV cells hold several choices separated by ";" or ",".
      const items = typeof raw === 'string' ? raw.split(/[;,]/) : Array.isArray(raw) ? raw : null;
      if (items === null || items.length > MAX_ITEMS) return { ok: false, reason: 'type' };
      const chosen = new Set<string>();
      for (const item of items) {
        if (typeof item !== 'string') return { ok: false, reason: 'type' };
        if (item.trim() === '') continue;
        const o = findOption(def, item.trim());
        if (o === undefined) return { ok: false, reason: 'choice' };
        chosen.add(o);
      }
      // Stored in the order of the definition, so equal sets compare equal.
      const value = def.options.filter((o) => chosen.has(o));
      return { ok: true, value: value.length ? value : null };
    }
    case 'url': {
      if (typeof raw !== 'string') return { ok: false, reason: 'type' };
      const r = validateUrl(raw);
      return r.ok ? { ok: true, value: r.value } : { ok: false, reason: 'url' };
    }
  }
}

/**
 * The values a form gives its custom fields, checked against their definitions: empty inputs (blank,
 * no choice) are left out; errors by definition id.
 */
export function customFieldsFromForm(
  defs: readonly CustomFieldDef[],
  inputs: Readonly<Record<string, unknown>>,
): { values: CustomFieldValues; errors: Record<string, CustomFieldReason> } {
  const values: CustomFieldValues = {};
  const errors: Record<string, CustomFieldReason> = {};
  for (const def of defs) {
    const raw = inputs[def.id];
    if (raw === undefined || raw === '' || raw === null || (Array.isArray(raw) && raw.length === 0)) continue;
    const r = validateCustomField(def, raw);
    if (r.ok) values[def.id] = r.value;
    else errors[def.id] = r.reason;
  }
  return { values, errors };
}

/**
 * Checks every value of a record against the definitions of its entity. Values of unknown
 * definitions (deleted fields) are kept as they are: deleting a field must not lose data silently.
 */
export function validateCustomFields(
  defs: readonly CustomFieldDef[],
  values: Readonly<Record<string, unknown>>,
): { values: CustomFieldValues; errors: Record<string, CustomFieldReason> } {
  const out: CustomFieldValues = {};
  const errors: Record<string, CustomFieldReason> = {};
  const byId = new Map(defs.map((d) => [d.id, d]));
  for (const [id, raw] of Object.entries(values)) {
    const def = byId.get(id);
    if (!def) {
      out[id] = raw as CustomFieldValue;
      continue;
    }
    const r = validateCustomField(def, raw);
    if (r.ok) {
      if (r.value !== null) out[id] = r.value;
    } else errors[id] = r.reason;
  }
  return { values: out, errors };
}
