/**
 * People a sentence names with their role, read on the on-demand script's side (the readers' bundle has no room
 * left under its 15 KB budget): "handled by our practice manager, Rosie Atwell", "Ihre Ansprechpartnerin ist
 * Frau Dr. X", "Ask for X, Title", "Acme names Jane Doe Chief Technology Officer", "X, previously …, who joins as
 * …", "die Wirtschaftsjournalistin X". The name and title rules are the readers' own, passed in as `h`.
 * Pure functions of lines; bounded patterns (each line read up to 3,000 characters).
 */
import type { Line } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { unobfuscate } from './page-emails';
import { findPhones, phoneAfter } from './phones';
import { looksLikeJobTitle } from './text';
import type { DetectedPerson } from './types';

/** The readers' name and title rules (page-people.ts). */
export interface ProseHelpers {
  personName(raw: string): string;
  strongTitle(t: string): boolean;
  professionWord(w: string): boolean;
  splitTitleCompany(s: string): [string | undefined, string | undefined];
  orgName(l: string): string;
  isOrgLine(l: string): boolean;
}

// ---- quotes ----

const COMPANY_RE = String.raw`(\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s+(?:&\s+)?(?:[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*|of|for|de|du|des|für|and|d['’]\p{Lu}[\p{L}\p{M}]*))*?)`;
// ("directrice générale d’Hydrelia": an elided "de" joins the firm with no space)
const LINK = String.raw`(?:\s+(?:of|at|for|with|chez|de|du|des|d['’]|der|bei|von|vom|im|in der)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?|\s+d['’](?=\p{Lu}))`;
// (page-people.ts's NAME_RE: a copy, so that this bundle does not take that module in)
// ("Ciarán O'Dwyer", "Luca D’Amico": a surname's capital after an apostrophe)
const NAME_RE = String.raw`((?:(?:Prof|Dr|Dipl|Ing|Mag|Mr|Mrs|Ms|Me|M|Mme|Rev|Revd)\.(?:-(?:Ing|Kfm|Kff|Inf)\.)?\s+|(?:rer\.\s?(?:nat|pol|oec)|med|phil|jur|h\.\s?c)\.\s+)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*|de|van|von|der|le|la|du)){1,5})`;

