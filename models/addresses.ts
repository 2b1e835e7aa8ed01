import { removeAddress, restoreAddress, saveAddress, type AddressFields } from '../storage/repos/addresses';

export type { AddressFields };

export const addressActions = {
  save: (companyId: string, fields: AddressFields, id?: string) => saveAddress(companyId, fields, id),
  /** Removes and returns the undo. */
  async remove(companyId: string, id: string): Promise<() => Promise<void>> {
    const removed = await removeAddress(companyId, id);
    return async () => {
      if (removed) await restoreAddress(removed);
    };
  },
};
