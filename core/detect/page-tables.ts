/**
 * People of tables whose header row names person/company columns (member directories, staff lists): one person
 * (and company) per row, read with the entry helpers of page-structures.ts. (Moved out of page-structures.ts,
 * whole, when ondemand-contacts.js ran out of room: this module ships in ondemand-orgs.js.)
 */
import { blockLines, qs, qsa, textOf, type SkipFn } from './dom';
import { elementEmail, unobfuscate } from './page-emails';
import { isOrgLine, nameLine, orgName, personName } from './page-people';
import { findLegalIds } from './legal-ids';
import { looksLikeJobTitle } from './text';
import type { Found, Rec } from './page-structures';
import { fieldOf, invertedName, officeTitle, setField, recToFound, completeEarlier } from './page-structures';

// ---- tables ----

/** Tables whose header row names person/company columns: one person (and company) per row. Returns the tables read. */
const SUPERVISES =
  /^(?:co-?)?(?:supervisors?|advisors?|mentors?|betreuer(?:in)?|zweitbetreuer(?:in)?|(?:co-?)?encadrant(?:e)?s?|(?:co-?)?direct(?:eur|rice) de thèse)$/i;

// a column of the people who lead each row's team, class or group, headed by their trade
const LEADS =
  /^(?:(?:head |assistant )?coach(?:es|s)?|entra[iî]neu(?:r|se)s?(?: principal)?|[ée]ducat(?:eur|rice)s?|trainer(?:in|innen)?|[üu]bungsleiter(?:in)?|instruct(?:or|eur|rice)s?|moniteu(?:r|se)s?|monitrices?|animat(?:eur|rice)s?|encadrant(?:e)?s?|professeur(?:e)?s?|enseignant(?:e)?s?|teachers?|tutors?|lecturers?|dozent(?:in)?|intervenant(?:e)?s?|chef(?:fe)? de chœur|chorleiter(?:in)?|conductors?)$/i;

const ID_LABEL =
  /^(?:n°\s*)?(?:siren|siret|rcs|tva(?: intracommunautaire)?|n° tva|vat(?: (?:number|no\.?))?|ust-?id(?:nr)?\.?)\s*[:：]?$/i;

// a column of firms' registry numbers: its header is each cell's label
const ID_COLUMN = ID_LABEL;

// "Annuaire des architectes inscrits", "Liste des géomètres-experts", "Directory of chartered surveyors",
// "Verzeichnis der Architekten": the profession every entry holds
const REGISTER_OF =
  /\b(?:annuaire|liste|r[ée]pertoire|tableau|directory|register|list|verzeichnis|liste)\s(?:des|of(?:\s(?:registered|chartered|certified))?|der)\s([\p{L}-]{4,30}?)(?:s|en|n)?(?:\s|$)/iu;

function registerTrade(table: Element): string {
  let h: Element | null = null;
  for (let e: Element | null = table; e && !h; e = e.parentElement)
    for (let s = e.previousElementSibling; s && !h; s = s.previousElementSibling) if (/^H[12]$/.test(s.tagName)) h = s;
  const m = h ? REGISTER_OF.exec(textOf(h)) : null;
  const w = m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : '';
  return w && looksLikeJobTitle(w) ? w : '';
}

