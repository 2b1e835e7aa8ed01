/**
 * What the background (and the CLI) makes of the raw candidates a content script sends: the webmail
 * scripts keep each participant's possible signature as text (`Detection.signatures`), and it is read
 * here (title, company, phones, legal ids with their checksums), so the content scripts carry neither the
 * signature parser nor the legal-id patterns and validators.
 */
import type { DetectedCompany, DetectedPerson, Detection, SignatureCandidate } from './types';
import { findLegalIds } from './legal-ids';
import { normKey, ResultBuilder } from './result';
import { alnumKey, hasLegalForm, looksLikeJobTitle, looksLikePersonName, parseSignature, type Signature } from './text';
import { findPlainEmails } from './emails';
import { findPhones, ownNumber, phoneAfter, phoneDigits } from './phones';
import { hostOf, sameSiteHosts } from '../text/host';
import { isFreemailDomain } from './freemail';
import { isOnBehalfSender, isPlatformSender } from './platform-sender';
import {
  firmNamedSigner,
  firmSigner,
  isFirmMailbox,
  isFirmName,
  dashedPerson,
  isRoomMailbox,
  isSharedMailbox,
  mailboxSigner,
} from './shared-mailbox';
import { isForeignInstitution, isForeignService, isForeignVendor } from './services';
import { interpretLinkedin } from './interpret-linkedin';
import { domainRoleOrg, splitRoleOrg } from './role-org';
import { cleanPersonName, withCleanNames } from './person-name';
import { withoutNonNames } from './web-names';
import { withNewsArticle } from './news-article';
import { withWebProseFirms } from './web-prose-firms';
import { withOfficeNumbers, withPeopleFirms } from './web-firms';
import { withoutDirectLines } from './web-lines';
import { spellsMailbox } from './spelling';
import { findVCards } from './vcard';
import { withRelayedContacts } from './relayed-contact';
import { withMailProseFirms } from './mail-firms';
import { withoutProfileButtons } from './button-words';
import { withPastedTables } from './mail-table';
import { withBranchFirms } from './web-branches';
import { lazy } from '../text/lazy';
import { withLegalFacts, withLegalPeople } from './web-legal-people';
import { secondSigner, type SecondSigner } from './second-signer';

