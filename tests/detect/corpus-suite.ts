/**
 * Corpus test: every fixture page against its expected.json (README "Suggested matching rules",
 * via the scorer's own exported functions), plus cross-negatives: every detector on every other
 * site's pages. Skipped with a notice when the shared corpus is absent (e.g. a user's clone), failed in CI.
 * Two test files run it, so that the two halves run in parallel workers: `corpus.test.ts` for the pages as
 * saved, `corpus-scrambled.test.ts` for their scrambled copies (the floors below apply to both).
 */
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { startScorer } from './scorer-client';
import { openDocument } from '../dom';
import { detect, detectors } from '../../core/detect/registry';
import { detectionSchema } from '../../core/detect/schema';
import { sharedPresent } from '../shared';

const SHARED = path.resolve(__dirname, '../../../shared/fixtures/pages');
const REAL = path.resolve(__dirname, '../../../shared/fixtures/real');
const OWN = path.resolve(__dirname, '../fixtures/pages');

interface Expected {
  pages: Record<string, { url: string; kind: string; message?: unknown; mustNotFind?: { emails?: string[] } }>;
}

function load(dir: string, file: string, url: string): { doc: Document; close: () => void } {
  return openDocument(fs.readFileSync(path.join(dir, file), 'utf8'), url);
}

interface EntityScore {
  expected: number;
  found: number;
  reported: number;
  missed: unknown[];
  extra: unknown[];
}
/** What ../shared/fixtures/pages/score.mjs's scorePage returns (the parts read here). */
interface Score {
  hardFailures: string[];
  emails: EntityScore;
  people: EntityScore;
  companies: EntityScore;
  message?: { failed: unknown[] };
  primary?: { ok: boolean };
}
// the scorer's matching rules, imported rather than re-implemented, in one plain Node child (scorer-client.ts)
const scorerFile = path.join(SHARED, 'score.mjs');

// Our own corpora: every tests/fixtures/<folder>/expected.json (invented people, one folder per family of pages).
const OWN_DIRS = fs.existsSync(path.dirname(OWN))
  ? fs
      .readdirSync(path.dirname(OWN))
      .map((d) => path.join(path.dirname(OWN), d))
      .filter((d) => fs.existsSync(path.join(d, 'expected.json')))
  : [];
