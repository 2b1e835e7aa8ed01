/**
 * People a page names as its contacts in running text, in the orgs layer (ondemand-orgs.js: the people and contacts
 * layers ran out of room; member lines and board records are in ./page-members.ts, in the readers' bundle):
 * - "Interlocutrice : Nadia Ferhat, chargée du commerce.", "Votre contact sur le stand : Name, title — mail";
 * - "Enterprise fleets (100+ trucks): Name, Head of Sales — mail"; "Call Name on 01632 …"; "meet Name, VP Sales,";
 * Pure functions of lines (text + the block element that holds it); the caller merges the results.
 */
import type { Line } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { unobfuscate } from './page-emails';
import { isOrgLine, orgName, personName, strongTitle } from './page-people';
import { findPhones } from './phones';
import { spellsDomain } from './spelling';
import type { DetectedPerson } from './types';

// (page-people.ts's NAME_RE, without its group: a copy, so that this bundle does not take that module's privates)
const NAME = String.raw`(?:(?:Frau|Herr|Mme|Mrs|Ms|Mr|M|Dr|Prof)\.?\s+)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*|de|van|von|der|le|la|du)){1,3}`;
const TITLE = String.raw`([^,.;:()"“”„«»]{2,60}?)`;

// a contact label in running text, then the person with their title
const LABEL_NAME = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+|\s[–—·|]\s|\s)(?:[Cc]ontacts?|[Ii]nterlocut(?:eur|rice)|[Rr]éférente?|[Vv]otre (?:contact|interlocut(?:eur|rice))|[Yy]our (?:contact|point of contact)|[Kk]ontakt(?:person|stelle)?|[Aa]nsprechstelle|[Aa]nsprechpartner(?:in)?|[Pp]oint of contact)(?:\s[^:.;!?()]{1,50})?(?:\s\([^()]{1,40}\))?\s*[:：]\s+(${NAME})(?:,\s+${TITLE})?\s*(?=[.,;:(]|\s[-–—·|]\s|$)`,
  'gu',
);
// a contact label, a shared address, then the person and their number ("Contact exposants : salon@… – Name, 01 …",
// "Press contact: press@… – Name", "Kontakt: info@… · Name, 0511 …")
const LABEL_ADDRESS_NAME = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+|\s)(?:[Cc]ontacts?|[Kk]ontakt|[Aa]nsprechpartner(?:in)?)(?:\s[^:.;!?()@]{1,40})?\s*[:：]\s+\S+@[\w.-]+\.[a-z]{2,}\s+[–—·|]\s+(${NAME})(?=,\s*\+?[\d(]|\s+[–—·|]\s+\+?[\d(]|\s*$)`,
  'gu',
);
// any short label, when a strong title follows the name and an address or a number follows the title
const ANY_LABEL_NAME = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+)[^:.;!?]{2,50}[:：]\s+(${NAME}),\s+${TITLE}\s+[-–—·|]\s+(?=\S*@|[+(\d])`,
  'gu',
);
// a desk's label, then its person and their address or number alone ("Teiledienst: Jannik Börger, teile@…")
const LABEL_NAME_ADDRESS = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+)[^:.;!?@]{2,40}[:：]\s+(${NAME}),\s+(?=\S+@[\w.-]+\.[a-z]{2,}\s*$|\+?[\d(][\d\s()./-]{7,}$)`,
  'gu',
);
// a reply or a note signed at its end with a name and a strong title ("Vielen Dank für Ihr Vertrauen! – Greta Ulbrich, Inhaberin",
// "Thanks for the kind words — Idris Penhallow, Owner")
const SIGNED_END = /* @__PURE__ */ new RegExp(String.raw`\S\s+[–—]\s+(${NAME}),\s+${TITLE}$`, 'gu');
// "Call Rosie Trelawney on 01632 960412", "Appelez Luc Martin au 06 …", "Rufen Sie Jana Bolte unter 0511 … an",
// "For more information, contact Jane Roe at jane@…"
const CALL_NAME = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Cc]ontact(?:ez)?|[Kk]ontaktieren Sie|[Cc]all|[Pp]hone|[Rr]ing|[Tt]ext|[Ee]-?mail|[Aa]ppelez|[Tt]éléphonez à|[Éé]crivez à|[Rr]ufen Sie|[Ss]chreiben Sie)\s+(${NAME})\s+(?:on|at|au|unter|via|sur|par)\s+(?=\S*@|[+(\d])`,
  'gu',
);
// "meet Dana Whitfield, VP Sales, at booth 2140", "Rencontrez Name, directrice commerciale, sur le stand"
const MEET = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Mm]eet|[Rr]encontrez|[Tt]reffen Sie)\s+(${NAME}),\s+${TITLE}\s*(?=[.,;:(]|\s[-–—]\s|$)`,
  'gu',
);

