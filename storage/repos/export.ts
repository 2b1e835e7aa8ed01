/**
 * CSV exports per entity and vCard exports of contacts, read in one read transaction so that a
 * file is a consistent snapshot. The formats themselves are pure (core/interchange).
 */
import type { Address, Person } from '../../core/domain';
import { serializeCsv, type CsvCell } from '../../core/interchange/csv';
import {
  COMPANY_HEADERS,
  CONTACT_HEADERS,
  EVENT_HEADERS,
  INVOICE_HEADERS,
  companyRow,
  contactRow,
  eventRow,
  invoiceRow,
} from '../../core/interchange/export-rows';
import { serializeVcards, type VcardContact } from '../../core/interchange/vcard';
import { db as defaultDb, type FicheDB } from '../db';

export type CsvEntity = 'companies' | 'contacts' | 'events' | 'invoices';
export const CSV_ENTITIES: readonly CsvEntity[] = ['companies', 'contacts', 'events', 'invoices'];

async function liveCompanyNames(db: FicheDB): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await db.companies.each((c) => {
    if (c.deletedAt === undefined && c.mergedIntoId === undefined) names.set(c.id, c.name);
  });
  return names;
}

/** The CSV text of one entity (UTF-8 with BOM, `;`, CRLF): sheets in the trash are left out. */
export async function exportCsv(entity: CsvEntity, db: FicheDB = defaultDb): Promise<{ text: string; rows: number }> {
  return db.transaction('r', [db.companies, db.addresses, db.people, db.interactions, db.invoices], async () => {
    const names = await liveCompanyNames(db);
    const rows: CsvCell[][] = [];
    if (entity === 'companies') {
      rows.push([...COMPANY_HEADERS]);
      const byCompany = new Map<string, Address[]>();
      await db.addresses.each((a) => {
        const list = byCompany.get(a.companyId);
        if (list) list.push(a);
        else byCompany.set(a.companyId, [a]);
      });
      const companies = (await db.companies.toArray())
        .filter((c) => names.has(c.id))
        .sort((a, b) => a.name.localeCompare(b.name));
      for (const c of companies) rows.push(companyRow(c, byCompany.get(c.id) ?? []));
    } else if (entity === 'contacts') {
      rows.push([...CONTACT_HEADERS]);
      await db.people.each((p) => {
        const name = names.get(p.companyId);
        if (name !== undefined) rows.push(contactRow(p, name));
      });
    } else if (entity === 'events') {
      rows.push([...EVENT_HEADERS]);
      const personNames = new Map<string, string>();
      await db.people.each((p) => personNames.set(p.id, `${p.firstName} ${p.lastName}`.trim() || (p.emails[0] ?? '')));
      await db.interactions.orderBy('happensAt').each((i) => {
        const name = names.get(i.companyId);
        if (name !== undefined) rows.push(eventRow(i, name, personNames));
      });
    } else {
      rows.push([...INVOICE_HEADERS]);
      await db.invoices.each((inv) => {
        const name = names.get(inv.companyId);
        if (name !== undefined) rows.push(invoiceRow(inv, name));
      });
    }
    return { text: serializeCsv(rows), rows: rows.length - 1 };
  });
}

/** Photos above this size are left out of a vCard: a contact card travels by email. */
export const MAX_VCARD_PHOTO_BYTES = 64 * 1024;

async function photoUri(photo: Blob | undefined): Promise<string | undefined> {
  if (!photo || photo.size > MAX_VCARD_PHOTO_BYTES || !/^image\//.test(photo.type)) return undefined;
  const bytes = new Uint8Array(await photo.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${photo.type};base64,${btoa(bin)}`;
}

/** The contacts (not archived) of one sheet, or of every live sheet, as a .vcf text. */
export async function exportVcards(
  companyId?: string,
  db: FicheDB = defaultDb,
): Promise<{ text: string; count: number }> {
  const { people, names } = await db.transaction('r', [db.companies, db.people], async () => {
    const names = await liveCompanyNames(db);
    const people: Person[] = companyId
      ? await db.people.where('companyId').equals(companyId).toArray()
      : await db.people.toArray();
    return { people: people.filter((p) => p.archivedAt === undefined && names.has(p.companyId)), names };
  });
  // Blob reads are asynchronous: done after the transaction, on the records it returned.
  const cards: VcardContact[] = [];
  for (const p of people) {
    const photo = await photoUri(p.photo);
    cards.push({
      firstName: p.firstName,
      lastName: p.lastName,
      emails: p.emails,
      phone: p.phone,
      mobile: p.mobile,
      org: names.get(p.companyId) ?? '',
      title: p.jobTitle,
      ...(p.linkedinUrl ? { linkedinUrl: p.linkedinUrl } : {}),
      ...(photo ? { photoDataUri: photo } : {}),
    });
  }
  return { text: serializeVcards(cards), count: cards.length };
}
