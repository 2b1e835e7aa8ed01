/**
 * A signature's "role and organisation" line: "Honorary Treasurer, Kinsale Rowing Club", "Head of Sales at
 * Brightwell Joinery Ltd", "Gérante chez Fontaine Paysage", "Geschäftsführer bei Holzbau Kruse", "Directrice
 * commerciale – Atelier Roux". Read in the background (./interpret.ts) and by the create form's pre-fill
 * (../prefill-signature.ts), never by a content script.
 */
import { alnumKey, hasLegalForm, looksLikeJobTitle } from './text';

// the first separator of a short left part: a comma, a dash between spaces, or "at / chez / bei / @"
// (or a middle dot or bar between spaces: "Departamento comercial · Firm S.L.")
const ROLE_ORG = /^(.{2,60}?)(?:,\s+|\s+[-–—·|•]\s+|\s+(?:at|chez|bei|@)\s+)(\S.{1,79})$/iu;
// an organisation's name: up to 6 capitalised words with their joining words ("Club de Voile de Lorient")
const ORG =
  /^(?![Ee]x\b)[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*(?:,?\s(?:&|and|und|et|de|du|des|d['’]\S+|of|the|for|für|la|le|les|von|der|am|an|im|\p{Lu}[\p{L}\p{M}\d&'’.()+-]*)){0,6}$/u;
// what follows a role but is no organisation: a region, a department, a topic ("Sales Director, EMEA",
// "Chef de projet – Direction technique", "Consultant, Digital Transformation")
const NOT_ORG =
  /\b(?:emea|apac|dach|latam|benelux|nordics|europe|international|worldwide|global|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|region|r[ée]gion|area|zone|france|germany|deutschland|uk|usa|department|d[ée]partement|direction|service|p[ôo]le|abteilung|bereich|team|[ée]quipe|division|digital|transformation|strat[ée]g|innovation|data|it|hr|rh|finance|operations|supply|logisti(?:cs|que)|retail|b2b|b2c|projets?|projects?)\b/i;

// a department standing for the signer's role ("Departamento comercial", "Service achats", "Abteilung Einkauf",
// "Sales Department")
const DEPARTMENT =
  /^(?:departamento|d[ée]partement|department|service|abteilung|direction|dpto\.?)\s+\p{L}{3,}(?:\s\p{L}{2,})?$|^\p{L}{3,}\s(?:department|abteilung)$/iu;

// roles of clubs and associations, building trades and compound German titles, beside ./text.ts's job-title words
const ROLE =
  /leiter|f[üu]hrer|tr[ée]sori|schatzmeister|kassenwart|vorsitz|vorstand|chair|pr[ée]sid|secr[ée]t|sekret[äa]r|referent|sachbearbeit|berater|ingenieur|meister|surveyor|estimator|planner|planer|g[ée]om[èe]tre|[ée]conomiste/i;

/** [title, organisation] of a "Title, Organisation" line whose left part reads as a role; else null. */
export function splitRoleOrg(line: string): [string, string] | null {
  const m = ROLE_ORG.exec(line.trim());
  if (!m) return null;
  const title = m[1]!.trim(),
    // (a legal form's closing dot stays: "S.L.", "S.A.")
    org = m[2]!.trim().replace(/(?<!\b\p{Lu}\.\p{Lu})\.$|[,;]$/u, '');
  if (!(looksLikeJobTitle(title) || ROLE.test(title) || DEPARTMENT.test(title)) || hasLegalForm(title)) return null;
  if (!ORG.test(org) || org.includes('@')) return null;
  if (!hasLegalForm(org) && (looksLikeJobTitle(org) || NOT_ORG.test(org))) return null;
  return [title, org];
}

// "Affrètement – Transports Roux": a short role, a dash, then the firm the sender's domain spells whole
const DASHED = /^([\p{L}][\p{L}\p{M}'’ ]{2,40}?)\s[–—-]\s(\p{Lu}.{2,60})$/u;
/** A "Role – Firm" line whose firm is the sender's domain's name (transports-roux.fr), its role no title word. */
export function domainRoleOrg(line: string, label: string | undefined): [string, string] | null {
  const m = label && label.length >= 5 ? DASHED.exec(line.trim()) : null;
  if (!m || hasLegalForm(m[1]!) || alnumKey(m[1]!).includes(label!)) return null;
  const org = alnumKey(m[2]!);
  return org.length >= 5 && (org === label || (org.includes(label!) && org.length <= label!.length + 8))
    ? [m[1]!.trim(), m[2]!.trim()]
    : null;
}
