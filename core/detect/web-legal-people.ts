/**
 * The people a firm's legal notice, terms or privacy policy names in its running text (issue 7), read in the
 * background (./interpret.ts) from the paragraphs the content script sends (`Detection.prose`):
 * - labels in a row on one line: "Administrateur délégué : Jean Roy. Maître brasseur : Léa Morin.", "Collaborateur :
 *   Maître Paul Roy, avocat. Assistante juridique : Mme Léa Morin." (a trade or a title as the label; the holder's own
 *   title after their name beats the label's);
 * - the firm's representative: "représentée par sa gérante Jeanne Roy", "represented by its director, Jane Roe",
 *   "vertreten durch den Geschäftsführer Max Muster";
 * - an office held: "Le délégué à la protection des données du cabinet est Mme Jeanne Roy, … dpo@…";
 * - an association's board on one line: "Bureau : Présidente, Jeanne Roy ; Trésorier, Paul Roy ; …";
 * and the association a page names as such ("L'association X (association loi 1901, …)") when it gives no firm;
 * and the site's firm's own facts there when its readers gave none (withLegalFacts): its SIREN and VAT number, one
 * firm's in all the notice's sentences but a host's, an agency's or a provider's; its number, the one beside its
 * own address or a desk's label ("Service client : …@… – 05 …", "Secrétariat : 05 …").
 * Only on a page whose text is a legal notice's (registers, legal forms, personal data); the people are the page's
 * firm's. Hosts, agencies, photographers and registers are no labels of a person.
 */
import type { DetectedPerson, Detection } from './types';
import { looksLikeJobTitle, looksLikePersonName } from './text';
import { normKey } from './result';
import { findPlainEmails, normalizeAddress } from './emails';
import { findLegalIds } from './legal-ids';
import { findPhones } from './phones';
import { sameSiteHosts } from '../text/host';