// Corpora scored page by page (every page exact) and corpora scored as a whole against a floor that only
// goes up (recall, precision per entity; 0 hard failures always). Raise a floor when detection improves.
const EXACT = new Set([SHARED, OWN]);
// (`hard`: forbidden items a corpus being tuned on may still report, first measured; 0 when absent, and only goes down)
const FLOORS: Record<string, Partial<Record<'emails' | 'people' | 'companies', [number, number]>> & { hard?: number }> =
  {
    real: { emails: [0.98, 0.85], people: [0.88, 0.88], companies: [0.85, 0.9] },
    'pages-web': { emails: [0.99, 0.99], people: [0.97, 0.99], companies: [0.97, 0.99] },
    'pages-mail': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    'pages-text': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    'pages-lists': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages written blind (issue 7), plain and scrambled: webmail and LinkedIn, web pages
    'pages-blind-mail': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    'pages-blind-web': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // notification senders, '--' signatures, legal footers, earlier messages' signers (issue 7), plain and scrambled
    'pages-mail-2': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // role-and-firm signature lines, forward headers with Cc, platforms' sub-domains beside small firms' (issue 7)
    'pages-mail-3': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-9's kinds re-told: a forwarded signer in capitals, employees beside an About tab, a lead list table
    'pages-mail-4': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-3: written blind this session (20 pages, webmail, LinkedIn and web) as a held-out measure: floors at
    // what the detectors reach, not tuned on (issue 7)
    // (its scrambled copy here scrambles its 12 web pages only: people recall 0.80 there, 0.86 over all 20 pages)
    'pages-blind-3': { emails: [0.96, 1], people: [0.8, 0.96], companies: [0.91, 0.9] },
    // pages-blind-4: written blind (22 pages; first measured people 0.75/0.91, companies 0.65/0.81, 2 forbidden items),
    // tuned on since (issue 7). Its scrambled copy here holds its 15 web pages: people 0.94/0.98, companies 0.92/0.97.
    'pages-blind-4': { emails: [1, 1], people: [1, 1], companies: [0.91, 1] },
    // pages-blind-5: written blind (24 pages) and held out: never tuned on; floors at what the detectors reach
    // (first measured people 0.76/0.89, companies 0.49/0.83; now 0.79/0.89 and 0.55/0.91; its 18 web pages
    // scrambled here: people 0.72/0.88, companies 0.47/0.88)
    // (with page-orgs.ts, never tuned on: people 0.80/0.93, companies 0.81/0.95 as saved; score-all's scrambled copy
    // 0.78/0.94 and 0.79/0.95; this test's scrambled copy reads people recall 0.74, so the floors stay where they were)
    'pages-blind-5': { emails: [0.98, 1], people: [0.88, 0.93], companies: [0.46, 0.87] },
    // pages-blind-9: written blind (24 webmail and LinkedIn pages; first measured people 0.83/0.90, companies
    // 0.70/0.88, scrambled 0.81/0.90 and 0.67/0.87), tuned on since (issue 7): now 0.98/1.00 and 1.00/0.97, plain
    // and scrambled (left: a job post's prose, an About page's Impressum ids, a notification's quoted comment)
    'pages-blind-9': { emails: [1, 1], people: [0.98, 1], companies: [1, 0.96] },
    // invented pages of the kinds real captures showed failing (issue 7)
    'pages-real-kinds': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-holdout: written blind as a held-out measure; tuned on since (issue 7)
    'pages-holdout': { emails: [1, 1], people: [0.96, 1], companies: [1, 1] },
    // lists of people on web pages, second set (issue 7): plain and scrambled
    'pages-web-lists2': { emails: [1, 1], people: [1, 1], companies: [0.99, 1] },
    // people in running text and the page's own company on unseen kinds (job boards, releases, about pages: issue 7)
    'pages-web-prose2': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // lists of people on web pages, third set (speaker and jury cards, staff cards without email, member tables
    // and cards, a staff table, bio grids, title before name, section labels: issue 7), plain and scrambled
    'pages-web-lists3': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // people and company details in running text (roles in sentences, quotes, departments, bare ' at ', footers), plain and scrambled
    'pages-web-prose3': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // news articles about a firm (the subject firm from the headline or the lead, quoted people with a title only,
    // the publisher none of theirs: issue 7), plain and scrambled
    'pages-news': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // people on web pages by kind (programmes' talk blocks and moderators, a podcast guest, boards, a masthead,
    // a law firm, a practice, testimonials, department heads, a state office's directory), plain and scrambled
    'pages-web-people4': { emails: [1, 1], people: [1, 1], companies: [0.97, 1] },
    // people-heavy pages written blind (programmes, boards, mastheads, a podcast, a lab, a directory), tuned on since
    // (round 2: programme slots, a Name-column table, card link words, guests in prose: people 0.93/1.00, companies
    // 0.84/0.96 plain; scrambled 0.90/1.00 and 0.83/0.96)
    // (t20: a supervisory board's main occupations name firms, a release's kept roles, 'supervised by X, title':
    // people 0.98/1.00 → 0.99/1.00, companies 0.90/1.00 → 0.95/1.00; scrambled 0.95 → 0.97, 0.87 → 0.92)
    'pages-blind-7': { emails: [1, 1], people: [0.96, 1], companies: [0.9, 0.99] },
    // LinkedIn pages no reader knew (job posts, feed posts, Sales Navigator, grouped messages), plain and scrambled
    'pages-linkedin-2': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // LinkedIn posts' mentions and commenters, a firm's site from an address, fields of work, locations (round 3)
    'pages-linkedin-3': { emails: [0.99, 0.99], people: [0.99, 0.99], companies: [0.99, 0.99] },
    // web pages that list firms (exhibitor tables and A–Z lists, partner and sponsor logo walls, client references,
    // a group's subsidiaries, agency networks, member dl, a council's business directory, dealer locators), plain and scrambled
    // (first measured people 0.43/0.41, companies 0.33/0.96; with page-orgs.ts 0.86/0.95 and 1.00/1.00)
    'pages-web-orgs': { emails: [1, 1], people: [1, 1], companies: [0.99, 0.99] },
    // firms on web pages, second set (a domain written beside the name, a group's legal notice and Impressum with
    // subsidiaries, a UK legal page, a chamber's label/value spans, ' | '-joined lines, tab panes), plain and scrambled
    // (first measured people 0.88/1.00, companies 0.81/1.00, fields 0.76 and 0.76)
    // (now companies 0.96/1.00, fields 1.00 and 1.00)
    'pages-web-orgs2': { emails: [1, 1], people: [1, 1], companies: [0.99, 1] },
    // firms on web pages, third set (a review platform's and a marketplace's page about one business, a forum
    // thread's members' firms, a legal name with 'du' inside, an interview's fact file), plain and scrambled
    // (written with the detector changes: companies 1.00/1.00, fields 1.00; people 0.62/1.00, left to the people readers)
    // (left1: a reply signed 'Name, title', a desk's label before a name, an interview's turns: people 1.00/1.00)
    'pages-web-orgs3': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-6: written blind (24 company-centric web pages; first measured people 0.60/0.69, companies 0.42/1.00),
    // tuned on since by the orgs branch (issue 7); its scrambled copy here: people 0.82/0.94 (entries branch), companies 0.94/1.00
    'pages-blind-6': { emails: [0.98, 1], people: [0.98, 0.98], companies: [0.95, 0.99] },
    // people on web pages by kind, fifth set (an interview's Q/A, a podcast's guest and host, a workshop's hosts in one
    // sentence, a lab's hidden tab panels, label/value spans, ' | ' member lines, a webinar's moderators, a '·' footer)
    'pages-web-people5': { emails: [1, 1], people: [1, 1], companies: [0.94, 1] },
    // people on web pages by kind, sixth set (contact labels in sentences, a bold firm opening a featured entry, press
    // contacts as a dl of firms or "Firm – Name", member lines with the firm first, volunteers "run by A (…) and B",
    // a mayor's apposition, "Propos recueillis par"), plain and scrambled (first measured people 1.00/1.00)
    'pages-web-people6': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-8: written blind (24 pages: 14 sites, 5 webmail, 5 LinkedIn) and HELD OUT: never tuned on, its misses
    // not read (first measured on cf46e1e people 0.80/0.95, companies 0.93/0.51; end of 2026-12-06 session 0.88/1.00
    // and 0.93/0.91, plain and scrambled): floors at what is reached
    'pages-blind-8': { emails: [1, 1], people: [0.87, 1], companies: [0.93, 0.9] },
    // pages-blind-10: written blind (24 pages: interviews, podcasts, events, directories with one-line entries and tab
    // panels, team and lab pages, legal notices of groups, releases, 3 webmail/LinkedIn), to be tuned on (issue 7);
    // first measured on f328f9b: people 0.70/0.96, companies 0.69/0.83, 3 forbidden items (this test's scrambled copy:
    // people recall 0.67)
    // (orgs branch: an event's organiser on a ticketing platform, profile links, a host's mailbox, a group's
    // subsidiaries: companies 0.75/0.87, emails 1.00/1.00, no forbidden item, plain and scrambled; people branch: dl
    // member records, ' | ' member lines, interviews' people, hosts in one sentence: people 0.94/0.97 after;
    // precision branch: a host's abuse@ in a numbered "2. Hébergement" section, ORCID a linked service, no company)
    // (orgs3 branch: an interview's fact box, speakers' 'Title · Firm', an avatar strip: companies 0.95/0.95)
    'pages-blind-10': { emails: [1, 1], people: [1, 1], companies: [0.94, 1] },
    // pages-blind-11: written blind (24 pages: 14 sites, 5 webmail, 5 LinkedIn) and HELD OUT like pages-blind-8: never
    // tuned on, its misses not read; first measured on f328f9b: people 0.94/0.88, companies 0.89/0.80, 6 forbidden items
    // (2026-12-07 afternoon, after t15/t16/left1, never tuned on: people 0.93/0.94, companies 0.89/0.85, 4 forbidden items)
    'pages-blind-11': { emails: [1, 1], people: [0.93, 0.93], companies: [0.89, 0.83], hard: 4 },
    // pages-blind-12: written blind (24 pages: 16 sites, 5 webmail, 3 LinkedIn) around what must NOT be reported
    // (platforms, hosts, credits, regulators, quoted celebrities, notification senders, ads), to be tuned on (issue 7);
    // first measured on f328f9b: emails 0.98/0.83, people 0.89/0.90, companies 0.89/0.83, 17 forbidden items; precision
    // branch (hosts', agencies' and mediators' blocks, senders, mailing lists, address patterns): 1.00/0.97, companies
    // 0.89/0.92, 7 forbidden items; precision branch 3 (streets, funds, legal headings, review authors, a firm's town):
    // people 0.92/1.00 (scrambled 0.90/1.00), companies 0.89/0.92, 4 forbidden items; orgs3 branch (a platform's page
    // about one business, a forum's members' firms, 'Title – Firm, Town', a person's number not the firm's): companies
    // 1.00/1.00, no forbidden item, plain and scrambled
    // (t20: a LinkedIn company overview's managers: people 0.96 → 1.00, scrambled 0.95 → 0.98)
    'pages-blind-12': { emails: [1, 1], people: [0.97, 0.98], companies: [0.99, 0.99] },
    // pages-precision2: written with the precision rules of issue 7 (a Berufsrechtliche Angaben block, a firm's own
    // reviews page, forum signatures "Title – Firm, Town", a meetup's attendees' avatars); then (left1) the Impressum's
    // partners and the meetup's speakers: people 1.00/1.00, and both non-firm pages of kind other
    'pages-precision2': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-13: written blind (24 pages: 15 sites, 5 webmail, 4 LinkedIn) and HELD OUT like pages-blind-8 and -11:
    // never tuned on, its misses not read; first measured on 5924caa: emails 1.00/0.97, people 0.76/0.95, companies
    // 0.86/0.91, 3 forbidden items, plain and scrambled (this test's scrambled copy, webmail classes scrambled too:
    // lower, hence the floors)
    // (2026-12-08: people 0.93/0.98, companies 0.97/0.94, plain and scrambled)
    'pages-blind-13': { emails: [1, 0.95], people: [0.88, 0.95], companies: [0.93, 0.9], hard: 1 },
    // pages-blind-14: written blind (24 pages: 18 sites, 5 webmail, 1 LinkedIn: platforms' pages about one business, legal
    // notices of seven countries, teams with honours and degrees, speakers' "Title – Firm, City", signature-only firms),
    // to be tuned on (issue 7); first measured on 51558ab: emails 1.00/0.85, people 0.72/0.85, companies 0.77/0.59, 15
    // forbidden items, plain and scrambled (this test's scrambled copy, webmail classes scrambled too: people 0.67/0.80,
    // companies 0.71/0.53, emails precision 0.81)
    // tb14 (other countries' legal notices, civilities, shared mailboxes, signatures' firms, speakers' towns, press quotes,
    // directory and booking listings): emails 1.00/0.93, people 0.94/0.94, companies 1.00/0.86, 6 forbidden items
    // (scrambled copy: emails 1.00/0.89, people 0.93/0.93, companies 1.00/0.83)
    // plat2 (a platform's page about a business without JSON-LD: a microdata address card, a marketplace's "/shop/"
    // with its seller's label; the platform's mailboxes, section headings, reviewers and other listings, an ad's
    // mailbox; an owner's signed reply): emails 1.00/1.00, people 0.96/1.00, companies 1.00/0.96, no forbidden item,
    // plain and scrambled
    // left1 (a Swiss VAT number's suffix, a numbered DPO heading, '(non-executive)', a bar no firm, a PR contact's
    // agency, a franchise store's JSON-LD): companies 1.00/1.00, fields people 0.87 -> 0.91, companies 0.88 -> 0.89
    // (t20: 'supervised by X, title' in a release: people 0.98 → 1.00)
    'pages-blind-14': { emails: [1, 0.99], people: [0.97, 0.99], companies: [1, 0.99], hard: 0 },
    // pages-blind-16: written blind (24 pages: 20 sites, 4 webmail: firms whose name hides in a logo's alt or the legal
    // notice, trade vs legal names, groups and holdings, pages naming other firms — clients, sponsors, investors, agency
    // credits, competitors —, lists of firms — a cluster's members, a fair's exhibitors, a coworking's residents, a
    // franchise's stores, a suppliers' table —, a job board's post, a chamber's member portrait), to be tuned on (issue
    // 7); first measured on 6fdffe1: emails 0.97/1.00, people 0.88/0.88, companies 0.93/0.91, 5 forbidden items, plain
    // and scrambled; t16 (global vendors' logos, a JobPosting's hiring firm, a firm mailing in its own name, cards'
    // contacts, branches named after the brand, the firm's own blog news, the firm's number from its general mailbox's
    // sentence): people 0.88/0.88 → 0.93/1.00 (scrambled 0.89/1.00), companies 0.93/0.91 → 0.97/0.98 (scrambled
    // 0.98/0.96), 5 forbidden items → 0
    // pages-blind-15: written blind (24 pages: 15 sites, 5 webmail, 4 LinkedIn in the 2025 layout: a broad mix like
    // pages-blind-13's, people mostly without emails: cards, tables, prose, captions, signatures of several shapes), to be
    // tuned on (issue 7); first measured on 6fdffe1: emails 1.00/0.97, people 0.89/0.93, companies 0.91/0.87, message
    // fields 0.90, 2 forbidden items, plain and scrambled
    // t15 (Gmail's plain-text details rows, a firm's mailbox signed by the firm, mailer@, a CMS's "Super User", a page's
    // sections vs a team grid, prose roles now vs before, job boards' hiring firm and recruiter): emails 1.00/1.00,
    // people 0.95/0.97, companies 0.95/0.91, message fields 1.00, no forbidden item, plain and scrambled (the test's
    // scrambled copy: companies 0.93/0.89)
    // t1516 (Italian ranks as titles, bodies in a board table's other column, a commissioner's label inside a sentence,
    // a release's own dateline on a news feed, a quote's cite 'Name, title, cabinet Firm', 'title de la Firm, à Town'):
    // blind-15 people 0.95/0.97 → 0.96/1.00, companies 0.95/0.91 → 1.00/0.92; blind-16 people 0.93/1.00 → 0.95/1.00
    // (scrambled 0.90 → 0.93; this test's scrambled copy: blind-16 people recall 0.92, blind-15 companies precision 0.90)
    // t20 (a LinkedIn company overview's founders, a job offer's future manager, a chamber's adviser on its portrait of
    // a member firm, a relative named in prose, ranks/trades/departments taken for firms): blind-15 people 0.96 → 0.98,
    // companies precision 0.92 → 0.93; blind-16 emails 0.97 → 1.00, people 0.95/1.00 → 1.00/1.00 (scrambled 0.93 →
    // 0.97), companies precision 0.98 → 1.00
    // x19 (a phone number or a region read as a firm): blind-15 companies precision 0.93 → 0.95
    'pages-blind-15': { emails: [1, 1], people: [0.97, 1], companies: [0.98, 0.92], hard: 0 },
    'pages-blind-16': { emails: [0.99, 1], people: [0.95, 1], companies: [0.96, 0.98] },
    // pages-blind-17: written blind (24 pages: 16 sites, 5 webmail, 3 LinkedIn: a broad, ordinary week of a freelancer's
    // browsing: contact, team and legal pages of five countries, a press release, an alumni directory, a programme, a
    // job post, an author box, a review listing, a town hall, an exhibitor list) and HELD OUT like pages-blind-8, -11 and
    // -13: never tuned on, its misses not read; first measured on 1bb1ac8: emails 1.00/0.98, people 0.86/0.92 (fields
    // 0.85), companies 0.92/0.90 (fields 0.87), message fields 0.96, 3 forbidden items, plain and scrambled
    // (after t15/t16/left1, never tuned on: companies 0.93/0.93, 2 forbidden items)
    // (after t19/t20/t21/p20, never tuned on: people 0.89/0.94, companies 0.92/0.95)
    'pages-blind-17': { emails: [1, 0.97], people: [0.87, 0.92], companies: [0.95, 0.93], hard: 2 },
    // pages-blind-20: written blind (22 pages, webmail and sites, FR/EN/DE) full of traps: system senders, phone
    // signatures, disclaimers, hosts, regulators, insurers, banks, placeholders, quotes of the famous, street and
    // venue names; first measured on e226e28: people 0.83/0.94, companies 0.95/0.83, 1 forbidden item (scrambled
    // 0.81/0.94 and 0.95/0.80); meant to be tuned on (precision). After p20: people 0.93/1.00, companies 0.95/1.00,
    // no forbidden item (scrambled 0.90/1.00 and 0.95/0.95)
    'pages-blind-20': { emails: [1, 1], people: [0.9, 1], companies: [0.95, 0.95] },
    // pages-blind-19: written blind (23 web pages: estate agents, a practice, a lab directory in 'NOM Prénom', a club's
    // board, a village's businesses, an exhibitor list and page, a cooperative, a portfolio, an annual report, German
    // team and Impressum pages, Swiss and Belgian legal notices, a newswire release, a webinar, a job post, a founders'
    // story, reviews, franchisees, obfuscated addresses, leadership bios, a podcast); first measured on 782d762:
    // people 0.69/0.86, companies 0.40/0.79, plain and scrambled; meant to be tuned on
    // (after t19: lists of firms, owners and founders, a board in one sentence: people 0.97/0.96, companies 0.97/0.94,
    // scrambled 0.96/0.94)
    // (after x19: a site's brand, a firm named by its legal form or its trade, a participle heading read as people, a
    // phone number, a region or a label with its number read as firms: people 0.97/1.00, companies 0.97/1.00, plain
    // and scrambled)
    'pages-blind-19': { emails: [1, 1], people: [0.95, 0.98], companies: [0.94, 0.98] },
    // pages-blind-18: written blind (23 pages: 6 webmail, 5 LinkedIn 2025, 12 sites: a member directory, Impressum,
    // mentions légales, a UK legal page, a release's press contacts, a team, a chamber's portrait, a case study, speakers,
    // a law firm, a Belgian contact page, a blog's author box) and HELD OUT like pages-blind-8, -11, -13 and -17: never
    // tuned on, its misses not read; first measured on 2dd2d10: emails 1.00/1.00, people 0.94/0.97 (fields 0.89),
    // companies 0.89/0.92 (fields 0.89), message fields 1.00, 3 forbidden items, plain and scrambled
    // (after this session's tuning on -19, -20 and -21, never tuned on: people 0.96/0.97, companies 0.89/0.94, 2
    // forbidden items)
    'pages-blind-18': { emails: [1, 1], people: [0.94, 0.95], companies: [0.87, 0.92], hard: 2 },
    // pages-blind-21: written blind (20 pages: 11 webmail of a small firm's week, 9 LinkedIn 2025 pages: messaging, Sales
    // Navigator, a job post, an event, a company's posts and life tabs, an activity page, group members, sidebars);
    // first measured on d1e72a0: emails 0.90/1.00, people 0.69/0.97, companies 0.70/1.00, message fields 0.93, 1
    // forbidden item (scrambled: emails 0.87, companies 0.66, message fields 0.70); meant to be tuned on
    // (tuned: emails, people and companies 1.00/1.00, fields 1.00, message fields 1.00, no forbidden item, plain and
    // scrambled; Outlook's reading pane read without its ids, LinkedIn group members, events, shared profile cards)
    'pages-blind-21': { emails: [1, 1], people: [1, 1], companies: [1, 1] },
    // pages-blind-22: written blind (24 pages: 6 webmail, 5 LinkedIn 2025, 13 sites: mentions légales, an Impressum, an
    // association's board and members, a law firm's team, a release's press contacts, speakers, an architects' directory,
    // client references, a blog's author box, a newsroom, a Belgian contact page, a Swiss commune, a chamber's officials)
    // and HELD OUT like pages-blind-8, -11, -13, -17 and -18: never tuned on, its misses not read; first measured on
    // 55a3c17: emails 1.00/1.00 (scrambled 0.92/1.00), people 0.88/0.92 (scrambled 0.84/0.92), companies 0.75/0.89,
    // message fields 1.00, 1 forbidden item
    // (2026-12-08: people 0.92/0.97 (scrambled 0.87/0.97), companies 0.82/0.97)
    // (2026-12-08, later: companies 0.84/1.00)
    'pages-blind-22': { emails: [0.9, 1], people: [0.85, 0.94], companies: [0.81, 0.96], hard: 1 },
    // pages-blind-31: written blind (24 pages of a Bordeaux/Toulouse sales team's week: 6 webmail, 5 LinkedIn 2025, 13
    // sites: mentions légales, an Impressum, a Swiss association, architects, a release, an author box, speakers, a
    // notaries' directory, references, a Belgian contact page, a newsroom, a town hall, a local paper) and HELD OUT like
    // pages-blind-22: never tuned on, its misses not read; first measured on f6ad990 (and on 4e9990f after t30w and h1):
    // emails 0.96/0.96, people 0.89/0.97, companies 0.67/0.89, message fields 0.94, no forbidden item
    // (2026-12-08: people 0.92/0.97, companies 0.71/0.92, plain and scrambled)
    'pages-blind-31': { emails: [0.9, 0.9], people: [0.88, 0.94], companies: [0.68, 0.88] },
    // pages-blind-38: written blind (24 pages of a Nantes events agency's week: 6 webmail, 5 LinkedIn 2025, 13 sites, from
    // pages-blind-31's brief) and HELD OUT like pages-blind-31: never tuned on, its misses not read; first measured on
    // 22043c7 (the code of 9c9385e): emails 0.97/1.00, people 0.89/0.91, companies 0.81/0.91, message fields 0.94, no
    // forbidden item, plain and scrambled
    'pages-blind-38': { emails: [0.95, 0.98], people: [0.86, 0.88], companies: [0.78, 0.88], hard: 0 },
    // pages-blind-42: written blind (24 pages of a Lille IT services firm's week: 6 webmail, 5 LinkedIn 2025, 13 sites,
    // from pages-blind-38's brief) and HELD OUT like pages-blind-38: never tuned on, its misses not read; first measured
    // on 61b2905: emails 1.00/1.00, people 0.89/0.96, companies 0.92/0.95, message fields 1.00, no forbidden item, plain
    // and scrambled
    'pages-blind-42': { emails: [0.98, 0.98], people: [0.87, 0.94], companies: [0.9, 0.93], hard: 0 },
    // pages-blind-24: written blind (22 sites where people appear without an email: captions, bylines, quotes, an event
    // recap, a podcast, a team grid, a 'NOM Prénom' table, a dl of staff, a board as 'Name, role', award winners, a job's
    // hiring manager, a company history, a committee, a town council, a tribute); first measured on 55a3c17: people
    // 0.70/0.98 (scrambled 0.67/0.98), companies 0.75/0.82; meant to be tuned on. t24c: companies 0.91/1.00 (a firm a
    // title still names, names of no firm, a project's client, firms cut in a name); t24p: people 1.00/1.00, plain and
    // scrambled (the loose shapes' readers in page-captions.ts and their background clean-ups)
    'pages-blind-24': { emails: [1, 1], people: [0.97, 0.98], companies: [0.89, 0.98] },
    // pages-blind-23: written blind (24 pages of a sales team's week: 7 webmail with signatures of every shape, 4
    // LinkedIn 2025, 13 sites about firms: exhibitors, references, a store locator, a chamber's members, founders in
    // prose, a marketplace seller, a newswire release, Impressum (GmbH & Co. KG, Swiss UID), a Belgian BCE page, an
    // Italian 'Chi siamo', a law firm's partners, a startup's board); first measured on 55a3c17: people 0.95/0.98,
    // companies 1.00/0.94, plain and scrambled; meant to be tuned on
    // (t24c: people 0.96/1.00, a shared mailbox's signer; companies 1.00/1.00, no firm cut in a name nor a board)
    'pages-blind-23': { emails: [1, 1], people: [0.94, 0.98], companies: [0.98, 0.98] },
    // pages-blind-25: written blind (22 pages with the apps' full noise: 8 Gmail threads, inboxes and search results, 6
    // Outlook on the web conversations, pop-outs, a meeting request, 8 LinkedIn 2025 pages: contact overlay, FR UI,
    // About, People tab, search, a Sales Navigator account, messaging with two threads, a post's comments); first
    // measured on be5caf5: emails 0.98/0.98, people 0.98/1.00 (fields 0.86), companies 0.91/0.95 (fields 0.82), message
    // fields 1.00, 1 forbidden item, plain and scrambled; meant to be tuned on
    // (after t25: platform greeting mailboxes, LinkedIn's open thread beside its list, Sales Navigator accounts, Follow
    // buttons, fuller titles, vCard signatures, officers in legal lines, own numbers in prose: emails, people and
    // companies 1.00/1.00, fields 1.00, no forbidden item, plain and scrambled)
    'pages-blind-25': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98], hard: 0 },
    // pages-blind-26: written blind from pages-blind-22's brief (24 pages of a broad week, large and noisy: 6 webmail, 5
    // LinkedIn 2025, 13 sites of every CMS); first measured on f6d864d: emails 0.95/0.98, people 0.87/0.79 (scrambled
    // 0.84/0.78), companies 0.92/0.89, message fields 0.94, 2 forbidden items; meant to be tuned on
    // (after t26w and t26s: Outlook's text-labelled header rows, firms whose legal form comes first, platform notices in
    // an inbox, 'Independent' no firm, LinkedIn job posts' hiring teams; menus, footer headings, author boxes, officials'
    // cards, press contacts in one line: 1.00/1.00 everywhere, message fields 1.00, no forbidden item, plain and scrambled)
    'pages-blind-26': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98] },
    // pages-blind-27: written blind (24 pages around a deal: 5 webmail, 5 LinkedIn 2025, 14 sites: a registry page, a
    // review site with owner replies, a job offer, a local paper, a release, a webinar, a coworking, a town, a board,
    // regional Ansprechpartner, 'Meet the team', a case study, a Belgian directory, a Swiss contact page); first measured
    // on e2b5f8a: emails 0.95/1.00, people 0.87/0.95, companies 0.80/0.82, message fields 0.69; meant to be tuned on
    // (after t27w and t27s: Gmail threads without message ids, LinkedIn comments, offices headed by their town, -leiter
    // titles, sentence openers, platform pages about one firm, job boards without JSON-LD: emails 1.00/1.00, people
    // 0.94/0.98, companies 0.97/0.97, message fields 1.00, plain and scrambled)
    // (2026-12-07 evening, after q3 and q4: people 0.98/1.00, companies 1.00/1.00)
    'pages-blind-27': { emails: [0.98, 0.98], people: [0.96, 0.98], companies: [0.98, 0.98] },
    // pages-blind-28: written blind (24 pages where firms are the point: 5 webmail, 4 LinkedIn 2025, 15 sites: a trade
    // fair's exhibitors, a chamber directory, a franchise's stores, a marketplace seller, references, a group's
    // subsidiaries, Belgian, Swiss and UK legal pages, a registry page, a tender award, a cooperative, an incubator);
    // first measured on f6ad990: emails 1.00/0.97, people 0.82/0.94, companies 0.74/0.97, 1 forbidden item; tuned on
    // (after t28w and t28s: emails 1.00/1.00, people 1.00/1.00, companies 1.00/1.00, no forbidden item)
    'pages-blind-28': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98], hard: 0 },
    // pages-blind-29: written blind from pages-blind-22's brief, people first (a regional agency's week: 6 webmail, 5
    // LinkedIn 2025, 13 sites); first measured on f6ad990: emails 1.00/1.00, people 0.94/0.98, companies 0.88/0.88;
    // tuned on
    // (after t29w and t29s: people 1.00/1.00, companies 1.00/1.00)
    'pages-blind-29': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98] },
    // pages-blind-30: written blind (24 pages in English and German: 6 webmail, 5 LinkedIn 2025, 13 sites: Impressum
    // DE/AT, leadership, regional reps, Ansprechpartner, a newswire release, a Vorstand, investor relations, an agenda, a
    // law firm's partners, a lab, a podcast); first measured on f6ad990: emails 1.00/1.00, people 0.89/0.93, companies
    // 0.87/0.75, 1 forbidden item; tuned on
    // (after t30w and t30s: people 1.00/1.00, companies 1.00/1.00, no forbidden item)
    'pages-blind-30': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98], hard: 0 },
    // pages-blind-32: written blind (25 pages, webmail and LinkedIn first: 12 webmail (a long three-firm thread, an
    // assistant writing for her boss, a shared mailbox, a newsletter, an invitation, a platform relay, a vCard, many
    // recipients), 7 LinkedIn 2025, 6 sites); first measured on 816e65b: emails 0.97/0.95, people 0.89/0.98, companies
    // 0.70/0.87, message fields 0.98 (scrambled 0.95), 1 forbidden item
    // (after t32w and t32s: emails 1.00/0.95, people 0.97/1.00, companies 0.97/0.97, no forbidden item)
    'pages-blind-32': { emails: [0.98, 0.93], people: [0.94, 0.97], companies: [0.94, 0.94], hard: 0 },
    // pages-blind-33: written blind (24 small-business sites of every CMS and trade: artisans, shops, a notary, a
    // practice, agencies, a SaaS team, Belgian/Swiss/Québec/German/UK legal and team pages, a club's directory, a fair's
    // exhibitors); first measured on 816e65b: emails 1.00/1.00, people 0.79/0.96, companies 0.84/0.79, 3 forbidden items
    // (after t33a and t33b: people 0.96/0.99, companies 0.98/1.00, no forbidden item)
    'pages-blind-33': { emails: [0.98, 0.98], people: [0.94, 0.97], companies: [0.95, 0.97], hard: 0 },
    // pages-blind-34: written blind (20 pages where firms are named in passing: suppliers and competitors in a
    // client's mail, a group's sister companies, an introduction, a tender's invited firms, carriers, a Spedition,
    // LinkedIn partners, past clients, similar pages, a job's client, a case study, partners in prose, a takeover's
    // advisers, dealers, sponsors, a history page, Referenzen); first measured on 924c4cd: emails 1.00/1.00, people
    // 0.73/0.81, companies 0.33/0.71, 1 forbidden item (scrambled: people 0.70/0.79, companies 0.31/0.68)
    // (after t34w and t34s: people 0.73/0.88, companies 0.56/0.94, no forbidden item; scrambled 0.70/0.86, 0.52/0.93;
    // after t34p: companies 0.82/0.95, scrambled 0.80/0.95)
    // (2026-12-08, after n4 and r1: people 1.00/1.00, companies 0.95/0.99, plain and scrambled)
    'pages-blind-34': { emails: [0.98, 0.98], people: [0.96, 0.96], companies: [0.92, 0.96], hard: 0 },
    // pages-blind-35: written blind (24 pages of a Lyon quality consultant's week: 7 webmail, 5 LinkedIn 2025, 12 sites:
    // an SAS's legal notice, an Austrian Impressum, a Belgian SRL, a cooperative's board, a team with captions, a
    // newswire release, an interview, exhibitors, experts, a chamber's officials, careers, a Swiss contact page); first
    // measured on 9c9385e: emails 1.00/0.96, people 0.89/0.94, companies 0.91/0.86, 2 forbidden items
    // (after t35w, t35s and r2: emails 1.00/1.00, people 0.97/1.00, companies 1.00/1.00, no forbidden item)
    'pages-blind-35': { emails: [0.98, 0.98], people: [0.94, 0.97], companies: [0.96, 0.97], hard: 0 },
    // pages-blind-36: written blind (22 pages where precision is the point: venues, streets, schools, dishes, products,
    // trophies, awards and laws named after people, court cases, tools, vendors, famous quotations, beside the few real
    // people and firms); first measured on 9c9385e: emails 1.00/1.00, people 0.65/0.92, companies 0.95/0.82, 2
    // forbidden items
    // (after t36 and r2: people 1.00/1.00, companies 1.00/1.00, no forbidden item)
    'pages-blind-36': { emails: [0.98, 0.98], people: [0.97, 0.97], companies: [0.97, 0.97], hard: 0 },
    // pages-blind-37: written blind (20 lists of people and firms: LinkedIn People tab, people, company and attendee
    // searches, a pasted contact table, a long To/Cc list, an order's directory, a chamber's cards, a board as a dl, a
    // cluster's logos, a store locator, speakers, alumni, a lab's staff, a Verband, a Belgian federation, a team by
    // office, suppliers, exhibitors A–Z, a council); first measured on 9c9385e: emails 1.00/1.00, people 0.96/0.96
    // (scrambled 0.93/0.96), companies 0.72/0.86 (scrambled 0.69/0.86), no forbidden item
    // (after t37 and r3: people 0.99/1.00, companies 0.99/0.99, plain and scrambled)
    'pages-blind-37': { emails: [0.98, 0.98], people: [0.96, 0.97], companies: [0.96, 0.96], hard: 0 },
    // pages-blind-39: written blind (22 pages of a Strasbourg industrial distributor's rep selling to DE/AT/CH: German
    // Gmail and Outlook, LinkedIn in German UI, Impressum of a GmbH & Co. KG, an AG, an e.K., an e.V., an Austrian GmbH and
    // a Swiss AG, a Datenschutzerklärung, Ansprechpartner by region, a Pressemitteilung, exhibitors, a Verband, a team);
    // first measured on 61b2905: emails 1.00/1.00, people 0.92/0.97, companies 0.97/0.92 (scrambled 0.97/0.91), 1
    // forbidden item
    // (after t39 and r4: people 1.00/1.00, companies 1.00/0.92 (scrambled 1.00/0.91), no forbidden item)
    'pages-blind-39': { emails: [0.98, 0.98], people: [0.97, 0.97], companies: [0.97, 0.89], hard: 0 },
    // pages-blind-40: written blind (22 pages of a Lyon recruitment firm's week: 10 LinkedIn pages, candidates' and
    // clients' mail, a calendar invitation, an ATS notification, a forwarded CV, a careers page, a job board, an alumni
    // table, a meetup's speakers); first measured on 61b2905: emails 1.00/1.00 (scrambled 0.77/1.00), people 0.94/1.00
    // (scrambled 0.87/1.00), companies 0.69/0.97 (scrambled 0.66/1.00), message fields 1.00 (scrambled 0.88)
    // (after t40: emails 1.00/1.00, people 0.98/1.00, companies 0.98/1.00, message 1.00, plain and scrambled)
    'pages-blind-40': { emails: [0.98, 0.98], people: [0.96, 0.98], companies: [0.96, 0.98], hard: 0 },
    // pages-blind-41: written blind (22 small firms' sites on every site builder: mentions légales of a SAS, SARL, EURL,
    // SASU, SCI, SELARL, EI, association, SCOP, Belgian SRL, Swiss Sàrl, Luxembourg SARL, Québec inc., team pages, CGV,
    // DPOs, a footer-only firm, and four prospects' mails); first measured on 61b2905: emails 1.00/1.00, people
    // 0.72/1.00, companies 0.95/0.95 (fields 0.75), no forbidden item, plain and scrambled; on t41 (a legal notice's
    // people and its firm's ids read in the background): people 1.00/1.00, companies 1.00/1.00 (fields 0.84)
    'pages-blind-41': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98], hard: 0 },
    // pages-blind-43: written blind (20 webmail pages of a Bordeaux wine broker's week: signatures of every shape,
    // assistants, shared mailboxes, forwarded headers, out-of-office replies, inbox lists, LinkedIn messaging); first
    // measured on fc0e77a: emails 1.00/0.92, people 0.90/0.88, companies 1.00/0.80 (fields 0.75), 7 forbidden items,
    // plain and scrambled; after t43 (notification domains, firm display names, "Firm – Person" senders, team
    // mailboxes' signers, firms' legal lines and numbers): emails 1.00/1.00, people 1.00/1.00, companies 1.00/1.00
    // (fields 0.97), no forbidden item
    'pages-blind-43': { emails: [0.98, 0.98], people: [0.98, 0.98], companies: [0.98, 0.98], hard: 0 },
    // pages-blind-44: written blind (21 public-sector and non-profit organisations' sites: elected members, a hospital's
    // management, doctors, a faculty's staff, governance, an NGO, delegates, a tender, council minutes, a Stiftung, a
    // Swiss Verein, a Belgian ASBL, consortium partners, a programme, donors, patrons, a club, a union, an EU project, a
    // school board); first measured on efe14d7: emails 1.00/1.00, people 0.92/0.94 (fields 0.83), companies 0.64/0.81,
    // no forbidden item, plain and scrambled; raised on t44b: people 0.97/1.00 (fields 0.98), companies 0.94/0.96
    'pages-blind-44': { emails: [0.98, 0.98], people: [0.965, 0.995], companies: [0.935, 0.955], hard: 0 },
  };

