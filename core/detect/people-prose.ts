/**
 * People a page introduces in its running text (quotes, "X, CEO of Y, said", "appoints X as", "founded by") and
 * its bylines: read by the company-site detector through the readers only, so these rules live in the readers'
 * script (ondemand-readers.js) rather than the people layer the list readers share (issue 7 filled its budget).
 */
import { isHiddenElement, qsa, textOf, type Line } from './dom';
import { findPlainEmails, normalizeAddress } from './emails';
import { findPhones, phoneAfter } from './phones';
import { KEEPS_ROLE, PAST_ROLE, RELATIVE, ROLE_NOW } from './intl-words';
import {
  HONORIFIC,
  orgName,
  personName,
  professionWord,
  splitNames,
  splitTitleCompany,
  strongTitle,
} from './page-people';
import type { DetectedPerson } from './types';
import { normalizeLinkedinUrl } from '../text/linkedin';

// ---- quotes ----

// ("Ciarán O'Dwyer", "Luca D’Amico": a surname's capital after an apostrophe)
const NAME_RE = String.raw`((?:(?:Prof|Dr|Mr|Mrs|Ms|Me|M|Mme|Rev|Revd)\.(?:-Ing\.)?\s+)*\p{Lu}[\p{Ll}\p{M}'’]+(?:(?<=Ma?c)\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:(?<=Ma?c)\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*|de|van|von|der|le|la|du)){1,5})`;
// ("Boulangeries Fournil d'Or": an elided article before a capital)
const COMPANY_RE = String.raw`(\p{Lu}[\p{L}\p{M}\d&'’.+-]*(?:\s+(?:&\s+)?(?:[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*|of|for|de|du|des|für|and|d['’]\p{Lu}[\p{L}\p{M}]*))*?)`;
// ("directrice générale d’Hydrelia": an elided "de" joins the firm with no space)
const LINK = String.raw`(?:\s+(?:of|at|for|with|chez|de|du|des|d['’]|der|bei|von|vom|im|in der)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?|\s+d['’](?=\p{Lu}))`;

const GENERIC_ORG =
  /^(?:club|group|groupe|gruppe|association|verband|verein|company|société|firm|cabinet|foundation|fondation|stiftung|board|team|network|réseau|netzwerk|charity|trust)$/i;

// ---- people introduced in prose ----

