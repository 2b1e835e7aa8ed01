/**
 * The detectors, one per site family, picked by URL. Company-site is the fallback for any other
 * http(s) page; a detector that does not own a URL is never asked about it.
 */
import type { Detection, Detector } from './types';
import { gmailDetector } from './gmail';
import { outlookDetector } from './outlook';
import { linkedinDetector } from './linkedin';
import { companySiteDetector, usePageReaders } from './company-site';
import { pageReaders } from './page-readers';
import { interpretDetection } from './interpret';

// In pages, the CLI and tests the people readers are in the same bundle (the extension ships them apart).
usePageReaders(pageReaders);

export const detectors: readonly Detector[] = [gmailDetector, outlookDetector, linkedinDetector, companySiteDetector];

export function detectorFor(url: URL): Detector {
  return detectors.find((d) => d.matches(url)) ?? companySiteDetector;
}

/** Detection of a document at a URL. Never throws: a failing detector yields an empty 'other'. */
export function detect(doc: Document, url: string | URL): Detection {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { url: String(url).slice(0, 2000), kind: 'other', emails: [], people: [], companies: [] };
  }
  try {
    return interpretDetection(detectorFor(u).detect(doc, u));
  } catch {
    return { url: u.href.slice(0, 2000), kind: 'other', emails: [], people: [], companies: [] };
  }
}

export type { Detection, Detector } from './types';