/** The site family of a host: the one detector that may claim its pages (SPEC §7's hosts). */
const siteOf = (host: string): string | undefined =>
  host === 'mail.google.com'
    ? 'gmail'
    : /^outlook\.(live|office|office365)\.com$/.test(host)
      ? 'outlook'
      : /(^|\.)linkedin\.com$/.test(host)
        ? 'linkedin'
        : undefined;

type Totals = Record<'emails' | 'people' | 'companies', { expected: number; found: number; reported: number }>;
const emptyTotals = (): Totals => ({
  emails: { expected: 0, found: 0, reported: 0 },
  people: { expected: 0, found: 0, reported: 0 },
  companies: { expected: 0, found: 0, reported: 0 },
});

// Scrambled copies (class names and ids replaced, wrappers added: ../shared/fixtures/perturb.mjs) of the
// site pages must score as their originals do: a detector that reads the page, not the file.
const PERTURB = path.resolve(__dirname, '../../../shared/fixtures/perturb.mjs');
function perturbed(): string[] {
  const PERTURBED: string[] = [];
  if (!sharedPresent(PERTURB)) return PERTURBED;
  const blind = path.join(path.dirname(OWN), 'pages-blind-mail');
  const linkedin2 = path.join(path.dirname(OWN), 'pages-linkedin-2');
  const linkedin3 = path.join(path.dirname(OWN), 'pages-linkedin-3');
  const blind9 = path.join(path.dirname(OWN), 'pages-blind-9');
  const blind8 = path.join(path.dirname(OWN), 'pages-blind-8');
  const blind11 = path.join(path.dirname(OWN), 'pages-blind-11');
  const blind12 = path.join(path.dirname(OWN), 'pages-blind-12');
  const blind14 = path.join(path.dirname(OWN), 'pages-blind-14');
  const blind15 = path.join(path.dirname(OWN), 'pages-blind-15');
  const blind16 = path.join(path.dirname(OWN), 'pages-blind-16');
  const blind17 = path.join(path.dirname(OWN), 'pages-blind-17');
  const blind13 = path.join(path.dirname(OWN), 'pages-blind-13');
  const mail4 = path.join(path.dirname(OWN), 'pages-mail-4');
  const mail2 = path.join(path.dirname(OWN), 'pages-mail-2');
  const mail3 = path.join(path.dirname(OWN), 'pages-mail-3');
  const later = Array.from({ length: 27 }, (_, i) => path.join(path.dirname(OWN), `pages-blind-${18 + i}`));
  for (const dir of [
    SHARED,
    REAL,
    ...[
      'pages-web',
      'pages-lists',
      'pages-blind-web',
      'pages-web-lists2',
      'pages-web-lists3',
      'pages-web-orgs',
      'pages-web-orgs2',
      'pages-precision2',
      'pages-web-orgs3',
      'pages-web-prose2',
      'pages-web-prose3',
      'pages-news',
      'pages-web-people4',
      'pages-web-people5',
      'pages-web-people6',
      'pages-blind-3',
      'pages-blind-4',
      'pages-blind-5',
      'pages-blind-6',
      'pages-blind-7',
      'pages-blind-10',
    ].map((d) => path.join(path.dirname(OWN), d)),
    // (every kind scrambled, as scripts/score-all.ts does)
    ...later,
    blind,
    linkedin2,
    linkedin3,
    blind9,
    blind8,
    blind11,
    blind12,
    blind14,
    blind15,
    blind16,
    blind17,
    blind13,
    mail4,
    mail2,
    mail3,
    OWN,
  ]) {
    if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
    // the folder keeps its corpus's name, so the floors apply to the scrambled copy too
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fiche-perturbed-')), path.basename(dir));
    // the shared corpus's webmail and LinkedIn pages too: their detectors read hashed class names by meaning
    // (our own pages: every kind, a stray end tag left by a wrapper included: issue 7)
    const webmail =
      'company-site,gmail-inbox,gmail-thread,linkedin-company,linkedin-messaging,linkedin-profile,linkedin-search,outlook-message';
    const kinds =
      dir === SHARED || dir === blind || dir === mail2 || dir === mail3
        ? ['--kinds', webmail]
        : dir === OWN ||
            dir === linkedin2 ||
            dir === linkedin3 ||
            dir === blind9 ||
            dir === blind8 ||
            dir === blind11 ||
            dir === blind12 ||
            dir === blind17 ||
            dir === mail4 ||
            later.includes(dir)
          ? ['--kinds', `${webmail},other`]
          : [];
    execFileSync(process.execPath, [PERTURB, '--corpus', dir, '--out', out, ...kinds]);
    PERTURBED.push(out);
  }
  return PERTURBED;
}
// (the shared corpus's and ours, tests/fixtures/pages, scrambled: both folders are named pages)
FLOORS['pages'] ??= { emails: [1, 1], people: [1, 1], companies: [1, 1] };

