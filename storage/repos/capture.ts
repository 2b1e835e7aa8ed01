/**
 * Contacts taken from pages (SPEC §4): add people to existing sheets (creating the missing company
 * sheets with them), undo that, and fill empty fields of a contact or a sheet from what a page shows.
 * Each call is one transaction: all or nothing. Duplicates are checked again inside it (same email,
 * LinkedIn URL, or name on the same sheet), so a page seen twice or two panels never make two contacts.
 */
import { applyCompanyFills, applyPersonFills, type CompanyFact, type PersonField } from '../../core/capture';
import type { Company, PageOrigin, Person } from '../../core/domain';
import { company as companySchema, newId, person as personSchema } from '../../core/domain';
import { companyNameKey, foldText } from '../../core/text/normalize';
import { db as defaultDb, SHEET_TABLES, type FicheDB } from '../db';
import { derive, emptyCompany } from './companies';
import { normalizeLinkedinUrl } from '../../core/text/linkedin';

export interface CapturePerson {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  phone: string;
  linkedinUrl: string;
}

export interface NewSheet {
  name: string;
  domain?: string;
  website?: string;
  linkedinUrl?: string;
}

export type CaptureTarget = { companyId: string } | { newCompany: NewSheet };
export interface CaptureItem {
  person: CapturePerson;
  target: CaptureTarget;
}

export class CaptureError extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found',
    message: string,
  ) {
    super(message);
  }
}

export interface CaptureResult {
  /** Sheets created for people whose company had none. */
  companies: string[];
  people: string[];
}

async function liveSheet(id: string, db: FicheDB): Promise<Company | undefined> {
  let c = await db.companies.get(id);
  for (let hops = 0; c?.mergedIntoId && hops < 5; hops++) c = await db.companies.get(c.mergedIntoId);
  return c && c.deletedAt === undefined && !c.mergedIntoId ? c : undefined;
}

const displayName = (p: Pick<CapturePerson, 'firstName' | 'lastName' | 'email'>) =>
  `${p.firstName} ${p.lastName}`.trim() || p.email;

/** The contact that `p` would duplicate: same email, same LinkedIn URL, or same name on the sheet. */
async function existingContact(p: CapturePerson, companyId: string, db: FicheDB): Promise<Person | undefined> {
  const email = p.email.toLowerCase();
  if (email) {
    const hit = await db.people.where('emails').equals(email).first();
    if (hit) return hit;
  }
  const li = p.linkedinUrl ? normalizeLinkedinUrl(p.linkedinUrl) : null;
  if (li) {
    const hit = await db.people.where('linkedinUrl').equals(li).first();
    if (hit) return hit;
  }
  const name = foldText(`${p.firstName} ${p.lastName}`);
  if (!name) return undefined;
  return db.people
    .where('companyId')
    .equals(companyId)
    .filter((x) => foldText(`${x.firstName} ${x.lastName}`) === name)
    .first();
}

/**
 * Adds people to sheets in one transaction. A `newCompany` target reuses a sheet of the same name
 * (from this batch or already there) before creating one. Any duplicate refuses the whole batch.
 */
export async function addCapturedPeople(
  items: readonly CaptureItem[],
  origin: Omit<PageOrigin, 'at'>,
  db: FicheDB = defaultDb,
): Promise<CaptureResult> {
  const now = Date.now();
  const result: CaptureResult = { companies: [], people: [] };
  await db.transaction('rw', [db.companies, db.people], async () => {
    const created = new Map<string, string>();
    for (const item of items) {
      let companyId: string;
      let companyName: string;
      if ('companyId' in item.target) {
        const sheet = await liveSheet(item.target.companyId, db);
        if (!sheet) throw new CaptureError('not-found', `no sheet ${item.target.companyId}`);
        companyId = sheet.id;
        companyName = sheet.name;
      } else {
        const wanted = item.target.newCompany;
        const key = companyNameKey(wanted.name);
        const sameName =
          created.get(key) ??
          (
            await db.companies
              .where('nameKey')
              .equals(key)
              .filter((c) => c.deletedAt === undefined && !c.mergedIntoId)
              .first()
          )?.id;
        companyName = wanted.name;
        if (sameName) companyId = sameName;
        else {
          const input = {
            ...emptyCompany(),
            name: wanted.name,
            domains: wanted.domain ? [wanted.domain] : [],
            ...(wanted.website ? { website: wanted.website } : {}),
            ...(wanted.linkedinUrl ? { linkedinUrl: wanted.linkedinUrl } : {}),
          };
          companyId = newId();
          await db.companies.add(
            companySchema.parse({ ...input, ...derive(input), id: companyId, createdAt: now, updatedAt: now }),
          );
          created.set(key, companyId);
          result.companies.push(companyId);
        }
      }
      if (!displayName(item.person))
        throw new CaptureError('conflict', `a person of ${companyName} has neither a name nor an email`);
      const dup = await existingContact(item.person, companyId, db);
      if (dup) {
        const on = (await db.companies.get(dup.companyId))?.name ?? '';
        throw new CaptureError('conflict', `${displayName(item.person)} (${on})`);
      }
      const li = item.person.linkedinUrl ? normalizeLinkedinUrl(item.person.linkedinUrl) : null;
      const record: Person = personSchema.parse({
        id: newId(),
        companyId,
        firstName: item.person.firstName,
        lastName: item.person.lastName,
        emails: item.person.email ? [item.person.email.toLowerCase()] : [],
        jobTitle: item.person.jobTitle,
        phone: item.person.phone,
        mobile: '',
        ...(li ? { linkedinUrl: li } : {}),
        isBillingContact: false,
        customFields: {},
        origin: { ...origin, at: now },
        createdAt: now,
        updatedAt: now,
      });
      await db.people.add(record);
      result.people.push(record.id);
    }
  });
  return result;
}

