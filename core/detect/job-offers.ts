/**
 * A job board's list of offers (issue 7): repeated entries, each a job's title (its heading or link), then the hiring
 * firm, the town, the contract type ("CDI", "Freelance", "Full-time", "Festanstellung") and the offer's age. The firm
 * is the first field that is none of these; a page whose title or main heading speaks of jobs, three entries at least,
 * most giving a contract, several firms. A firm's own careers page lists town and contract only: no entry gives
 * two fields beside them, so it names no firm. Pure functions of the document.
 */
import { blockLines, qs, qsa, textOf, type SkipFn } from './dom';
import { DEPARTMENT } from './page-people';

// a contract type, alone in its field ("CDD 6 mois", "Freelance", "Werkstudent (m/w/d)")
const CONTRACT =
  /^(?:cdi|cdd|int[ée]rim|freelance|alternance|apprentissage|stage|full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|contract|internship|apprenticeship|festanstellung|vollzeit|teilzeit|befristet|unbefristet|praktikum|werkstudent\w*|ausbildung|minijob)(?![\p{L}]).{0,20}$/iu;
// the offer's age, a salary, a remote-work note
const AGE =
  /(?:^|\s)(?:il y a|publi[ée]e?|posted|ago|vor\s\d|ver[öo]ffentlicht|aujourd['’]hui|today|heute|hier|yesterday|gestern|nouveau|new|neu)(?:\s|$)|[€$£]|\b\d+\s?k\b|t[ée]l[ée]travail|remote|homeoffice/iu;
// the page is about jobs
const JOBS =
  /\b(?:offres?(?: d['’]emploi)?|emplois?|jobs?|postes?|vacanc(?:y|ies)|openings|positions|careers?|stellen\w*|stellenangebote|jobb[öo]rse)\b/iu;
const SPLIT = /\s+[·•|–—]\s+/;

/** The hiring firms of a job board's list of offers, in order, each once. */
export function offerFirms(root: Element, skip?: SkipFn): string[] {
  const doc = root.ownerDocument;
  if (!JOBS.test(`${doc.title} ${textOf(qs(root, 'h1'))}`)) return [];
  const out: string[] = [];
  const parents = new Set<Element>();
  for (const el of qsa(root, 'article, li').slice(0, 5000)) if (el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    const kids = [...parent.children].filter((k) => k.tagName === 'ARTICLE' || k.tagName === 'LI');
    if (kids.length < 3 || kids.length > 400 || (skip && skip(parent))) continue;
    const firms: string[] = [];
    let contracts = 0;
    for (const k of kids) {
      const title = textOf(qs(k, 'h2, h3, h4, [role=heading]') ?? qs(k, 'a[href]'));
      const parts = blockLines(k, skip)
        .flatMap((l) => l.text.split(SPLIT))
        .map((x) => x.trim())
        .filter((x) => x && x !== title);
      // (no heading nor link: the entry's first field is the job's title, "Commercial – Lyon – CDI")
      if (!title) parts.shift();
      if (!parts.some((x) => CONTRACT.test(x))) continue;
      contracts++;
      const rest = parts.filter((x) => !CONTRACT.test(x) && !AGE.test(x) && /\p{L}{2}/u.test(x) && x.length <= 60);
      // (the firm, then its town: two fields at least)
      if (rest.length >= 2 && !DEPARTMENT.test(rest[0]!)) firms.push(rest[0]!);
    }
    if (contracts < 3 || contracts < kids.length * 0.6 || firms.length < contracts * 0.6) continue;
    const distinct = [...new Set(firms)];
    if (distinct.length < 2) continue;
    for (const f of distinct) if (!out.includes(f)) out.push(f);
  }
  return out;
}
