/**
 * The side panel's data access: live queries the components subscribe to, and the actions they call.
 * Components never import `storage/` themselves (STYLE.md import rules).
 */
import * as companies from '../storage/repos/companies';
import type { PersonPrefill } from '../core/prefill';
import { validateEmail } from '../core/validation/fields';

export { queries, type SheetData } from './sheet-queries';
export { deletionBlockers, isBlocked } from '../storage/repos/companies';

export interface AddressDraft {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export const actions = {
  /** A new sheet, with its main address when one was typed (it takes every priority flag). */
  createSheet(input: companies.CompanyInput, address?: AddressDraft, person?: PersonPrefill): Promise<string> {
    const email = person?.email ? validateEmail(person.email) : null;
    return companies.createCompany(input, {
      ...(address
        ? {
            addresses: [
              {
                label: '',
                contactName: '',
                ...address,
                isMain: true,
                forInvoices: true,
                forDeliveries: true,
                forQuotes: true,
              },
            ],
          }
        : {}),
      ...(person
        ? {
            people: [
              {
                firstName: person.firstName.trim(),
                lastName: person.lastName.trim(),
                emails: email?.ok ? [email.value] : [],
                jobTitle: person.jobTitle.trim(),
                phone: person.phone.trim(),
                mobile: (person.mobile ?? '').trim(),
                isBillingContact: false,
                customFields: {},
                ...(person.linkedinUrl ? { linkedinUrl: person.linkedinUrl } : {}),
              },
            ],
          }
        : {}),
    });
  },
  createCompany: companies.createCompany,
  updateCompany: companies.updateCompany,
  trashCompany: companies.trashCompany,
  restoreCompany: companies.restoreCompany,
  purgeCompany: companies.purgeCompany,
};
