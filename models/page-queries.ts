/**
 * What "On this page" reads of the database: the sheets a detection matches and whether the open email is
 * logged. Apart from models/page.ts, which the side panel's first paint loads (it follows the active tab):
 * matching and its helpers load with the page panel, not before the list paints (SPEC §8).
 */
import type { DetectedMessage, Detection } from '../core/detect/types';
import { db } from '../storage/db';
import { loggedOn } from '../storage/repos/interactions-read';
import { findMatches } from '../storage/repos/matching';

export const pageQueries = {
  matches: (detection: Detection) => findMatches(detection, db),
  loggedOn: (message: DetectedMessage, companyIds: string[]) => loggedOn(message, companyIds, db),
};