// a legal notice's text: a register, a number, a legal page's name
const LEGAL_TEXT =
  /mentions l[ée]gales|impressum|legal notice|\bRCS\b|\bSIRE[NT]\b|\bBCE\b|\bIDE\b|\bCHE-\d|\bNEQ\b|registre du commerce|handelsregister|companies house|protection des données|données personnelles|datenschutz|conditions générales|association loi (?:de )?1901|\bRNA\s?W\d/i;

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}`;
const COURTESY = String.raw`(?:(?:M\.|Mme|Mlle|Me|Ma[iî]tre|Dr\.?|Docteur|Pr\.?|Monsieur|Madame|Herr|Frau|Mr\.?|Mrs\.?|Ms\.?)\s+)`;
const COURTESY_LEAD = /* @__PURE__ */ new RegExp(`^${COURTESY}+`, 'u');

// a label of a line: a capitalised word, then lower-case ones, then a colon
const LABEL = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,5})\s?:\s+/gu;
// a trade's noun as the label's first word ("Maître brasseur", "Restauratrice de …", "Collaborateur", "Assistante …")
const TRADE_WORD =
  /^(?:ma[iî]tre|chef(?:fe)?|\p{L}{3,}(?:eur|euse|rice|iste|ier|ière|aire|ien|ienne|ante?|logue|graphe)|associée?|déléguée?)$/iu;
// a label of a service, a place or a fact: its value names no person of the firm
const NOT_A_ROLE =
  /^(?:h[ée]bergeu?r|h[ée]bergement|fournisseur|prestataire|registrar|[ée]dit(?:eur|rice)|photo\p{L}*|cr[ée]dits?|conception|r[ée]alisation|d[ée]velopp\p{L}*|int[ée]grat\p{L}*|webmaster|webdesign\p{L}*|designer|graphiste|illustrat\p{L}*|auteur|autrice|r[ée]dact\p{L}*|tradu\p{L}*|si[èe]ge|adresse|capital|m[ée]diat\p{L}*|concilia\p{L}*|assureur|assurance|banque|transporteur|partenaire|commissaire|auditeur|expert\p{L}*|comptable|avocate?|notaire|huissier|conseil\p{L}*|fondateur du site|propriétaire du site|contact|t[ée]l\p{L}*|horaires?|secteur|zone)(?:\s|$)/iu;
// a third party's label (a host, an agency): the labels after it on its line are that party's
const THIRD_PARTY =
  /^(?:h[ée]bergeu?r|h[ée]bergement|prestataire|registrar|conception|r[ée]alisation|d[ée]velopp\p{L}*|webmaster|cr[ée]dits?|m[ée]diat\p{L}*|assureur|assurance|commissaire)(?:\s|$)/iu;
// a sentence about a host or a provider: its representative is none of the firm's people
const HOSTING =
  /h[ée]berg|\bhost(?:ed|ing)?\b|gehostet|\bhoster\b|prestataire|m[ée]diat|assureur|commissaire aux comptes/iu;

// a field's label run on after a name by a line break ("Jean Roy Tél", "Jane Roe Email", "Max Muster Telefon")
const FIELD_AFTER =
  /\s+(?:t[ée]l|tel|t[ée]l[ée]phone|telefon|phone|fax|portable|mobile?|e-?mail|courriel|mail|adresse|address|anschrift|si[èe]ge|site|web|rcs|siret|siren|tva|capital|contact|kontakt|h[ée]bergeu?r|h[ée]bergement|ust-?id\S*|vat)$/iu;

const REPRESENTED = /* @__PURE__ */ new RegExp(
  String.raw`(?:représentée?\s+par\s+(?:son|sa|leur|le|la)|represented\s+by\s+(?:its|their|the)|vertreten\s+durch\s+(?:den|die|ihren|ihre|seinen|seine))\s+([\p{L}][\p{L}\p{M}'’ -]{2,40}?)\s*,?\s+${COURTESY}?(${NAME})`,
  'u',
);
// "Le délégué à la protection des données du cabinet est Mme Jeanne Roy"
const OFFICE_IS = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[.;]\s+|\s)(?:Le|La|Notre|The|Our)\s+(\p{Ll}[^.;:!?]{2,70}?)\s+(?:est|is)\s+${COURTESY}?(${NAME})`,
  'u',
);
// the firm after an office's noun, no part of the title ("… du cabinet", "… of the company")
const OFFICE_OF =
  /\s+(?:du|de la|de l['’]|des|of the|of)\s+(?:cabinet|soci[ée]t[ée]|site|entreprise|association|[ée]tude|office|company|firm)$/iu;
const OFFICE_WORD = /d[ée]l[ée]gu[ée]e?|responsable|officer|beauftragte/iu;

// a practitioner's courtesy title before their name, a practice's name
const PRACTICE = /^(?:Dr\.?|Docteur|Ma[iî]tre|Me|Pr\.?|Professeur)\s+(\p{Lu}[\p{L}\p{M}'’ -]{3,50})$/u;

const PRACTICE_FIRM =
  /\b(?:SELARL|SELAS|SELURL|SCP|SCM|SARL|EURL|SAS|SASU)\s+(?:du\s+|de\s+)?(?:Dr\.?|Docteur|Ma[iî]tre|Me)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}/u;

const ASSOCIATION = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:L['’]association|[Tt]he association)\s+[«"“]?\s*(\p{Lu}[^()«»"”,.;:]{2,60}?)\s*[»"”]?\s*\(\s*association\s+(?:loi\s+(?:de\s+)?1901|d[ée]clar[ée]e)`,
  'u',
);

function personOf(raw: string): string {
  const n = raw.replace(COURTESY_LEAD, '').trim();
  return n.split(/\s+/).length >= 2 && looksLikePersonName(n) ? n : '';
}

