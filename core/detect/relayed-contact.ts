/**
 * The person a platform's notification relays (issue 7), read in the background only (./interpret.ts): "Priscille
 * Roux (Responsable produit chez Cordelia Santé) vous a envoyé un message", "Jane Roe (Head of Sales at Acme Tools)
 * sent you a message", "Jana Roe (Einkauf bei Roe Metall GmbH) hat Ihnen eine Nachricht gesendet". The sender is an
 * automated mailbox; the person and their firm, named at a line's start with what they did, are real contacts.
 */
import type { DetectedCompany, DetectedPerson, Detection } from './types';
import { isNoReplyAddress } from './noreply';
import { isPlatformSender } from './platform-sender';
import { looksLikeJobTitle, looksLikePersonName, parseHeadline } from './text';
import { cleanPersonName } from './person-name';

// a name at a line's start, its role and firm in brackets (or between commas), then what they did for the reader
const RELAYED =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:de|du|d['’]|le|la|van|von|der|den)\s?)?\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s*(?:\(([^()\n]{4,120})\)|,\s([^,\n]{4,120}),)\s+(?:vous\s(?:a|ont)\s(?:envoyé|écrit|contacté|répondu|invité|proposé)|(?:a|ont)\s(?:répondu|réagi)|souhaite|aimerait|(?:has\s)?(?:sent|wrote|messaged|invited|replied|contacted)\b|(?:would\slike|wants)\sto|hat\s(?:Ihnen|Sie|auf)|möchte|lädt\sSie)/u;

/** The person a notification's line relays, with the role and firm it gives them; null when none. */
export function relayedContact(line: string): { name: string; title: string; company: string } | null {
  const m = RELAYED.exec(line.trim());
  if (!m) return null;
  const name = cleanPersonName(m[1]!);
  const { title, company } = parseHeadline((m[2] ?? m[3]!).trim());
  if (!title || !company || !looksLikePersonName(name) || !looksLikeJobTitle(title)) return null;
  return { name, title, company: company.replace(/[.;:]+$/, '') };
}

/** A notification's relayed people (from an automated sender only), with their firms. */
export function withRelayedContacts<D extends Detection>(d: D): D {
  const from = d.message?.from?.email;
  const body = d.message?.bodyText;
  if (!from || !body || !(isNoReplyAddress(from) || isPlatformSender(from))) return d;
  const people: DetectedPerson[] = [];
  const companies: DetectedCompany[] = [];
  const known = new Set(d.people.map((p) => p.name.toLowerCase()));
  for (const line of body.slice(0, 20_000).split('\n')) {
    const r = line.length <= 400 ? relayedContact(line) : null;
    if (!r || known.has(r.name.toLowerCase())) continue;
    known.add(r.name.toLowerCase());
    people.push(r);
    if (!d.companies.some((c) => c.name === r.company) && !companies.some((c) => c.name === r.company))
      companies.push({ name: r.company });
  }
  return people.length ? { ...d, people: [...d.people, ...people], companies: [...d.companies, ...companies] } : d;
}