// "Margaret Ellison – Chair of Trustees. Margaret joined…", "Tariq Mahmood, Logistics Manager, runs…"
// ("Agathe Morin, PDG de Tissages Morin (Roanne), détaille…": the firm's town in brackets)
// ("Sa fille Manon Ribaud, directrice d’exploitation, pilote…", "His son Tom Hale, head brewer, …": a relative, named)
const PROSE_LEAD = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|(?<!\b(?:Dr|Prof|Mr|Mrs|Ms|Mme|Me|M|St|Rev|Revd|Dipl|Ing))[.!?]\s+)(?:${RELATIVE}\s+)?${NAME_RE}\s*(?:[–—,]|\s-)\s*([^.;,–—()"“”„«»]{2,60}?)(?:\s*\(\p{Lu}[^()]{1,30}\))?\s*(?:[.;,]\s|\s[–—-]\s|\.?$)`,
  'gu',
);
// "Owen Pritchard is a trustee and…", "Camille Arnaud est la fondatrice de Maison Arnaud et…"
const PROSE_IS = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.!?]\s+)${NAME_RE}(?:\s*\(\d{2}\))?\s+(?:is|was|est|était|ist|war)\s+(?:(?:also|now|aussi|auch|(?:seit|depuis|since)\s+\d{4})\s+)?(?:(?:a|an|our|the|un|une|notre|le|la|unser(?:e|er)?|ein(?:e)?|der|die)\s+|l['’])?([^.,;:()"“”„«»]{2,50}?)(?:${LINK}${COMPANY_RE})?(?=\s+(?:and|with|who|since|where|et|avec|qui|depuis|où|und|mit|seit|wo)\b|[.,;:]|$)`,
  'gu',
);
// "Joe Hale will remain head of production at the Leeds site", "Anna Roth bleibt Geschäftsführerin der …",
// "Léa Morel restera directrice du site": the role a release says a person keeps or takes
const PROSE_WILL = /* @__PURE__ */ new RegExp(String.raw`(?:^|[.!?]\s+)${NAME_RE}${KEEPS_ROLE}`, 'gu');
// a guest a host introduces mid-sentence, with their lower-case title at their firm: "je reçois Ophélie Grandjean,
// présidente de la Fonderie Valdajol à …, et Marc Dassin, directeur d'investissement chez Lorraine Capital, …"
const PROSE_GUEST = /* @__PURE__ */ new RegExp(
  String.raw`(?:\b(?:re[çc]oi[st]|recevons|accueill(?:e|ons|ent)|invit(?:e|ons|ent)|rencontr(?:e|ons)|interview(?:e|ons|s)?|welcomes?|welcomed|joined by|talks? (?:to|with)|speaks? with|sprechen? mit|begrüß(?:t|en))|,\s+(?:et|and|und))\s+${NAME_RE},\s+(\p{Ll}[^,.;:()"“”„«»]{2,50}?)${LINK}${COMPANY_RE}(?=\s*[,.;:]|\s+(?:à|au|aux|in|en|dans|bei|near|qui|who)\s|$)`,
  'gu',
);
// a show's guest by its label: "Guest: Jane Roe, Head of Export at Acme Ltd", "Gast: …, Geschäftsführerin bei …"
const GUEST_LABEL = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Gg]uests?|[Gg]ast|[Gg]äste|[Ii]nvitée?s?)\s?[:：]\s*${NAME_RE},\s+([^,.;:()"“”„«»]{2,50}?)${LINK}${COMPANY_RE}(?=\s*[,.;:·|(]|$)`,
  'gu',
);
// "Our trustees are Jane Roe (Chair), John Poe (Treasurer)…", "le bureau : Marie Dupont (présidente), …"
const PROSE_PAREN = /* @__PURE__ */ new RegExp(String.raw`${NAME_RE}\s*\(([^()]{2,50})\)`, 'gu');
// "Contact our membership officer, Kirsty Dunmore, on 01632 …": a role, then the name set off by commas
const PROSE_OUR = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:our|your|the|notre|votre|unsere?[rn]?|ihre?[rn]?)\s+([\p{Ll}\p{Lu}][^,.;:()"“”„«»]{2,40}?),\s+${NAME_RE}\s*[,(]`,
  'gu',
);
// "Ian Strachan, who founded the cider maker Orchard Lane in 2011, …", "X, qui dirige la fromagerie Y"
const PROSE_WHO = /* @__PURE__ */ new RegExp(
  String.raw`${NAME_RE},\s+(?:who|qui)\s+(?:a\s+|also\s+)?((?:co-?)?founded|fondé|cofondé|runs|heads|leads|owns|set up|started|manages|dirige|gère|a créé)\s+(?:(?:the|a|an|la|le|l['’]|les|une?)\s*)?(?:[\p{Ll}-]+\s+){0,3}?${COMPANY_RE}(?=[,.;]|\s+(?:in|en|since|depuis|and|et)\b)`,
  'gu',
);
// "Acme appoints Jane Doe as Chief Financial Officer", "nomme Marie Roy directrice", "beruft Dr. Katrin Vogel zur CFO"
const APPOINT = /* @__PURE__ */ new RegExp(
  String.raw`(?:${COMPANY_RE}\s+(?:has\s+|hat\s+)?)?\b(?:appoints?|appointed|names|named|welcomes|promotes|promoted|hires|hired|nomme|a nommé|accueille|beruft|berief|ernennt|ernannte)\s+${NAME_RE}\s+(?:as|to|au poste de|comme|en tant que|zum|zur|als)\s+(?:(?:its|our|the|new|role of|nouveau|nouvelle|neuen?|neue|le|la)\s+|l['’])*([^.,;:()"“”„«»]{2,50}?)(?=\s*[.,;:(]|\s+(?:effective|with|from|starting|and|à compter|dès|mit|ab|et|und)\b|$)`,
  'gu',
);
// "Sophie Marchand rejoint Verdalis en tant que directrice commerciale", "Jane Doe joins Acme as CTO"
const JOINS = /* @__PURE__ */ new RegExp(
  String.raw`${NAME_RE}\s+(?:joins|has joined|rejoint|a rejoint|wechselt zu|kommt zu|verstärkt)\s+(?:die\s+|den\s+|das\s+)?${COMPANY_RE}\s+(?:as|en tant que|comme|au poste de|als)\s+(?:(?:its|our|the|new|nouveau|nouvelle|neuen?|neue|le|la)\s+|l['’])*([^.,;:()"“”„«»]{2,50}?)(?=\s*[.,;:(]|\s+(?:effective|with|from|starting|and|à compter|dès|mit|ab|et|und)\b|$)`,
  'gu',
);
// a news item's "Nomination : Jean Roy rejoint le comité de direction" over "…, il devient directeur des ventes."
const JOINS_TEAM = /* @__PURE__ */ new RegExp(
  String.raw`${NAME_RE}\s+(?:rejoint|a rejoint|joins|has joined|verstärkt|kommt in|wechselt in)\s+(?:le comité de direction|le comité exécutif|le comex|l['’]équipe de direction|la direction|the (?:leadership|management|executive) team|the board|die Geschäftsleitung|den Vorstand|das Führungsteam)\b`,
  'u',
);
const BECOMES =
  /\b(?:il|elle) (?:devient|sera|prend la fonction de)\s+(?:le |la |l['’])?([^.,;:()"“”„«»]{2,50}?)(?=\s*[.,;:(]|$)|\b(?:he|she) (?:becomes|will be|takes over as)\s+(?:the |our )?([^.,;:()"“”„«»]{2,50}?)(?=\s*[.,;:(]|$)|\b(?:er|sie) (?:wird|übernimmt)\s+(?:die |den |als )?([^.,;:()"“”„«»]{2,50}?)(?=\s*[.,;:(]|$)/iu;
// "Founded by Lucas Ferreira and Hannah Brooks in 2012", "fondée par A et B", "gegründet von A und B"
const FOUNDED = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:(?:[Cc]o-?)?[Ff]ounded (?:in \d{4} )?by|[Ff]ondée? (?:en \d{4} )?par|[Cc]réée? (?:en \d{4} )?par|[Cc]réation (?:en \d{4} )?par|[Gg]ründung (?:\d{4} )?durch|[Gg]egründet (?:\d{4} )?von)\s+${NAME_RE}(?:\s*,\s*${NAME_RE})?(?:\s*,?\s+(?:and|et|und|&)\s+${NAME_RE})?`,
  'gu',
);
// two people sharing one plural role in brackets: "Linh Roy et Marc Duval (conseillers numériques)", "Jane Roe and
// John Poe (project managers)", "Ute Brandl und Jan Roth (Projektleiter)"
const PAIR = /* @__PURE__ */ new RegExp(String.raw`${NAME_RE}\s+(?:et|and|und)\s+${NAME_RE}\s*\(([^()]{2,60})\)`, 'gu');
// a firm's head named in a sentence about the firm: "l'entreprise dirigée par X compte …", "une coopérative présidée
// par X.", "run by X since 2014", "geleitet von X." (a title set off by a comma after the name is the role readers')
const HEADED = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:(?:dirigé|présidé|géré)e?s? (?:depuis \d{4} )?par|(?:led|run|headed|chaired) (?:since \d{4} )?by|(?:geleitet|geführt) (?:seit \d{4} )?von)\s+${NAME_RE}(?=\s*[.;]|\s+\p{Ll}|\s*$)`,
  'gu',
);

// "shout-out to Gareth Penhaligon, Ferncastle’s COO", "Ferncastle’s COO, Gareth Penhaligon": a firm's own title
const FIRMS_TITLE = /* @__PURE__ */ new RegExp(
  String.raw`${NAME_RE},\s+(\p{Lu}[\p{L}&-]+(?:\s\p{Lu}[\p{L}&-]+){0,2})['’]s\s+([^.,;:()"“”„«»]{2,40}?)(?=[.,;:)]|\s[–—-]\s|$)|(\p{Lu}[\p{L}&-]+(?:\s\p{Lu}[\p{L}&-]+){0,2})['’]s\s+([^.,;:()"“”„«»]{2,40}?),?\s+${NAME_RE}(?=[.,;:)]|\s[–—-]\s|$)`,
  'gu',
);
// "Unser Vertriebsleiter Henrik Maas", "our head of sales Jane Roe", "notre directrice technique Anne Roy"
const OUR_TITLE = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:[Uu]nser(?:e|em|en|er)?|[Oo]ur|[Nn]otre)\s+(\p{L}[\p{L}-]{2,30}(?:\s[\p{Ll}][\p{L}-]{1,30}){0,3})\s+${NAME_RE}`,
  'gu',
);
// "avec mon associé Victor Deschamps", "my co-founder Jane Roe", "mein Mitgründer Jan Roth": the speaker's partner
const MY_PARTNER = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:mon|ma|my|our|notre|mein(?:e|em|en)?|unser(?:e|em|en)?)\s+(?:(?:co-?)?associée?|co-?fondat(?:eur|rice)|co-?founder|business partner|(?:mit)?gründer(?:in)?|mitgründer(?:in)?|geschäftspartner(?:in)?)\s+${NAME_RE}`,
  'gu',
);

