/**
 * What the background (and the CLI) makes of the raw candidates a content script sends: the legal ids
 * of a mail signature are read here, with their checksums, so the webmail content scripts do not carry
 * the legal-id patterns and validators (about 1.3 KB gzip each).
 */
import type { DetectedCompany, Detection } from './types';
import { findLegalIds } from './legal-ids';

function withIds(c: DetectedCompany): DetectedCompany {
  const { legal, ...rest } = c;
  const ids = findLegalIds(legal ?? '');
  for (const k of ['vat', 'siren', 'siret'] as const) if (!rest[k] && ids[k]) rest[k] = ids[k];
  return rest;
}

/** The detection with each company's `legal` text turned into its ids (and removed). */
export function interpretDetection<D extends Detection>(d: D): D {
  if (!d.companies.some((c) => c.legal !== undefined)) return d;
  return { ...d, companies: d.companies.map((c) => (c.legal !== undefined ? withIds(c) : c)) };
}
