/** Where a contact or a sheet's facts came from (SPEC §4): the page, its kind and the date. */
import { safeHref } from '../../core/links';
import type { Company, Person } from '../../core/domain';
import { formatInstant, t, type MessageKey } from '../i18n';

function kindLabel(kind: string): MessageKey {
  if (kind.startsWith('gmail') || kind.startsWith('outlook')) return 'pageKindEmail';
  if (kind === 'linkedin-profile') return 'pageKindLinkedinProfile';
  if (kind === 'linkedin-company') return 'pageKindLinkedinCompany';
  if (kind.startsWith('linkedin')) return 'pageKindLinkedinList';
  if (kind === 'selection') return 'pageKindSelection';
  return 'pageKindWebsite';
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url.slice(0, 60);
  }
}

export function ContactOrigin({ person }: { person: Pick<Person, 'origin'> }) {
  const o = person.origin;
  if (!o) return null;
  const text = t('contactOrigin', host(o.url), t(kindLabel(o.kind)), formatInstant(o.at));
  const href = safeHref(o.url);
  return (
    <div class="small muted" data-testid="contact-origin">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={o.url}>
          {text}
        </a>
      ) : (
        text
      )}
    </div>
  );
}

const FACT_LABEL: Record<string, MessageKey> = {
  siren: 'fieldSiren',
  siret: 'fieldSiret',
  vat: 'fieldVat',
  website: 'fieldWebsite',
  domain: 'fieldDomains',
  phone: 'fieldPhone',
  linkedinUrl: 'fieldLinkedin',
};

/** The facts accepted from pages ("Update sheet"), each with its source URL and date. */
export function FactSources({ company }: { company: Pick<Company, 'sources'> }) {
  const entries = Object.entries(company.sources ?? {}).filter(([field]) => FACT_LABEL[field]);
  if (!entries.length) return null;
  return (
    <ul class="list small muted" data-testid="fact-sources">
      {entries.map(([field, s]) => (
        <li key={field}>
          {t(FACT_LABEL[field]!)}{' '}
          {safeHref(s.url) ? (
            <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer" title={s.url}>
              {t('factSource', host(s.url), formatInstant(s.at))}
            </a>
          ) : (
            t('factSource', host(s.url), formatInstant(s.at))
          )}
        </li>
      ))}
    </ul>
  );
}