// one word that names a kind of work or rank rather than a person's role ("is a leader in…", "a partner")
const VAGUE_ROLE =
  /^(?:lead(?:er|ing)?|partner|member|agent|expert|principal|account|sales|marketing|support|success|product|operations|board|pr)$/i;

// "Today Morwenna is our CEO", "Idris, our Chief Product Officer, …": a first name, the page's full name for it before
// ("Léa est aujourd’hui notre présidente et directrice générale ;": an adverb of time, two titles joined)
const FIRST_IS =
  /(?:^|[\s.;!?])(\p{Lu}[\p{Ll}'’-]{2,})(?:\s+(?:is|est|ist)(?:\s+(?:today|now|currently|aujourd['’]hui|désormais|maintenant|actuellement|heute|jetzt|inzwischen|mittlerweile))?|,)\s+(?:our|notre|unser(?:e|er)?)\s+([^,.;:()]{2,50}?)(?:\s+(and|et|und)\s+([^,.;:()]{2,40}?))?(?=\s?[,.;]|\s+(?:and|et|und|who|qui|der|die|still|toujours|noch)\b|$)/gu;

/**
 * The role a sentence gives now to the person it names, from what follows their name: undefined when it does not
 * open on a former role, '' when it gives no other ("ancien directeur commercial d’un éditeur, les a rejoints comme
 * troisième cofondateur" → "cofondateur").
 */