// "handled by our practice manager, Rosie Atwell (…)", "customers reach their account manager, Jane Roe, at …", "contact our office manager Jane Doe on 01225 …",
// "Ihre Ansprechpartnerin ist Frau Dr. Lea Brandt", "votre interlocutrice, Mme Claire Roux, chargée de clientèle":
// a role, then the name (set off by a comma, or not), then what a sentence says of a contact
const ROLE_NAME = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Oo]ur|[Yy]our|[Tt]heir|[Nn]otre|[Vv]otre|[Ll]eur|[Uu]nsere?[rnm]?|[Ii]hre?[rnm]?)\s+(\p{L}[^,.;:!?()"“”„«»]{2,40}?)(?:,\s+|\s+(?:ist|is|est|sera)\s+|\s+)((?:(?:Frau|Herr|Mme|Mrs|Ms|Mr|M|Dr|Prof|Me)\.?\s+)*${NAME_RE.slice(1, -1)})(?=\s*[,(:–—]|\s+(?:on|at|au|unter|who|qui|will|wird|répond|answers|replies|can|peut|kann)\b|\s+(?:is|est|ist)\s+(?![\p{Lu}\d])|\s*[.;!?](?:\s|$)|\s*$)`,
  'gu',
);
const CONTACT_ROLE =
  /^(?:ansprechpartner(?:in)?|kontaktperson|contact|contact person|interlocut(?:eur|rice)|correspondante?)$/i;
// "Ask for Marcus Bell, Service Manager", "reporting to Callum Reid, Engineering Manager", "Envoyez votre CV à Maëlle Kerhervé, responsable RH : …"
const ASK_FOR = /* @__PURE__ */ new RegExp(
  String.raw`(?:\b(?:[Aa]sk for|[Ss]peak (?:to|with)|[Tt]alk to|[Cc]ontact|[Ww]rite to|[Dd]emandez|[Cc]ontactez|[Ww]enden Sie sich an|[Ff]ragen Sie nach|[Rr]eporting (?:directly )?to|[Rr]eports? (?:directly )?to|[Rr]attach[ée]e? (?:directement )?à|[Bb]erichtet (?:direkt )?an)|(?<=\S\s)(?:à|to|an))\s+((?:(?:Frau|Herr|Mme|Mrs|Ms|Mr|M|Dr)\.?\s+)*${NAME_RE.slice(1, -1)}),\s+([^,.;:()"“”„«»]{2,60}?)\s*(?=[.,;:(]|\s[-–—]\s|$)`,
  'gu',
);
// "Acme names Jane Doe Chief Technology Officer", "nomme Claire Roux directrice financière": no "as" between
const APPOINT_BARE = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:names|named|appoints|appointed|nomme|ernennt)\s+((?:(?:Dr|Prof)\.\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){2,9})`,
  'gu',
);
const FIRM_BEFORE =
  /(\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*){0,4})\s+(?:has\s+|hat\s+)?$/u;
// "Halvard's Lyon office will be led by Aurélien Fournier, previously …, who joins as VP Engineering Europe"
const WHO_JOINS = /* @__PURE__ */ new RegExp(
  String.raw`${NAME_RE},[^.;!?]{0,120}?\bwho (?:joins|will join|has joined|joined|rejoint|a rejoint) (?:(?:us|the company|the team|l['’]entreprise|l['’]équipe) )?(?:as|en tant que|comme) (?:our |its |the |a |an |notre |son |sa )?([^.,;:()"“”„«»]{2,50}?)(?=[.,;:(]|\s(?:and|from|in|on|et|à|dès)\b|$)`,
  'gu',
);
// "Le fondateur de Tarentel, Léon Roux, restera …", "The founder of Kestrel, Tom Reid, joins …": a role at a firm, then
// the name set off by commas
const ROLE_OF_NAME = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Ll]e|[Ll]a|[Tt]he|[Dd]er|[Dd]ie|[Ii]ts|[Ss]on|[Ss]a)\s+(\p{L}[\p{L}\p{M} -]{2,40}?)${LINK}${COMPANY_RE},\s+${NAME_RE}(?=,)`,
  'gu',
);
// "die Wirtschaftsjournalistin Katrin Vollmer", "la journaliste Inès Marchal": a trade noun before the name
const PROFESSION_NAME = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:der|die|dem|den|des|la|le|l['’]|the|our|notre|unsere?[rnm]?|von|par|by|mit|avec|with)\s+(\p{L}[\p{L}-]{6,40})\s+${NAME_RE}(?![\p{L}\p{M}'’]|\s+(?:GmbH|AG|KG|SE|SA|SAS|SARL|Ltd|LLC|Inc|UG|eG|BV|NV)\b)`,
  'gu',
);
// "Le chef Aurélien Roux cuisine …", "Our head brewer Tom Reid brews …": a sentence led by a role and a name, then its verb
const LEAD_ROLE = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:Le|La|Notre|Our|The|Der|Die|Unser(?:e)?)\s+(\p{Ll}[\p{L}-]{2,30}(?:\s\p{Ll}[\p{L}-]{2,30})?)\s+${NAME_RE}\s+(?=\p{Ll}{3})`,
  'gu',
);

// "our customers, Jane Doe and …", "our friend, …": no role at the firm
const NOT_A_ROLE =
  /\b(?:customers?|clients?|friends?|partners?|family|members?|guests?|readers?|users?|kunden|gäste|amis?|lecteurs?)\b/i;

// a word for a group of people before a list of their names ("Autres administrateurs :", "Vorstand:", "Our founders:")
const GROUP =
  /\b(?:administrat(?:eurs|rices)|membres|members|bureau|conseil|board|team|[ée]quipe|vorstand|mitglieder|intervenant(?:e)?s|speakers|invit[ée]s|guests|fondat(?:eurs|rices)|founders|co-?founders|associ[ée]s|jury|salari[ée]s|staff|[ée]lus|directors|trustees|panell?ists|pan[ée]listes|referent(?:inn)?en|gr[üu]nder(?:innen)?)\b/i;

/** "practice manager Jane Doe" -> ["practice manager", "Jane Doe"]: the longest name at the end after a title. */
export function splitRoleName(words: string, h: ProseHelpers): [string, string] | null {
  const w = words.trim().split(/\s+/);
  for (let k = Math.min(5, w.length - 1); k >= 2; k--) {
    const head = w.slice(0, w.length - k).join(' ');
    const first = w[w.length - k]!;
    if (!/^\p{Lu}/u.test(first) || h.professionWord(first)) continue;
    const name = h.personName(w.slice(w.length - k).join(' '));
    if (name && head) return [head, name];
  }
  return null;
}

/** "Jane Doe Chief Technology Officer" -> ["Jane Doe", "Chief Technology Officer"]. */
function splitNameTitle(words: string, h: ProseHelpers): [string, string] | null {
  const w = words.trim().split(/\s+/);
  for (let k = 2; k <= Math.min(4, w.length - 1); k++) {
    const name = h.personName(w.slice(0, k).join(' '));
    const title = w.slice(k).join(' ');
    if (name && !h.professionWord(w[k - 1]!) && !looksLikeJobTitle(w.slice(0, k).join(' ')) && h.strongTitle(title))
      return [name, title];
  }
  return null;
}

// "Co-fondée en 2023 par", "Founded by", "gegründet von", "Créée par": the founders' names follow
// (a year and a town between: "Fondée en 1987 à Cholet par", "founded in Leeds in 1998 by", "1995 in Kiel gegründet von")
const FOUNDED_BY =
  /(?:^|[\s(])(?:co-?fond[ée]e?s?|fond[ée]e?s?|cr[ée]{2}e?s?|co-?founded|founded|started|gegr[üu]ndet|mitgegr[üu]ndet)(?:\s(?:en|in|im|à|au)(?:\s\p{L}+)?\s(?:\d{4}|\p{Lu}[\p{L}\p{M}'’-]+)){0,2}\s(?:par|by|von)\s([^.;!?]{3,200})/giu;
// "rejoint en 2024 par Hanna Lindqvist comme CTO", "ils sont rejoints par Wassim Khelifi", "joined in 2024 by Tom Reid"
const JOINED =
  /\b(?:rejointe?s?|joined|verst[äa]rkt)(?:\s(?:en|in|im)\s\d{4})?\s(?:par|by|von)\s(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,3})(?:\s(?:comme|en tant que|as|als)\s([^.;,!?()]{2,40}))?/gu;

/**
 * The founders a firm's blurb names: the names after "fondée par" up to the first part that is no name ("Co-fondée
 * par Inès Karamoko (CEO) et le Dr Paul Jaouen", "Founded in 2021 by Tom Reid, a former …"), and a later joiner
 * with the title they joined as. A first name alone ("par Judith et son ami Anselme Quibel", "les frères Thomas et
 * Victor Hamon") is skipped.
 */
export function founders(text: string, h: Pick<ProseHelpers, 'personName'>): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  const add = (raw: string, title?: string) => {
    // ("son ami d'enfance Anselme Quibel", "l'architecte Delphine Morvan": lower-case words before the name)
    const m = /^(.*?)\s*(?:\(([^)]{2,40})\))?$/.exec(
      raw.trim().replace(/^(?:\p{Ll}[\p{L}\p{M}'’-]*\s+|\p{Ll}['’](?=\p{Lu}))+(?=\p{Lu})/u, ''),
    );
    const name = h.personName(m![1]!);
    if (!name || name.split(/\s+/).length > 4 || out.some((p) => p.name === name)) return false;
    const t = title ?? m![2];
    out.push(t ? { name, title: t.trim() } : { name });
    return true;
  };
  for (const m of text.matchAll(FOUNDED_BY))
    for (const item of m[1]!.split(/,\s*|\s+(?:et|and|und|&)\s+/))
      if (!add(item) && !/^(?:[\p{L}'’-]+\s+)*\p{Lu}[\p{Ll}\p{M}-]+$/u.test(item.trim())) break;
  for (const m of text.matchAll(JOINED)) add(m[1]!, m[2]);
  return out;
}

/** People a sentence names with their role, their own address and number when the sentence gives them. */
const BOLD_TITLE = /^,\s+(\p{Lu}[^,.;:()]{2,40}?(?:,\s+\p{Ll}[^,.;:()]{1,20})?)(?:,?\s+(?:et|and|und)\s*$|\.(?:\s|$))/u;

// "<b>Name</b>, Revisorin (Treuhand Roth AG).": a title, then their firm in brackets, closing the sentence
const BOLD_TITLE_FIRM = /^,\s+(\p{Lu}[^,.;:()]{2,50}?)\s+\((\p{Lu}[^(),;:@]{2,60})\)\s*(?:\.(?:\s|$)|$)/u;

// a supporter's standing: "Major donor", "Patron", "Grand mécène", "Donatrice", "Hauptspender", "Förderin"
const SUPPORTER =
  /^(?:(?:major|lead|principal|founding|grand|petit)\s+)?(?:donors?|patrons?|benefactors?|mécènes?|donat(?:eur|rice)s?|(?:haupt|groß)?(?:spender|förderer|stifter|mäzen)(?:in)?)$/iu;

// a lower-case title after a bold name, up to the next comma or stop: "<b>Name</b>, conservatrice en chef, avec …"
const BOLD_LOW = /^,\s+(\p{Ll}[^,.;:()]{2,50}?)\s*(?:[,;:]|\.(?:\s|$)|$)/u;
// a role right before a bold name: "Cuisine du chef <b>Name</b>", "notre sommelière <b>Name</b>", "by head brewer …"
const BOLD_ROLE =
  /(?:^|\s)(?:du|de la|le|la|notre|our|the|by|par|unser(?:e[rmn]?)?|von)\s+(\p{Ll}[\p{L}-]{2,30}(?:\s\p{Ll}[\p{L}-]{2,30})?)\s*$/u;
// two first names and one surname: "Hortense et Baudouin de Larrazet", "Tom and Jane Hale", "Anna und Lukas Brandt"
// (the subject of a verb after it: a firm's "Farines et Levains du Maine, SARL …" is none)
const COUPLE =
  /^(\p{Lu}[\p{Ll}\p{M}-]+)\s+(?:et|and|und)\s+(\p{Lu}[\p{Ll}\p{M}-]+)\s+((?:(?:de|du|von|van|le|la)\s+)?\p{Lu}[\p{L}\p{M}'’-]+)$/u;

// a firm and the person who stands for it: "Cabinet Arvers Audit, représenté par Mme Jane Roe", "Acme Ltd, represented
// by Mr John Roe", "Muster GmbH, vertreten durch Frau Erika Roe" (its capitalised words only, no sentence before them)
const REPRESENTED_BY =
  /(\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&'’-]*|de|du|des|&)){0,6}),\s+(?:représentée?\s+par|represented\s+by|vertreten\s+durch)\s+(?:(?:Mme|Madame|M\.|Monsieur|Mr|Mrs|Ms|Dr|Frau|Herr)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]+|de|du|von|van|le|la)){1,3})/gu;

export function rolePeople(lines: readonly Line[], h: ProseHelpers): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  const add = (rawName: string, rawTitle: string, company?: string) => {
    const name = h.personName(rawName);
    const [t, c] = h.splitTitleCompany(rawTitle);
    const title = (t ?? rawTitle.trim()).replace(/^(?:our|notre|unser(?:e[rn]?)?)\s+(?=\p{L}{3})/iu, '');
    if (!name || !h.strongTitle(title) || out.some((q) => q.name === name)) return undefined;
    const p: DetectedPerson = { name, title };
    if (company ?? c) p.company = h.orgName((company ?? c)!);
    out.push(p);
    return p;
  };
  for (const { text, el } of lines) {
    if (text.length < 12 || out.length >= 50) continue;
    const t = text.length > 3000 ? text.slice(0, 3000) : text;
    const before = out.length;
    // "<strong>Jane Roe</strong>, Chef de culture, et <strong>…</strong>": a bold name in a sentence, its title set off
    // by commas up to the next name or the sentence's end
    const pushNew = (p: DetectedPerson) => {
      if (out.some((q) => q.name === p.name)) return undefined;
      out.push(p);
      return p;
    };
    const bolds = el?.querySelectorAll ? Array.from(el.querySelectorAll('strong, b')).slice(0, 12) : [];
    const near = (n: Node | null) => (n?.nodeType === 3 ? (n.textContent ?? '') : '');
    const found: Element[] = [];
    for (const b of bolds) {
      const n = (b.textContent ?? '').trim();
      const after = near(b.nextSibling);
      const m = BOLD_TITLE.exec(after);
      if (m && h.personName(n) === n) add(n, m[1]!);
      // ("<b>Name</b>, Major donor.": a supporter a charity thanks, their standing as title)
      if (m && h.personName(n) === n && SUPPORTER.test(m[1]!.trim())) pushNew({ name: n, title: m[1]!.trim() });
      // "<b>Name</b>, Professeure d'histoire (Université X).": a title, then the body they work for in brackets
      const inBrackets = m ? null : BOLD_TITLE_FIRM.exec(after);
      const body = inBrackets?.[2] ?? '';
      // (a body, not a place or a person: "(Lyon)", "(Jean Roy)", "(retired)")
      const seat = inBrackets?.[1]!.trim() ?? '';
      // (a trade's word will do for the title: the body in brackets makes the shape: "Revisorin", "Professeure d'…")
      if (
        inBrackets &&
        h.personName(n) === n &&
        (h.strongTitle(seat) || h.professionWord(seat.split(' ')[0]!)) &&
        h.isOrgLine(body) &&
        !h.personName(body) &&
        !out.some((q) => q.name === n)
      )
        out.push({ name: n, title: seat, company: h.orgName(body) });
      const name = h.personName(n);
      if (!name || out.some((q) => q.name === name)) continue;
      // (lower-case, "<b>Name</b>, conservatrice en chef, avec …"; after a role, "Cuisine du chef <b>Name</b>"; with
      // their firm in brackets, "<b>Dr. Name</b> (Kunsthalle Wendel)"; a known title or firm only)
      // (a line with an address is a contact's, read with their firm by the contacts' reader)
      if (t.includes('@')) continue;
      const low = BOLD_LOW.exec(after)?.[1];
      const role = BOLD_ROLE.exec(near(b.previousSibling))?.[1];
      const firm = /^\s*\((\p{Lu}[^(),\d]{2,60})\)/u.exec(after)?.[1];
      // (a firm of two words or more, no title; of three when it reads as a name: "(Kunsthalle Wendel)", not "(Jean Roy)")
      // (each word capitalised or a joining word: "(Head of Content at X and your host)" is a title)
      const words =
        firm && /^(?:(?:\p{Lu}\S*|de|du|des|la|le|of|the|and|für|und|et|d['’]\S+)(?:\s+|$))+$/u.test(firm)
          ? firm.split(/\s+/).length
          : 0;
      const p =
        (low && h.strongTitle(low) && add(name, low)) ||
        (role && h.strongTitle(role) && add(name, role)) ||
        (firm && words >= (h.personName(firm) ? 3 : 2) && !h.strongTitle(firm) && h.orgName(firm)
          ? pushNew({ name, company: h.orgName(firm) })
          : undefined);
      if (p) found.push(b);
    }
    // (the bold names beside one so presented in its sentence, each after "de", "by", "von": "…, pâtisserie de
    // <b>Name</b>"; and a couple sharing a surname, "<b>Hortense et Baudouin de Larrazet</b>")
    for (const b of bolds) {
      const n = (b.textContent ?? '').trim();
      const c = /^\s+\p{Ll}/u.test(near(b.nextSibling)) ? COUPLE.exec(n) : null;
      const pair = c ? [h.personName(`${c[1]} ${c[3]}`), h.personName(`${c[2]} ${c[3]}`)] : [];
      if (pair.length && pair.every(Boolean)) for (const x of pair) pushNew({ name: x });
      const name = h.personName(n);
      if (name && found.length && !found.includes(b) && /\s(?:de|d['’]|by|par|von)\s$/.test(near(b.previousSibling)))
        pushNew({ name });
    }
    // the sentence's own address and number are the person's it names
    const own = (p: DetectedPerson | undefined, from: number) => {
      if (!p) return;
      const sentence = unobfuscate(t)
        .slice(from)
        .split(/[!?]\s|\.\s+(?=\p{Lu})/u)[0]!
        .slice(0, 300);
      const emails = findPlainEmails(sentence);
      if (!p.email && emails.length === 1) p.email = normalizeAddress(emails[0]!);
      if (!p.phones && findPhones(sentence).length === 1) p.phones = findPhones(sentence);
    };
    for (const m of t.matchAll(ROLE_NAME)) {
      // (a comma sets the name apart: "our Head of Finance, Dr. Marc Keller," is read as written)
      const commaName = m[0].slice(m[1]!.length).includes(', ') ? h.personName(m[2]!) : '';
      const split: [string, string] | null = commaName ? [m[1]!, commaName] : splitRoleName(m[1]! + ' ' + m[2]!, h);
      if (!split || out.some((q) => q.name === split[1])) continue;
      const [role, name] = split;
      if (CONTACT_ROLE.test(role)) {
        // the title after the name: "…, Mme Claire Roux, chargée de clientèle"
        const after = /^\s*,\s*([^,.;:()]{2,50}?)\s*(?=[,.;:(]|$)/.exec(t.slice(m.index + m[0].length));
        const p: DetectedPerson = { name };
        if (after && h.strongTitle(after[1]!)) p.title = after[1]!.trim();
        out.push(p);
        own(p, m.index);
      } else {
        // "our bookkeeper, Grace Nakamura:": a role the comma sets apart, even one no title list knows
        const set = !!commaName && role.split(/\s+/).length <= 3 && /^\p{Ll}/u.test(role) && !NOT_A_ROLE.test(role);
        own(set && !h.strongTitle(role) ? pushNew({ name, title: role }) : add(name, role), m.index);
      }
    }
    for (const m of t.matchAll(ASK_FOR)) {
      // (the bare "à/to/an" form only before an address: "… à Maëlle Kerhervé, responsable RH : rh@…")
      if (/^(?:à|to|an)$/i.test(m[0].split(/\s+/)[0]!) && !/^\s*[:：]/.test(t.slice(m.index + m[0].length))) continue;
      own(add(m[1]!, m[2]!), m.index);
    }
    // (the firm before the verb read backwards from it: a leading optional group made every start scan the line)
    for (const m of /\b(?:names|named|appoints|appointed|nomme|ernennt)\s/.test(t) ? t.matchAll(APPOINT_BARE) : []) {
      const firmMatch = FIRM_BEFORE.exec(t.slice(Math.max(0, m.index - 80), m.index));
      const words = m[1]!.split(/\s+(?:effective|with|from|starting|to|à|et|and|und|mit|zum|zur|as|comme)\b/)[0]!;
      const split = splitNameTitle(words, h);
      const firm = firmMatch?.[1]!.replace(/^(?:The|Le|La|Les|Die|Der|Das)\s+/, '');
      if (split && !out.some((q) => q.name === split[0]))
        add(split[0], split[1], firm && !/^(?:It|Il|Elle|Sie|Er|We|Nous|Wir)$/.test(firm) ? firm : undefined);
    }
    for (const m of t.matchAll(ROLE_OF_NAME)) add(m[3]!, m[1]!, m[2]!);
    for (const m of / who | qui /.test(t) ? t.matchAll(WHO_JOINS) : [])
      if (!out.some((q) => q.name === m[1])) add(m[1]!, m[2]!);
    for (const m of t.matchAll(LEAD_ROLE)) if (!out.some((q) => q.name === m[2])) add(m[2]!, m[1]!);
    for (const m of t.includes('présent') || /represented|vertreten/.test(t) ? t.matchAll(REPRESENTED_BY) : []) {
      const name = h.personName(m[2]!);
      if (name && !h.personName(m[1]!) && !out.some((q) => q.name === name))
        out.push({ name, company: h.orgName(m[1]!) });
    }
    for (const m of t.matchAll(PROFESSION_NAME)) {
      const name = h.personName(m[2]!);
      if (!name || !h.professionWord(m[1]!)) continue;
      if (!out.some((q) => q.name === name)) out.push({ name, title: m[1]! });
    }
    // a board in one sentence: "Bureau : Président Gérard Roux, Trésorière Ana Lima, Secrétaire …", "Autres
    // administrateurs : A, B et C" (names alone only under a word for a group of people)
    if (/[:：]\s/.test(t))
      t.split(/\s*[:：]\s+/).forEach((seg, i, segs) => {
        if (!i) return;
        const items = seg
          .split(/(?<!\b(?:Dr|Prof|Pr|Me))[.;!?](?:\s|$)/)[0]!
          .split(/\s*,\s*|\s+(?:et|and|und|&)\s+/)
          .map((x) => x.trim());
        if (items.length < 2 || items.length > 20) return;
        const label = segs[i - 1]!.split(/\s+/).slice(-4).join(' ');
        const got: DetectedPerson[] = [];
        for (const x of items) {
          const name = h.personName(x);
          const split = name === x ? null : splitRoleName(x, h);
          // ("Vorstand: Dr. Anna Roe (Vorsitzende), Bernd Roe": a role in brackets after a name, theirs)
          const br = /^(.+?)\s*\(([^()]{2,40})\)$/.exec(x);
          const bn = br && GROUP.test(label) ? h.personName(br[1]!) : undefined;
          if (bn && h.strongTitle(br![2]!)) got.push({ name: bn, title: br![2]!.trim() });
          else if (name === x && GROUP.test(label)) got.push({ name });
          else if (split && h.strongTitle(split[0])) got.push({ name: split[1], title: split[0] });
          else return;
        }
        for (const p of got) pushNew(p);
      });
    // the founders in looser words than the readers' ("fondée en 2012 par Judith et son ami X", "rejoints par Y")
    if (/fond|found|cr[ée]{2}|gegr|rejoint|joined/i.test(t)) for (const p of founders(t, h)) pushNew(p);
    // "…, erreichbar unter 0511 …" after "Frau Dr. X": a number the sentence gives them
    for (const p of out.slice(before)) {
      const phones = p.phones ? undefined : phoneAfter(t, p.name);
      if (phones) p.phones = phones;
    }
  }
  return out;
}

const TITLE_RE = String.raw`([^."“”„«»:;()]{2,90}?)`;
// "said Elena Marsh, Ph.D., Chief Executive Officer of …": a degree after the name
const POSTNOM = String.raw`(?:,\s+(?:Ph\.?\s?D|M\.?D|MBA|CPA|DPhil|MSc|FRCP|OBE|MBE|CBE)\.?)?`;
const SAID = String.raw`(?:said|says|added|adds|explained|explains|commented|comments|noted|notes|stated|according to|confirms|confirmed|sagt|sagte|erklärt|erklärte|betont|betonte|ergänzt|bestätigt|so|meint|fügt hinzu|explique|déclare|déclarait|souligne|précise|ajoute|commente|indique|estime|selon|affirme|confie|confirme|témoigne|raconte)`;
const QUOTE_AFTER = /* @__PURE__ */ new RegExp(
  String.raw`${SAID}\s+${NAME_RE}${POSTNOM}\s?,\s+${TITLE_RE}${LINK}${COMPANY_RE}(?=[.,;:!?"”»]|\s[-–—(]|$)`,
  'gu',
);
// ("Côté clients, Sophie Marchal, directrice des achats de Maison Ébène, confirme :": after a sentence's lead too)
const QUOTE_BEFORE = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+|["“”„«»]\s*|,\s+)${NAME_RE}${POSTNOM},\s+${TITLE_RE}${LINK}${COMPANY_RE}(?:\s*\([^)]{1,30}\))?\s*(?:[:,]\s*["“„«]|,?\s+${SAID}\b|:\s*$)`,
  'gu',
);

// "said Raymond Osei, Senior Vice President, Operations, Kessel Foods.": the firm after the title's last comma
const QUOTE_COMMA = /* @__PURE__ */ new RegExp(
  String.raw`${SAID}\s+${NAME_RE}${POSTNOM},\s+([^."“”„«»:;()]{2,90}),\s+${COMPANY_RE}(?=[.;!?"”»]|$)`,
  'gu',
);

// "Présent lors de l'inauguration, Patrick Mounier, maire de Privas, a salué « … »", "…, Jane Doe, CEO of Acme, has
// welcomed …": a name set off by commas, then its title and body, then a verb in the past
const APPOSED = /* @__PURE__ */ new RegExp(
  String.raw`,\s+${NAME_RE},\s+${TITLE_RE}${LINK}${COMPANY_RE},\s+(?:a|ont|hat|has|had)\s+(?=\p{Ll}+(?:é|ed|t)(?!\p{L}))`,
  'gu',
);

// a testimonial's signature after the quote: "” — Owen Brightman, Head of Product, Kitebird Health"
const QUOTE_DASH = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|["“”»]\s*)[—–-]\s*${NAME_RE},\s+${TITLE_RE}(?:,\s+|${LINK})${COMPANY_RE}\s*\.?$`,
  'gu',
);