const COURTESY = ['Herr', 'Frau', 'M.', 'Mme', 'Monsieur', 'Madame', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.'];
// a possessive before a role in prose: "Marc Delorme, notre responsable maintenance, …", "our accountant, Jane Roe"
const OUR = '(?:notre|nos|our|unser(?:e[rn]?)?|mon|ma|my|votre|your|Ihr(?:e[rn]?)?)';
// (the writer's own firm's: "notre", "our", "unser")
const OUR_FIRM = '(?:notre|our|unser(?:e[rn]?)?)';
const ROLE_WORDS = "([\\p{L}][\\p{L}\\p{M}'’ -]{2,48}?)";

// "Jérôme Lacaze, des Pépinières Lacaze, …", "Nia Evans from Evans Surveying", "Herr Maas von der Maas Technik GmbH"
const OF_ORG =
  "(?:,\\s*|\\s+)(?:de la|de l['’]|des|du|de|d['’]|from|of|at|von der|vom|von|bei|chez)\\s*(\\p{Lu}[\\p{L}\\p{M}&'’.-]*(?:\\s(?:&|et|and|und|\\p{Lu}[\\p{L}\\p{M}&'’.-]*)){0,4})";

/**
 * The firm prose names beside a participant, when it is their mail domain's name ("Jérôme Lacaze, des Pépinières
 * Lacaze" from pepinieres-lacaze.fr): a firm the domain alone could not spell.
 */
function proseOrg(body: string, name: string, domain: string): string | undefined {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const org = new RegExp(`${n}${OF_ORG}`, 'u').exec(body)?.[1]?.trim();
  return org && bearsDomain(org, domain) ? org : undefined;
}

/** A firm's name that spells its mail domain's ("Pépinières Lacaze" for pepinieres-lacaze.fr). */
function bearsDomain(org: string, domain: string): boolean {
  const label = alnumKey(domain.split('.')[0]!),
    key = alnumKey(org);
  return key.length >= 4 && (key === label || (label.length >= 6 && (key.includes(label) || label.includes(key))));
}

/**
 * A participant's sign-off at the end of a prose line, "…, très compétitive. Thibault Roux, Directeur RSE, Groupe
 * Vireau": the role and the firm after their name, when the firm spells their mail domain.
 */
export function inlineSignoff(body: string, name: string, domain: string): [string, string] | undefined {
  for (const line of body.split('\n')) {
    const at = line.indexOf(name + ', ');
    const split = at < 0 ? null : roleOrg(line.slice(at + name.length + 2));
    if (split && bearsDomain(split[1], domain)) return split;
  }
  return undefined;
}

// a participant introduced in prose with their role at their firm: "Salomé Roux, directrice des opérations chez
// Kerbrat Transports (Brest) – …", "Paul Aubert, co-gérant d'Aubert Frères, l'atelier …", "Jane Roe, Head of Sales at
// Roe Tools, …", "Jana Roe, Einkaufsleiterin bei Roe Metall GmbH." (what follows the name on its line, from its comma)
const APPOSITION =
  /^,\s*([\p{L}][\p{L}\p{M}'’ -]{2,60}?)(?:\s+(?:chez|at|bei|of|von|auprès de|de la|du|des|de)\s+|\s+d['’])(\p{Lu}[\p{L}\p{M}\d&'’.-]*(?:\s(?:&|et|and|und|\p{Lu}[\p{L}\p{M}\d&'’.-]*)){0,5})(?=\s*(?:[(,;:.–—]|\s-\s|$))/u;

/**
 * The title and firm an apposition after a participant's name gives in a sentence (`first`: the rest of their line,
 * going on after the firm), when the firm is their mail domain's name (a firm the prose merely mentions is no proof
 * of theirs).
 */
export function proseApposition(first: string, domain: string): { title: string; company: string } | null {
  const m = APPOSITION.exec(first);
  const title = m?.[1]!.trim(),
    company = m?.[2]!.trim().replace(/(?<!\b\p{Lu}\.\p{Lu})\.$/u, '');
  // (the sentence goes on after the firm: a signature's "Name, Title at Firm" line ends there, read as a signature)
  if (!title || !company || !/\p{L}{2}/u.test(first.slice(m![0].length))) return null;
  if (!looksLikeJobTitle(title) || isFreemailDomain(domain)) return null;
  return bearsDomain(company, domain) ? { title, company } : null;
}

/** The first apposition after a participant's name in the body that gives their title at their mail domain's firm. */
function appositionOf(body: string, name: string, domain: string): { title: string; company: string } | null {
  for (let at = body.indexOf(name + ','); at >= 0; at = body.indexOf(name + ',', at + 1)) {
    const end = body.indexOf('\n', at);
    const line = body.slice(at + name.length, end < 0 ? undefined : end);
    const app = proseApposition(line, domain);
    if (app) return app;
  }
  return null;
}

/**
 * The role prose gives a participant of the open message ("Marc Delorme, notre responsable maintenance, …"). A
 * writer's colleague may be named by first name alone (`first`): at a sentence's start, after "our" only ("… avant
 * lundi. Gaspard, notre directeur des achats, souhaite …"), never a greeting's "Bonjour Gaspard, votre …".
 */
function proseRole(body: string, name: string, first = false): string | undefined {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const our = first ? OUR_FIRM : OUR;
  const lead = first ? '(?:^|[.!?;:]\\s+|\\n)' : '';
  const after = new RegExp(`${lead}${n},\\s+${our}\\s+${ROLE_WORDS}(?=\\s?[,.;:(\\n])`, first ? 'u' : 'iu').exec(body);
  const before = new RegExp(`(?:^|[\\s(])${our}\\s+${ROLE_WORDS},\\s+${n}(?![\\p{L}])`, 'iu').exec(body);
  const role = (after ?? before)?.[1]?.trim();
  return role && looksLikeJobTitle(role) ? role : undefined;
}

/** A "Title, Organisation" line's role and organisation (what follows a name on its line included). */
function roleOrg(line: string): [string, string] | null {
  const head = line.replace(/^[\s|,·–—-]+/, '');
  return head.length <= 160 ? splitRoleOrg(head) : null;
}

// parseSignature's answers by their arguments (issue 9: every pass over a long thread reads the same signatures
// again), a copy each time (the caller changes it). Exact: parseSignature is a pure function of them. At most 256
// kept, each of a key under 4,000 characters (a longer one is parsed each time).
const parsed = new Map<string, Signature>();
function parseSignatureOnce(first: string, lines: string[], label: string | undefined): Signature {
  const key = JSON.stringify([label ?? null, first, lines]);
  let sig = parsed.get(key);
  if (!sig) {
    sig = parseSignature(first, lines, label);
    if (key.length > 4000) return sig;
    if (parsed.size >= 256) parsed.clear();
    parsed.set(key, sig);
  }
  return { ...sig, phones: sig.phones.slice() };
}

/** A company's ids from a signature's legal lines, once per company (the first signature naming it decides). */
function addLegalIds(co: DetectedCompany, text: string, legal: Set<DetectedCompany>): void {
  if (legal.has(co)) return;
  legal.add(co);
  const ids = findLegalIds(text);
  for (const k of ['vat', 'siren', 'siret'] as const) if (!co[k] && ids[k]) co[k] = ids[k];
}

// "Membre du Conseil supérieur du notariat", "Member of the Law Society", "Mitglied der Steuerberaterkammer" (not a
// seat on a board: "Membre du directoire", "Member of the Board", "Mitglied des Vorstands" are titles)
const AFFILIATION =
  /^(?:membre|adh[ée]rent(?:e)?|affili[ée]e?|member|mitglied)\s(?:du|de la|de l['’]|des|de|d['’]|of(?: the)?|der|des|im|in der)\s?(?!(?:board|conseil d['’]administration|conseil de surveillance|directoire|comit[ée]|bureau|executive|management|vorstand|aufsichtsrat|gesch[äa]ftsleitung|gesch[äa]ftsf[üu]hrung|beirat|pr[äa]sidium)\b)\p{L}/iu;

/**
 * Adds what one candidate's signature tells: nothing when its lines are no signature. Returns the firm the
 * signature names (the user's own included), for the signer's colleagues at the same domain.
 */
function readSignature(b: ResultBuilder, c: SignatureCandidate, legal: Set<DetectedCompany>): string | undefined {
  const domain = hostOf(c.email) ?? '';
  // (a name in prose with its role at its firm: the lines after it are the message's, no signature of theirs)
  const app = c.first.startsWith(',') ? proseApposition(c.first, domain) : null;
  if (app) {
    b.addPerson({ name: c.name, email: c.email, ...app });
    b.addCompany({ name: app.company, domain });
    return app.company;
  }
  const label = isFreemailDomain(domain) ? undefined : domain.split('.')[0]!.replace(/[^a-z0-9]/g, '');
  // a "Title, Organisation" line is read as two pieces; its role is the title, and its organisation the
  // company unless a line names the firm ("Trésorière, Association des …": no title word decides)
  // (a membership line, "Membre du Conseil supérieur du notariat", is neither the signer's title nor their firm)
  const lines = c.lines.filter((l) => !AFFILIATION.test(l.trim()));
  const splits = [c.first, ...lines.slice(0, 9)].map((l) => roleOrg(l) ?? domainRoleOrg(l, label));
  const split = splits.find((x) => x);
  const piece = (l: string, i: number) => (splits[i] ? splits[i]!.join(' | ') : l);
  const sig = parseSignatureOnce(
    piece(c.first, 0),
    lines.map((l, i) => piece(l, i + 1)),
    label,
  );
  if (split) {
    if (!sig.title || sig.title === split[1]) sig.title = split[0];
    if (!sig.company || sig.company === split[0]) sig.company = split[1];
  }
  if (!sig.title && !sig.company && !sig.phones.length) return undefined;
  // a firm's mailbox signed with the firm's name: the signature is the firm's (its number, its legal ids)
  if (isFirmMailbox(c.name, c.email)) {
    const co = b.addCompany({ name: c.name, domain, phones: [sig.companyPhone ?? sig.phones[0]!].filter(Boolean) });
    if (co && sig.legal) addLegalIds(co, sig.legal, legal);
    return c.name;
  }
  // a title alone counts only right under a line that is the name itself
  if (
    !findPlainEmails(c.lines.slice(0, 7).join(' ')).length &&
    !sig.phones.length &&
    !sig.company &&
    !(sig.title && !c.first.trim())
  )
    return undefined;
  b.addPerson({
    name: c.name,
    email: c.email,
    title: sig.title,
    company: sig.company,
    phones: sig.phones,
    linkedinUrl: c.linkedinUrl,
  });
  if (!sig.company) return sig.company;
  const co = b.addCompany({
    name: sig.company,
    domain: label ? domain : undefined,
    website: sig.website ? (sig.website.startsWith('http') ? sig.website : `https://${sig.website}`) : undefined,
  });
  if (co && sig.legal) addLegalIds(co, sig.legal, legal);
  if (co && sig.companyPhone && !co.phones?.length) co.phones = [sig.companyPhone];
  return sig.company;
}

/**
 * The detection without the automated senders only the background knows (`isPlatformSender`): their
 * addresses, the people and signatures named by them, and the companies named after their domains alone.
 */
function withoutPlatformSenders<D extends Detection>(d: D): D {
  const auto = new Set(
    d.emails.filter((e) => isPlatformSender(e.address) || isOnBehalfSender(e.address, e.name)).map((e) => e.address),
  );
  const from = d.message?.from;
  const tool = from && isOnBehalfSender(from.email, from.name) ? from : undefined;
  if (tool) auto.add(tool.email);
  if (!auto.size) return d;
  const emails = d.emails.filter((e) => !auto.has(e.address));
  const people = d.people.filter((p) => !p.email || !auto.has(p.email));
  // the person a tool writes for ("Jana Roe (via Calendly)"): the address of the message their name spells is theirs
  for (const e of [...d.emails.map((x) => ({ email: x.address, name: x.name })), ...(tool ? [tool] : [])]) {
    const who = auto.has(e.email) ? /^(.+?)\s*\([^()]+\)$/u.exec(e.name?.trim() ?? '')?.[1] : undefined;
    const own =
      who && emails.find((x) => hostOf(x.address) !== hostOf(e.email) && spellsMailbox(who, x.address, 'any-word'));
    if (!who || !own || people.some((p) => p.email === own.address)) continue;
    people.push({ name: who, email: own.address });
  }
  const kept = new Set(
    [...emails.map((e) => e.address), ...people.map((p) => p.email ?? '')].map((a) => hostOf(a) ?? ''),
  );
  const gone = new Set([...auto].map((a) => hostOf(a) ?? '').filter((h) => !kept.has(h)));
  const out: D = {
    ...d,
    emails,
    people,
    companies: d.companies.filter((c) => !(c.domain && c.name === c.domain && gone.has(c.domain))),
  };
  if (d.signatures) out.signatures = d.signatures.filter((c) => !auto.has(c.email));
  return out;
}

// a name of two or three capitalised words (a particle between them), in running text
// (a courtesy title or a verb first is dropped: "Frau Henrike von Aschenbach", "Contact Jane Roe")
const BODY_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*";
const BODY_NAME = lazy(
  () => new RegExp(`${BODY_WORD}(?:\\s+(?:(?:de|du|le|la|van|von|der|den)\\s+)?${BODY_WORD}){1,3}`, 'gu'),
);
// (only a courtesy title, a call to write or a German noun for a colleague or a deputy is dropped: "Agence Lyon Est"
// names no "Lyon Est"; "an meinen Kollegen Jan Roe (Innendienst)", an out-of-office reply's deputy)
const LEAD =
  /^(?:Herr|Frau|Mme|Madame|Monsieur|Mr|Mrs|Ms|Dr|Contact|Contactez|Kontakt|Write|Email|Ask|Call|Appelez|Kolleg(?:e|en|in)|Vertretung|(?:Stell)?[Vv]ertreter(?:in)?|Ansprechpartner(?:in)?)$/;
// (a possessive before them too: "Meine Vertretung Jan Roe")
const MINE = /^(?:Mein(?:e[nr]?)?|Unser(?:e[nr]?)?|Ihr(?:e[nr]?)?|My|Our|Your)$/;
const tails = (n: string): string[] => {
  const w = n.split(' ');
  const out = [n];
  for (let i = 0; i < w.length - 2 && (LEAD.test(w[i]!) || (MINE.test(w[i]!) && LEAD.test(w[i + 1]!))); i++)
    out.push(w.slice(i + 1).join(' '));
  return out;
};
// a number right after a contact's address on its line ("j.roe@…, Tel. +49 …")
const PHONE_NEXT =
  /^[\s,;:–—-]*(?:\(|\b)(?:t[ée]l(?:[ée]fon|ephone)?|phone|fon|mobil(?:e)?|durchwahl)\b\.?\s*:?\s*[+(0]\d/i;

const mailboxOf = (name: string, local: string) => spellsMailbox(name, local, 'exact');

/**
 * A web page's people without an address, each given the one address of the page whose mailbox spells their name
 * and that no one else has ("Écrire à Kévin", a button beside the card, mails k.duhamel@…).
 */
function withSpelledMailboxes<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site' && d.kind !== 'other') return d;
  const taken = new Set(d.people.map((p) => p.email).filter(Boolean));
  const free = d.emails.map((e) => e.address).filter((a) => !taken.has(a));
  if (!free.length || d.people.every((p) => p.email)) return d;
  const mine = (p: DetectedPerson) => free.filter((a) => mailboxOf(p.name, a.split('@')[0]!));
  let changed = false;
  const people = d.people.map((p) => {
    if (p.email) return p;
    const [a, other] = mine(p);
    if (!a || other || d.people.some((q) => q !== p && mailboxOf(q.name, a.split('@')[0]!))) return p;
    changed = true;
    return { ...p, email: a };
  });
  return changed ? { ...d, people } : d;
}

/**
 * A web page's owner first: the one person with their own mailbox at the site's domain, where everyone named before
 * them works elsewhere (a consultant's references page: the clients' testimonials, then "Me contacter").
 */
export function withOwnerFirst<D extends Detection>(d: D): D {
  if (d.kind !== 'company-site') return d;
  const site = hostOf(d.url) ?? '';
  const own = (p: DetectedPerson) =>
    !!p.email && sameSiteHosts(hostOf(p.email) ?? '', site) && spellsMailbox(p.name, p.email, 'any-word');
  const owners = d.people.filter(own);
  const at = owners.length === 1 ? d.people.indexOf(owners[0]!) : -1;
  if (at <= 0) return d;
  const firm = normKey(owners[0]!.company ?? '');
  if (!d.people.slice(0, at).every((p) => p.company && normKey(p.company) !== firm && !p.email)) return d;
  return { ...d, people: [d.people[at]!, ...d.people.filter((_, i) => i !== at)] };
}

/**
 * The people the open message's body names with their own address ("Écrivez à Antoine Berthelot, notre responsable
 * des ventes : antoine.berthelot@…", "contact Jane Roe at jane.roe@…"): a newsletter's or a notice's contact, named
 * before the address on its line, whose mailbox spells the name. Their role and number are read with the others'.
 */
function bodyContacts<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const known = new Set(d.people.map((p) => p.email));
  const lines = body.slice(0, 20_000).split('\n');
  const found: DetectedPerson[] = [];
  for (const e of d.emails) {
    if (e.role !== 'text' || known.has(e.address)) continue;
    const local = e.address.split('@')[0]!;
    for (const l of lines) {
      const at = l.toLowerCase().indexOf(e.address);
      if (at < 0 || at > 400) continue;
      const name = [...l.slice(0, at).matchAll(BODY_NAME())]
        .flatMap((m) => tails(m[0]))
        .find((n) => mailboxOf(n, local));
      const next = l.slice(at + e.address.length, at + e.address.length + 60).split(/[.!?;]\s+(?=\p{Lu})/u)[0]!;
      const phones = PHONE_NEXT.test(next) ? findPhones(next) : [];
      if (name && looksLikePersonName(name) && !isSharedMailbox(name, e.address))
        found.push({ name, email: e.address, ...(phones.length === 1 ? { phones } : {}) });
      break;
    }
  }
  return found.length ? { ...d, people: [...d.people, ...found] } : d;
}

/**
 * The detection with its signature candidates read into people and companies (and removed). The
 * signatures come first, as the detectors found them before their participants' plain entries.
 */
export function interpretDetection<D extends Detection>(d: D): D {
  d = withoutPlatformSenders(interpretLinkedin(d));
  // a news article about a firm: its subject firm, its quoted people's firms, the publisher none of theirs
  // (and its running text kept for the end: ./web-prose-firms.ts)
  const prose = d.prose ?? d.article?.text;
  if (d.prose !== undefined) {
    d = { ...d };
    delete d.prose;
  }
  d = withNewsArticle(d);
  if (d.kind === 'company-site' || d.kind === 'other') d = withoutProfileButtons(d);
  // a web page's widgets and links name services (ORCID, a ticketing platform): no company of the page
  if (d.kind === 'company-site' || d.kind === 'other') {
    // (and a global vendor's badge or sponsor logo, a regulator, bank, insurer or host of its legal notice, unless
    // someone the page lists works there)
    const staff = new Set(d.people.map((p) => normKey(p.company ?? '')));
    const companies = d.companies.filter(
      (c) =>
        (!c.domain || !isForeignService(c.domain, d.url)) &&
        !((isForeignVendor(c.name, d.url) || isForeignInstitution(c.name, d.url)) && !staff.has(normKey(c.name))),
    );
    if (companies.length !== d.companies.length) d = { ...d, companies };
    // (the people a legal notice's running text names: "Maître brasseur : Name", "représentée par sa gérante Name")
    if (!d.article) d = withLegalFacts(withLegalPeople(d, prose), prose);
  }
  // a team's shared mailbox ("Harbourline Ops" <ops@…>): its address stays, its name is no person's
  // (and a firm's mailbox signed with the firm's name: "Pépinières du Val de Sèvre" <commandes@…>)
  // (and a firm's mailbox under the firm's name that a colleague signs: "Isolations Roux" <contact@roux.fr>, "… /
  // Isolations Roux SARL"; and a sender under their first name and their firm's, "Mathilde de Tessarine"
  // <mathilde.rouvenac@…>, signed "Mathilde Rouvenac")
  const lines = d.message?.bodyText.slice(0, 20_000).split('\n') ?? [];
  const isName = (l: string) => looksLikePersonName(cleanPersonName(l));
  // (the signer under a firm's name, read from the body's lines once per person: asked by `team`, then used below)
  const signedForFirm = new Map<object, { name: string; at: number } | undefined>();
  const firmSigned = (p: { name: string; email?: string }) => {
    if (!signedForFirm.has(p))
      signedForFirm.set(
        p,
        firmSigner(lines, p.name, p.email!, isName) ?? firmNamedSigner(lines, p.name, p.email!, isName),
      );
    return signedForFirm.get(p);
  };
  const team = (p: { name: string; email?: string }) =>
    !!p.email &&
    (isSharedMailbox(p.name, p.email) ||
      isFirmMailbox(p.name, p.email) ||
      isFirmName(p.name, p.email) ||
      !!firmSigned(p));
  // (a firm and a person joined by a dash, "Transports Roux – Léa Vidal" <l.vidal@…>: the person, at the firm)
  d = withDashedPeople(d, lines, isName);
  const signers: SignatureCandidate[] = [];
  // (asked once per person: a firm's mailbox is looked for in the body's lines)
  // (and the open message's team sender the page gave no person for: "Firm – Service commandes" <commandes@…>)
  const from = d.message?.from;
  const sender =
    from?.name &&
    from.email &&
    !d.people.some((p) => p.email === from.email) &&
    (isSharedMailbox(from.name, from.email) || isFirmMailbox(from.name, from.email))
      ? [{ name: from.name, email: from.email }]
      : [];
  const teams = [...d.people.filter(team), ...sender];
  if (teams.length) {
    // (the person who signs the team's message is read from the lines over its address: "Inès Bouaziz / ADV / …")
    for (const p of teams) {
      const s = mailboxSigner(lines, p.email!, isName) ?? firmSigned(p);
      const name = s && cleanPersonName(s.name);
      // (a signer the page already names with an address of their own, a copy's: their signature, at that address)
      const known = name ? d.people.find((q) => normKey(q.name) === normKey(name)) : undefined;
      const email = known
        ? known.email && known.email !== p.email && !teams.includes(known)
          ? known.email
          : ''
        : p.email!;
      if (s && name && email) signers.push({ name, email, first: '', lines: lines.slice(s.at + 1, s.at + 11) });
    }
    d = { ...d, people: d.people.filter((p) => !teams.includes(p)) };
    if (signers.length) d = { ...d, signatures: [...(d.signatures ?? []), ...signers] };
  }
  // (a meeting room booked as a mailbox, "Salle Marie Curie" <salle.mariecurie@…>: named after someone, no one)
  if (d.people.some((p) => p.email && isRoomMailbox(p.name, p.email)))
    d = { ...d, people: d.people.filter((p) => !p.email || !isRoomMailbox(p.name, p.email)) };
  const named = withCleanNames(d.people);
  if (named !== d.people) d = { ...d, people: named };
  // (the people's direct lines dropped before an offices page's numbers are given back to its firm)
  // (a network's branches given to its firm once the offices' numbers are read: a store's number stays the store's)
  d = withBranchFirms(
    withOwnerFirst(withSpelledMailboxes(withOfficeNumbers(withoutDirectLines(withPeopleFirms(withoutNonNames(d)))))),
  );
  if (d.signatures) d.signatures = d.signatures.map((c) => ({ ...c, name: cleanPersonName(c.name) }));
  let out = withRelayedContacts(
    withOwnNumber(
      withSpelledFirms(
        withTableFirms(withFirmLegalLines(withFirmSenders(readSignatures(bodyContacts(withPastedTables(d)))))),
      ),
    ),
  );
  // (the number on a shared mailbox's line is the desk's, its firm's: "adv@… – 01 99 …")
  for (const c of signers) {
    const p = out.people.find((q) => q.name === c.name && q.email === c.email);
    const firm = p?.company ? out.companies.find((f) => f.name === p.company) : undefined;
    const phones = findPhones(c.lines.find((l) => l.toLowerCase().includes(c.email)) ?? '');
    // (the firm's one number among the signer's others is the firm's switchboard: "T. 01 … / M. 06 …")
    const main = firm?.phones?.length === 1 ? firm.phones[0]! : '';
    if (main && p && (p.phones?.length ?? 0) > 1 && p.phones!.includes(main)) {
      out = {
        ...out,
        people: out.people.map((q) => (q === p ? { ...q, phones: q.phones!.filter((n) => n !== main) } : q)),
      };
      continue;
    }
    if (!firm || firm.phones?.length || phones.length !== 1) continue;
    out = {
      ...out,
      people: out.people.map((q) =>
        q === p && q.phones?.length ? { ...q, phones: q.phones.filter((n) => n !== phones[0]) } : q,
      ),
      companies: out.companies.map((f) => (f === firm ? { ...f, phones } : f)),
    };
  }
  const people = withCleanNames(out.people);
  // the firms a web page's prose names in a firm's role ("racheté par le groupe X", "filiale de X"), after the
  // page's own and its legal names
  return withFirmSenderNumber(
    withFirmLegalLines(withWebProseFirms(withMailProseFirms(people === out.people ? out : { ...out, people }), prose)),
  );
}

/** The people of "Firm – Person" display names (`dashedPerson`), in place of the whole name or where none is. */
// (and their signature: the lines under the body's last line that is their name alone)
function withDashedPeople<D extends Detection>(d: D, lines: readonly string[], isName: (s: string) => boolean): D {
  if (!/^(?:gmail|outlook)-/.test(d.kind)) return d;
  let people = d.people;
  const signatures: SignatureCandidate[] = [];
  for (const e of d.emails) {
    const x = e.name ? dashedPerson(e.name, e.address, isName) : undefined;
    if (!x || people.some((p) => p.email === e.address && normKey(p.name) === normKey(x.name))) continue;
    const at = lines.findLastIndex((l) => l.trim() === x.name);
    if (at >= 0 && !d.signatures?.some((c) => c.email === e.address))
      signatures.push({ name: x.name, email: e.address, first: '', lines: lines.slice(at + 1, at + 11) });
    people = [
      ...people.filter((p) => p.email !== e.address),
      { name: x.name, email: e.address, ...(isFreemailDomain(hostOf(e.address) ?? '') ? {} : { company: x.firm }) },
    ];
  }
  if (people === d.people) return d;
  return signatures.length ? { ...d, people, signatures: [...(d.signatures ?? []), ...signatures] } : { ...d, people };
}

// a quoted message's header ("Le … a écrit :", "On … wrote:", "De : …"): the writer's own text ends there
const QUOTE_HEAD = /(?:a\s[ée]crit|wrote|schrieb)\s*:?\s*$|^(?:de|from|von)\s?:/i;
// a number's label alone ("Mob. ", "Tél : ", "Handy")
const NUMBER_LABEL =
  /^(?:t[ée]l(?:[ée]phone)?|tel|phone|mob(?:ile?)?|portable|port|cell|gsm|handy|mobil|m|t)\.?\s*:?\s*/i;

/**
 * The number a writer who signs with their first name alone puts on the next line ("Julie\n06 39 98 12 34",
 * "Ben\nMob. 07700 900123"): theirs. Only the writer's own text, before any quoted message.
 */
export function firstNameNumber(body: string, name: string): string | undefined {
  const given = normKey(name.split(' ')[0]!);
  if (given.length < 2) return undefined;
  const lines = body.slice(0, 20_000).split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]!.trim();
    if (QUOTE_HEAD.test(l)) break;
    if (l.length > 40 || normKey(l.replace(/^[-–—\s]+|[,.!\s]+$/g, '')) !== given) continue;
    const next = lines[i + 1]!.trim();
    const [phone, other] = findPhones(next);
    if (phone && !other && !next.replace(phone, '').replace(NUMBER_LABEL, '').trim()) return phone;
  }
  return undefined;
}

/**
 * The number the open message's writer gives as their own in its prose ("My studio phone is …", "m'appeler au …"):
 * theirs when they have none; their firm's too when they name it the office's and the firm has none.
 */
function withOwnNumber<D extends Detection>(d: D): D {
  const from = d.message?.from?.email,
    body = d.message?.bodyText;
  const p = from && body ? d.people.find((q) => q.email === from && !q.phones?.length) : undefined;
  const signed = p && !ownNumber(body!) ? firstNameNumber(body!, p.name) : undefined;
  const own = p && (signed ? { phone: signed, office: false } : ownNumber(body!));
  if (!p || !own) return d;
  const people = d.people.map((q) => (q === p ? { ...q, phones: [own.phone] } : q));
  const key = normKey(p.company ?? '');
  const companies = d.companies.map((c) =>
    own.office && key && normKey(c.name) === key && !c.phones?.length ? { ...c, phones: [own.phone] } : c,
  );
  return { ...d, people, companies };
}

/**
 * A firm that mails in its own name (a newsletter, "Fernwick Tools" <news@fernwick-tools.co.uk>): the display name
 * spells the sender's domain and the body's legal line gives it with a legal form ("Fernwick Tools Ltd · … · 01632 …").
 * It is no person; the company named by the domain takes its name, and the legal line's ids and lone number.
 */
function withFirmSenders<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const lines = body.slice(-20_000).split('\n');
  let people = d.people;
  let companies = d.companies;
  for (const p of d.people) {
    const domain = hostOf(p.email ?? '') ?? '';
    const label = alnumKey(domain.split('.')[0] ?? '');
    const key = alnumKey(p.name);
    if (!domain || isFreemailDomain(domain) || key.length < 5 || !label.startsWith(key)) continue;
    const line = lines.find((l) => {
      const at = l.indexOf(p.name);
      const next = at < 0 ? '' : (/^\s+([^\s,·|]+)/.exec(l.slice(at + p.name.length))?.[1] ?? '');
      return !!next && l.length < 400 && hasLegalForm(`${p.name} ${next}`);
    });
    if (!line) continue;
    people = people.filter((q) => q !== p);
    const phones = findPhones(line);
    const ids = findLegalIds(line);
    companies = companies.map((c) =>
      c.domain !== domain
        ? c
        : {
            ...c,
            name: c.name === domain ? p.name : c.name,
            ...(!c.phones?.length && phones.length === 1 ? { phones } : {}),
            ...(c.siren || !ids.siren ? {} : { siren: ids.siren }),
            ...(c.vat || !ids.vat ? {} : { vat: ids.vat }),
          },
    );
  }
  return people === d.people ? d : { ...d, people, companies };
}

/**
 * A mail firm's legal line in the body, after a signature the page read ("CAVES DU LITTORAL / Name – Title / … /
 * Caves du Littoral SARL au capital … · RCS … · SIRET … · TVA …"): a line that opens on the firm's name (any case) with
 * a legal form after it gives the firm its ids, when it has none.
 */
/**
 * The number of a firm that writes in its own name and signs with it ("Château X" <contact@chateau-x.fr>, signed
 * "Claire et Tom, Château X / address / 06 …"): no person has the address, a company of its domain bears the display
 * name, and the lines under the body's last line ending on that name give one number: the firm's, when it has none.
 */
function withFirmSenderNumber<D extends Detection>(d: D): D {
  const from = d.message?.from,
    body = d.message?.bodyText;
  if (!from?.name || !body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const domain = hostOf(from.email) ?? '';
  const key = normKey(from.name);
  const c = d.companies.find((x) => x.domain === domain && normKey(x.name) === key);
  if (!c || c.phones?.length || d.people.some((p) => p.email === from.email)) return d;
  const lines = body.slice(-20_000).split('\n');
  const at = lines.findLastIndex((l) => l.length <= 120 && normKey(l).endsWith(key));
  if (at < 0) return d;
  const phones: string[] = [];
  for (const l of lines.slice(at + 1, at + 5)) {
    if (!l.trim() || CLOSING_OR_QUOTE.test(l)) break;
    findPhones(l, phones);
  }
  return phones.length === 1 ? { ...d, companies: d.companies.map((x) => (x === c ? { ...x, phones } : x)) } : d;
}
// (a quoted header or a reply's line ends the signature: "Le lun. … a écrit :", "On … wrote:")
const CLOSING_OR_QUOTE = /(?:a écrit|wrote|schrieb)\s?:\s*$|^(?:de|from|von)\s?:/i;

// a mobile's digits (FR 06/07, UK 07, DE 015–017, with or without their country's code)
const MOBILE = /^(?:0[67]|33[67]|07|447|491[567]|01[567])/;
function withFirmLegalLines<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  let lines: string[] | undefined;
  let companies = d.companies;
  for (const c of d.companies) {
    if (!c.domain || c.siren || c.siret || c.vat) continue;
    // (the firm's name, or the one its people at its domain are given: it is named after them later)
    const names = [c.name, ...d.people.filter((p) => hostOf(p.email ?? '') === c.domain).map((p) => p.company ?? '')]
      .filter((n) => n.length >= 4 && n !== c.domain)
      .map((n) => n.toLowerCase());
    if (!names.length) continue;
    lines ??= body.slice(-20_000).split('\n');
    const line = lines.find((l) => {
      const t = l.trim(),
        low = t.toLowerCase();
      const name = t.length <= 400 ? names.find((n) => low.startsWith(n)) : undefined;
      const next = name ? (/^\s+([^\s,·|]+)/.exec(t.slice(name.length))?.[1] ?? '') : '';
      return !!next && hasLegalForm(`${t.slice(0, name!.length)} ${next}`);
    });
    const ids = line ? findLegalIds(line) : {};
    if (!ids.siren && !ids.siret && !ids.vat) continue;
    // (and the sender's only landline there, as a signature the background reads gives it: the firm's number)
    const from = d.message?.from?.email;
    const own = from ? d.people.find((p) => p.email === from && hostOf(from) === c.domain)?.phones : undefined;
    const phones =
      !c.phones?.length && own?.length === 1 && !MOBILE.test(phoneDigits(own[0]!)) ? { phones: own.slice() } : {};
    companies = companies.map((x) => (x === c ? { ...x, ...ids, ...phones } : x));
  }
  return companies === d.companies ? d : { ...d, companies };
}

/** The capitalised words of a mail body that spell a domain's name word for word ("Écomarine Conseil" for ecomarine-conseil.fr). */
function spelledFirm(body: string, domain: string): string | undefined {
  const label = alnumKey(domain.split('.')[0]!);
  if (label.length < 6 || isFreemailDomain(domain)) return undefined;
  for (const line of body.slice(0, 20_000).split('\n')) {
    const words = line.split(/[\s,;:()«»"“”]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const w = words.slice(i, i + n).join(' ');
        if (alnumKey(w) === label) return w;
      }
    }
  }
  return undefined;
}

/**
 * A company known only by its mail domain ("ecomarine-conseil.fr") takes the name the body spells it with, word for
 * word ("Lieu : Écomarine Conseil, 4 quai …"), and the participants at that domain with no firm of their own work there.
 */
export function withSpelledFirms<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const named = new Map<string, string>();
  for (const c of d.companies) {
    const name = c.domain && c.name === c.domain ? spelledFirm(body, c.domain) : undefined;
    if (name) named.set(c.domain!, name);
  }
  if (!named.size) return d;
  return {
    ...d,
    companies: d.companies.map((c) => (named.has(c.domain ?? '') ? { ...c, name: named.get(c.domain!)! } : c)),
    people: d.people.map((p) => {
      const firm = p.company ? undefined : named.get(hostOf(p.email ?? '') ?? '');
      return firm ? { ...p, company: firm } : p;
    }),
  };
}