export function roleNow(rest: string): string | undefined {
  if (!PAST_ROLE.test(rest)) return undefined;
  const now = ROLE_NOW.exec(rest.split(/[.!?]\s/)[0]!.slice(0, 400));
  return now && strongTitle(now[1]!) ? now[1]! : '';
}

/** People a paragraph introduces with their role, with the email and phone of a paragraph about one person. */
export function prosePeople(lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  // "Ferncastle’s COO" on a page that names "Ferncastle Studio": the firm by its full name
  const fullFirm = (short: string): string => {
    const re = new RegExp(
      String.raw`\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\s\p{Lu}[\p{L}&-]+){1,2}(?![\p{L}'’])`,
      'u',
    );
    for (const { text } of lines) {
      const m = text.length <= 3000 ? re.exec(text) : null;
      if (m) return m[0];
    }
    return short;
  };
  const add = (rawName: string, rawTitle: string, company?: string) => {
    // "Chair Jane Roe": a leading capitalised word that is no name is dropped
    let name = personName(rawName);
    if (!name && rawName.includes(' ')) name = personName(rawName.slice(rawName.indexOf(' ') + 1));
    const [t, c] = splitTitleCompany(rawTitle);
    // "die Wirtschaftsjournalistin Katrin Vollmer (hr-iNFO)": the trade before the name is the title
    const lead = rawName.trim().split(/\s+/)[0]!;
    const trade = name && !name.startsWith(lead) && professionWord(lead) && !HONORIFIC.test(lead + ' ');
    // ("Kévin Moulin, notre responsable commercial, …": the possessive is no part of the title)
    const title = trade ? lead : (t ?? rawTitle.trim()).replace(/^(?:our|notre|unser(?:e[rn]?)?)\s+(?=\p{L}{3})/iu, '');
    if (!name || !strongTitle(title) || (!company && !c && VAGUE_ROLE.test(title))) return undefined;
    const p: DetectedPerson = { name, title };
    if (company ?? c) p.company = orgName((company ?? c)!);
    if (!out.some((q) => q.name === name)) out.push(p);
    return p;
  };
  let firsts = 0;
  for (const [i, { text }] of lines.entries()) {
    const joins = text.length < 200 ? JOINS_TEAM.exec(text) : null;
    const now = joins && BECOMES.exec(lines[i + 1]?.text.slice(0, 300) ?? '');
    if (now) add(joins![1]!, now[1] ?? now[2] ?? now[3]!);
  }
  for (const { text } of lines) {
    if (text.length < 12 || out.length >= 50) continue;
    const t = text.length > 3000 ? text.slice(0, 3000) : text;
    for (const m of t.matchAll(FIRST_IS)) {
      if (firsts++ > 10 || !strongTitle(m[2]!)) continue;
      const title = m[4] && strongTitle(m[4]) ? `${m[2]!} ${m[3]!} ${m[4]}` : m[2]!;
      // ("Yvonne Le Goff", "Jan van Dijk": a particle before the surname)
      const full = new RegExp(
        String.raw`(?:^|[\s(])(${m[1]!}(?:\s+(?:Le|La|De|Du|Van|Von|de|du|le|la|van|von|der|di|da))?\s+\p{Lu}[\p{L}'’-]+)`,
        'u',
      );
      for (const l of lines) {
        const f = l.text.length <= 3000 ? full.exec(l.text) : null;
        const name = f ? personName(f[1]!) : '';
        if (name) {
          add(name, title);
          break;
        }
      }
    }
    const before = out.length;
    PROSE_LEAD.lastIndex = 0;
    const lead = PROSE_LEAD.exec(t)?.index === 0;
    for (const re of [PROSE_LEAD, PROSE_IS, PROSE_PAREN, PROSE_WHO, PROSE_OUR, PROSE_WILL, PROSE_GUEST, GUEST_LABEL]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(t)) && n++ < 12)
        if (re === PROSE_WHO) {
          const name = personName(m[1]!);
          const company = orgName(m[3]!);
          if (name && !GENERIC_ORG.test(company) && !out.some((q) => q.name === name))
            out.push(/^(?:co-?)?found|fond/i.test(m[2]!) ? { name, title: 'founder', company } : { name, company });
        } else if (re === PROSE_OUR) {
          // the sentence's own number and address are that person's
          const p = add(m[2]!, m[1]!);
          const sentence = t.slice(m.index).split(/[.!?]\s/)[0]!;
          const emails = findPlainEmails(sentence);
          if (p && emails.length === 1) p.email = normalizeAddress(emails[0]!);
          if (p && findPhones(sentence).length) p.phones = findPhones(sentence);
        } else if (re === PROSE_GUEST && /\s\p{Lu}[\p{L}\p{M}'’-]*$/u.test(m[2]!))
          // ("ébéniste formé aux Compagnons du Devoir": a title ending on a capitalised word was cut in a name, no firm)
          add(m[1]!, m[0].slice(m[0].indexOf(m[2]!)));
        else add(m[1]!, m[2]!, m[3]);
    }
    for (const m of t.matchAll(APPOINT)) {
      // "Die Vektor GmbH ernennt…": the article is no part of the firm; "It has appointed…" names none
      const firm = m[1]?.replace(/^(?:The|Le|La|Les|Die|Der|Das)\s+/, '');
      add(
        m[2]!,
        m[3]!,
        firm && !/^(?:It|Il|Elle|Sie|Er|The|Le|La|Die|Der|Das|We|Nous|Wir)$/.test(firm) ? firm : undefined,
      );
    }
    for (const m of t.matchAll(JOINS)) add(m[1]!, m[3]!, m[2]);
    for (const m of t.matchAll(FIRMS_TITLE))
      if (m[1]) add(m[1], m[3]!, fullFirm(m[2]!));
      else add(m[6]!, m[5]!, fullFirm(m[4]!));
    for (const m of t.matchAll(OUR_TITLE)) add(m[2]!, m[1]!);
    for (const m of t.matchAll(MY_PARTNER)) {
      const name = personName(m[1]!);
      if (name && !out.some((q) => q.name === name)) out.push({ name });
    }
    // "Gwenaël Le Bihan, responsable maintenance, répond au 02 98 68 11 52": a number the sentence gives them
    // ("écrivez-lui à x@… ou appelez le 04 42 …", "call her on …", "rufen Sie ihn an unter …")
    for (const p of out.slice(before)) {
      const phones = p.phones ? undefined : phoneAfter(t, p.name);
      if (phones) p.phones = phones;
    }
    for (const m of t.matchAll(FOUNDED)) {
      const en = /^(?:co-?)?founded/i.test(m[0]);
      for (const raw of [m[1], m[2], m[3]]) {
        const name = raw ? personName(raw) : '';
        if (name && !out.some((q) => q.name === name)) out.push(en ? { name, title: 'Founder' } : { name });
      }
    }
    for (const m of t.matchAll(PAIR)) {
      // (the role in the singular: "conseillers numériques" → "conseiller numérique")
      const one = m[3]!.replace(/(\p{Ll}{2})s(?=\s|$)/gu, '$1');
      if (!strongTitle(m[3]!) && !strongTitle(one)) continue;
      for (const raw of [m[1]!, m[2]!]) {
        const name = personName(raw);
        if (name && !out.some((q) => q.name === name)) out.push({ name });
      }
    }
    for (const m of t.matchAll(HEADED)) {
      const name = personName(m[1]!);
      if (name && !out.some((q) => q.name === name)) out.push({ name });
    }
    // a former role, and the role the sentence gives now
    for (const p of out.slice(before)) {
      const at = p.title && PAST_ROLE.test(p.title) ? t.indexOf(p.name) : -1;
      const now = at < 0 ? '' : roleNow(t.slice(at + p.name.length).replace(/^[\s,–—-]+/, ''));
      if (now) p.title = now;
    }
    // a paragraph about one person: its address and phone are that person's
    if (out.length === before + 1 && (lead || PROSE_IS.test(t.slice(0, 200)))) {
      const p = out[before]!;
      const emails = findPlainEmails(t);
      if (emails.length === 1) p.email = normalizeAddress(emails[0]!);
      const phones = findPhones(t);
      if (phones.length) p.phones = phones;
    }
  }
  return out;
}

