/**
 * The full client sheet (SPEC §2), laid out to be read at a glance in a narrow panel (issue 12): a
 * summary on top (status, what is owed, last exchange, next task, main contact, quick actions), a jump
 * bar, then the sections that hold something — exchanges first, the most used — each foldable, its
 * state remembered. Empty sections fold into one "Add …" card.
 */
import { useEffect, useState } from 'preact/hooks';
import { go } from '../models/route';
import { addRequest, collapsed, loadSectionState, setCollapsed, type SectionId } from '../models/sections';
import { sheetGlance } from '../models/sheet-glance';
import { actions, deletionBlockers, isBlocked, queries, type SheetData } from '../models/sheets';
import { showToast } from '../models/toast';
import { AddressesSection } from './AddressesSection';
import { ExchangesSection } from './exchanges/ExchangesSection';
import { ContactsSection } from './ContactsSection';
import { useLive } from './hooks';
import { t } from './i18n';
import { plural } from './plural';
import { RevenueBlock } from './RevenueBlock';
import { SalesSection } from './sales/SalesSection';
import { CustomFieldValue } from './CustomFieldValue';
import { WorkSections } from './work/WorkSections';
import { safeHref } from '../core/links';
import { DocumentsSection } from './documents/DocumentsSection';
import { SheetMergeNotices } from './merge/SheetMergeNotices';
import { AddSections, type AddChoice } from './sections/AddSections';
import { Section, sectionDomId } from './sections/Section';
import { SheetSummary } from './sections/SheetSummary';
import { FactSources } from './page/Origin';
import { ErrorNotice } from './Field';

export function SheetView({ id }: { id: string }) {
  const data = useLive(() => queries.sheet(id), [id]);
  if (data === undefined) return <div class="loading">{t('loading')}</div>;
  if (data === null) return <div class="notice error">{t('notFound')}</div>;
  return <Sheet key={id} data={data} />;
}

/** The sections in the order a sheet shows them, with their title. */
const ORDER: Array<{ id: SectionId; title: () => string }> = [
  { id: 'exchanges', title: () => t('sectionExchanges') },
  { id: 'contacts', title: () => t('sectionContacts') },
  { id: 'tasks', title: () => t('workTaskTitle') },
  { id: 'opportunities', title: () => t('workOppTitle') },
  { id: 'tickets', title: () => t('workTicketTitle') },
  { id: 'sales', title: () => t('salesSection') },
  { id: 'revenue', title: () => t('sectionRevenue') },
  { id: 'info', title: () => t('sectionInfo') },
  { id: 'addresses', title: () => t('sectionAddresses') },
  { id: 'comment', title: () => t('fieldComment') },
  { id: 'documents', title: () => t('docSection') },
];

function addChoices(): Record<Exclude<SectionId, 'revenue' | 'info'>, AddChoice[]> {
  return {
    exchanges: [{ section: 'exchanges', text: t('glanceAddExchange'), label: t('exAdd') }],
    contacts: [{ section: 'contacts', text: t('glanceAddContact'), label: t('addContact') }],
    tasks: [{ section: 'tasks', text: t('glanceAddTaskShort'), label: t('workTaskAdd') }],
    opportunities: [{ section: 'opportunities', text: t('glanceAddOpportunity'), label: t('workOppAdd') }],
    tickets: [{ section: 'tickets', text: t('glanceAddTicket'), label: t('workTicketAdd') }],
    sales: [
      { section: 'sales', kind: 'quote', text: t('glanceAddQuote'), label: t('salesAddQuote') },
      { section: 'sales', kind: 'order', text: t('glanceAddOrder'), label: t('salesAddOrder') },
      { section: 'sales', kind: 'invoice', text: t('glanceAddInvoice'), label: t('salesAddInvoice') },
    ],
    addresses: [{ section: 'addresses', text: t('glanceAddAddress'), label: t('addAddress') }],
    comment: [{ section: 'comment', text: t('glanceAddComment'), label: t('glanceAddCommentLabel') }],
    documents: [{ section: 'documents', text: t('glanceAddDocument'), label: t('docAdd') }],
  };
}

