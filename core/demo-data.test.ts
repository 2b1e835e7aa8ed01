import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from './domain';
import { buildDemoData, type DemoData } from './demo-data';
import { revenueByCurrency } from './revenue';
import { invoiceIsOverdue, orderIsOpen } from './sales';
import { validateSiren, validateSiret, siretMatchesSiren } from './validation/siren';
import { validateVat } from './validation/vat';
import { validateEmail } from './validation/fields';
import { validateCustomField } from './custom-fields';

const NOW = Date.UTC(2025, 2, 1, 12);
const data = buildDemoData(NOW);
const today = new Date(NOW).toISOString().slice(0, 10);

const SCHEMAS: Record<keyof DemoData, z.ZodType> = {
  companies: schemas.company,
  addresses: schemas.address,
  people: schemas.person,
  interactions: schemas.interaction,
  opportunities: schemas.opportunity,
  tasks: schemas.task,
  projects: schemas.project,
  tickets: schemas.ticket,
  quotes: schemas.quote,
  orders: schemas.order,
  invoices: schemas.invoice,
  documents: schemas.document,
  pipelines: schemas.pipeline,
  users: schemas.user,
  templates: schemas.template,
  customFieldDefs: schemas.customFieldDef,
  settings: schemas.setting,
  history: schemas.historyEntry,
  duplicateDismissals: schemas.duplicateDismissal,
};

