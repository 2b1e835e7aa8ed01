/**
 * The one scaffold of a sheet's sections: a card whose heading folds it (the state is remembered per
 * section), an optional count and actions beside the heading, and the answer to "add" requests from
 * the summary's quick actions and the "Add …" menu. The body stays mounted while folded, so a form
 * being typed in survives a fold.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { addRequest, collapsed, setCollapsed, type SectionId } from '../../models/sections';
import { Icon } from '../icons';

export interface SectionProps {
  id: SectionId;
  title: string;
  /** Shown beside the title (e.g. the open records). */
  count?: number;
  testId?: string;
  /** Buttons beside the heading (the "+" of the section). */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

export const sectionDomId = (id: SectionId) => `section-${id}`;

export function Section({ id, title, count, testId, actions, children }: SectionProps) {
  const folded = !!collapsed.value[id];
  const headingId = `${sectionDomId(id)}-h`;
  const bodyId = `${sectionDomId(id)}-body`;
  return (
    <section
      class="card section"
      id={sectionDomId(id)}
      aria-labelledby={headingId}
      data-testid={testId}
      data-section={id}
      data-folded={folded ? 'true' : undefined}
    >
      <div class="section-head">
        <h2 id={headingId}>
          <button
            type="button"
            class="section-toggle"
            aria-expanded={folded ? 'false' : 'true'}
            aria-controls={bodyId}
            onClick={() => setCollapsed(id, !folded)}
          >
            <span class="chevron" aria-hidden="true">
              <Icon name="chevron" size={14} />
            </span>
            <span>{title}</span>
            {count ? <span class="count">{count}</span> : null}
          </button>
        </h2>
        {actions}
      </div>
      <div class="section-body" id={bodyId} hidden={folded}>
        {children}
      </div>
    </section>
  );
}

/**
 * Answers a request to add to this section: `open` runs once per request (with its kind), then the
 * section scrolls into view. Call it from the section component that owns the "add" form.
 */
export function useAddRequest(id: SectionId, open: (kind?: string) => void): void {
  const req = addRequest.value;
  const handled = useRef(0);
  useEffect(() => {
    if (!req || req.section !== id || handled.current === req.n) return;
    handled.current = req.n;
    addRequest.value = null;
    open(req.kind);
    // Once the form is painted: bring the section up and put the cursor in the form's first field.
    requestAnimationFrame(() => {
      const section = document.getElementById(sectionDomId(id));
      section?.scrollIntoView({ block: 'start' });
      section
        ?.querySelector<HTMLElement>(
          'form [autofocus], form input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), form textarea, form select',
        )
        ?.focus();
    });
  }, [req?.n]);
}

/** The "+" beside a section's heading. */
export function AddButton(props: {
  label: string;
  expanded?: boolean;
  onClick: () => void;
  buttonRef?: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <button
      ref={props.buttonRef}
      type="button"
      class="icon-btn"
      aria-label={props.label}
      title={props.label}
      aria-expanded={props.expanded}
      onClick={props.onClick}
    >
      <Icon name="plus" />
    </button>
  );
}