function Sheet({ data }: { data: SheetData }) {
  const c = data.company;
  const glance = useLive(() => sheetGlance(c.id), [c.id]);
  // Sections the user asked to add to while they were empty stay unfolded on this sheet.
  const [unfolded, setUnfolded] = useState<ReadonlySet<SectionId>>(new Set());
  useEffect(() => void loadSectionState(), []);
  const req = addRequest.value;
  useEffect(() => {
    if (req && !unfolded.has(req.section)) setUnfolded(new Set([...unfolded, req.section]));
  }, [req?.n]);

  const holds: Record<SectionId, boolean> = {
    exchanges: !!glance?.counts.exchanges,
    contacts: data.people.length > 0,
    tasks: !!glance?.counts.tasks,
    opportunities: !!glance?.counts.opportunities,
    tickets: !!glance?.counts.tickets,
    sales: !!glance?.counts.sales,
    revenue: data.invoices.length > 0,
    info: true,
    addresses: data.addresses.length > 0,
    comment: c.comment.trim() !== '',
    documents: !!glance?.counts.documents,
  };
  const shown = (id: SectionId) => holds[id] || unfolded.has(id);
  const choices = glance
    ? Object.entries(addChoices()).flatMap(([id, list]) => (shown(id as SectionId) ? [] : list))
    : [];
  const pick = (choice: AddChoice) => {
    if (choice.section === 'comment') return go({ name: 'edit', id: c.id });
    setUnfolded(new Set([...unfolded, choice.section]));
    setCollapsed(choice.section, false);
    addRequest.value = { section: choice.section, kind: choice.kind, n: Date.now() };
  };

  return (
    <article class="sheet" data-testid="sheet" data-company-id={c.id}>
      <SheetSummary data={data} glance={glance} />
      {c.deletedAt !== undefined ? <div class="notice error">{t('inTrash')}</div> : null}
      <SheetMergeNotices company={c} />
      {glance ? <JumpBar ids={ORDER.filter((s) => shown(s.id))} withAdd={choices.length > 0} /> : null}
      {glance ? (
        <>
          {shown('exchanges') ? (
            <ExchangesSection companyId={c.id} companyName={c.name} people={data.people} addresses={data.addresses} />
          ) : null}
          {shown('contacts') ? <ContactsSection companyId={c.id} people={data.people} /> : null}
          <WorkSections
            companyId={c.id}
            people={data.people}
            show={{ tasks: shown('tasks'), opportunities: shown('opportunities'), tickets: shown('tickets') }}
          />
          {shown('sales') ? <SalesSection companyId={c.id} people={data.people} /> : null}
          {shown('revenue') ? <RevenueBlock invoices={data.invoices} /> : null}
          <InfoSection data={data} />
          {shown('addresses') ? <AddressesSection companyId={c.id} addresses={data.addresses} /> : null}
          {shown('comment') ? (
            <Section id="comment" title={t('fieldComment')} testId="comment">
              <p style="white-space:pre-wrap;margin:0">{c.comment}</p>
            </Section>
          ) : null}
          {shown('documents') ? <DocumentsSection companyId={c.id} /> : null}
          <AddSections choices={choices} onPick={pick} />
        </>
      ) : (
        <div class="loading">{t('loading')}</div>
      )}
      <DeleteSheet data={data} />
    </article>
  );
}