// ---- bylines ----

const BYLINE =
  /^(?:by|par|von|written by|écrit par|posted by|publié par|auteur|autor(?:in|en)?|author|propos recueillis par|interview(?:ed)? by|interview\s*:|das (?:gespräch|interview) führte)\s*:?\s+(.{4,60})$/i;

// an author box's heading: "About Jane Roe", "À propos de Jeanne Roux", "Über Johanna Roth"
const ABOUT_AUTHOR = /^(?:about|à propos de|über)\s+(.{4,60})$/i;
// its bio, from the first name or a pronoun: "Jane is a tax adviser at Roe & Co, based in …", "Il est formateur chez …"
const BIO_ROLE =
  /^\s+(?:is|est|ist)\s+(?:an?\s+|une?\s+|ein(?:e)?\s+)?([^,.;]{3,60}?)\s+(?:at|with|chez|bei)\s+(\p{Lu}[^,.;]{1,50}?)\s*(?:[,.;]|$)/u;

/**
 * An author box: a heading "About <name>" over a bio naming the author's role and firm, their address or LinkedIn
 * ("Ronan is an export trainer at X, based in Metz. Reach him at ronan@…").
 */
function authorBox(lines: readonly Line[], i: number): DetectedPerson | null {
  const name = personName(ABOUT_AUTHOR.exec(lines[i]!.text)?.[1] ?? '');
  const bio = lines[i + 1];
  if (!name || !bio) return null;
  const lead = [name, name.split(' ')[0]!, 'He', 'She', 'Il', 'Elle', 'Er', 'Sie'].find((w) => bio.text.startsWith(w));
  const m = lead ? BIO_ROLE.exec(bio.text.slice(lead.length)) : null;
  if (!m || !strongTitle(m[1]!)) return null;
  const p: DetectedPerson = { name, title: m[1]!, company: m[2]! };
  const email = findPlainEmails(bio.text)[0];
  if (email) p.email = normalizeAddress(email);
  const li = normalizeLinkedinUrl(qsa(bio.el, 'a[href*="linkedin.com/in/"]')[0]?.getAttribute('href') ?? '');
  if (li) p.linkedinUrl = li;
  return p;
}

