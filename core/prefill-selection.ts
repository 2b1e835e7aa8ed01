/**
 * "Add to Fiche" on a selection or an email link (SPEC §4): kept apart from `prefill.ts` because
 * only the background needs the email extraction it brings (the side panel's first paint stays small).
 */
import { findEmails, isContactAddress, mailtoAddress } from './detect/emails';
import { isFreemailDomain } from './detect/freemail';
import { companyPrefill, personPrefill, type SheetPrefill } from './prefill';
import { registrableDomain } from './text/domain';

/**
 * The selection or link (SPEC §4 "any page: selection or email link → context menu"): the email (plain, obfuscated, or the link's `mailto:`) and a name next to it become
 * a contact; a business domain gives the company. Null when there is nothing to add.
 */
export function prefillFromSelection(input: { selectionText?: string; linkUrl?: string }): SheetPrefill | null {
  const selection = (input.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  let email = '';
  if (input.linkUrl?.toLowerCase().startsWith('mailto:')) email = mailtoAddress(input.linkUrl);
  if (!email) email = findEmails(selection)[0] ?? '';
  email = email.toLowerCase();
  if (email && !isContactAddress(email)) email = '';
  // The name is what the selection says besides the address: "Léa Dupont <lea@dupont.fr>", "Léa Dupont – lea@…".
  const name = selection
    .replace(/<[^>]*>|\([^)]*@[^)]*\)/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(?:mailto|e-?mail|courriel|mail)\s*:?/gi, ' ')
    .replace(/[|,;:–—<>()"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const plausibleName = name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) && name.split(' ').length <= 5;
  if (!email && !plausibleName) return null;
  const person = personPrefill({ ...(plausibleName ? { name } : {}), ...(email ? { email } : {}) });
  const domain = email ? registrableDomain(email) : null;
  if (domain && !isFreemailDomain(domain))
    return { company: companyPrefill({ name: domain, domain }), person, source: 'person' };
  const display = `${person.firstName} ${person.lastName}`.trim() || email;
  return { company: { name: display, kind: 'individual' }, person, source: 'person' };
}
