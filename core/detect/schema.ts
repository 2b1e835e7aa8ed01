/**
 * zod schema of a Detection (./types.ts), with length limits: page content is untrusted data.
 * Only the background imports this file (zod stays out of content scripts).
 */
import { z } from 'zod';
import type { Detection } from './types';

const s = (max = 2000) => z.string().max(max);
const arr = <T extends z.ZodTypeAny>(t: T) => z.array(t).max(500);

const mailAddress = z.object({ name: s().optional(), email: s() }).strict();

export const detectionSchema = z
  .object({
    url: s(),
    kind: z.enum([
      'gmail-thread',
      'gmail-inbox',
      'outlook-message',
      'outlook-list',
      'linkedin-profile',
      'linkedin-company',
      'linkedin-search',
      'linkedin-messaging',
      'company-site',
      'other',
    ]),
    emails: arr(
      z
        .object({
          address: s(),
          name: s().optional(),
          role: z.enum(['from', 'to', 'cc', 'mailto', 'text', 'signature']).optional(),
        })
        .strict(),
    ),
    people: arr(
      z
        .object({
          name: s(),
          title: s().optional(),
          company: s().optional(),
          email: s().optional(),
          phones: arr(s()).optional(),
          phoneTexts: arr(s()).optional(),
          linkedinUrl: s().optional(),
          photoUrl: s().optional(),
          headline: s().optional(),
          current: s().optional(),
          staff: z.boolean().optional(),
        })
        .strict(),
    ),
    companies: arr(
      z
        .object({
          name: s(),
          domain: s().optional(),
          website: s().optional(),
          linkedinUrl: s().optional(),
          vat: s().optional(),
          siren: s().optional(),
          siret: s().optional(),
          phones: arr(s()).optional(),
          phoneTexts: arr(s()).optional(),
          headline: s().optional(),
          current: s().optional(),
        })
        .strict(),
    ),
    message: z
      .object({
        provider: z.enum(['gmail', 'outlook']),
        threadId: s(),
        messageId: s().optional(),
        subject: s(),
        from: mailAddress,
        to: arr(mailAddress),
        cc: arr(mailAddress),
        date: s(),
        bodyText: s(100_000),
      })
      .strict()
      .optional(),
    signatures: z
      .array(
        z
          .object({
            name: s(200),
            email: s(300),
            first: s(),
            lines: z.array(s()).max(10),
            linkedinUrl: s().optional(),
            own: z.boolean().optional(),
          })
          .strict(),
      )
      .max(200)
      .optional(),
    about: s(3000).optional(),
    alt: s().optional(),
    profile: z
      .object({
        headline: s(),
        current: arr(z.object({ name: s(), link: s().optional() }).strict()),
        expTitle: s(),
        expCompany: s(),
        expLink: s(),
        jobTitle: s(),
        domain: s(),
        logos: arr(z.object({ name: s(), link: s() }).strict()),
      })
      .strict()
      .optional(),
    ownSite: z.boolean().optional(),
    article: z
      .object({ headline: s(300), byline: s(80), text: s(6000) })
      .strict()
      .optional(),
    prose: s(6000).optional(),
  })
  .strict();

// compile-time check that the schema and the plain types agree
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** @public a compile-time check, read by tsc only */
export const _schemaMatchesTypes: Same<z.infer<typeof detectionSchema>, Detection> = true;
