import type { CustomFieldDef } from '../core/domain';
import { safeHref } from '../core/links';
import { formatDay, t } from './i18n';

/** A custom field's value, read-only, formatted for its type. */
export function CustomFieldValue({ def, value }: { def: CustomFieldDef; value: unknown }) {
  if (value === undefined || value === null || value === '') return <>—</>;
  switch (def.type) {
    case 'checkbox':
      return <>{value === true ? t('yes') : t('no')}</>;
    case 'multiple':
      return <>{Array.isArray(value) ? value.join(', ') : String(value)}</>;
    case 'date':
      return <>{typeof value === 'string' ? formatDay(value) : String(value)}</>;
    case 'url':
      return (
        <a href={safeHref(value)} target="_blank" rel="noopener noreferrer">
          {String(value)}
        </a>
      );
    default:
      return <>{String(value)}</>;
  }
}
