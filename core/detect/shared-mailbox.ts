/**
 * Shared mailboxes named for a team (issue 7), read in the background only (./interpret.ts): "Harbourline Ops"
 * <ops@…>, "Auftragsbüro Nordlicht" <auftrag@…>, "Achats Groupe Méliade" <achats@…>. Their address is a contact;
 * their display name is no person's.
 */

// a team's, a desk's or an office's word ("Ops", "Achats", "ADV" (administration des ventes), "Einkauf"; "Auftragsbüro", "Kundendienst" as endings)
export const TEAM_WORD =
  /^(?:ops|operations?|adv|commercial|commerciale|ventes?|accounts?|accounting|sales|support|service|services|team|desk|office|bureau|agence|agency|achats?|compta|comptabilit[eé]|facturation|billing|invoices?|einkauf|vertrieb|buchhaltung|zentrale|empfang|r[eé]ception|reception|admin|administration|contact|info|commandes?|orders?|logisti(?:cs|que|k)|dispatch|disposition|helpdesk|hotline|recrutement|recruiting|hr|rh|personal|planning|planung|store|magasin|secr[eé]tariat|sekretariat|front|backoffice|kanzlei|praxis|redaktion|newsroom|press|presse|ufficio|ordini|vendite|acquisti|amministrazione|contabilit[aà]|spedizioni|assistenza|segreteria|oficina|pedidos|ventas|compras|administraci[oó]n|contabilidad)$|(?:büro|buero|buro|abteilung|dienst|stelle|team|service)$/;

import { ORG_WORD } from './people-words';
import { fold as spell, spellsMailbox } from './spelling';
import { findPhones } from './phones';
import { hasLegalForm } from './text';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A display name that names a team at a firm, with an address that bears no other word of it than the team's. */
export function isSharedMailbox(name: string, address: string): boolean {
  const words = fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  if (words.length < 2 || words.length > 5) return false;
  const team = words.filter((w) => TEAM_WORD.test(w));
  if (!team.length) return false;
  const local = fold(address.split('@')[0] ?? '');
  // (a person's address bears one of their names: "anna.ops@…" is Anna's)
  return !words.some((w) => !TEAM_WORD.test(w) && w.length > 2 && local.includes(w));
}

// a meeting room's word, first in a room mailbox's display name ("Salle Marie Curie", "Konferenzraum Goethe",
// "Meeting Room Turing"); "Jean de La Salle" is a person's, so only the first word counts
const ROOM_WORD =
  /^(?:salle|salles|room|boardroom|raum|besprechungsraum|konferenzraum|meetingraum|sitzungsraum|sitzungssaal|saal|auditorium|amphi|amphitheatre|meeting|sala)$/;
// a room mailbox's local part that says so in a word no one bears ("room-verdi", "conf-3b", "riunioni.verdi")
const ROOM_LOCAL = /room|conf|meeting|resource|ressource|riunion/;

/**
 * A meeting room booked as a mailbox (issue 7): "Salle Marie Curie" <salle.mariecurie@…>, "Meeting Room Turing"
 * <room.turing@…>. It is invited like a person and named after one, but no one: its address stays, its name is no
 * person's. The display name opens on a room's word; "Sala" (a surname too) counts only when the address says room.
 */
export function isRoomMailbox(name: string, address: string): boolean {
  const words = fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const first = words[0] ?? '';
  if (words.length < 2 || !ROOM_WORD.test(first) || (first === 'meeting' && words[1] !== 'room')) return false;
  return first !== 'sala' || ROOM_LOCAL.test(fold(address.split('@')[0] ?? ''));
}

// a mailbox's local part that names no one: a team word, or a firm's general address
const GENERAL_LOCAL = /^(?:hello|bonjour|hallo|mail|email|post|office|contacto?|kontakt|infos?)$/;

/**
 * A firm's mailbox signed with the firm's name (issue 7): "Pépinières du Val de Sèvre" <commandes@pepinieres-valdesevre.fr>.
 * The name has three words or more (a sole trader's "Julie Martin" <contact@julie-martin.fr> stays a person), each
 * word of three letters or more is in the domain's name, and the local part is a team's or a general address.
 */