// a testimonial's signature on its own line under the quote: "— Aurélie Fontan", "— Jake Morrow, Morrow Joinery",
// "– Petra Lindqvist, Einkaufsleiterin, Hallberg Logistik"
const SIGNED = /^[—–-]\s*([^,]{3,60}?)(?:,\s+([^,]{2,70}?))?(?:,\s+([^,]{2,70}?))?\s*$/u;

/**
 * The authors of a page's testimonials: a dash and a name alone on the quote's last line, then their title and firm
 * when given (a customer: the site's firm is not theirs, `company` only when the line names one).
 */
export function signedQuotes(
  lines: readonly Line[],
  h: Pick<ProseHelpers, 'personName' | 'orgName'>,
): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const { text, el } of lines) {
    const m = text.length <= 160 ? SIGNED.exec(text) : null;
    if (!m || !el.closest('blockquote, [class*="testimonial" i], [class*="temoignage" i]')) continue;
    const name = h.personName(m[1]!);
    if (!name || name !== m[1]!.trim()) continue;
    const p: DetectedPerson = { name };
    // ("— Name, Title, Firm", "— Name, Title", "— Name, Firm", "— Name, Firm, Town")
    const titled = !!m[2] && looksLikeJobTitle(m[2]);
    const company = h.orgName((titled ? m[3] : m[2]) ?? '');
    if (titled) p.title = m[2]!;
    if (company && !GENERIC_ORG.test(company)) p.company = company;
    out.push(p);
  }
  return out;
}

