/**
 * Matches a page detection to client sheets (SPEC §3 "Matching"), best reason first: exact email →
 * contact → sheet; LinkedIn URL; VAT/SIREN/SIRET; registrable domain (free-mail and the user's own
 * domains excluded); normalised company name. Every lookup is an index hit, never a scan.
 */
import type { Company } from '../../core/domain';
import type { Detection } from '../../core/detect/types';
import { isFreemailDomain } from '../../core/detect/freemail';
import type { MatchReason, SheetMatch } from '../../core/messages';
import { companyNameKey } from '../../core/text/normalize';
import { registrableDomain } from '../../core/text/domain';
import { normalizeLinkedinUrl } from '../../core/validation/fields';
import { db as defaultDb, type FicheDB } from '../db';
import { getSettings } from './settings';

const RANK: Record<MatchReason, number> = { email: 0, linkedin: 1, 'legal-id': 2, domain: 3, name: 4, 'fuzzy-name': 5 };

export function findMatches(detection: Detection, db: FicheDB = defaultDb): Promise<SheetMatch[]> {
  return db.transaction('r', [db.companies, db.people, db.settings], () => lookup(detection, db));
}

async function lookup(detection: Detection, db: FicheDB): Promise<SheetMatch[]> {
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

  // Every lookup at once, in one read transaction: each is an index hit, none waits for another.
  const none = Promise.resolve([] as never[]);
  const urls = [...linkedin];
  const [byEmail, peopleByLinkedin, companiesByLinkedin, byVat, bySiren, bySiret, byDomain, byName] = await Promise.all([
    emails.size ? db.people.where('emails').anyOf([...emails]).toArray() : none,
    urls.length ? db.people.where('linkedinUrl').anyOf(urls).toArray() : none,
    urls.length ? db.companies.where('linkedinUrl').anyOf(urls).toArray() : none,
    legal.vat.size ? db.companies.where('vat').anyOf([...legal.vat]).toArray() : none,
    legal.siren.size ? db.companies.where('siren').anyOf([...legal.siren]).toArray() : none,
    legal.siret.size ? db.companies.where('siret').anyOf([...legal.siret]).toArray() : none,
    domains.size ? db.companies.where('domains').anyOf([...domains]).toArray() : none,
    names.size ? db.companies.where('nameKey').anyOf([...names]).toArray() : none,
  ]);

  interface Candidate { companyId: string; reason: MatchReason; on: string; personId?: string }
  const candidates: Candidate[] = [];
  for (const p of byEmail) {
    if (p.archivedAt !== undefined) continue;
    candidates.push({ companyId: p.companyId, reason: 'email', on: p.emails.find((e) => emails.has(e)) ?? '', personId: p.id });
  }
  for (const p of peopleByLinkedin) candidates.push({ companyId: p.companyId, reason: 'linkedin', on: p.linkedinUrl ?? '', personId: p.id });
  for (const c of companiesByLinkedin) candidates.push({ companyId: c.id, reason: 'linkedin', on: c.linkedinUrl ?? '' });
  for (const c of byVat) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.vat ?? '' });
  for (const c of bySiren) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.siren ?? '' });
  for (const c of bySiret) candidates.push({ companyId: c.id, reason: 'legal-id', on: c.siret ?? '' });
  for (const c of byDomain) candidates.push({ companyId: c.id, reason: 'domain', on: c.domains.find((d) => domains.has(d)) ?? '' });
  for (const c of byName) candidates.push({ companyId: c.id, reason: 'name', on: c.name });

  // Resolve every candidate sheet in one bulk read; an absorbed sheet's id keeps resolving to the
  // sheet that absorbed it (SPEC §5).
  const known = new Map<string, Company>();
  for (const c of [...companiesByLinkedin, ...byVat, ...bySiren, ...bySiret, ...byDomain, ...byName]) known.set(c.id, c);
  let missing = [...new Set(candidates.map((c) => c.companyId))].filter((id) => !known.has(id));
  for (let hops = 0; hops < 6; hops++) {
    const merged = [...known.values()].map((c) => c.mergedIntoId).filter((id): id is string => !!id && !known.has(id));
    missing = [...new Set([...missing, ...merged])];
    if (missing.length === 0) break;
    for (const c of await db.companies.bulkGet(missing)) if (c) known.set(c.id, c);
    missing = [];
  }
  const resolve = (id: string): Company | undefined => {
    let c = known.get(id);
    for (let hops = 0; c?.mergedIntoId && hops < 5; hops++) c = known.get(c.mergedIntoId);
    return c;
  };

  const found = new Map<string, SheetMatch>();
  for (const cand of candidates) {
    const c = resolve(cand.companyId);
    if (!c || c.deletedAt !== undefined || c.mergedIntoId) continue;
    const prev = found.get(c.id);
    if (prev && RANK[prev.reason] <= RANK[cand.reason]) continue;
    found.set(c.id, {
      companyId: c.id,
      companyName: c.name,
      reason: cand.reason,
      on: cand.on,
      possible: cand.reason === 'fuzzy-name',
      ...(cand.personId ? { personId: cand.personId } : {}),
    });
  }

  return [...found.values()].sort((a, b) => RANK[a.reason] - RANK[b.reason] || a.companyName.localeCompare(b.companyName));
}

function addLinkedin(set: Set<string>, url: string) {
  const n = normalizeLinkedinUrl(url);
  if (n) set.add(n);
}
