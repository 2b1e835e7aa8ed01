/** The full client sheet (SPEC §2): header, general information, revenue, addresses, contacts, comments. */
import { useState } from 'preact/hooks';
import { go } from '../models/route';
import { actions, deletionBlockers, isBlocked, queries, type SheetData } from '../models/sheets';
import { showToast } from '../models/toast';
import { AddressesSection } from './AddressesSection';
import { ExchangesSection } from './exchanges/ExchangesSection';
import { ContactsSection } from './ContactsSection';
import { useLive } from './hooks';
import { Icon } from './icons';
import { t } from './i18n';
import { RevenueBlock } from './RevenueBlock';
import { SalesSection } from './sales/SalesSection';
import { Flags, initials } from './SheetList';
import { formatAddressLine } from '../core/addresses';
import { mainAddress } from '../core/addresses';
import { CustomFieldValue } from './CustomFieldValue';
import { WorkSections } from './work/WorkSections';
import { safeHref } from '../core/links';
import { DocumentsSection } from './documents/DocumentsSection';
import { SheetMergeNotices } from './merge/SheetMergeNotices';
import { FactSources } from './page/Origin';

export function SheetView({ id }: { id: string }) {
  const data = useLive(() => queries.sheet(id), [id]);
  if (data === undefined) return <div class="loading">{t('loading')}</div>;
  if (data === null) return <div class="notice error">{t('notFound')}</div>;
  return <Sheet data={data} />;
}

function Sheet({ data }: { data: SheetData }) {
  const c = data.company;
  const users = useLive(() => queries.users(), [], []);
  const defs = useLive(() => queries.customFieldDefs('company'), [], []);
  const main = mainAddress(data.addresses);
  const manager = users.find((u) => u.id === c.accountManagerId);
  return (
    <article class="sheet" data-testid="sheet" data-company-id={c.id}>
      <header class="card">
        <div class="row" style="flex-wrap:nowrap">
          <span class="avatar square" aria-hidden="true">
            {initials(c.name)}
          </span>
          <div class="spacer">
            <h1 data-testid="sheet-name">{c.name}</h1>
            <div class="small muted">{c.kind === 'company' ? t('kindCompany') : t('kindIndividual')}</div>
          </div>
          <button class="icon-btn" aria-label={t('edit')} title={t('edit')} onClick={() => go({ name: 'edit', id: c.id })}>
            <Icon name="edit" />
          </button>
        </div>
        <Flags company={c} />
        {main ? (
          <div class="small" data-testid="main-address">
            {formatAddressLine(main)}
          </div>
        ) : null}
      </header>

      {c.deletedAt !== undefined ? <div class="notice error">{t('inTrash')}</div> : null}
      <SheetMergeNotices company={c} />

      <section class="card" aria-labelledby="info-h">
        <h3 id="info-h">{t('sectionInfo')}</h3>
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
      </section>

      <RevenueBlock invoices={data.invoices} />
      <AddressesSection companyId={c.id} addresses={data.addresses} />
      <section class="card" aria-labelledby="comment-h">
        <h3 id="comment-h">{t('fieldComment')}</h3>
        {c.comment ? <p style="white-space:pre-wrap;margin:0">{c.comment}</p> : <span class="muted small">{t('noComment')}</span>}
      </section>

      {/* The seed's order: contacts, exchanges, opportunities/tasks/tickets, sales, documents. */}
      <ContactsSection companyId={c.id} people={data.people} />
      <ExchangesSection companyId={c.id} companyName={c.name} people={data.people} addresses={data.addresses} />
      <WorkSections companyId={c.id} people={data.people} />
      <SalesSection companyId={c.id} people={data.people} />
      <DocumentsSection companyId={c.id} />

      <DeleteSheet data={data} />
    </article>
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
      if (blockers.quotes) parts.push(t('countQuotes', blockers.quotes));
      if (blockers.orders) parts.push(t('countOrders', blockers.orders));
      if (blockers.invoices) parts.push(t('countInvoices', blockers.invoices));
      if (blockers.documents) parts.push(t('countDocuments', blockers.documents));
      setRefusal(t('deleteRefused', parts.join(', ')));
      return;
    }
    await actions.trashCompany(c.id);
    go({ name: 'list' });
    showToast(t('sheetTrashed', c.name), { undo: () => actions.restoreCompany(c.id) });
  }
  return (
    <div class="row">
      {refusal ? (
        <div class="notice error" role="alert" data-testid="delete-refused">
          {refusal}
        </div>
      ) : null}
      <span class="spacer" />
      <button class="btn danger" data-testid="delete-sheet" onClick={remove}>
        {t('deleteSheet')}
      </button>
    </div>
  );
}
