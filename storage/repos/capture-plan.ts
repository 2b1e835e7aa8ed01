/**
 * What "On this page" shows of a page's people (SPEC §4): for each person, the sheet they belong to
 * (or the company sheet to create), whether they are already a contact (and where), and the
 * field-by-field diff "Update" offers; for a company page, the diff "Update sheet" offers. One read
 * transaction, index hits only (emails, LinkedIn URL, name keys, the target sheets' contacts).
 */
import {
  candidatesFrom,
  companyFactsDiff,
  companyHintFor,
  findExisting,
  isOwnPage,
  personDiff,
  sharesDomain,
  type Candidate,
  type CompanyFact,
  type DuplicateReason,
  type FieldChange,
  type KnownContact,
  type PersonField,
  type SheetRef,
} from '../../core/capture';
import type { Company } from '../../core/domain';
import type { DetectedCompany, Detection } from '../../core/detect/types';
import { isFreemailDomain } from '../../core/detect/freemail';
import { companyPrefill } from '../../core/prefill';
import { registrableDomain } from '../../core/text/domain';
import { db as defaultDb, type FicheDB } from '../db';
import type { NewSheet } from './capture';
import { findMatches } from './matching';
import { getSettings } from './settings';

export interface CaptureRow {
  candidate: Candidate;
  /** The existing sheet this person belongs to. */
  target?: SheetRef;
  /** No sheet yet for this person's company: the one "Add" creates. */
  newSheet?: NewSheet;
  existing?: { contact: KnownContact; sheet: SheetRef; reason: DuplicateReason; changes: FieldChange<PersonField>[] };
}

export interface CapturePlan {
  rows: CaptureRow[];
  /** Facts of the page's own company that differ from its matched sheet ("Update sheet"). */
  facts?: { sheet: SheetRef; company: DetectedCompany; changes: FieldChange<CompanyFact>[] };
}

const ref = (c: Pick<Company, 'id' | 'name'>): SheetRef => ({ id: c.id, name: c.name });

export function planCapture(detection: Detection, db: FicheDB = defaultDb): Promise<CapturePlan> {
  return db.transaction('r', [db.companies, db.people, db.settings], () => plan(detection, db));
}

async function plan(detection: Detection, db: FicheDB): Promise<CapturePlan> {
  const settings = await getSettings(db);
  const all = candidatesFrom(detection, settings);
  const pageMatches = (await findMatches(detection, db, registrableDomain)).filter((m) => !m.possible);
  const pageSheets = (await db.companies.bulkGet(pageMatches.map((m) => m.companyId))).filter((c): c is Company => !!c);
  const pageDomains = pageSheets.flatMap((c) => c.domains);

  // In an open email, a person (from/to/cc, signature) is proposed only when they share a domain with
  // a sheet the page matches: a thread is not a list of prospects.
  const candidates = all.filter((c) => (detection.message ? false : c.from === 'page') || sharesDomain(c, pageDomains));

  // The sheet of each company the page names: the best sure match of that company alone.
  const bestFor = new Map<string, Promise<string | undefined>>();
  const sheetOf = (hint: DetectedCompany) => {
    const key = JSON.stringify(hint);
    let p = bestFor.get(key);
    if (!p) {
      p = findMatches(
        { url: detection.url, kind: detection.kind, emails: [], people: [], companies: [hint] },
        db,
        registrableDomain,
      ).then((ms) => ms.find((m) => !m.possible)?.companyId);
      bestFor.set(key, p);
    }
    return p;
  };
  const hints = candidates.map((c) => {
    const hint = companyHintFor(c, detection);
    const domain = c.email ? registrableDomain(c.email) : null;
    if (hint && !hint.domain && !hint.website && domain && !isFreemailDomain(domain)) return { ...hint, domain };
    return hint;
  });
  const targetIds = await Promise.all(
    hints.map(async (hint) => (hint ? await sheetOf(hint) : pageSheets.length === 1 ? pageSheets[0]!.id : undefined)),
  );
  const sheets = new Map<string, Company>();
  for (const c of pageSheets) sheets.set(c.id, c);
  const load = async (ids: (string | undefined)[]) => {
    const missing = [...new Set(ids.filter((id): id is string => !!id && !sheets.has(id)))];
    for (const c of await db.companies.bulkGet(missing)) if (c) sheets.set(c.id, c);
  };
  await load(targetIds);

  // Who is already a contact: by email, by LinkedIn URL, by name on the target sheets.
  const emails = [...new Set(candidates.map((c) => c.email).filter(Boolean))];
  const urls = [...new Set(candidates.map((c) => c.linkedinUrl).filter(Boolean))];
  const sheetIds = [...new Set(targetIds.filter((id): id is string => !!id))];
  const [byEmail, byLinkedin, onSheets] = await Promise.all([
    emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
    urls.length ? db.people.where('linkedinUrl').anyOf(urls).toArray() : [],
    sheetIds.length ? db.people.where('companyId').anyOf(sheetIds).toArray() : [],
  ]);
  const contacts = new Map<string, KnownContact>();
  for (const p of [...byEmail, ...byLinkedin, ...onSheets]) contacts.set(p.id, p);
  const known = [...contacts.values()];
  await load(known.map((p) => p.companyId));

  const rows: CaptureRow[] = candidates.map((candidate, i) => {
    const targetId = targetIds[i];
    const target = targetId ? sheets.get(targetId) : undefined;
    const row: CaptureRow = { candidate, ...(target ? { target: ref(target) } : {}) };
    const hit = findExisting(candidate, known, targetId);
    const on = hit ? sheets.get(hit.contact.companyId) : undefined;
    if (hit && on)
      row.existing = {
        contact: hit.contact,
        sheet: ref(on),
        reason: hit.reason,
        changes: personDiff(hit.contact, candidate),
      };
    const hint = hints[i];
    if (!target && hint) {
      const p = companyPrefill(hint);
      row.newSheet = {
        name: p.name,
        ...(p.domains?.[0] ? { domain: p.domains[0] } : {}),
        ...(p.website ? { website: p.website } : {}),
        ...(p.linkedinUrl ? { linkedinUrl: p.linkedinUrl } : {}),
      };
    }
    return row;
  });

  const out: CapturePlan = { rows };
  const main = detection.companies[0];
  if (main && isOwnPage(detection)) {
    const id = await sheetOf(main);
    await load([id]);
    const sheet = id ? sheets.get(id) : undefined;
    const changes = sheet ? companyFactsDiff(sheet, main) : [];
    if (sheet && changes.some((c) => c.fill)) out.facts = { sheet: ref(sheet), company: main, changes };
  }
  return out;
}