// the label of an invoice's or order's party, on its own line above the firm's name
const PARTY_LABEL =
  /^(?:fournisseur|émetteur|vendeur|prestataire|supplier|vendor|seller|issuer|lieferant|rechnungssteller|verkäufer|fornitore|emittente|proveedor|emisor)\s*:?$/i;

/**
 * A platform's notification about a firm (an e-invoice: "Fournisseur / IMPRIMERIE X SARL / SIRET … / N° TVA … /
 * Contact fournisseur / facturation@imprimerie-x.fr · 05 …"): the firm named under the party label, with a legal
 * form, takes the company its contact address's domain gave, with the table's ids and the number beside that address.
 */
export function withTableFirms<D extends Detection>(d: D): D {
  const body = d.message?.bodyText;
  if (!body || (d.kind !== 'gmail-thread' && d.kind !== 'outlook-message')) return d;
  const lines = body.slice(0, 20_000).split('\n');
  let companies = d.companies;
  for (const [i, l] of lines.entries()) {
    const name = lines[i + 1]?.trim() ?? '';
    if (!PARTY_LABEL.test(l.trim()) || name.length > 100 || !hasLegalForm(name)) continue;
    const block = lines.slice(i + 2, i + 18);
    const at = block.findIndex((x) => findPlainEmails(x).some((e) => !isFreemailDomain(hostOf(e) ?? '')));
    const domain = at < 0 ? '' : (hostOf(findPlainEmails(block[at]!)[0]!) ?? '');
    if (!companies.some((c) => c.domain === domain)) continue;
    const ids = findLegalIds(block.slice(0, at + 1).join('\n'));
    const phones = findPhones(block[at]!);
    companies = companies.map((c) =>
      c.domain !== domain
        ? c
        : {
            ...c,
            name: c.name === domain ? name : c.name,
            ...(!c.phones?.length && phones.length === 1 ? { phones } : {}),
            ...(c.siren || !ids.siren ? {} : { siren: ids.siren }),
            ...(c.siret || !ids.siret ? {} : { siret: ids.siret }),
            ...(c.vat || !ids.vat ? {} : { vat: ids.vat }),
          },
    );
  }
  return companies === d.companies ? d : { ...d, companies };
}

