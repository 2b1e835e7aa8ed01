/** Inserts a comment (or other) template on demand. */
import type { Template } from '../core/domain';
import { Select } from './Field';
import { t } from './i18n';

export function TemplatePicker({ templates, onInsert }: { templates: Template[]; onInsert: (body: string) => void }) {
  if (!templates.length) return null;
  return (
    <div class="row small">
      <label class="muted" for="template-picker">
        {t('insertTemplate')}
      </label>
      <Select
        id="template-picker"
        value=""
        style="width:auto"
        empty="—"
        choices={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        onChange={(id, el) => {
          const tpl = templates.find((x) => x.id === id);
          if (tpl) onInsert(tpl.body);
          el.value = '';
        }}
      />
    </div>
  );
}
