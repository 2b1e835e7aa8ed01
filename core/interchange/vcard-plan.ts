/**
 * A vCard file as an import plan: each card becomes a contact, either all of them in a sheet the
 * user chose, or grouped into sheets by ORG (a card without ORG gets a sheet named after the
 * person). Dedup by email (and SIREN/domain/name through `planImport`) against existing sheets.
 */
import { validateEmail } from '../validation/fields';
import { planImport, type DedupIndex, type ImportPlan, type ParsedRow } from './plan';
import type { VcardContact } from './vcard';
import { normalizeLinkedinUrl } from '../text/linkedin';

export type VcardTarget = { kind: 'sheet'; companyId: string; companyName: string } | { kind: 'by-org' };

/** Photos above this size (in base64 characters) are dropped: a contact photo is a thumbnail. */
export const MAX_PHOTO_URI = 200_000;

export function vcardRows(contacts: readonly VcardContact[]): ParsedRow[] {
  return contacts.map((c, i) => {
    const row = i + 1;
    const errors: ParsedRow['errors'] = [];
    const emails: string[] = [];
    for (const e of c.emails) {
      const r = validateEmail(e);
      if (r.ok) emails.push(r.value);
      else errors.push({ row, field: 'email', reason: 'email', value: e });
    }
    const personName = `${c.firstName} ${c.lastName}`.trim();
    const name = (c.org || personName || emails[0] || '').slice(0, 300);
    if (!name) errors.push({ row, field: 'name', reason: 'required', value: '' });
    const linkedinUrl = c.linkedinUrl ? normalizeLinkedinUrl(c.linkedinUrl) : null;
    return {
      row,
      company: { name, categories: [], comment: '' },
      person: {
        firstName: c.firstName.slice(0, 500),
        lastName: c.lastName.slice(0, 500),
        emails: [...new Set(emails)],
        jobTitle: c.title.slice(0, 500),
        phone: c.phone.slice(0, 500),
        mobile: c.mobile.slice(0, 500),
        isBillingContact: false,
        ...(linkedinUrl ? { linkedinUrl } : {}),
        ...(c.photoDataUri && c.photoDataUri.length <= MAX_PHOTO_URI ? { photoDataUri: c.photoDataUri } : {}),
      },
      errors,
    };
  });
}

export function planVcardImport(
  rows: readonly ParsedRow[],
  index: DedupIndex,
  target: VcardTarget,
  excludedRows?: ReadonlySet<number>,
): ImportPlan {
  const plan = planImport(rows, index, { skipInvalid: true, ...(excludedRows ? { excludedRows } : {}) });
  if (target.kind === 'by-org') return plan;
  const people = plan.groups.flatMap((g) => g.people);
  const one = {
    key: `sheet:${target.companyId}`,
    rows: plan.groups.flatMap((g) => g.rows).sort((a, b) => a - b),
    company: { name: target.companyName, categories: [], comment: '' },
    people: [] as typeof people,
    match: { companyId: target.companyId, companyName: target.companyName, by: 'chosen' as const },
  };
  for (const p of people)
    if (!one.people.some((q) => p.emails.length > 0 && q.emails.some((e) => p.emails.includes(e)))) one.people.push(p);
  return { groups: one.rows.length ? [one] : [], skippedRows: plan.skippedRows, contactCount: one.people.length };
}
