/** Inserts a comment (or other) template on demand. */
import type { Template } from '../core/domain';
import { t } from './i18n';

export function TemplatePicker({ templates, onInsert }: { templates: Template[]; onInsert: (body: string) => void }) {
  if (!templates.length) return null;
  return (
    <div class="row small">
      <label class="muted" for="template-picker">
        {t('insertTemplate')}
      </label>
      <select
        id="template-picker"
        value=""
        onChange={(e) => {
          const el = e.currentTarget as HTMLSelectElement;
          const tpl = templates.find((x) => x.id === el.value);
          if (tpl) onInsert(tpl.body);
          el.value = '';
        }}
        style="width:auto"
      >
        <option value="">—</option>
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.name}
          </option>
        ))}
      </select>
    </div>
  );
}