// what may follow a name on its signature line: a title or a firm after a separator ("Anna Roe | Partner")
// (not a comma: "Jérôme Lacaze, des Pépinières Lacaze, peut livrer." is a sentence)
const AFTER_NAME = /^\s*(?:[|·•]|\s[-–—])\s*\S.{0,100}(?<![.!?:;])$/u;

/**
 * The signatures of the open message's body the content script did not give (a forwarded message's signer,
 * named only in its header; a display name with a degree): the lines under the last line that is a participant's
 * name, or starts with it before a separator. Only for people with neither a title nor a firm yet.
 */
// the heading of an invitation's guest list (FR/EN/DE)
const GUEST_HEAD =
  /^(?:participants?|invit[ée]e?s|guests?|attendees|invitees|teilnehmer(?:innen|\*innen)?|g[äa]ste|eingeladene?)\s*:?$/iu;

/** The lines of an invitation's guest list: those after its heading, up to a blank or a labelled line. */
function guests(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!GUEST_HEAD.test(lines[i]!.trim())) continue;
    for (let j = i + 1; j < lines.length && j <= i + 30; j++) {
      const l = lines[j]!.trim();
      if (!l || l.length > 120 || /^[^:]{2,30}\s:\s|^\S[^:]{1,30}:\s/u.test(l)) break;
      out.add(j);
    }
  }
  return out;
}

