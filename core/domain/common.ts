/**
 * Shared building blocks of the domain schemas.
 * Conventions (STYLE.md §10): ids are strings; instants are epoch milliseconds (`*At` fields);
 * calendar days with no time of day (invoice date, due date) are `YYYY-MM-DD` strings, so that a
 * due date never moves with the time zone; money is integer cents plus an ISO 4217 currency.
 */
import { z } from 'zod';
import { safeWebUrl } from '../links';

// Extension pages forbid eval (MV3's CSP): zod must not try its code-generating fast path, which would
// only fail and report a CSP violation on every schema.
z.config({ jitless: true });

export const id = z.string().min(1).max(64);
export const epochMs = z.number().int().nonnegative();
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const shortText = z.string().max(500);
export const longText = z.string().max(200_000);
export const currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code');
export const cents = z.number().int();
/** A SIREN (9 digits) and a SIRET (14 digits), digits only. */
export const siren = z.string().regex(/^\d{9}$/);
export const siret = z.string().regex(/^\d{14}$/);

/**
 * A stored URL becomes a link: only absolute http(s) URLs are stored, so that a restored file or an
 * import cannot bring a `javascript:` or `data:` URL in (the UI also checks, through core/links).
 */
export const webUrl = (max = 500) =>
  z
    .string()
    .max(max)
    .refine((s) => safeWebUrl(s) !== null, 'expected an http(s) URL');

/**
 * An email address as stored: one `@`, no whitespace or control characters (a CR or LF would add
 * lines to an iCalendar or vCard file), none of the characters that separate addresses in headers.
 */
export const emailAddress = z
  .string()
  .max(320)
  .regex(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    /^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+$/,
    'expected an email address',
  );

/** Values of custom fields, keyed by field definition id. */
export const customFieldValues = z.record(
  z.string().max(64),
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.array(z.string().max(500)).max(200), z.null()]),
);
export type CustomFieldValues = z.infer<typeof customFieldValues>;

export const timestamps = {
  createdAt: epochMs,
  updatedAt: epochMs,
};

export function newId(): string {
  return crypto.randomUUID();
}