// A long page (a 200-member list) takes about a second of happy-dom's time here, several with the scorer on a
// machine loaded 10x: these tests check what is detected, the bench measures how fast (issue 9).
const PAGE = { timeout: 90_000 };

/** The corpus tests of the pages as saved, or of their scrambled copies (written here, in a temporary folder). */
export function corpusTests(which: 'saved' | 'scrambled'): void {
  const scorer = sharedPresent(scorerFile) ? startScorer<Score>(scorerFile) : null;
  afterAll(() => scorer?.close());
  const dirs = which === 'saved' ? [SHARED, REAL, ...OWN_DIRS] : perturbed();
  for (const dir of dirs) corpusSuite(dir, scorer);
}

function corpusSuite(dir: string, scorer: ReturnType<typeof startScorer<Score>> | null): void {
  const present =
    dir === SHARED || dir === REAL
      ? sharedPresent(path.join(dir, 'expected.json'))
      : fs.existsSync(path.join(dir, 'expected.json'));
  describe.skipIf(!present)(`corpus ${path.basename(path.dirname(dir))}/${path.basename(dir)}`, () => {
    const expected: Expected = present
      ? JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'))
      : { pages: {} };
    const exact = EXACT.has(dir);
    const totals = emptyTotals();
    const hard: string[] = [];
    for (const [file, exp] of Object.entries(expected.pages)) {
      const title = `${file}: ${exact ? 'matches expected.json' : 'is read (scored with its corpus)'}`;
      it(title, PAGE, async () => {
        const { doc, close } = load(dir, file, exp.url);
        onTestFinished(close);
        const got = detect(doc, exp.url);
        expect(detectionSchema.safeParse(got).success).toBe(true);
        if (exact) expect(got.kind).toBe(exp.kind);
        if (!scorer) return;
        const r = await scorer.scorePage(exp, got);
        hard.push(...r.hardFailures.map((h: string) => `${file}: ${h}`));
        for (const k of ['emails', 'people', 'companies'] as const) {
          totals[k].expected += r[k].expected;
          totals[k].found += r[k].found;
          totals[k].reported += r[k].reported;
        }
        if (!exact) return;
        expect(r.hardFailures).toEqual([]);
        for (const k of ['emails', 'people', 'companies'] as const) {
          expect(r[k].missed, `${k} missed`).toEqual([]);
          expect(r[k].extra, `${k} extra`).toEqual([]);
        }
        if (r.message) expect(r.message.failed).toEqual([]);
        if (r.primary) expect(r.primary.ok).toBe(true);
        if (!exp.message) expect(got.message).toBeUndefined();
      });
      it(`${file}: other detectors stay quiet`, PAGE, () => {
        const url = new URL(exp.url);
        const { doc, close } = load(dir, file, exp.url);
        onTestFinished(close);
        // The page's own detector, from its site, known here independently of the detectors' own matching;
        // company-site is the fallback for every other site and claims any URL.
        const own = siteOf(url.hostname);
        if (own) expect(detectors.find((d) => d.id === own)?.matches(url), `${own} claims ${exp.url}`).toBe(true);
        for (const d of detectors) {
          if (d.id === own || d.id === 'company-site') continue;
          // a foreign detector is only ever picked by URL: it must not claim this page's URL
          expect(d.matches(url), `${d.id} claims ${exp.url}`).toBe(false);
          // and run anyway on it (as if the URL lied), it must not invent an open message
          const fake =
            d.id === 'gmail'
              ? 'https://mail.google.com/mail/u/0/#inbox'
              : d.id === 'outlook'
                ? 'https://outlook.office.com/mail/'
                : 'https://www.linkedin.com/feed/';
          const out = d.detect(doc, new URL(fake));
          if (!/^(?:gmail|outlook)/.test(exp.kind)) expect(out.message, `${d.id} on ${file}`).toBeUndefined();
        }
      });
    }
    it.skipIf(exact || !scorer)('scores at or above its floor, with no forbidden item', () => {
      const floor = FLOORS[path.basename(dir)] ?? { emails: [0.95, 0.95], people: [0.9, 0.9], companies: [0.9, 0.9] };
      if (!floor.hard) expect(hard).toEqual([]);
      else expect(hard.length, hard.join('; ')).toBeLessThanOrEqual(floor.hard);
      for (const k of ['emails', 'people', 'companies'] as const) {
        const t = totals[k];
        const recall = t.expected ? t.found / t.expected : 1,
          precision = t.reported ? t.found / t.reported : 1;
        const [r, p] = floor[k] ?? [0.95, 0.95];
        expect(recall, `${k} recall`).toBeGreaterThanOrEqual(r);
        expect(precision, `${k} precision`).toBeGreaterThanOrEqual(p);
      }
    });
  });
}