/** Links to the sections shown; a folded section unfolds when jumped to. */
function JumpBar({ ids, withAdd }: { ids: Array<{ id: SectionId; title: () => string }>; withAdd: boolean }) {
  const jump = (e: Event, id: string, section?: SectionId) => {
    e.preventDefault();
    if (section && collapsed.value[section]) setCollapsed(section, false);
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2 button, h2')?.focus();
  };
  return (
    <nav class="jumpbar" aria-label={t('glanceJumpLabel')} data-testid="jumpbar">
      {ids.map((s) => (
        <a key={s.id} href={`#${sectionDomId(s.id)}`} onClick={(e) => jump(e, sectionDomId(s.id), s.id)}>
          {s.title()}
        </a>
      ))}
      {withAdd ? (
        <a href="#section-add" onClick={(e) => jump(e, 'section-add')}>
          {t('glanceAddTitle')}
        </a>
      ) : null}
    </nav>
  );
}

function InfoSection({ data }: { data: SheetData }) {
  const c = data.company;
  const users = useLive(() => queries.users(), [], []);
  const defs = useLive(() => queries.customFieldDefs('company'), [], []);
  const manager = users.find((u) => u.id === c.accountManagerId);
  return (
    <Section id="info" title={t('sectionInfo')} testId="info">
      <dl class="kv">
        {c.vat ? <Item label={t('fieldVat')} value={c.vat} /> : null}
        {c.siren ? <Item label={t('fieldSiren')} value={c.siren} /> : null}
        {c.siret ? <Item label={t('fieldSiret')} value={c.siret} /> : null}
        {c.website ? (
          <>
            <dt>{t('fieldWebsite')}</dt>
            <dd>
              <a href={safeHref(c.website)} target="_blank" rel="noopener noreferrer">
                {c.website}
              </a>
            </dd>
          </>
        ) : null}
        {c.domains.length ? <Item label={t('fieldDomains')} value={c.domains.join(', ')} /> : null}
        {c.linkedinUrl ? (
          <>
            <dt>{t('fieldLinkedin')}</dt>
            <dd>
              <a href={safeHref(c.linkedinUrl)} target="_blank" rel="noopener noreferrer">
                {c.linkedinUrl.replace(/^https:\/\/www\./, '')}
              </a>
            </dd>
          </>
        ) : null}
        {c.phone ? (
          <>
            <dt>{t('fieldPhone')}</dt>
            <dd>
              <a href={safeHref(c.phone, 'tel')}>{c.phone}</a>
            </dd>
          </>
        ) : null}
        {c.categories.length ? <Item label={t('fieldCategories')} value={c.categories.join(', ')} /> : null}
        <Item label={t('fieldAccountManager')} value={manager ? manager.name : '—'} />
        {defs.map((def) =>
          c.customFields[def.id] !== undefined ? (
            <>
              <dt>{def.label}</dt>
              <dd data-custom-value={def.label}>
                <CustomFieldValue def={def} value={c.customFields[def.id]} />
              </dd>
            </>
          ) : null,
        )}
      </dl>
      <FactSources company={c} />
    </Section>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function DeleteSheet({ data }: { data: SheetData }) {
  const [refusal, setRefusal] = useState('');
  const c = data.company;
  if (c.deletedAt !== undefined) return null;
  async function remove() {
    const blockers = await deletionBlockers(c.id);
    if (isBlocked(blockers)) {
      const parts: string[] = [];
      if (blockers.quotes) parts.push(plural('countQuotes', blockers.quotes));
      if (blockers.orders) parts.push(plural('countOrders', blockers.orders));
      if (blockers.invoices) parts.push(plural('countInvoices', blockers.invoices));
      if (blockers.documents) parts.push(plural('countDocuments', blockers.documents));
      setRefusal(
        t(
          'deleteRefused',
          new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'conjunction' }).format(parts),
        ),
      );
      return;
    }
    await actions.trashCompany(c.id);
    go({ name: 'list' });
    showToast(t('sheetTrashed', c.name), { undo: () => actions.restoreCompany(c.id) });
  }
  return (
    <div class="row">
      <ErrorNotice error={refusal} testId="delete-refused" />
      <span class="spacer" />
      <button type="button" class="btn danger" data-testid="delete-sheet" onClick={remove}>
        {t('deleteSheet')}
      </button>
    </div>
  );
}
