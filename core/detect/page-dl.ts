/**
 * People of definition lists whose descriptions are names (an imprint's "<dt>Chefredakteurin</dt><dd>…</dd>", a
 * firm's fact box), read with the line rules of page-people.ts. (Moved out of page-people.ts, whole, when
 * ondemand-people.js ran out of room: this module ships in ondemand-orgs.js.)
 */
import { clean, isHiddenElement, qsa } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { findPhones, PHONE_LABEL } from './phones';
import { looksLikeJobTitle } from './text';
import { spellsMailbox } from './spelling';
import type { DetectedPerson } from './types';
import { personName, CONTACT_LABEL, isOrgLine, orgName, unparen, splitNames, inForm } from './page-people';

/**
 * "<dt>Chefredakteurin</dt><dd>Svenja Harms (V.i.S.d.P.)</dd>", "<dt>Lokales</dt><dd>Okan Demirci (Leitung), Frauke
 * Janssen</dd>": a list of terms whose descriptions are names only names its people, the term their role or desk.
 */
const pairOf = (t: string) => /^([^,–—]{4,50}),\s(\p{Lu}[^,–—]{1,60}?)(?:\s[–—]\s(.*))?$/u.exec(t);

// ("Name, Firm" whose firm reads as one by its words, or with the holder's address or number after it)
const sureFirm = (m: RegExpExecArray) =>
  !looksLikeJobTitle(m[2]!) && (isOrgLine(m[2]!) || !personName(m[2]!) || /@|\d{2}/.test(m[3] ?? ''));

