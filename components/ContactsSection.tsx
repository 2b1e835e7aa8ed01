/** A sheet's contacts (SPEC §2.3): billing contact first, archive and restore, photo, email and call. */
import { useEffect, useState } from 'preact/hooks';
import { sortContactsForDisplay as sortContacts } from '../core/contacts';
import { safeHref } from '../core/links';
import { SectionList } from './sections/SectionList';
import type { Person } from '../core/domain';
import { contactActions } from '../models/contacts';
import { queries } from '../models/sheets';
import { showToast } from '../models/toast';
import { ContactForm } from './ContactForm';
import { ContactOrigin } from './page/Origin';
import { CustomFieldValue } from './CustomFieldValue';
import { useLive } from './hooks';
import { Icon, IconButton } from './icons';
import { t } from './i18n';

export function ContactsSection({ companyId, people }: { companyId: string; people: Person[] }) {
  const defs = useLive(() => queries.customFieldDefs('person'), [], []);
  const sorted = sortContacts(people);
  return (
    <SectionList
      id="contacts"
      title={t('sectionContacts')}
      testId="contacts"
      addLabel={t('addContact')}
      emptyText={t('noContact')}
      open={sorted.filter((p) => p.archivedAt === undefined)}
      closed={sorted.filter((p) => p.archivedAt !== undefined)}
      closedInline
      showClosedText={(n) => t('showArchived', n)}
      hideClosedText={t('hideArchived')}
      form={(person, done) => <ContactForm companyId={companyId} person={person} defs={defs} onDone={done} />}
      row={(person, edit) => <ContactRow key={person.id} person={person} defs={defs} onEdit={edit} />}
    />
  );
}

function ContactRow({
  person: p,
  defs,
  onEdit,
}: {
  person: Person;
  defs: import('../core/domain').CustomFieldDef[];
  onEdit: () => void;
}) {
  const name = `${p.firstName} ${p.lastName}`.trim() || p.emails[0] || '?';
  const archived = p.archivedAt !== undefined;
  return (
    <li
      class={`list-item static${archived ? ' closed' : ''}`}
      style="align-items:flex-start"
      data-person-id={p.id}
      data-contact-name={name}
    >
      <Photo person={p} />
      <span class="spacer" style="min-width:0;overflow-wrap:anywhere">
        <div class="title">
          {name}{' '}
          {p.isBillingContact ? (
            <span class="badge client" data-testid="billing-badge">
              {t('billingContact')}
            </span>
          ) : null}
          {archived ? <span class="badge">{t('archived')}</span> : null}
        </div>
        {p.jobTitle ? <div class="sub">{p.jobTitle}</div> : null}
        <ContactOrigin person={p} />
        <div class="row small" style="gap:10px">
          {p.emails.map((e) => (
            <a key={e} href={safeHref(e, 'mailto')}>
              {e}
            </a>
          ))}
          {p.phone ? <a href={safeHref(p.phone, 'tel')}>{p.phone}</a> : null}
          {p.mobile ? <a href={safeHref(p.mobile, 'tel')}>{p.mobile}</a> : null}
          {p.linkedinUrl ? (
            <a href={safeHref(p.linkedinUrl)} target="_blank" rel="noopener noreferrer">
              LinkedIn
            </a>
          ) : null}
        </div>
        {defs.some((d) => p.customFields[d.id] !== undefined) ? (
          <dl class="kv small">
            {defs.map((d) =>
              p.customFields[d.id] !== undefined ? (
                <>
                  <dt>{d.label}</dt>
                  <dd>
                    <CustomFieldValue def={d} value={p.customFields[d.id]} />
                  </dd>
                </>
              ) : null,
            )}
          </dl>
        ) : null}
      </span>
      <span class="row" style="gap:0;flex-wrap:nowrap">
        {p.emails[0] && !archived ? (
          <a class="icon-btn" href={safeHref(p.emails, 'mailto')} aria-label={t('sendEmail')} title={t('sendEmail')}>
            <Icon name="mail" />
          </a>
        ) : null}
        {(p.mobile || p.phone) && !archived ? (
          <a class="icon-btn" href={safeHref(p.mobile || p.phone, 'tel')} aria-label={t('call')} title={t('call')}>
            <Icon name="phone" />
          </a>
        ) : null}
        {!archived ? <IconButton icon="edit" label={t('edit')} onClick={onEdit} /> : null}
        <button
          class="icon-btn"
          aria-label={archived ? t('restore') : t('archive')}
          title={archived ? t('restore') : t('archive')}
          onClick={async () => {
            if (archived) {
              await contactActions.restore(p.id);
            } else {
              await contactActions.archive(p.id);
              showToast(t('contactArchived', `${p.firstName} ${p.lastName}`.trim()), {
                undo: () => contactActions.restore(p.id),
              });
            }
          }}
        >
          <Icon name={archived ? 'restore' : 'archive'} />
        </button>
      </span>
    </li>
  );
}

export function Photo({ person }: { person: Pick<Person, 'photo' | 'firstName' | 'lastName'> }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!person.photo) return setUrl(null);
    const u = URL.createObjectURL(person.photo);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [person.photo]);
  if (url) return <img class="avatar" src={url} alt="" data-testid="contact-photo" />;
  const letters = ((person.firstName[0] ?? '') + (person.lastName[0] ?? '')).toUpperCase() || '?';
  return (
    <span class="avatar" aria-hidden="true">
      {letters}
    </span>
  );
}
