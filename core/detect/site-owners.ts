/**
 * Who a site is and who runs it, read from the whole page for the company-site detector: a grid of firms' cards,
 * the site's brand, an event site's organiser, a documentation site and its owner, a group's subsidiaries and the lines a legal notice's publisher writes (its
 * host's block left out). (Moved out of company-site.ts,
 * whole, when ondemand.js ran out of room: this module ships in ondemand-orgs.js.)
 */
import type { DetectedPerson } from './types';
import { attr, blockLines, clean, linesOf, metaContent, qs, qsa, str, textOf } from './dom';
import { fold, spellsDomain } from './spelling';
import { findEmails } from './emails';
import { findPhones } from './phones';
import { companyKey } from './result';
import { isSkipped } from './scan';
import { isHostPlatform } from './freemail';
import { hostOf, sameSiteHosts } from '../text/host';
import { skipCode } from './page-emails';
import { findLegalNames, looksLikeJobTitle, alnumKey, LEGAL_FORM_END } from './text';

/**
 * A grid of like cards (three or more under one parent), each only a name, a title and one line more, those lines
 * all different and one of them a firm's by its form ("Groupe …", "… SAS"): each card's firm ("Sakura Ito / Head of
 * Data / Fretly": a speaker's, whatever the firm's name reads; a practice's "Corporate" under lawyers' titles is none).
 */
// no firm: "Independent consultant", "Freelance", "Indépendante", "Freiberuflich"
const SELF_EMPLOYED =
  /\b(?:independent|freelance|self-employed|ind[ée]pendante?|freiberufl|selbstst[äa]ndig|auto-?entrepreneur)/i;

const BUTTONS = /^[\p{L}]{1,12}(?:\s·\s[\p{L}]{1,12}){0,3}$/u;

export function gridFirms(
  cards: { el: Element; name: string }[],
  people: { person: DetectedPerson; company?: string }[],
): Set<DetectedPerson> {
  const out = new Set<DetectedPerson>();
  // (strict: a title read as such above a line no title's words; loose: any short line above any such line)
  const third = (strict: boolean) =>
    cards.map((c, i) => {
      const [n, t, x, ...more] = linesOf(c.el, skipCode);
      const p = people[i]!;
      return n === c.name &&
        (t === p.person.title ||
          // (a title no word list knows above the firm, the firm then read as the title: "CHRO" / "Aubrac RH")
          (!strict && (!p.person.title || p.person.title === x) && /^\p{Lu}[^\d@:]{1,40}$/u.test(t ?? ''))) &&
        (!p.company || p.company === x) &&
        x &&
        // (nothing after it but the card's buttons: "in · Bio", "LinkedIn")
        more.every((l) => BUTTONS.test(l)) &&
        /^\p{Lu}[^\d@:]{1,40}$/u.test(x) &&
        (strict ? !looksLikeJobTitle(x) : !SELF_EMPLOYED.test(x))
        ? x
        : '';
    });
  const strict = third(true);
  const loose = third(false);
  for (const [i, c] of cards.entries()) {
    const group = cards.flatMap((d, j) => (d.el.parentElement === c.el.parentElement ? [j] : []));
    // (a grid where most cards' third line is clearly a firm: the others' too, "Sémaphore RH" under "CHRO")
    const last = group.filter((j) => strict[j]).length >= Math.max(4, group.length * 0.6) ? loose : strict;
    const firms = group.map((j) => last[j]!);
    // (one of them may have none: "Independent consultant" is no firm)
    const named = firms.filter(Boolean);
    if (
      group.length >= 3 &&
      (group.some((j) => people[j]!.company) || named.length >= 6) &&
      named.length >= firms.length * 0.8 &&
      new Set(named).size === named.length &&
      last[i]
    )
      out.add(
        Object.assign(people[i]!.person, {
          company: last[i],
          title: people[i]!.person.title === last[i] ? linesOf(c.el, skipCode)[1] : people[i]!.person.title,
        }),
      );
  }
  return out;
}

const GENERIC_SITE =
  /^(?:billetterie|tickets?|billets?|events?|[ée]v[èé]nements?|veranstaltungen|tickets? (?:&|und|and) events?|shop|boutique|blog|news|accueil|home|startseite|podcasts?|newsletter|webinars?|webinaires?)$/i;

// a university's or a hospital's unit, and the body it belongs to
const UNIT_FIRST =
  /^(?:facult[ée]|ufr|d[ée]partement|department|laboratoire|laboratory|lab|service|p[ôo]le|[ée]cole doctorale|school of|faculty|fakult[äa]t|fachbereich|lehrstuhl|institut f[üu]r)(?!\p{L})/iu;
