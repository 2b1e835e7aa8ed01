/** The editable fields of a new record, each at its empty value: a new sheet, a new address. */
import type { Address, Company } from './records';

export type CompanyFields = Omit<Company, 'id' | 'nameKey' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'mergedIntoId'>;
export type AddressFields = Omit<Address, 'id' | 'companyId' | 'createdAt' | 'updatedAt'>;

export const emptyCompanyFields = (): CompanyFields => ({
  name: '',
  kind: 'company',
  isProspect: true,
  isClient: false,
  isSupplier: false,
  domains: [],
  categories: [],
  customFields: {},
  comment: '',
});

export const emptyAddressFields = (): AddressFields => ({
  label: '',
  contactName: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  isMain: false,
  forInvoices: false,
  forDeliveries: false,
  forQuotes: false,
});
