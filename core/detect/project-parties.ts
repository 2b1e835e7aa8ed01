/**
 * A project sheet's client (issue 7): an architect's, an engineer's or a builder's reference names the firm or the
 * public body it worked for in a labelled row ("Maître d’ouvrage | Commune de Saint-Roch", "Client : Halden Foods",
 * "Bauherr: Wohnbau Lenz GmbH", "Committente — Comune di Arona", "Promotor: Inmobiliaria Nerja"): a firm of the page.
 * Read from table rows and definition lists by the company-site detector through the readers (ondemand-readers.js).
 */
import type { DetectedCompany } from './types';
import { clean, qsa } from './dom';

// a project's client, by its label (FR, EN, DE, IT, ES)
const CLIENT_LABEL =
  /^(?:ma[îi]tr(?:e|ise) d['’]ouvrage(?: d[ée]l[ée]gu[ée]e?)?|client|commanditaire|donneur d['’]ordres?|client(?:e)? final(?:e)?|bauherr(?:in|schaft)?|auftraggeber(?:in)?|committente|stazione appaltante|promotor(?:a)?|cliente|propiedad)\s*:?$/iu;
// a private client ("M. et Mme Roux", "Famille Roux", "Privé", "Private client"): no firm
const PRIVATE =
  /^(?:m\.|mme|mr|mrs|ms|herr|frau|famille|family|familie|famiglia|familia|particuliers?|priv[ée]e?|private|privat|privato|particular)(?![\p{L}])/iu;
// an organisation's name: capitalised first, short, no sentence
const ORG_NAME = /^[\p{Lu}\d][^.!?;:«»"“”]{1,80}$/u;

/** The clients a page's project sheet names in its labelled rows (at most 3). */
export function projectClients(root: ParentNode): DetectedCompany[] {
  const out: DetectedCompany[] = [];
  const rows = [
    ...qsa(root, 'tr')
      .slice(0, 200)
      // (a row of two cells, the label's and the value's: a table's heading row of "Client | Project" is none)
      .filter((tr) => tr.children.length === 2 && tr.children[1]!.tagName === 'TD')
      .map((tr) => [...tr.children]),
    ...qsa(root, 'dt')
      .slice(0, 200)
      .map((dt) => [dt, dt.nextElementSibling]),
  ];
  for (const [label, value] of rows) {
    if (!label || !value || out.length >= 3) continue;
    if (!CLIENT_LABEL.test(clean(label.textContent ?? ''))) continue;
    // ("Commune de Saint-Roch (71)", "Halden Foods — Lyon"): the name before a bracket or a dash
    const name = clean(value.textContent ?? '')
      .split(/\s+[–—|/]\s+|\s*\(/)[0]!
      .trim();
    if (!ORG_NAME.test(name) || PRIVATE.test(name) || out.some((c) => c.name === name)) continue;
    out.push({ name });
  }
  return out;
}