/**
 * Undoes an `addCapturedPeople`: removes the contacts it added, and the sheets it created unless
 * something else was recorded on them since (then the sheet stays, with that record).
 */
export async function undoCapture(created: CaptureResult, db: FicheDB = defaultDb): Promise<CaptureResult> {
  const removed: CaptureResult = { companies: [], people: [] };
  await db.transaction(
    'rw',
    [...SHEET_TABLES].map((t) => db.table(t)),
    async () => {
      const people = (await db.people.bulkGet(created.people)).filter((p): p is Person => !!p && !!p.origin);
      await db.people.bulkDelete(people.map((p) => p.id));
      removed.people = people.map((p) => p.id);
      for (const id of created.companies) {
        const sheet = await db.companies.get(id);
        if (!sheet) continue;
        let used = false;
        for (const table of SHEET_TABLES) {
          if (table === 'companies') continue;
          if ((await db.table(table).where('companyId').equals(id).count()) > 0) used = true;
        }
        if (used || sheet.updatedAt !== sheet.createdAt) continue;
        await db.companies.delete(id);
        removed.companies.push(id);
      }
    },
  );
  return removed;
}

/** Fills empty fields of a contact with accepted values from a page; refuses (changes nothing) if one is no longer empty. */
export async function fillPersonFields(
  personId: string,
  fills: Partial<Record<PersonField, string>>,
  db: FicheDB = defaultDb,
): Promise<PersonField[]> {
  return db.transaction('rw', db.people, async () => {
    const p = await db.people.get(personId);
    if (!p) throw new CaptureError('not-found', `no contact ${personId}`);
    const { changed, refused } = applyPersonFills(p, fills);
    if (refused.length) throw new CaptureError('conflict', refused.join(', '));
    const email = changed.emails?.[0];
    if (email) {
      const other = await db.people.where('emails').equals(email).first();
      if (other && other.id !== p.id) throw new CaptureError('conflict', email);
    }
    await db.people.put(personSchema.parse({ ...p, ...changed, updatedAt: Date.now() }));
    return Object.keys(changed) as PersonField[];
  });
}

/** Fills empty facts of a sheet; each accepted value keeps its source URL and date. */
export async function fillCompanyFacts(
  companyId: string,
  fills: Partial<Record<CompanyFact, string>>,
  sourceUrl: string,
  db: FicheDB = defaultDb,
): Promise<CompanyFact[]> {
  return db.transaction('rw', db.companies, async () => {
    const sheet = await liveSheet(companyId, db);
    if (!sheet) throw new CaptureError('not-found', `no sheet ${companyId}`);
    const { changed, refused } = applyCompanyFills(sheet, fills);
    if (refused.length) throw new CaptureError('conflict', refused.join(', '));
    const at = Date.now();
    const sources = { ...(sheet.sources ?? {}) };
    const accepted = (Object.keys(fills) as CompanyFact[]).filter((f) => fills[f]);
    for (const f of accepted) sources[f] = { url: sourceUrl, at };
    await db.companies.put(companySchema.parse({ ...sheet, ...changed, sources, updatedAt: at }));
    return accepted;
  });
}
