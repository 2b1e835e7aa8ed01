/**
 * The people readers of ordinary web pages, as one object. The company-site detector uses them
 * through `usePageReaders` so that, in the extension, they ship as their own on-demand bundle
 * (entrypoints/ondemand-readers.ts) beside the on-demand script (entrypoints/ondemand.ts): each
 * stays under the 15 KB content-script budget (SPEC §8). Tests, the CLI and the bench get them from the registry.
 */
import {
  bylinePeople,
  contactBlocks,
  dlPeople,
  orgName,
  personName,
  professionWord,
  prosePeople,
  roleLines,
  splitTitleCompany,
  strongTitle,
  talkPeople,
  titledLines,
  listPeople,
} from './page-people';
import { readEntriesSteps, readTables } from './page-structures';
import { contactPeople, memberPeople } from './page-contacts';
import { microdataPeople } from './page-ld';
import { readOrgsSteps } from './page-orgs';

export const pageReaders = {
  bylinePeople,
  contactBlocks,
  contactPeople,
  memberPeople,
  personName,
  prosePeople,
  // the name and title rules page-prose.ts reads sentences with (in the on-demand script's bundle)
  strongTitle,
  professionWord,
  splitTitleCompany,
  orgName,
  roleLines,
  talkPeople,
  dlPeople,
  titledLines,
  listPeople,
  microdataPeople,
  readEntriesSteps,
  readOrgsSteps,
  readTables,
};
export type PageReaders = typeof pageReaders;
