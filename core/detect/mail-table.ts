/**
 * A table of contacts pasted into a message ("Nom | Société | Fonction | E-mail | Téléphone", a trade show's leads):
 * the body's text gives its header as one short line per column, then each row's cells one per line. Each row is
 * read around its address (the cells before it are always written; a number may be missing, or two on one line):
 * its person, title, firm and numbers, none of them another row's. Read in the background on the message's text.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { findPlainEmails, normalizeAddress } from './emails';
import { findPhones } from './phones';
import { looksLikePersonName } from './text';
import { normKey } from './result';
import { hostOf } from '../text/host';

type Column = 'name' | 'company' | 'title' | 'email' | 'phone';
const COLUMNS: [Column, RegExp][] = [
  ['name', /^(?:nom(?: et pr[ée]nom| complet)?|pr[ée]nom nom|name|full name|contact|interlocuteur)$/i],
  ['company', /^(?:soci[ée]t[ée]|entreprise|company|organi[sz]ation|firma|unternehmen|raison sociale)$/i],
  ['title', /^(?:fonction|poste|titre|title|job title|role|rôle|position|funktion)$/i],
  ['email', /^(?:e-?mail|courriel|mail|adresse e-?mail|email address)$/i],
  ['phone', /^(?:t[ée]l(?:[ée]phone|\.)?|phone|mobile|portable|telefon|handy)$/i],
];
const columnOf = (l: string): Column | undefined => COLUMNS.find(([, re]) => re.test(l.trim()))?.[0];
const EMPTY = /^[—–\-/]$/;

export interface TableRow {
  email: string;
  person?: DetectedPerson;
  company?: DetectedCompany;
}

/** The rows of the contact tables a message's text gives, each read on its own. */
export function pastedTableRows(text: string): TableRow[] {
  const lines = text.slice(0, 20_000).split('\n');
  const out: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    // the header: three to eight column labels in a row, one of them the address's, one the name's or the firm's
    const cols: Column[] = [];
    while (cols.length < 8 && i + cols.length < lines.length) {
      const c = columnOf(lines[i + cols.length]!);
      if (!c || cols.includes(c)) break;
      cols.push(c);
    }
    const at = cols.indexOf('email');
    if (cols.length < 3 || at < 0 || !(cols.includes('name') || cols.includes('company'))) continue;
    let j = i + cols.length;
    for (let rows = 0; j < lines.length && rows < 200; j++) {
      const l = lines[j]!.trim();
      const mails = findPlainEmails(l);
      if (l.length > 160) break;
      if (mails.length !== 1 || mails[0]!.length < l.length - 2 || j - at < i + cols.length) continue;
      rows++;
      const cell = (c: Column) => {
        const k = cols.indexOf(c);
        const v = k >= 0 && k < at ? lines[j - at + k]!.trim() : '';
        return v && !EMPTY.test(v) && !findPlainEmails(v).length ? v : '';
      };
      const email = normalizeAddress(mails[0]!);
      const name = cell('name');
      const firm = cell('company');
      const title = cell('title');
      // the cells after the address: numbers (or nothing, the next row's name then)
      const phones: string[] = [];
      for (let k = at + 1; k < cols.length && j + 1 < lines.length; k++) {
        const n = findPhones(lines[j + 1]!);
        if (cols[k] !== 'phone' || !n.length || n.join('').length < lines[j + 1]!.replace(/[\s/;,·–-]/g, '').length - 2)
          break;
        for (const x of lines[++j]!.split(/\s[/;|·]\s/)) findPhones(x, phones);
      }
      const row: TableRow = { email };
      if (firm) row.company = { name: firm };
      if (name && looksLikePersonName(name)) {
        const p: DetectedPerson = { name, email };
        if (title) p.title = title;
        if (firm) p.company = firm;
        if (phones.length) p.phones = phones;
        row.person = p;
      } else if (row.company && phones.length) row.company.phones = phones;
      out.push(row);
    }
    i = j;
  }
  return out;
}

/** The message's pasted contact tables added: each row's person, and its firm named as the table writes it. */
export function withPastedTables<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const rows = pastedTableRows(body);
  if (rows.length < 2) return d;
  const people = [...d.people];
  let companies = [...d.companies];
  for (const { email, person, company } of rows) {
    if (person && !people.some((p) => p.email === person.email || normKey(p.name) === normKey(person.name)))
      people.push(person);
    if (!company) continue;
    const host = hostOf(email) ?? '';
    // (the firm its address's domain gave, named by its domain or a part of its name: "clairval-elec.fr", "Novacet")
    const k = companies.findIndex(
      (c) =>
        normKey(c.name) === normKey(company.name) ||
        (!!host && c.domain === host && (c.name === host || normKey(company.name).startsWith(normKey(c.name) + ' '))),
    );
    if (k < 0) companies.push(company);
    else
      companies[k] = {
        ...companies[k]!,
        name: company.name,
        ...(company.phones && !companies[k]!.phones ? { phones: company.phones } : {}),
      };
  }
  companies = companies.filter((c, i) => companies.findIndex((x) => normKey(x.name) === normKey(c.name)) === i);
  return { ...d, people, companies };
}