describe('buildDemoData', () => {
  it.each(Object.keys(SCHEMAS) as Array<keyof DemoData>)('every record of %s parses', (table) => {
    for (const row of data[table]) {
      const r = SCHEMAS[table].safeParse(row);
      if (!r.success) throw new Error(`${table} ${JSON.stringify((row as { id?: string }).id)}: ${r.error.message}`);
    }
  });

  it('is deterministic, with fixed unique ids', () => {
    const again = buildDemoData(NOW);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    for (const [table, rows] of Object.entries(data)) {
      const ids = (rows as Array<{ id?: string; key?: string }>).map((r) => r.id ?? r.key);
      expect(new Set(ids).size, table).toBe(ids.length);
      for (const id of ids) if (table !== 'settings') expect(id).toMatch(/^demo-/);
    }
    expect(data.companies[0]?.id).toBe('demo-company-1');
  });

  it('has a dozen sheets with valid identifiers', () => {
    expect(data.companies.length).toBeGreaterThanOrEqual(12);
    for (const c of data.companies) {
      if (c.siren) expect(validateSiren(c.siren).ok, c.name).toBe(true);
      if (c.siret) {
        expect(validateSiret(c.siret).ok, c.name).toBe(true);
        expect(siretMatchesSiren(c.siret, c.siren ?? '')).toBe(true);
      }
      if (c.vat) expect(validateVat(c.vat, c.siren ? { siren: c.siren } : {}), c.name).toMatchObject({ ok: true });
    }
    const countries = new Set(data.companies.map((c) => c.vat?.slice(0, 2)).filter(Boolean));
    expect([...countries].sort()).toEqual(['DE', 'FR', 'GB']);
    expect(data.companies.some((c) => c.kind === 'individual')).toBe(true);
  });

  it('references only records that exist', () => {
    const ids = (rows: Array<{ id: string }>) => new Set(rows.map((r) => r.id));
    const companies = ids(data.companies);
    const people = ids(data.people);
    const users = ids(data.users);
    for (const table of [
      'addresses',
      'people',
      'interactions',
      'opportunities',
      'tickets',
      'quotes',
      'orders',
      'invoices',
      'documents',
    ] as const) {
      for (const r of data[table]) expect(companies.has(r.companyId), `${table} ${r.id}`).toBe(true);
    }
    for (const c of data.companies) if (c.accountManagerId) expect(users.has(c.accountManagerId)).toBe(true);
    for (const i of data.interactions) for (const p of i.personIds) expect(people.has(p), i.id).toBe(true);
    for (const o of data.opportunities) {
      const pipeline = data.pipelines.find((p) => p.id === o.pipelineId);
      expect(pipeline?.steps.some((s) => s.id === o.stepId)).toBe(true);
    }
    const orders = ids(data.orders);
    for (const i of data.invoices) if (i.orderId) expect(orders.has(i.orderId)).toBe(true);
    const contactsOf = (companyId: string) => data.people.filter((p) => p.companyId === companyId).map((p) => p.id);
    for (const r of [...data.invoices, ...data.quotes])
      if (r.personId) expect(contactsOf(r.companyId)).toContain(r.personId);
  });

  it('keeps the sheet invariants: one main address, one of each flag, one billing contact', () => {
    for (const c of data.companies) {
      const addrs = data.addresses.filter((a) => a.companyId === c.id);
      expect(addrs.filter((a) => a.isMain)).toHaveLength(addrs.length ? 1 : 0);
      for (const f of ['forInvoices', 'forDeliveries', 'forQuotes'] as const)
        expect(addrs.filter((a) => a[f]).length).toBeLessThanOrEqual(1);
      const contacts = data.people.filter((p) => p.companyId === c.id);
      expect(contacts.filter((p) => p.isBillingContact).length).toBeLessThanOrEqual(1);
      expect(contacts.some((p) => p.isBillingContact && p.archivedAt !== undefined)).toBe(false);
      for (const p of contacts) for (const e of p.emails) expect(validateEmail(e)).toEqual({ ok: true, value: e });
    }
    expect(
      data.companies.filter((c) => data.addresses.filter((a) => a.companyId === c.id).length >= 2).length,
    ).toBeGreaterThanOrEqual(3);
    expect(data.users.filter((u) => u.isMe)).toHaveLength(1);
  });

  it('covers the features: six exchange types, logged emails, overdue, credit note, GBP, partial payments', () => {
    expect(new Set(data.interactions.map((i) => i.type))).toEqual(
      new Set(['meeting', 'email', 'call', 'letter', 'text', 'note']),
    );
    const logged = data.interactions.filter((i) => i.email?.status === 'logged');
    expect(logged.length).toBeGreaterThanOrEqual(3);
    expect(new Set(logged.map((i) => i.dedupKey)).size).toBe(logged.length);
    expect(data.invoices.filter((i) => invoiceIsOverdue(i, today)).length).toBeGreaterThanOrEqual(1);
    expect(data.invoices.some((i) => i.kind === 'credit_note' && i.amountInclTax < 0)).toBe(true);
    expect(data.invoices.some((i) => i.currency === 'GBP')).toBe(true);
    const partly = data.invoices.filter((i) => {
      const paid = i.payments.reduce((s, p) => s + p.amount, 0);
      return paid > 0 && paid < i.amountInclTax;
    });
    expect(partly.length).toBeGreaterThanOrEqual(1);
    expect(data.orders.map((o) => orderIsOpen(o, data.invoices))).toEqual([false, false]);
    expect(data.tickets.length).toBeGreaterThanOrEqual(1);
    expect(data.tasks.length).toBeGreaterThanOrEqual(3);
    expect(data.pipelines[0]?.name).toBe('Ventes');
    expect(new Set(data.templates.map((t) => t.kind))).toEqual(new Set(['comment', 'email', 'letter']));
    const gb = revenueByCurrency(
      data.invoices.filter((i) => i.companyId === 'demo-company-9'),
      today,
    );
    expect(gb.map((f) => f.currency)).toEqual(['GBP']);
  });

  it('stores custom field values that their definitions accept', () => {
    const defs = new Map(data.customFieldDefs.map((d) => [d.id, d]));
    for (const r of [...data.companies, ...data.people]) {
      for (const [id, v] of Object.entries(r.customFields)) {
        const def = defs.get(id);
        expect(def, id).toBeDefined();
        expect(validateCustomField(def!, v)).toEqual({ ok: true, value: v });
      }
    }
  });

  it('moves dates with now', () => {
    const later = buildDemoData(NOW + 10 * 86_400_000);
    expect(later.invoices[0]?.date).not.toBe(data.invoices[0]?.date);
  });
});