function bodySignatures(d: Detection): SignatureCandidate[] {
  const body = d.message?.bodyText;
  if (!body) return [];
  const have = new Set((d.signatures ?? []).map((c) => c.email));
  const own = new Set((d.signatures ?? []).filter((c) => c.own).map((c) => hostOf(c.email) ?? ''));
  const lines = body.slice(0, 20_000).split('\n');
  const out: SignatureCandidate[] = [];
  // each line's keys, read once for every participant (a long thread's body has thousands of lines)
  const bares: (string | null)[] = [];
  const nameKeys: string[] = [];
  const keys: string[] = [];
  const lineAt = (i: number): string | null => {
    if (bares[i] === undefined) {
      const line = lines[i]!.trim();
      bares[i] = line.length > 200 ? null : line.replace(/^[\s-]*/, '');
    }
    return bares[i]!;
  };
  // a vCard pasted as a signature names its signer (by address, else by name): its lines as a signature's
  const cards = body.includes('VCARD') ? findVCards(body) : [];
  for (const v of cards) {
    const p = d.people.find(
      (q) => q.email && (q.email === v.email || normKey(q.name) === normKey(cleanPersonName(v.name))),
    );
    if (!p?.email || have.has(p.email)) continue;
    have.add(p.email);
    out.push({
      name: p.name,
      email: p.email,
      first: '',
      lines: v.lines,
      ...(own.has(hostOf(p.email) ?? '') ? { own: true } : {}),
    });
  }
  for (const p of d.people) {
    if (!p.email || have.has(p.email) || p.title || p.company || !looksLikePersonName(p.name)) continue;
    const key = normKey(p.name);
    for (let i = lines.length - 1; i >= 0; i--) {
      const bare = lineAt(i);
      if (bare === null) continue;
      let first: string | undefined;
      if ((nameKeys[i] ??= normKey(cleanPersonName(bare))) === key) first = '';
      else {
        const lead = (keys[i] ??= normKey(bare)).startsWith(key) ? bare.slice(p.name.length) : '';
        if (lead && AFTER_NAME.test(lead)) first = lead;
      }
      if (first === undefined) continue;
      // (an invitation's guest list, "Participants :" then "Jane Roe – organisateur", "Jon Doe – jon@…": no signature)
      if (guests(lines).has(i)) continue;
      const c: SignatureCandidate = { name: p.name, email: p.email, first, lines: lines.slice(i + 1, i + 11) };
      if (own.has(hostOf(p.email) ?? '')) c.own = true;
      out.push(c);
      break;
    }
  }
  return out;
}

