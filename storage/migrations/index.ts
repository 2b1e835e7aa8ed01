/**
 * The schema history of Fiche's one database. Each entry is a Dexie version: its stores (only the
 * indexes that are queried; the records themselves carry every field) and, from version 2 on, a named
 * upgrade step. Never edit a released version: add a new one. `storage/migrations/migrations.test.ts`
 * seeds every earlier version with data and opens the current one.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; only the tables whose indexes change need repeating in later versions. */
  stores: Record<string, string | null>;
  /** A data migration, run inside Dexie's upgrade transaction (all or nothing). */
  upgrade?: { name: string; run: (tx: Transaction) => Promise<void> };
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      companies: 'id, nameKey, *domains, linkedinUrl, vat, siren, siret, accountManagerId, deletedAt',
      addresses: 'id, companyId',
      people: 'id, companyId, *emails, linkedinUrl',
      interactions: 'id, companyId, [companyId+happensAt], &dedupKey, happensAt',
      pipelines: 'id, position',
      opportunities: 'id, companyId, pipelineId, status',
      projects: 'id, companyId',
      tasks: 'id, companyId, projectId, assigneeId, dueDate',
      tickets: 'id, companyId, status',
      quotes: 'id, companyId, number',
      orders: 'id, companyId, number',
      invoices: 'id, companyId, number, orderId',
      documents: 'id, companyId, projectId',
      users: 'id, email',
      templates: 'id, kind',
      customFieldDefs: 'id, entity',
      settings: 'key',
      history: 'id, companyId, at',
      duplicateDismissals: 'pairKey',
    },
  },
  {
    // Derived indexes of the list and the search (issue 9): one list key per sheet (name order per
    // filter), one row of search terms per searchable record. Kept by `storage/list-index.ts` in the
    // transaction of every write. They are built right after this upgrade, on open, by
    // `buildListIndexesIfMissing`: the terms need the phone library, which an upgrade transaction cannot
    // wait for (it loads on demand).
    version: 2,
    stores: {
      listKeys: 'id, *lists',
      searchTerms: '[companyId+source], source, *terms',
    },
  },
  {
    // Phone keys read in the sheet's country (issue 11): a number without a country code is keyed in
    // the country of its sheet's main address (was always France), and its national digits are a key for
    // every country (were for France only). Same indexes; the derived rows are dropped here and rebuilt
    // from the records right after, on open, in one transaction, by `buildListIndexesIfMissing` (the
    // phone library loads on demand, which an upgrade transaction cannot wait for).
    version: 3,
    stores: {},
    upgrade: {
      name: 'rekeyPhonesBySheetCountry',
      run: async (tx) => {
        await tx.table('searchTerms').clear();
        await tx.table('listKeys').clear();
      },
    },
  },
  {
    // The terms rows' `source` index dropped (issue 9): nothing queries it (a row is found by its terms or
    // its [companyId+source] key), and each row written, 30,000 in a 10,000-row import, paid an entry in it.
    version: 4,
    stores: {
      searchTerms: '[companyId+source], *terms',
    },
  },
  {
    // The search rows regrouped (issue 9): the rows of a sheet's own record and its addresses in one entry
    // keyed by the sheet's id, a contact's, a quote's, an order's or an invoice's alone under its source
    // (`SearchEntry`, core/search.ts). A 10,000-row CSV import wrote 30,000 rows keyed by two uuids; it now
    // writes 20,000 entries keyed by one. A primary key cannot change in place: the old table is dropped
    // and the new one built from the records right after, on open, with the list keys (cleared here so that
    // `buildListIndexesIfMissing` sees them missing; the phone library cannot load inside an upgrade).
    version: 5,
    stores: {
      searchTerms: null,
      searchIndex: 'key, *terms',
    },
    upgrade: {
      name: 'searchEntriesPerSheet',
      run: async (tx) => {
        await tx.table('listKeys').clear();
      },
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
