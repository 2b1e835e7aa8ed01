/**
 * The sheet's empty sections, folded into one "Add …" card: one button per thing the sheet does not
 * hold yet. A click unfolds that section with its form open (or, for the comment, opens the edit form).
 */
import type { SectionId } from '../../models/sections';
import { t } from '../i18n';
import { Icon } from '../icons';

export interface AddChoice {
  section: SectionId;
  /** What the section adds, when it adds several kinds (a quote, an order, an invoice). */
  kind?: string;
  /** Visible words, short. */
  text: string;
  /** The full action, as the section's own "+" says it. */
  label: string;
}

export function AddSections({ choices, onPick }: { choices: AddChoice[]; onPick: (c: AddChoice) => void }) {
  if (!choices.length) return null;
  return (
    <section class="card add-sections" id="section-add" aria-labelledby="section-add-h" data-testid="add-sections">
      <h2 id="section-add-h">{t('glanceAddTitle')}</h2>
      <div class="chips">
        {choices.map((c) => (
          <button
            type="button"
            key={`${c.section}:${c.kind ?? ''}`}
            class="chip"
            aria-label={c.label}
            data-add={c.kind ?? c.section}
            onClick={() => onPick(c)}
          >
            <Icon name="plus" size={12} /> {c.text}
          </button>
        ))}
      </div>
    </section>
  );
}