export function isFirmMailbox(name: string, address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  const locals = fold(address.slice(0, at))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!locals.length || !locals.every((w) => TEAM_WORD.test(w) || GENERAL_LOCAL.test(w))) return false;
  const label = fold(address.slice(at + 1).split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  const all = name.trim().split(/\s+/);
  // each word as domains spell it ("Müller" → "mueller") or with its accents dropped ("muller")
  const words = all.filter((w) => fold(w).replace(/[^a-z0-9]/g, '').length > 2);
  const spelt = (w: string) =>
    [spell(w), fold(w)].some((f) =>
      f
        .split(/[^a-z0-9]+/)
        .filter((p) => p.length > 2)
        .every((p) => label.includes(p)),
    );
  if (all.length >= 3 && words.length >= 2 && words.every(spelt)) return true;
  // ("Tonnellerie Ardouin-Lafitte" <commandes@ardouin-lafitte.fr>: a firm's word, then the domain's name, two words)
  const rest = words.filter((w) => !ORG_WORD.test(w));
  return all.length === 2 && rest.length === 1 && rest[0] !== words[0] && spelt(rest[0]!);
}

// a German firm's compound noun ("Weinkontor", "Holzhandel", "Getränkevertrieb")
const FIRM_COMPOUND = /\p{L}{3,}(?:kontor|handel|vertrieb|versand|großhandel)$/iu;

/**
 * A firm's name over a person's address (issue 7): "Hanseatisches Weinkontor" <f.wendholt@hanse-weinkontor.de>. The
 * name has a firm's word ("Tonnellerie", "Weinkontor"), every other word of it begins a word of the domain's name,
 * and the local part spells none of it: the firm's, no person's ("Anna Berg" <ab@anna-berg.de> has no firm's word).
 */
