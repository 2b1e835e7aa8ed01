/**
 * The LinkedIn script's raw candidates (./linkedin.ts: one entry per contact address, people and companies
 * as the page names them, repeats included) filtered and merged with every detector's rules: ResultBuilder
 * drops system names, free-mail and host-platform companies, and merges repeats in the order they came. The
 * content script does not carry these rules (its 15 KB budget); the background and the CLI run them here.
 */
import type { Detection } from './types';
import { ResultBuilder } from './result';

const isLinkedin = (href: string): boolean => {
  try {
    return /(?:^|\.)linkedin\.com$/i.test(new URL(href).hostname);
  } catch {
    return false;
  }
};

export function interpretLinkedin<D extends Detection>(d: D): D {
  if (!isLinkedin(d.url)) return d;
  const b = new ResultBuilder(d.url, d.kind);
  for (const e of d.emails) b.addEmail(e.address, e.role, e.name);
  for (const p of d.people) b.addPerson(p);
  for (const c of d.companies) b.addCompany(c);
  return { ...d, emails: b.emails, people: b.people, companies: b.companies };
}
