/**
 * The people readers of ordinary web pages, as one object. The company-site detector uses them
 * through `usePageReaders` so that, in the extension, they ship as their own on-demand bundle
 * (entrypoints/ondemand-readers.ts) beside the on-demand script (entrypoints/ondemand.ts): each
 * stays under the 15 KB content-script budget (SPEC §8). Tests, the CLI and the bench get them from the registry.
 */
import {
  contactBlocks,
  orgName,
  personName,
  professionWord,
  roleLines,
  splitTitleCompany,
  strongTitle,
  talkPeople,
  isOrgLine,
  titledLines,
  listPeople,
} from './page-people';
import { bylinePeople, interviewSubject, prosePeople, roleNow } from './people-prose';
import { readEntriesSteps } from './page-structures';
import { readTables } from './page-tables';
import { dlPeople } from './page-dl';
import { contactPeople } from './page-contacts';
import { memberPeople, occupationFirms } from './page-members';
import { microdataPeople } from './page-ld';
import { projectClients } from './project-parties';
import { civicRole, loosePeople } from './page-captions';
import { readOrgsSteps } from './page-orgs';
import { newsArticle, notFirmSite } from './page-kind';
import { findCards, personFromCard } from './page-cards';
import {
  cardFirm,
  factBoxes,
  isForum,
  memberLink,
  pageSubject,
  platformParts,
  postFirms,
  spellsHost,
  subjectSite,
} from './page-subject';

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
  isOrgLine,
  roleLines,
  roleNow,
  // whom an interview's bolded turns answer for
  interviewSubject,
  talkPeople,
  dlPeople,
  occupationFirms,
  titledLines,
  listPeople,
  loosePeople,
  civicRole,
  microdataPeople,
  readEntriesSteps,
  readOrgsSteps,
  readTables,
  // whose page it is: a platform's about one business, a forum's thread, an article's fact box
  pageSubject,
  platformParts,
  isForum,
  memberLink,
  spellsHost,
  factBoxes,
  // a project sheet's client
  projectClients,
  postFirms,
  cardFirm,
  subjectSite,
  // people's cards by their shape, and what each card says (the company-site detector's, ondemand.js's room)
  findCards,
  personFromCard,
  // what kind of page it is: a public body's, a school's, a podcast's, a paper's (./page-kind.ts)
  notFirmSite,
  newsArticle,
};
export type PageReaders = typeof pageReaders;