export function isFirmName(name: string, address: string): boolean {
  const at = address.lastIndexOf('@');
  const all = name.trim().split(/\s+/);
  if (at < 1 || all.length < 2 || all.length > 5) return false;
  const firmWord = (w: string) => ORG_WORD.test(w) || FIRM_COMPOUND.test(w);
  if (!all.some(firmWord)) return false;
  const label = fold(address.slice(at + 1).split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  const local = fold(address.slice(0, at)).replace(/[^a-z0-9]/g, '');
  const parts = (w: string) => [spell(w), fold(w)].flatMap((f) => f.split(/[^a-z0-9]+/).filter((x) => x.length > 2));
  const rest = all.filter((w) => !firmWord(w)).flatMap(parts);
  return (
    rest.length > 0 &&
    rest.every((x) => label.includes(x.slice(0, 5))) &&
    !all.flatMap(parts).some((x) => local.includes(x.slice(0, 5)))
  );
}

/**
 * The person of a display name that joins a firm and a person with a dash (issue 7): "Transports Roux – Léa Vidal"
 * <l.vidal@transports-roux.fr>, "Anna Berg | Nordheimer Holz" <a.berg@…>. One side is a name the local part spells
 * (`isName` says what reads as one), the other, which it does not spell, is the firm's. Undefined when no side is.
 */
export function dashedPerson(
  name: string,
  address: string,
  isName: (s: string) => boolean,
): { name: string; firm: string } | undefined {
  const two = name.trim().split(/\s[–—|-]\s/);
  if (two.length !== 2) return undefined;
  for (const [who, firm] of [two, [...two].reverse()] as [string, string][])
    if (isName(who) && spellsMailbox(who, address, 'initial') && !spellsMailbox(firm, address, 'initial'))
      return { name: who.trim(), firm: firm.trim() };
  return undefined;
}

// a line that closes a message before its signature ("Cordialement,", "Best regards", "Mit freundlichen Grüßen")
// (or a line signing for the team: "Pour le service commandes,", "For the orders team,", "Für das Team Einkauf,")
const CLOSING =
  /^(?:cordialement|bien (?:à vous|cordialement)|salutations|(?:best|kind|warm)?\s*regards|best|thanks|merci|mit freundlichen grüßen|viele grüße|beste grüße|saluti|cordiali saluti|un saludo|saludos|(?:pour|for|für)\s(?:le|la|l['’]\s?|the|das|den|die)\s?(?:[a-z-]+\s)?(?:service|[ée]quipe|team|abteilung|d[ée]partement|department|bureau|office)\b[^,]{0,40})[\s,.!]*$/i;

/**
 * The person who signs a team's shared mailbox's message (issue 7): "Cordialement, / Inès Bouaziz / Administration
 * des ventes / Atelier … / adv@…": the name line over the lines that end on the mailbox's address, within four lines
 * of it, and under a closing line or a blank. `isName` says what reads as a person's name. Undefined when none.
 */
export function mailboxSigner(
  lines: readonly string[],
  address: string,
  isName: (s: string) => boolean,
): { name: string; at: number } | undefined {
  const a = address.toLowerCase();
  let i = lines.length - 1;
  while (i >= 0 && !lines[i]!.toLowerCase().includes(a)) i--;
  return signerAbove(lines, i, isName);
}

/** The name line within five lines over line `i`, under a closing line or a blank. */
function signerAbove(
  lines: readonly string[],
  i: number,
  isName: (s: string) => boolean,
): { name: string; at: number } | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const line = lines[j]!.trim();
    const above = j > 0 ? lines[j - 1]!.trim() : '';
    if (line.length <= 60 && isName(line) && (!above || CLOSING.test(above))) return { name: line, at: j };
  }
  return undefined;
}

/**
 * The person who signs a firm's mailbox whose display name is the firm's (issue 7): "Isolations Roux-Marchal"
 * <contact@roux-marchal.fr>, signed "Cordialement, / Julie Perrin / Chargée de clientèle / Isolations Roux-Marchal
 * SARL / …". The display name holds the domain's name (five letters or more), a line of the body is that name with a
 * legal form after it (or alone over a number), and a name line under a closing stands within five lines over it (a sole trader's "Julie
 * Martin" signed "Julie Martin EI" is no other signer: none). Undefined when none.
 */
export function firmSigner(
  lines: readonly string[],
  name: string,
  address: string,
  isName: (s: string) => boolean,
): { name: string; at: number } | undefined {
  const key = fold(name).replace(/[^a-z0-9]/g, '');
  const label = fold(address.slice(address.lastIndexOf('@') + 1).split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  if (label.length < 5 || !key.includes(label)) return undefined;
  let i = lines.length - 1;
  for (; i >= 0; i--) {
    const l = lines[i]!.trim();
    // (or the firm's name alone on its line over a number, under the signer: "Romane Roux / Tonnellerie Roux / T. 05 …")
    if (l === name.trim() && lines.slice(i + 1, i + 3).some((x) => findPhones(x).length)) break;
    if (l.length <= name.length + 16 && l.startsWith(name) && hasLegalForm(l)) break;
  }
  const s = i < 0 ? undefined : signerAbove(lines, i, isName);
  return s && fold(s.name).replace(/[^a-z0-9]/g, '') !== key ? s : undefined;
}

// a display name that takes the sender's firm for surname: a first name, a joining word or sign, then the firm
const FIRM_NAMED = /^(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:de|d['’]|from|von|at|chez|bei|@|\||[-–—·])\s*(\p{Lu}.{2,40})$/u;

/**
 * The person who signs a message sent under their first name and their firm's (issue 7): "Mathilde de Tessarine"
 * <mathilde.rouvenac@tessarine.io>, signed "Mathilde Rouvenac / Responsable produit, Tessarine"; "Tom from Brakel"
 * <tom.hale@brakel.io>. The firm is the domain's name, the name line of the body opens on that first name and the
 * mailbox spells it (the last such line). Undefined when none.
 */
export function firmNamedSigner(
  lines: readonly string[],
  name: string,
  address: string,
  isName: (s: string) => boolean,
): { name: string; at: number } | undefined {
  const m = FIRM_NAMED.exec(name.trim());
  const at = address.lastIndexOf('@');
  if (!m || at < 1) return undefined;
  const label = fold(address.slice(at + 1).split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  const firm = fold(m[2]!).replace(/[^a-z0-9]/g, '');
  if (firm.length < 4 || !label.startsWith(firm)) return undefined;
  for (let j = lines.length - 1; j >= 0; j--) {
    const l = lines[j]!.trim();
    if (l.length <= 60 && l.startsWith(m[1]! + ' ') && isName(l) && spellsMailbox(l, address.slice(0, at), 'exact'))
      return { name: l, at: j };
  }
  return undefined;
}