export function dlPeople(root: ParentNode): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const dl of qsa(root, 'dl').slice(0, 30)) {
    if (dl.closest('nav') || inForm(dl) || isHiddenElement(dl)) continue;
    const got: DetectedPerson[] = [];
    let terms = 0,
      named = 0;
    let term = '';
    const firmPairs = qsa(dl, 'dd')
      .slice(0, 40)
      .filter((d) => {
        const m = pairOf(clean(d.textContent ?? ''));
        return !!m && !!personName(m[1]!) && sureFirm(m);
      }).length;
    for (const el of Array.from(dl.querySelectorAll('dt, dd')).slice(0, 80)) {
      const t = clean(el.textContent ?? '');
      if (el.tagName === 'DT') {
        term = t.replace(/[:：]\s*$/, '');
        continue;
      }
      terms++;
      // "<dt>Trésorier</dt><dd>Name, Firm – name@firm.fr – 06 …</dd>": the holder, their firm, address and number
      // (a second name-shaped part is their firm where the list's other entries show firms by their words or details)
      const nf = term && term.length <= 50 && t.length <= 200 ? pairOf(t) : null;
      const held = nf ? personName(nf[1]!) : '';
      if (nf && held && held === nf[1]!.trim() && (firmPairs >= 3 || sureFirm(nf))) {
        named++;
        if (got.some((q) => q.name === held)) continue;
        const p: DetectedPerson = { name: held, title: term, company: nf[2]!.trim() };
        const mail = findPlainEmails(nf[3] ?? '')[0];
        if (mail) p.email = normalizeAddress(mail);
        const phones = findPhones((nf[3] ?? '').replace(/\S+@\S+/g, ''));
        if (phones.length) p.phones = phones;
        got.push(p);
        continue;
      }
      if (!term || term.length > 50 || /[@\d]/.test(t) || t.length > 200) continue;
      const names = splitNames(t).map((x) => personName(unparen(x)));
      if (!names.length || names.some((n) => !n)) continue;
      named++;
      for (const name of names) got.push({ name, title: term });
    }
    if (named >= 2 && named >= terms * 0.6) out.push(...got);
    else {
      // "<summary>Name</summary><dl><dt>Funktion</dt><dd>Vorsitzender des Aufsichtsrats</dd>…": one person's
      // details, their name in the heading or the summary just before the list
      const dt = qsa(dl, 'dt').find((d) => FIELD_ROLE.test(clean(d.textContent ?? '')));
      const dd = dt?.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : null;
      // "<dt>Échevine</dt><dd>Ludivine Roux</dd><dt>Attributions</dt><dd>…</dd><dt>E-mail</dt>…": an office, its
      // holder, then the holder's details (an official's card; a council's college as a row of them)
      const office = dl.firstElementChild?.tagName === 'DT' ? clean(dl.firstElementChild.textContent ?? '') : '';
      const held = dl.firstElementChild?.nextElementSibling;
      // (not a firm's fact box naming its manager first: "Dirigeant / Name / Raison sociale / … / SIRET / …")
      const holder =
        office.length <= 50 &&
        held?.tagName === 'DD' &&
        !isOrgLine(office) &&
        !personName(office) &&
        !qsa(dl, 'dt').some((d) => FIRM_FACT.test(clean(d.textContent ?? '')))
          ? personName(clean(held.textContent ?? ''))
          : '';
      // (a member's record without a position: their firm, number or address say it is a person's)
      // (not a firm's record naming its manager in a field: "Gérante: Mme Hélène Giraud-Perrin" under the firm's name)
      if (
        !holder &&
        !dd &&
        (!qsa(dl, 'dt').some((d) => FIELD_FIRM.test(clean(d.textContent ?? ''))) ||
          qsa(dl, 'dd').some((d) => personName(clean(d.textContent ?? ''))))
      )
        continue;
      let name = holder;
      for (let box = dl.parentElement, n = 0; box && !name && n < 3; box = box.parentElement, n++)
        for (const h of qsa(box, 'summary, h2, h3, h4, h5, strong, [class*="name" i]').slice(0, 4))
          if (
            !dl.contains(h) &&
            !isOrgLine(clean(h.textContent ?? '')) &&
            (name = personName(clean(h.textContent ?? '')))
          )
            break;
      const title = dd
        ? clean(dd.textContent ?? '')
        : holder && !CONTACT_LABEL.test(office) && !/^(?:nom|name|pr[ée]nom|vorname)\b/i.test(office)
          ? office
          : '';
      if (!name || title.length > 80) continue;
      // the record's other fields: "Organisation", "Telephone", "Mobile", "Email"
      const p: DetectedPerson = title ? { name, title } : { name };
      for (const d of qsa(dl, 'dt')) {
        const v = d.nextElementSibling?.tagName === 'DD' ? clean(d.nextElementSibling.textContent ?? '') : '';
        const k = clean(d.textContent ?? '');
        if (!v) continue;
        if (
          FIELD_FIRM.test(k) &&
          v.length <= 80 &&
          !/^(?:self-employed|indépendante?|freelance|selbstständig)$/i.test(v)
        )
          // ("University of Wessex, Institute of Sound Research": the firm, then its department)
          p.company ??= orgName(v.split(/,\s/)[0]!);
        else if (PHONE_LABEL.test(` ${k} `)) p.phones = [...(p.phones ?? []), ...findPhones(v)];
        else if (
          /^(?:e-?mail|courriel)\b/i.test(k) &&
          findPlainEmails(v).length === 1 &&
          // (an office's own mailbox, bourgmestre@…, is not its holder's)
          (!holder || spellsMailbox(name, findPlainEmails(v)[0]!, 'any-word'))
        )
          p.email = normalizeAddress(findPlainEmails(v)[0]!);
      }
      if (p.title || p.company || p.phones?.length || p.email) out.push(p);
    }
  }
  return out;
}

// a firm's field in its fact box: its legal name, register, ids, form or capital
const FIRM_FACT =
  /^(?:raison sociale|d[ée]nomination|firma|company name|legal name|soci[ée]t[ée]|entreprise|unternehmen|siren|siret|rcs|tva|n° tva|ust|ust-id\S*|handelsregister|register\S*|registre|forme juridique|rechtsform|capital|kapital|stammkapital|company (?:no|number)\.?)\b/i;

const FIELD_ROLE = /^(?:funktion|fonction|function|position|rolle|role|rôle|titel|poste|mandat)\s*:?$/i;

const FIELD_FIRM =
  /^(?:organi[sz]ation|company|firm|employer|firma|unternehmen|arbeitgeber|société|entreprise|structure)\s*:?$/i;