// "Role: First Last" in a legal line, between its separators
const OFFICER =
  /(?:^|[·|,;•–—]\s*)(\p{Lu}[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s?:\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?=\s*(?:[·|,;•–—]|$))/gu;

function readSignatures<D extends Detection>(d: D): D {
  const extra = bodySignatures(d);
  if (!d.signatures && !extra.length && !d.message?.bodyText) return d;
  const { signatures: given, ...rest } = d;
  // (a signature ends at another participant's name: an invitation's guest list, "Rodolphe X – organisateur / Léa Y")
  // (not at a firm's mailbox's name: the firm's line of its signer's signature, "Romane Roux / Tonnellerie Roux",
  // "Office notarial Roe" <accueil@…>)
  const firmBox = (e: { address: string; name?: string }) =>
    !!e.name && (isFirmMailbox(e.name, e.address) || isFirmName(e.name, e.address));
  const others = new Set([
    ...d.people.map((p) => normKey(p.name)),
    ...d.emails
      .filter((e) => !firmBox(e))
      .map((e) => e.name ?? '')
      .filter((n) => !n.includes(' ') || looksLikePersonName(cleanPersonName(n)))
      .map(normKey),
  ]);
  others.delete('');
  // (a guest-list line, "Jane Roe – jane@…", opens no signature)
  const bodyL = (d.message?.bodyText ?? '').slice(0, 20_000).split('\n');
  const listed = new Set([...guests(bodyL)].map((i) => normKey(bodyL[i]!)));
  // (a second person the signature names, "Maître Anne Roe, notaire": theirs, not the signer's title or firm)
  const seconds = new Map<SignatureCandidate, SecondSigner>();
  const signatures = [...(given ?? []), ...extra]
    .filter((c) => !c.first.trim() || !listed.has(normKey(c.name + c.first)))
    .map((c) => {
      const end = c.lines.findIndex((l) => l.length < 80 && others.has(normKey(l)) && normKey(l) !== normKey(c.name));
      const cut = end < 0 ? c : { ...c, lines: c.lines.slice(0, end) };
      const second = secondSigner(c.name, cut.lines);
      if (!second) return cut;
      const out = { ...cut, lines: cut.lines.filter((_, i) => i !== second.at) };
      seconds.set(out, second);
      return out;
    });
  const b = new ResultBuilder(d.url, d.kind);
  const legal = new Set<DetectedCompany>();
  // each mail domain's firm, when its signatures name only one (a free-mail domain names none)
  const firms = new Map<string, string | null>();
  const body = d.message?.bodyText?.slice(0, 20_000);
  for (const c of signatures) {
    let firm = readSignature(b, c, legal);
    const second = seconds.get(c);
    if (second) {
      // (their address, when they take part in the thread under that name)
      const key = normKey(second.name);
      const email = d.emails.find((e) => normKey(e.name ?? '') === key)?.address;
      const { name, title } = second;
      b.addPerson({
        name,
        ...(title ? { title } : {}),
        ...(firm ? { company: firm } : {}),
        ...(email ? { email } : {}),
      });
    }
    const domain = hostOf(c.email) ?? '';
    // a colleague of the user's (their domain the user's own: the script gave it no company) whose signature's firm
    // the parser missed ("Groupe Arvel · 04 …"): the firm the body spells the domain with
    const spelt = !firm && c.own && body ? spelledFirm(body, domain) : undefined;
    if (spelt) {
      b.addCompany({ name: spelt, domain });
      b.addPerson({ name: c.name, email: c.email, company: (firm = spelt) });
    }
    if (!firm || !domain || isFreemailDomain(domain)) continue;
    const known = firms.get(domain);
    firms.set(domain, known === undefined || known === firm ? firm : null);
  }
  for (const p of d.people) b.addPerson(p);
  for (const c of d.companies) b.addCompany(c);
  // an officer a signature's legal line names ("Geschäftsführerin: Jana Roe · HRB …", "Gérant : Paul Roe"): their
  // title, when they take part in the thread from the signer's domain
  for (const c of signatures)
    for (const l of c.lines)
      for (const [, role, name] of l.matchAll(OFFICER)) {
        const p = b.people.find(
          (q) => !q.title && normKey(q.name) === normKey(name!) && hostOf(q.email ?? '') === hostOf(c.email),
        );
        if (p && looksLikeJobTitle(role!)) p.title = role!;
      }
  const from = d.message?.from?.email;
  // how many participants bear each surname (a courtesy title and a surname name one person only when one does)
  const surnames = new Map<string, number>();
  for (const q of b.people) {
    const s = q.name.split(' ').pop()!;
    surnames.set(s, (surnames.get(s) ?? 0) + 1);
  }
  // the prose readers' patterns start from the name: a participant the body never names is not looked for
  const lower = body?.toLowerCase();
  // a participant without a signature works at the firm a colleague's signature (same domain) names
  for (const p of b.people) {
    const firm = p.email && !p.company ? firms.get(hostOf(p.email) ?? '') : undefined;
    if (firm) p.company = firm;
    const named = !!body && lower!.includes(p.name.toLowerCase());
    const role = named && !p.title ? proseRole(body, p.name) : undefined;
    // (a colleague of the writer's, the only participant of that first name, named by it alone)
    const given = p.name.split(' ')[0]!;
    const colleague =
      !!body &&
      !role &&
      !p.title &&
      given.length > 2 &&
      !!p.email &&
      p.email !== from &&
      hostOf(p.email) === hostOf(from ?? '') &&
      b.people.filter((q) => q.name.split(' ')[0] === given).length === 1;
    const role1 = colleague ? proseRole(body, given, true) : undefined;
    if (role1) p.title = role1;
    if (role) p.title = role;
    // a number the body gives right after a correspondent's name, or their courtesy title and surname
    // ("mein Kollege Herr Kowalczyk (Disposition) unter 089 …")
    if (body && p.email && !p.phones?.length) {
      const surname = p.name.split(' ').pop()!;
      const same = surnames.get(surname) === 1;
      const forms = [p.name, ...(same ? COURTESY.map((c) => `${c} ${surname}`) : [])];
      for (const f of forms) {
        const phones = phoneAfter(body, f);
        if (phones) {
          p.phones = phones;
          break;
        }
      }
    }
    const domain = hostOf(p.email ?? '') ?? '';
    const own = named && domain && !isFreemailDomain(domain);
    // (a sign-off at a prose line's end: "… Thibault Roux, Directeur RSE, Groupe Vireau")
    const signoff = own && !p.title ? inlineSignoff(body, p.name, domain) : undefined;
    if (signoff && (!p.company || normKey(p.company) === normKey(signoff[1]))) {
      p.title = signoff[0];
      if (!p.company) b.addCompany({ name: (p.company = signoff[1]), domain });
    }
    // (an apposition in a sentence: "À la demande de Mme Jana Roe, présidente du Groupe Roe, je vous …")
    const app = own && !p.title ? appositionOf(body, p.name, domain) : null;
    if (app && (!p.company || normKey(p.company) === normKey(app.company))) {
      p.title = app.title;
      if (!p.company) b.addCompany({ name: (p.company = app.company), domain });
    }
    const org = own && !p.company ? proseOrg(body, p.name, domain) : undefined;
    if (org) {
      p.company = org;
      b.addCompany({ name: org, domain });
    }
  }
  // an assistant's title names the boss, another participant ("Assistante de direction de Jana Roe", "Assistant to
  // Jane Roe"): the title alone
  for (const p of b.people) {
    const title = p.title ?? '';
    const boss = title ? b.people.find((q) => q !== p && title.endsWith(' ' + q.name)) : undefined;
    if (!boss) continue;
    const cut = title.slice(0, -boss.name.length).replace(/\s+(?:de|d['’]|of|to|for|von|für)\s*$/i, '');
    if (cut.length < title.length - boss.name.length - 1 && looksLikeJobTitle(cut)) p.title = cut;
  }
  return { ...rest, people: b.people, companies: b.companies } as D;
}