// the title before the name: "BWE-Präsident Hermann Albers: „…", "le président Alain Fuchs déclare",
// "CEO Oliver Grant said", "a déclaré le directeur général Paul Roux", "sagte Vorstandsvorsitzender Thomas Albrecht"
const SAID_PAST = String.raw`(?:a déclaré|a expliqué|a ajouté|a souligné|a commenté|hat erklärt|hat betont)`;
const LEAD_TITLE = String.raw`([Pp]r[äé]sident(?:in|e)?|[Vv]orstandsvorsitzender?|[Vv]orsitzender?|[Gg]eschäftsführer(?:in)?|[Vv]orständin|C[EFOTM]O|[Dd]irect(?:eur|rice) général(?:e)?|[Mm]anaging [Dd]irector|[Cc]hief [A-Z][a-z]+ Officer|(?:[Cc]o-?)?[Ff]ounder)`;
const QUOTE_TITLED = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[\s"“„«])(?:\p{Lu}[\p{L}\d]*-)?${LEAD_TITLE}\s+${NAME_RE}(?=\s*:\s*["“„«]|,?\s+(?:${SAID}\b|${SAID_PAST}))`,
  'gu',
);
const SAID_TITLED = /* @__PURE__ */ new RegExp(
  String.raw`(?:${SAID}|${SAID_PAST})\s+(?:(?:le|la|der|die|our|the|its|notre|son|sa|unser)\s+)?${LEAD_TITLE}\s+${NAME_RE}(?=[\s.,;:!?]|$)`,
  'gu',
);

// an elected or a public office, the title of whoever a release quotes from a town or a ministry
const PUBLIC_OFFICE =
  /^(?:(?:premier\s+)?(?:maire|adjointe? au maire|préf[eè]te?|sous-préf[eè]te?|députée?|sénat(?:eur|rice)|ministre|conseill(?:er|ère) (?:régional|départemental|municipal)e?|mayor|deputy mayor|councillor|minister|(?:ober)?bürgermeister(?:in)?|landrat|landrätin|minister(?:in)?)|(?:lord|lady)\s+mayor)$/i;

const GENERIC_ORG =
  /^(?:club|group|groupe|gruppe|association|verband|verein|company|société|firm|cabinet|foundation|fondation|stiftung|board|team|network|réseau|netzwerk|charity|trust)$/i;

// a German board's chair and members ("Vorstandsvorsitzender", "Aufsichtsratsvorsitzende", "Vorständin"): titles the
// shared title words (shipped in the webmail scripts) leave out
const BOARD_TITLE = /^(?:\p{L}*vorsitzende[rn]?|vorst(?:and|ändin)(?:smitglied)?)$/iu;

/** People quoted with their title and employer in running text. */
export function quotedPeople(
  lines: readonly Line[],
  h: Pick<ProseHelpers, 'personName' | 'orgName'> & Partial<Pick<ProseHelpers, 'splitTitleCompany'>>,
): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const { text } of lines) {
    if (text.length < 20 || out.length >= 50) continue;
    const t = text.length > 3000 ? text.slice(0, 3000) : text;
    for (const re of [QUOTE_AFTER, QUOTE_BEFORE, QUOTE_DASH, QUOTE_COMMA, APPOSED]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(t)) && n++ < 10) {
        const name = h.personName(m[1]!);
        let title = m[2]!.trim();
        let company = h.orgName(m[3]!.trim());
        // "maire de Privas": a public office's place is part of the title, no firm
        if (name && PUBLIC_OFFICE.test(title)) {
          const from = m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
          const to = m[0].lastIndexOf(m[3]!) + m[3]!.length;
          out.push({ name, title: m[0].slice(from, to) });
          continue;
        }
        // ("président de l'Union des industries textiles de la Loire": the body's whole name, not its region)
        const phrase = m[0].slice(m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length)).replace(/[\s,:"“„«]+$/u, '');
        const [t2, c2] = re === QUOTE_COMMA ? [] : (h.splitTitleCompany?.(phrase) ?? []);
        if (t2 && c2 && c2.length > company.length && c2.endsWith(company)) [title, company] = [t2, c2];
        if (
          !name ||
          !(looksLikeJobTitle(title) || BOARD_TITLE.test(title)) ||
          !company ||
          company.split(/\s+/).length > (t2 && company === c2 ? 8 : 6)
        )
          continue;
        // "président du Club", "CEO of the Group": the page's own body, named by its kind
        if (GENERIC_ORG.test(company) || (re === QUOTE_COMMA && looksLikeJobTitle(company))) continue;
        out.push({ name, title, company });
      }
    }
    for (const m of [...t.matchAll(QUOTE_TITLED), ...t.matchAll(SAID_TITLED)]) {
      const name = h.personName(m[2]!);
      // (the prefix is the page's own body's short name: the site's company stands for it)
      if (name) out.push({ name, title: m[1]! });
    }
  }
  return out;
}
