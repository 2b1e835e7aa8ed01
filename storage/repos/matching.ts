/**
 * Matches a page detection to client sheets (SPEC §3 "Matching"), best reason first: exact email →
 * contact → sheet; LinkedIn URL; VAT/SIREN/SIRET; registrable domain (free-mail and the user's own
 * domains excluded); normalised company name. Every lookup is an index hit, never a scan.
 */
import type { Company } from '../../core/domain';
import type { Detection } from '../../core/detect/types';
import { isFreemailDomain } from '../../core/detect/freemail';
import type { MatchReason, SheetMatch } from '../../core/messages';
import { companyNameKey, registrableDomain } from '../../core/text/normalize';
import { normalizeLinkedinUrl } from '../../core/validation/fields';
import { db as defaultDb, type FicheDB } from '../db';
import { getSettings } from './settings';

const RANK: Record<MatchReason, number> = { email: 0, linkedin: 1, 'legal-id': 2, domain: 3, name: 4, 'fuzzy-name': 5 };

export async function findMatches(detection: Detection, db: FicheDB = defaultDb): Promise<SheetMatch[]> {
  const settings = await getSettings(db);
  const own = new Set(settings.ownEmails.map((e) => e.toLowerCase()));
  const ownDomains = new Set(settings.ownDomains.map((d) => d.toLowerCase()));

  const emails = new Set<string>();
  for (const e of detection.emails) emails.add(e.address.toLowerCase());
  for (const p of detection.people) if (p.email) emails.add(p.email.toLowerCase());
  if (detection.message) {
    const m = detection.message;
    for (const box of [m.from, ...m.to, ...m.cc]) emails.add(box.email.toLowerCase());
  }
  for (const e of own) emails.delete(e);

  const linkedin = new Set<string>();
  for (const p of detection.people) if (p.linkedinUrl) addLinkedin(linkedin, p.linkedinUrl);
  for (const c of detection.companies) if (c.linkedinUrl) addLinkedin(linkedin, c.linkedinUrl);

  const legal = { vat: new Set<string>(), siren: new Set<string>(), siret: new Set<string>() };
  const domains = new Set<string>();
  const names = new Set<string>();
  for (const c of detection.companies) {
    if (c.vat) legal.vat.add(c.vat.toUpperCase().replace(/[^A-Z0-9]/g, ''));
    if (c.siren) legal.siren.add(c.siren.replace(/\D/g, ''));
    if (c.siret) {
      legal.siret.add(c.siret.replace(/\D/g, ''));
      legal.siren.add(c.siret.replace(/\D/g, '').slice(0, 9));
    }
    for (const d of [c.domain, c.website]) {
      const reg = d ? registrableDomain(d) : null;
      if (reg) domains.add(reg);
    }
    const key = companyNameKey(c.name);
    if (key) names.add(key);
  }
  for (const e of emails) {
    const reg = registrableDomain(e);
    if (reg) domains.add(reg);
  }
  for (const d of [...domains]) if (isFreemailDomain(d) || ownDomains.has(d)) domains.delete(d);

  const found = new Map<string, SheetMatch>();
  const companyCache = new Map<string, Company | undefined>();
  const resolve = async (id: string): Promise<Company | undefined> => {
    if (!companyCache.has(id)) {
      let c = await db.companies.get(id);
      // An absorbed sheet's id keeps resolving to the sheet that absorbed it (SPEC §5).
      for (let hops = 0; c?.mergedIntoId && hops < 5; hops++) c = await db.companies.get(c.mergedIntoId);
      companyCache.set(id, c);
    }
    return companyCache.get(id);
  };
  const add = async (companyId: string, reason: MatchReason, on: string, personId?: string) => {
    const c = await resolve(companyId);
    if (!c || c.deletedAt !== undefined) return;
    const prev = found.get(c.id);
    if (prev && RANK[prev.reason] <= RANK[reason]) return;
    found.set(c.id, { companyId: c.id, companyName: c.name, reason, on, possible: reason === 'fuzzy-name', ...(personId ? { personId } : {}) });
  };

  if (emails.size) {
    const people = await db.people.where('emails').anyOf([...emails]).toArray();
    for (const p of people) {
      if (p.archivedAt !== undefined) continue;
      const on = p.emails.find((e) => emails.has(e)) ?? '';
      await add(p.companyId, 'email', on, p.id);
    }
  }
  if (linkedin.size) {
    const urls = [...linkedin];
    for (const p of await db.people.where('linkedinUrl').anyOf(urls).toArray()) await add(p.companyId, 'linkedin', p.linkedinUrl ?? '', p.id);
    for (const c of await db.companies.where('linkedinUrl').anyOf(urls).toArray()) await add(c.id, 'linkedin', c.linkedinUrl ?? '');
  }
  if (legal.vat.size) for (const c of await db.companies.where('vat').anyOf([...legal.vat]).toArray()) await add(c.id, 'legal-id', c.vat ?? '');
  if (legal.siren.size) for (const c of await db.companies.where('siren').anyOf([...legal.siren]).toArray()) await add(c.id, 'legal-id', c.siren ?? '');
  if (legal.siret.size) for (const c of await db.companies.where('siret').anyOf([...legal.siret]).toArray()) await add(c.id, 'legal-id', c.siret ?? '');
  if (domains.size) for (const c of await db.companies.where('domains').anyOf([...domains]).toArray()) await add(c.id, 'domain', c.domains.find((d) => domains.has(d)) ?? '');
  if (names.size) for (const c of await db.companies.where('nameKey').anyOf([...names]).toArray()) await add(c.id, 'name', c.name);

  return [...found.values()].sort((a, b) => RANK[a.reason] - RANK[b.reason] || a.companyName.localeCompare(b.companyName));
}

function addLinkedin(set: Set<string>, url: string) {
  const n = normalizeLinkedinUrl(url);
  if (n) set.add(n);
}