const PARENT_FIRST =
  /^(?:universit[ée]|university|universit[äa]t|centre hospitalier|chu|h[ôo]pital|hospital|klinikum)(?!\p{L})/iu;
export function brandOf(doc: Document, org: Record<string, unknown> | undefined, domain: string): string {
  const meta = metaContent(doc, 'og:site_name') || metaContent(doc, 'application-name');
  const site = /[{}$<>]/.test(meta) || /^[\w-]+(?:\.[\w-]+)+$/.test(meta) || GENERIC_SITE.test(meta.trim()) ? '' : meta;
  // "Contact – Menuiseries Aubrac | …": the title part that repeats the domain's words
  const label = domain.split('.')[0]!.replace(/[^a-z0-9]/g, '');
  const parts = doc.title
    .split(/\s[|–—:-]\s|\s·\s/)
    .map((x) => clean(x))
    .filter(Boolean);
  // ("Contact – Menuiserie Caradec, Vannes": the firm without its town)
  const hits = parts
    .map((p) => p.replace(/^([^,]{3,60}),\s\p{Lu}[\p{L}' -]{2,30}$/u, '$1'))
    // ("Foire Verte du Morvan 2028 – Exposer": an event's edition year is no part of its organiser's name)
    .map((p) => p.replace(/^(\S.{2,}?)\s(?:20[1-3]\d)$/, '$1'))
    .filter((p) => label && alnumKey(p).includes(label.slice(0, 6)));
  // ("Le Groupe X acquiert Y – Groupe X": the part that is the domain's words, not the headline holding them)
  const hit = hits.find((p) => alnumKey(p) === label) ?? hits[0];
  // (a site name that is the page's headline, the title's first part, gives way to the part naming the domain;
  // a template's placeholder or a bare domain names nothing; "Acme Blog", "Acme Newsroom": the firm's sub-site)
  // ("Acme appoints Jane Doe as CFO | Acme": a headline that starts with the site's name is no better name)
  // ("Quillon Metrics acquires Brightmoor Labs – Quillon Metrics": a headline naming the site before a part that is
  // the site's name)
  const named = parts.slice(1).some((p) => p === site.trim());
  if (site && !isHostPlatform(site) && !(hit && !named && doc.title.startsWith(site) && hit.split(/\s+/).length <= 6)) {
    const segs = site.split(/\s[|–—·]\s|\s-\s/).map((x) => x.trim());
    // ("Faculté des sciences – Université de Haute-Loire": a unit's site is its parent body's)
    return segs.length === 2 && UNIT_FIRST.test(segs[0]!) && PARENT_FIRST.test(segs[1]!) ? segs[1]! : segs[0]!;
  }
  if (org) return str(org.name);
  if (hit) return hit;
  const logo = qs(doc, 'header img[alt], a[rel=home] img[alt], .logo img[alt], img[class*=logo i][alt]');
  const alt = attr(logo, 'alt')
    .replace(/\s*logo\s*$/i, '')
    .replace(/^logo\s*/i, '');
  if (alt && !GENERIC_SITE.test(alt)) return alt;
  // the banner's link home, in words that spell the domain ("Technische Hochschule Spreeland" of th-spreeland.de)
  const home = qsa(doc, 'header a[href="/"], [role=banner] a[href="/"], a[rel=home]')
    .map((a) => textOf(a))
    .find((t) => t.length <= 60 && spellsDomain(t, domain));
  if (home) return home;
  // the last title part names the site, unless it is an article's headline (a sentence, not a name)
  const last = parts[parts.length - 1] ?? '';
  return last.length <= 60 && !/[:!?]/.test(last) && last.split(' ').length <= 6 && !GENERIC_SITE.test(last)
    ? last
    : '';
}

// a firm's general mailbox, no person's
// an event's own name: "Trophées de l'Entreprise …", "Prix …", "… Awards", "Salon …", "…messe", "… Summit"
const EVENT_NAME =
  /^(?:les\s+)?(?:troph[ée]es|prix|salon|festival|rencontres|assises|journ[ée]es|victoires|awards?|summit|forum|expo|conf[ée]rence|congr[eè]s|messe|gipfel|preis|tage)\b|\b(?:awards?|summit|festival|conference|expo|week|days|forum|messe|tage|gipfel|preis|kongress)$/i;

// its organiser, named in its text: "Les Trophées sont organisés par Acme Médias, éditeur …", "organised by Acme Events
// Ltd.", "veranstaltet von der Acme Verlag GmbH", "Organisateur : Acme"
const ORGANISED_BY =
  /(?:\b[Oo]rganis[ée]e?s?\s+par|\b[Oo]rgani[sz]ed\s+by|\b[Hh]osted\s+by|\b[Vv]eranstaltet\s+von|\b[Aa]usgerichtet\s+von|\b[Vv]eranstalter(?:in)?\s*:|\b[Oo]rganisateur\s*:|\b[Oo]rgani[sz]er\s*:)\s+(?:la\s+soci[ée]t[ée]\s+|l['’]agence\s+|le\s+groupe\s+|the\s+|der\s+|dem\s+|l['’]|la\s+|le\s+)?(\p{Lu}[^,;:()«»"]{2,60}?)(?=\s*[,;(]|\.(?:\s|$)|\s[-–—·|]\s|$)/u;

/**
 * An event's own site (its brand an event's name) run by a firm the page names as organiser and as the holder of its
 * copyright or of a mailbox spelling it: that firm, with the mailbox's host as its domain (else the event's site).
 */
export function eventRunner(
  lines: string[],
  brand: string,
  personName: ((s: string) => unknown) | undefined,
): { name: string; host: string } | undefined {
  // (or an acronym with its edition's year: "RNAPR 2026")
  if (!EVENT_NAME.test(brand.trim()) && !/^\p{Lu}[\p{Lu}\d&-]{2,9}\s20[1-3]\d$/u.test(brand.trim())) return undefined;
  for (const l of lines.slice(0, 600)) {
    if (l.length > 600) continue;
    const m = ORGANISED_BY.exec(l);
    const name = m?.[1]?.trim();
    if (!name || companyKey(name) === companyKey(brand)) continue;
    const key = alnumKey(name);
    const words = fold(name).split(/[^a-z0-9]+/);
    const host =
      lines
        .flatMap((x) => findEmails(x))
        .map((e) => e.split('@')[1]!)
        .find(
          (h) =>
            (alnumKey(h.split('.').slice(-2)[0]!).length >= 4 &&
              key.startsWith(alnumKey(h.split('.').slice(-2)[0]!))) ||
            // ("achat-responsable.org" of "Association pour l'achat public responsable": each word of it a word of the name)
            h
              .split('.')
              .slice(-2)[0]!
              .split('-')
              .every((w, _, all) => all.length >= 2 && w.length >= 4 && words.includes(w)),
        ) ?? '';
    const held = lines.some((x) => /©|\(c\)|copyright/i.test(x) && alnumKey(x).includes(key));
    // (a name read as a person's, "Midi Entreprendre Médias", wants both)
    if (personName?.(name) ? host && held : host || held) return { name, host };
  }
  return undefined;
}

const DOC_HOST = /^(?:docs?|developers?|dev|api|learn|help|support|wiki|manual|reference)\./i;

/**
 * A docs site whose footer names its owning firm with its details ("© 2025 Acme Labs, Inc. · street · phone"): the firm and the
 * people the prose names are contacts like on any firm's page; the readers skip its code samples.
 */
// a page's maintainer named in its text ("This page is maintained by", "Page tenue par", "Diese Seite pflegt")
const MAINTAINER = /\b(?:maintained|maintainers?|maintenue?|tenue? (?:à jour )?par|gepflegt|pflegt|betreut)\b/i;

function docsOwner(doc: Document, url: URL): boolean {
  const foot = qsa(doc, 'footer, [role="contentinfo"]').pop();
  // (with its details: a footer giving only "© 2024 Acme Inc. All rights reserved" names a vendor, not a contact)
  // (or with the page's maintainer to write to at the site's own domain: "maintained by Jane Roe (jane@acme.dev)";
  // a vendor's support address alone is no contact)
  // (asked only of a footer's copyright line without a phone, and of the first few addresses at the site's domain: a
  // page of thousands of addresses reads each parent's text once at most, not once per address)
  const own = () =>
    qsa(doc, 'a[href^="mailto:"]')
      .filter((a) => sameSiteHosts(hostOf(attr(a, 'href').slice(7)) ?? '', url.hostname))
      .slice(0, 8)
      .some((a) => !a.closest('pre, code') && MAINTAINER.test(textOf(a.parentElement)));
  return (
    !!foot &&
    linesOf(foot, skipCode).some(
      (l) => /©|\(c\)|copyright/i.test(l) && findLegalNames(l, 1).length > 0 && (findPhones(l).length > 0 || own()),
    )
  );
}

/** A documentation site: its code samples and brand are not contacts (SPEC §3). */
export function isDocumentation(doc: Document, url: URL): boolean {
  if (docsOwner(doc, url)) return false;
  // a help centre's inline addresses and system names (`postmaster@…`, `MAILER-DAEMON`) are no code sample
  const code = qsa(doc, 'pre, code').filter((c) => !/^\S+@\S+$|^[A-Z]+-[A-Z]+$/.test(textOf(c))).length;
  return (
    (DOC_HOST.test(url.hostname) || /\/(?:docs?|documentation|reference|manual|api)\//i.test(url.pathname)) && code >= 3
  );
}

// a register's or a tax office's number: a line of a firm's legal details
export const REGISTER_HINT =
  /\b(?:HR[AB]\s?\d|FN\s?\d|RCS|SIRE[NT]|USt|TVA|VAT|Amtsgericht|Registergericht|company\s+(?:no|number))/i;

/**
 * A group's subsidiaries in its Impressum or legal notice: a heading that is a firm's name with a legal form, then
 * its details (address, register, VAT number, manager, phone) up to the next heading. The host's block is not one.
 */
export function subsidiaryBlocks(body: Element, own: string): { name: string; lines: string[] }[] {
  const out: { name: string; lines: string[] }[] = [];
  for (const h of qsa(body, 'h2, h3, h4, h5').slice(0, 200)) {
    // ("Im Fokus: Kessler Verpackungstechnik GmbH": a label before the name)
    const name = textOf(h).replace(/^[^:]{1,30}:\s+/, '');
    if (name.length > 80 || !LEGAL_FORM_END.test(name) || companyKey(name) === own || isSkipped(h, body)) continue;
    const lines: string[] = [];
    for (let e = h.nextElementSibling; e && !/^H[1-6]$/.test(e.tagName) && lines.length < 8; e = e.nextElementSibling)
      lines.push(...blockLines(e).map((l) => l.text));
    if (
      lines.join(' ').length < 600 &&
      lines.some((l) => REGISTER_HINT.test(l)) &&
      !lines.some((l) => HOST_LABEL.test(l))
    )
      out.push({ name, lines });
  }
  return out;
}

// (also numbered, "2. Hébergement"; a consumer mediator's and a photo credit's sections are no publisher's either)
const HOST_LABEL =
  /^(?:\d\.?\s)?(?:m[ée]diat(?:eur|ion)|(?:verbraucher)?schlichtung|cr[ée]dits? photo|h[ée]bergeur|h[ée]bergement|h[ée]berg[ée] par|hosting(?: provider)?|hosted by|host|hoster|webhosting|webhoster|technischer dienstleister|conception(?: et réalisation)?|réalisation|webdesign|web design|design(?:ed)? by|site réalisé par|création du site)\b/i;

const HOST_INLINE =
  /\b(?:hosted\s(?:by|on|with|at)|h[ée]berg[ée]e?s?\s(?:par|chez)|gehostet|(?:built|designed|developed)\sby|r[ée]alis[ée]e?\spar|erstellt\s(?:von|durch))\b/i;

const SECTION_END = /^(?:[\p{Lu}][^:]{1,50}[:：]$|[\p{Lu}][\p{L} ’'-]{2,40}$)/u;

/** Lines of the page without the host's / web agency's block of a legal notice. */
export function publisherLines(lines: string[]): string[] {
  const out: string[] = [];
  let skipping = 0;
  for (const l of lines) {
    if (HOST_LABEL.test(l)) {
      skipping = /[:：]\s*$/.test(l) || l.length < 30 || /^\d\.?\s[^:]{0,40}$/.test(l) ? 6 : 1;
    } else if (
      skipping &&
      l.length < 40 &&
      (/^\d\.?\s\p{Lu}[^\d:.]+$/u.test(l) || (SECTION_END.test(l) && !/\d/.test(l) && /[:：]$/.test(l)))
    )
      skipping = 0;
    if (skipping > 0) {
      skipping--;
      continue;
    }
    // "… This website is hosted by X Ltd, company number …": the sentence naming the host and what follows
    const h = HOST_INLINE.exec(l);
    if (h) {
      const cut = Math.max(...['. ', '; ', ' · ', ' | ', ' – '].map((sep) => l.lastIndexOf(sep, h.index)));
      if (cut > 0) out.push(l.slice(0, cut + 1));
      continue;
    }
    out.push(l);
  }
  return out;
}
