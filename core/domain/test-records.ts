/**
 * Whole domain records for tests: every required field at its empty value, the id (and company) given, the rest
 * patched. One place, so that a new required field is added once for every test that builds records by hand.
 * Timestamps default to 1; a test that needs others passes them in the patch.
 */
import { emptyAddressFields, emptyCompanyFields } from './empty';
import type { Address, Company, Person } from './records';

export const companyRecord = (id: string, patch: Partial<Company> = {}): Company => ({
  id,
  ...emptyCompanyFields(),
  name: id,
  nameKey: id.toLowerCase(),
  createdAt: 1,
  updatedAt: 1,
  ...patch,
});

/** A contact's editable fields, as the forms and the repositories take them. */
export const personFields = (patch: Partial<Omit<Person, 'id' | 'companyId'>> = {}) => ({
  firstName: '',
  lastName: '',
  emails: [] as string[],
  jobTitle: '',
  phone: '',
  mobile: '',
  isBillingContact: false,
  customFields: {},
  ...patch,
});

export const personRecord = (id: string, companyId: string, patch: Partial<Person> = {}): Person => ({
  id,
  companyId,
  ...personFields(),
  createdAt: 1,
  updatedAt: 1,
  ...patch,
});

export const addressRecord = (id: string, companyId: string, patch: Partial<Address> = {}): Address => ({
  id,
  companyId,
  ...emptyAddressFields(),
  createdAt: 1,
  updatedAt: 1,
  ...patch,
});