export function readTables(root: ParentNode, out: Found, skip?: SkipFn): Set<Element> {
  const read = new Set<Element>();
  const earlier = out.people.length;
  for (const table of qsa(root, 'table').slice(0, 50)) {
    if (skip && skip(table)) continue;
    const rows = qsa(table, 'tr').filter((r) => r.closest('table') === table);
    if (rows.length < 2) continue;
    const head = rows[0]!;
    const headCells = qsa(head, 'th, td');
    const fields = headCells.map((c) => fieldOf(textOf(c)));
    // ("Bureau" over room numbers, "C-214", "B112": a staff table's offices, no firms)
    fields.forEach((f, i) => {
      if (f !== 'company') return;
      const vals = rows.slice(1, 30).map((r) => {
        const c = qsa(r, 'td, th').filter((x) => x.parentElement === r)[i];
        return c ? textOf(c) : '';
      });
      if (vals.filter((v) => v.length <= 10 && /\d/.test(v)).length >= vals.length * 0.5) fields[i] = undefined;
    });
    // the column where most cells are a person's name alone
    const namesColumn = (i: number): boolean => {
      const vals = rows
        .slice(1, 30)
        .map((r) => qsa(r, 'td, th').filter((c) => c.parentElement === r)[i])
        .map((c) => (c ? (blockLines(c)[0]?.text ?? '') : ''))
        .filter(Boolean);
      const people = vals.filter((v) => nameLine(v)?.rest === '' && !isOrgLine(v)).length;
      return vals.length >= 2 && people >= vals.length * 0.6;
    };
    // a firms' table whose people's column is headed by words no field knows ("Interlocuteur commercial",
    // "Vertreten durch"): that column
    if (fields.includes('company') && !fields.some((f) => f === 'name' || f === 'first' || f === 'role'))
      headCells.forEach((_, i) => {
        if (!fields[i] && namesColumn(i)) fields[i] = 'name';
      });
    // a staff table whose names' column is headed by their trade ("Formateur", "Avocat", "Trainer") beside a title's,
    // an address's or a number's: that column (a "Contact" column of addresses after it is their way to reach them)
    if (
      fields.some((f) => f === 'title' || f === 'email' || f === 'phone') &&
      !fields.some((f, i) => (f === 'name' || f === 'first' || f === 'role') && namesColumn(i))
    ) {
      const at = headCells.findIndex((_, i) => !fields[i] && namesColumn(i));
      if (at >= 0) {
        fields.forEach((f, i) => {
          if (f === 'name' && i < at) fields[i] = 'email';
        });
        fields[at] = 'name';
      }
    }
    // a supervisor's column beside the students' ("Co-supervisor", "Betreuer", "Directeur de thèse"): its people too
    // (and a column of the people who lead each row's team, class or workshop, headed by their trade: "Entraîneur",
    // "Coach", "Trainerin", "Animatrice"; most of its cells a name alone, the title the header's)
    headCells.forEach((h, i) => {
      const leads = !fields[i] && LEADS.test(textOf(h)) && namesColumn(i);
      if (fields[i] || (!SUPERVISES.test(textOf(h)) && !leads)) return;
      for (const row of rows.slice(1, 200)) {
        const c = qsa(row, 'td, th').filter((x) => x.parentElement === row)[i];
        const m = /^(.{4,60}?)\s*(?:\((.{2,60})\))?$/.exec(c ? textOf(c) : '');
        const name = m ? personName(m[1]!) : '';
        // (their own firm in brackets, or the row's joint work: "(cotutelle with Université X)")
        const firm =
          m?.[2] ??
          /\b(?:cotutelle|co-?tutelle|joint(?:ly)?|co-?supervised)\s(?:with|avec|mit)\s([^()]{3,60})/i.exec(
            textOf(row),
          )?.[1];
        const co = firm && /^\p{Lu}/u.test(firm) && !personName(firm) ? orgName(firm) : undefined;
        const known = name ? out.people.find((p) => p.name === name) : undefined;
        const title = leads ? officeTitle(textOf(h)) : undefined;
        if (known) known.company ??= co;
        else if (name) out.people.push({ name, ...(co ? { company: co } : {}), ...(title ? { title } : {}) });
      }
    });
    const known = fields.filter(Boolean);
    // (a firms' list may give the firm alone beside columns of its own: "Exposant | Stand | Secteur"; its other
    // cells stay for the readers of loose lines)
    const firmsOnly = known.length === 1 && known[0] === 'company' && qsa(head, 'th').length >= 2;
    if (
      (known.length < 2 && !firmsOnly) ||
      !fields.some((f) => f === 'name' || f === 'first' || f === 'last' || f === 'company' || f === 'role')
    )
      continue;
    if (!firmsOnly) read.add(table);
    // a profession's register ("Annuaire des architectes", "Directory of surveyors"): each person's title, where no
    // column gives one
    const trade = fields.includes('title') || fields.includes('role') ? '' : registerTrade(table);
    for (const row of rows.slice(1, 2001)) {
      const cells = qsa(row, 'td, th').filter((c) => c.parentElement === row);
      // (a row of one cell across the columns heads a group: "<th colspan=3>Bretagne</th>", a region, no firm)
      if (cells.length === 1 && headCells.length >= 2) continue;
      const r: Rec = { phones: [] };
      cells.forEach((c, i) => {
        let f = fields[i];
        // a second name column ("Nom" then "Contact") holds a way to reach the person
        // an office's column ("Gérant", "Geschäftsführer"): its holder, with the office as title
        if (f === 'role') {
          if (!r.title) r.title = officeTitle(textOf(headCells[i]!));
          f = 'name';
        }
        if (f === 'name' && fields.findIndex((x) => x === 'name' || x === 'role') < i) {
          f = elementEmail(c) || unobfuscate(textOf(c)).includes('@') ? 'email' : 'phone';
          // (both: "Tel. +49 … <a href="mailto:…">E-Mail schreiben</a>")
          if (f === 'email') setField(r, 'phone', unobfuscate(textOf(c)).replace(/\S+@\S+/g, ''), c);
        }
        // a cell's first line is its value ("Cabinet Morel<br><small>Services</small>")
        // ("ce.0429931x [at] ac-lyon [dot] fr": a contact cell written against harvesters)
        let v =
          f === 'phone' || f === 'email' ? unobfuscate(textOf(c)) : (blockLines(c)[0]?.text ?? '').split(' · ')[0]!;
        // (a name cell's profile link names the person where text run into it does not: "None<a>OYELARAN Folasade</a>")
        const link = f === 'name' ? qs(c, 'a') : null;
        const named = (x: string) => !!(invertedName(x) || personName(x));
        if (link && !named(v) && named(textOf(link))) v = textOf(link);
        if (f) setField(r, f, v, c);
        // ("Lucas Martin<br><small>Gérant</small>": the name's cell gives the title under it)
        const under = f === 'name' ? (blockLines(c)[1]?.text ?? '') : '';
        if (under && !r.title && under.length <= 60 && looksLikeJobTitle(under)) r.title = under;
      });
      // a firm's registry number in a column of its own ("SIREN", "N° TVA") or under its name in the firm's cell
      // ("Menuiserie Escoffier<br><small>SIRET 650 494 131 00016</small>"): the header labels a bare number
      const idText = cells
        .map((c, i) =>
          ID_COLUMN.test(textOf(headCells[i] ?? c))
            ? `${textOf(headCells[i]!)}: ${textOf(c)}`
            : fields[i] === 'company'
              ? blockLines(c)
                  .slice(1)
                  .map((l) => l.text)
                  .join('\n')
              : '',
        )
        .join('\n');
      if (trade && r.name && !r.title) r.title = trade;
      if (r.company && /\d{3}/.test(idText)) {
        const ids = findLegalIds(idText);
        if (ids.siren || ids.siret || ids.vat) r.ids = ids;
      }
      recToFound(r, out);
    }
  }
  completeEarlier(out, earlier);
  return read;
}