/** The people one line of a legal notice names, with their titles (the firm is the caller's). */
export function legalLinePeople(line: string): DetectedPerson[] {
  const out: DetectedPerson[] = [];
  const add = (p: DetectedPerson) => {
    if (p.name && !out.some((q) => normKey(q.name) === normKey(p.name))) out.push(p);
  };
  // labels in a row: each value runs to the next label
  const labels = [...line.matchAll(LABEL)];
  let third = false;
  labels.forEach((m, i) => {
    const label = m[1]!;
    third ||= THIRD_PARTY.test(label);
    if (third || NOT_A_ROLE.test(label)) return;
    if (!looksLikeJobTitle(label) && !TRADE_WORD.test(label.split(/\s/)[0]!)) return;
    const value = line.slice(m.index! + m[0].length, labels[i + 1]?.index ?? line.length);
    const [head, ...tail] = value.split(/[,;(]|\.(?:\s|$)|\s[–—|·]\s/);
    // ("Geschäftsführer: Max Muster Dr. Erika Beispiel": two names run together, left to the page's readers)
    // ("Gérant : Jean Roy Tél. 05 …": a line break's next label after the name, no part of it)
    const raw = head!.trim().replace(FIELD_AFTER, '');
    if (/\s(?:Dr|Prof|Mme|Me|Mr|Mrs|Ms|Herr|Frau|M)$/.test(raw) || raw.split(/\s+/).length > 3) return;
    const name = personOf(raw);
    if (!name) return;
    // ("Maître Paul Roy, avocat.": the holder's own title after the name)
    const own = value.includes(',') ? (tail[0]?.trim() ?? '') : '';
    const title = own && own.length <= 60 && /^\p{Ll}/u.test(own) && looksLikeJobTitle(own) ? own : label;
    add({ name, title });
  });
  for (const sentence of line.split(/(?<=[\p{Ll}\d)»"”]{2}[.!?])\s+(?=\p{Lu})/u)) {
    if (HOSTING.test(sentence)) continue;
    const rep = REPRESENTED.exec(sentence);
    const repName = rep ? personOf(rep[2]!) : '';
    if (rep && repName && looksLikeJobTitle(rep[1]!)) add({ name: repName, title: rep[1]!.trim() });
    const m = OFFICE_IS.exec(sentence);
    const name = m ? personOf(m[2]!) : '';
    const title = m ? m[1]!.replace(OFFICE_OF, '').trim() : '';
    if (!name || !OFFICE_WORD.test(title) || title.split(/\s+/).length > 8) continue;
    const p: DetectedPerson = { name, title };
    const emails = findPlainEmails(sentence);
    if (emails.length === 1) p.email = normalizeAddress(emails[0]!);
    add(p);
  }
  // a board on one line: "Bureau : Présidente, Jeanne Roy ; Trésorier, Paul Roy"
  const segs = line
    .replace(/^[^:;]{2,30}:\s+/, '')
    .replace(/\.$/, '')
    .split(/\s*;\s*/);
  if (segs.length >= 2) {
    const got = segs.map((s) => /^(\p{Lu}[\p{L}\p{M}' -]{2,40}?),\s+(.{4,60})$/u.exec(s.trim()));
    const board = got.filter((g) => g && looksLikeJobTitle(g[1]!) && personOf(g[2]!));
    if (board.length >= 2 && board.length === got.length)
      for (const g of board) add({ name: personOf(g![2]!), title: g![1]! });
  }
  return out;
}

/** The page's legal notice's people (and an association named as such), added as its firm's. */
export function withLegalPeople<D extends Detection>(d: D, prose: string | undefined): D {
  if (d.kind !== 'company-site' || !prose || !LEGAL_TEXT.test(prose)) return d;
  let companies = d.companies;
  if (!companies.length) {
    const assoc = ASSOCIATION.exec(prose)?.[1]?.trim();
    if (assoc) companies = [{ name: assoc }];
  }
  let firm = companies[0]?.name;
  let people = [...d.people];
  // (a practice's site named after its practitioner, "Dr Jeanne Roy", "Maître Paul Roy": that person, the firm's;
  // the firm the legal name the notice gives with that name, "SELARL du Docteur Jeanne Roy")
  const practitioner = firm ? personOf(PRACTICE.exec(firm)?.[1] ?? '') : '';
  const legal = practitioner ? PRACTICE_FIRM.exec(prose)?.[0] : undefined;
  if (firm && legal?.endsWith(' ' + practitioner)) {
    const old = firm;
    firm = legal;
    companies = [{ ...companies[0]!, name: legal }, ...companies.slice(1)];
    people = people.map((p) => (p.company === old ? { ...p, company: legal } : p));
  }
  if (practitioner && !people.some((q) => normKey(q.name) === normKey(practitioner)))
    people.unshift({ name: practitioner, company: firm });
  for (const line of prose.split('\n').slice(0, 200)) {
    if (line.length > 1500) continue;
    for (const p of legalLinePeople(line)) {
      // (a name the page's readers gave already, or one with a word more: "Jean Roy" and "Jean Roy Fax")
      if (people.some((q) => normKey(p.name).startsWith(normKey(q.name) + ' '))) continue;
      const known = people.findIndex((q) => normKey(q.name) === normKey(p.name));
      if (known >= 0) {
        if (!people[known]!.title && p.title) people[known] = { ...people[known]!, title: p.title };
        continue;
      }
      people.push(firm ? { ...p, company: firm } : p);
    }
  }
  return people.length === d.people.length && people.every((p, i) => p === d.people[i]) && companies === d.companies
    ? d
    : { ...d, people, companies };
}

// a section's heading alone on its line ("2. Hébergeur", "Sous-traitants", "Crédits"): a third party's section
const HEADING = /^(?:\d{1,2}[.)]\s*)?\p{Lu}[^.:;!?\d]{2,50}$/u;
const THIRD_HEAD =
  /h[ée]berg|conception|r[ée]alisation|cr[ée]dits|sous-traitants|prestataires|processors|hosting|hoster|m[ée]diat|assur/iu;
// a desk's label before the firm's number
const DESK_LEAD =
  /^(?:secr[ée]tariat|service client(?:s|èle)?|accueil|standard|r[ée]ception|contact|pour toute question|customer service|front desk|sekretariat|kundendienst|zentrale)\b/iu;

/** The legal notice's sentences about the site's own firm: none in a host's, an agency's or a provider's part. */
function ownSentences(prose: string): string[] {
  const out: string[] = [];
  let third = false;
  for (const line of prose.split('\n').slice(0, 200)) {
    if (HEADING.test(line)) {
      third = THIRD_HEAD.test(line);
      continue;
    }
    if (third || line.length > 1500) continue;
    for (const x of line.split(/(?<=[\p{Ll}\d)»"”]{2}[.!?])\s+(?=\p{Lu})/u)) if (!HOSTING.test(x)) out.push(x);
  }
  return out;
}

/** The site's firm's SIREN, VAT number and number from its legal notice's running text, when its readers gave none. */
export function withLegalFacts<D extends Detection>(d: D, prose: string | undefined): D {
  if (d.kind !== 'company-site' || !prose || !LEGAL_TEXT.test(prose)) return d;
  let host = '';
  try {
    host = new URL(d.url).hostname.replace(/^www\./, '');
  } catch {
    return d;
  }
  const at = d.companies.findIndex((c) => !!c.domain && sameSiteHosts(c.domain, host));
  const firm = d.companies[at];
  if (!firm || (firm.siren && firm.vat && firm.phones?.length)) return d;
  const sentences = ownSentences(prose);
  const add: Partial<typeof firm> = {};
  if (!firm.siren && !firm.vat) {
    const ids = sentences.map(findLegalIds).filter((x) => x.siren || x.vat);
    const sirens = new Set(ids.map((x) => x.siren).filter(Boolean));
    const vats = new Set(ids.map((x) => x.vat).filter(Boolean));
    const siren = sirens.size === 1 ? [...sirens][0]! : undefined;
    const vat = vats.size === 1 ? [...vats][0]! : undefined;
    if (siren && sirens.size === 1 && (!vat || !vat.startsWith('FR') || vat.slice(4) === siren)) add.siren = siren;
    if (vat && (!vat.startsWith('FR') ? !sirens.size : vat.slice(4) === siren)) add.vat = vat;
  }
  if (!firm.phones?.length) {
    // (a person's sentence gives their own number)
    const named = (x: string) => d.people.some((p) => x.includes(p.name));
    const own = (x: string) =>
      findPlainEmails(x).some((e) => sameSiteHosts(e.split('@')[1]!.toLowerCase(), host)) || DESK_LEAD.test(x);
    const phones = new Set(sentences.filter((x) => own(x) && !named(x)).flatMap((x) => findPhones(x)));
    const known = new Set(d.people.flatMap((p) => p.phones ?? []));
    if (phones.size === 1 && !known.has([...phones][0]!)) add.phones = [...phones];
  }
  if (!Object.keys(add).length) return d;
  const companies = [...d.companies];
  companies[at] = { ...firm, ...add };
  return { ...d, companies };
}