// "Visite sur rendez-vous avec Léa Garnier, community manager : bonjour@… · 02 …", "ask for Name, title: …"
const WITH_NAME = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:avec|auprès de|with|ask for|mit|bei)\s+(${NAME}),\s+${TITLE}\s*[:：]\s*(?=\S*@|[+(\d])`,
  'gu',
);

// a contact line, a firm, then the name before its address or number ("Agence Lumen RP – Jeanne Roy – jeanne@… – 06 …")
const FIRM_FIRST = /* @__PURE__ */ new RegExp(
  String.raw`^(\p{Lu}[^–—|·@:]{1,50}?)\s+[–—|·]\s+(${NAME})\s+[–—|·]\s+(?=\S+@|\+?[\d(])`,
  'u',
);
// a contact line, the name alone before its address or number ("Jeanne Roy — presse@… — 04 …", "Tom Reid | 01632 …")
const NAME_FIRST = /* @__PURE__ */ new RegExp(String.raw`^(${NAME})\s+[–—|·]\s+(?=\S+@|\+?[\d(])`, 'u');

// a business's answer under a review, signed by its owner ("Réponse de Jeanne Roy, Garage Roy", "Response from Tom
// Reid, Owner", "Antwort von Jana Bolte, Inhaberin")
const REPLY_BY = /* @__PURE__ */ new RegExp(
  String.raw`^(?:[Rr]éponse|[Rr]esponse|[Rr]eply|[Aa]ntwort)\s(?:de|du propriétaire|from(?: the owner)?|by|von)\s*:?\s+(${NAME}),\s+([^,.;:!?]{2,60})$`,
  'u',
);

/**
 * "<p><strong>Bocage Tech</strong> présente sa station … Votre contact sur le stand : Gaëlle Rouxel, …": the firm a
 * featured entry's paragraph opens with in bold, a sentence following it, is its contact's firm.
 */
function leadFirm(l: Line, name: string): string | undefined {
  const b = l.el?.firstElementChild;
  if (!b || (b.tagName !== 'STRONG' && b.tagName !== 'B')) return undefined;
  const f = (b.textContent ?? '').trim();
  if (f.length < 2 || f.length > 50 || f.includes(name) || !l.text.startsWith(f)) return undefined;
  return /^\s+(?:\p{Ll}|[—–]\s)/u.test(l.text.slice(f.length)) ? f : undefined;
}

/**
 * "<div><a href=https://pollen-data.example>Pollen Data</a></div><div><p>… Contact : Clara Deshayes, cofondatrice.</p>":
 * the title of the card holding the sentence, a link to a firm's own site, is its contact's firm.
 */
function cardFirm(el: Element | undefined, name: string): string | undefined {
  let e: Element | null | undefined = el;
  for (let n = 0; e && n < 3; n++, e = e.parentElement) {
    const prev = e.previousElementSibling;
    const t = (prev?.textContent ?? '').trim();
    if (!prev || !t || t.length > 50 || t.includes(name)) continue;
    const a = prev.tagName === 'A' ? prev : prev.querySelector('a[href]');
    const host = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(a?.getAttribute('href') ?? '')?.[1] ?? '';
    // (its own site spells it: a firm, not a person's name)
    return host && (a!.textContent ?? '').trim() === t && spellsDomain(t, host) ? t : undefined;
  }
  return undefined;
}

/** People a sentence gives as its contact, with their title, firm, address and number when it gives them. */
export function contactPeople(lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const line of lines) {
    const t = line.text.length > 3000 ? line.text.slice(0, 3000) : line.text;
    if (t.length < 12 || out.length >= 50) continue;
    // name, title (only a strong one, unless the label says it is the contact), from where in the line
    const take = (rawName: string, rawTitle: string | undefined, from: number, anyTitle: boolean) => {
      const name = personName(rawName);
      if (!name || out.some((q) => q.name === name)) return;
      if (!anyTitle && !(rawTitle && strongTitle(rawTitle))) return;
      const p: DetectedPerson = { name };
      if (rawTitle && strongTitle(rawTitle)) p.title = rawTitle.trim();
      const firm = leadFirm(line, name) ?? cardFirm(line.el, name);
      if (firm) p.company = orgName(firm);
      // the sentence's own address and number are the person's it names
      const sentence = unobfuscate(t)
        .slice(from)
        .split(/[!?]\s|(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Mme|M|Herr|Frau))\.\s+(?=\p{Lu})/u)[0]!
        .slice(0, 300);
      const emails = findPlainEmails(sentence);
      if (emails.length === 1) p.email = normalizeAddress(emails[0]!);
      if (findPhones(sentence).length === 1) p.phones = findPhones(sentence);
      out.push(p);
    };
    // (from the name on: a match may start with the previous sentence's full stop)
    const at = (m: RegExpMatchArray) => m.index! + m[0].indexOf(m[1]!);
    if (/[:：]/.test(t)) {
      for (const m of t.matchAll(LABEL_NAME)) take(m[1]!, m[2], at(m), true);
      for (const m of t.matchAll(ANY_LABEL_NAME)) take(m[1]!, m[2], at(m), false);
      for (const m of t.matchAll(LABEL_NAME_ADDRESS)) take(m[1]!, undefined, at(m), true);
      for (const m of t.matchAll(LABEL_ADDRESS_NAME)) take(m[1]!, undefined, at(m), true);
    }
    if (t.length < 600) for (const m of t.matchAll(SIGNED_END)) take(m[1]!, m[2], at(m), false);
    for (const m of t.matchAll(CALL_NAME)) take(m[1]!, undefined, at(m), true);
    const reply = t.length < 160 ? REPLY_BY.exec(t) : null;
    const who = reply ? personName(reply[1]!) : '';
    if (who && !out.some((q) => q.name === who))
      out.push(
        strongTitle(reply![2]!)
          ? { name: who, title: reply![2]! }
          : isOrgLine(reply![2]!) || /^\p{Lu}/u.test(reply![2]!)
            ? { name: who, company: orgName(reply![2]!) }
            : { name: who },
      );
    // (its next part an address or a number, not a date: "By Jane Roe · 3 March 2027")
    const first = t.length < 200 ? NAME_FIRST.exec(t) : null;
    const next = first ? t.slice(first[0].length).split(/\s[–—|·]\s/)[0]! : '';
    if (first && personName(first[1]!) === first[1] && (next.includes('@') || findPhones(next).length))
      take(first[1]!, undefined, 0, true);
    // (a firm first: "Agence Lumen RP – Jeanne Roy – jeanne@lumen-rp.fr – 06 …", the firm its own address spells)
    const firmFirst = t.length < 200 ? FIRM_FIRST.exec(t) : null;
    // (its next part an address or a number, not a date: "… · Messe Augsburg · 21.–23. April 2026")
    const after = firmFirst ? t.slice(firmFirst[0].length).split(/\s[–—|·]\s/)[0]! : '';
    if (
      firmFirst &&
      personName(firmFirst[2]!) === firmFirst[2] &&
      !personName(firmFirst[1]!) &&
      (after.includes('@') || findPhones(after).length)
    ) {
      const before = out.length;
      take(firmFirst[2]!, undefined, firmFirst[0].length - firmFirst[2]!.length - 1, true);
      const p = out[before];
      const host = p?.email?.split('@')[1] ?? '';
      if (p && !p.company && (isOrgLine(firmFirst[1]!) || (host && spellsDomain(firmFirst[1]!, host))))
        p.company = orgName(firmFirst[1]!);
    }
    for (const m of t.matchAll(MEET)) take(m[1]!, m[2], at(m), false);
    if (/[:：]/.test(t)) for (const m of t.matchAll(WITH_NAME)) take(m[1]!, m[2], at(m), false);
  }
  return out;
}