/** "By Mark Lavin", "Von Miriam Ruhenstroth", "Propos recueillis par …", meta author, an author box. */
export function bylinePeople(doc: Document, lines: readonly Line[]): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  for (const [i, { text }] of lines.entries()) {
    const box = authorBox(lines, i);
    if (box) out.push(box);
    const m = BYLINE.exec(text);
    if (!m) continue;
    // "Autoren Jelko Brandt und Jutta Maas": each of them
    for (const x of splitNames(m[1]!.split(/\s+(?:on|le|am|\||–|-|·)\s+|,\s/)[0]!.replace(/\.$/, ''))) {
      const n = personName(x);
      if (n) out.push({ name: n });
    }
  }
  const article =
    /article|post/i.test(qsa(doc, 'meta[property="og:type"]')[0]?.getAttribute('content') ?? '') ||
    !!qsa(doc, 'article').length;
  if (!article) return out;
  const visible = lines.map((l) => l.text).join('\n');
  for (const el of qsa(
    doc,
    'meta[name="author"], meta[property="article:author"], [rel="author"], [itemprop="author"] [itemprop="name"]',
  )) {
    if (isHiddenElement(el) && el.tagName !== 'META') continue;
    const n = personName(el.getAttribute('content') ?? el.textContent ?? '');
    // a meta author nobody sees is often the site's web editor, not the article's author
    if (n && visible.includes(n)) out.push({ name: n });
  }
  return out;
}

/**
 * The person an interview's turns give the answers to: two or more lines opening with their name in bold and a colon
 * ("<strong>Oriel Banfield:</strong> …"), the asker's turns ("<strong>Timber Trade Weekly:</strong>", "Q:") naming no one or
 * the site (`site`).
 */
export function interviewSubject(
  blines: readonly Line[],
  personName: (s: string) => string,
  site: (s: string) => boolean,
): string {
  const turns = new Map<string, number>();
  let asks = 0;
  for (const l of blines.slice(0, 600)) {
    const lead = l.el.firstElementChild;
    if (!lead || (lead.tagName !== 'STRONG' && lead.tagName !== 'B')) continue;
    const label = textOf(lead).trim();
    if (!label.endsWith(':') || !l.text.startsWith(label) || label.length > 50 || l.text.length < label.length + 10)
      continue;
    const who = personName(label.slice(0, -1).trim());
    if (who && !site(who)) turns.set(who, (turns.get(who) ?? 0) + 1);
    else asks++;
  }
  const best = [...turns].filter(([, n]) => n >= 2);
  return best.length === 1 && asks >= 2 ? best[0]![0] : '';
}
