/** Settings: theme, what an invoice does to a prospect (SPEC §4), the user's own addresses and domains. */
import { useState } from 'preact/hooks';
import { actions, formatOwnAddresses, queries, type OwnAddressError, type Settings } from '../../models/options';
import { showToast } from '../../models/toast';
import { Field, TextField, useSave } from '../Field';
import { useLive } from '../hooks';
import { t, type MessageKey } from '../i18n';
import { applyTheme } from '../theme';
import { Section, failureText } from './common';
import { plural } from '../plural';

const THEMES: { value: Settings['theme']; label: MessageKey }[] = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
];
const INVOICE_MAKES: { value: Settings['invoiceMakes']; label: MessageKey; hint: MessageKey }[] = [
  { value: 'client', label: 'optInvoiceClient', hint: 'optInvoiceClientHint' },
  { value: 'prospect', label: 'optInvoiceProspect', hint: 'optInvoiceProspectHint' },
  { value: 'prospect-and-client', label: 'optInvoiceBoth', hint: 'optInvoiceBothHint' },
];

export function SettingsTab() {
  const settings = useLive(queries.settings, []);
  if (!settings) return <div class="loading">{t('loading')}</div>;
  const fail = (e: unknown) => showToast(failureText(e), { kind: 'error' });
  return (
    <>
      <Section id="opt-theme-title" title={t('optThemeTitle')}>
        <fieldset>
          <legend>{t('optThemeLegend')}</legend>
          <div class="row" role="radiogroup">
            {THEMES.map((o) => (
              <label class="check" key={o.value}>
                <input
                  type="radio"
                  name="theme"
                  value={o.value}
                  checked={settings.theme === o.value}
                  onChange={() => {
                    void applyTheme(o.value);
                    actions.setTheme(o.value).catch(fail);
                  }}
                />
                {t(o.label)}
              </label>
            ))}
          </div>
        </fieldset>
      </Section>
      <Section id="opt-invoice-title" title={t('optInvoiceTitle')} intro={t('optInvoiceIntro')}>
        <fieldset>
          <legend>{t('optInvoiceLegend')}</legend>
          {INVOICE_MAKES.map((o) => (
            <label class="check" key={o.value} style="align-items:flex-start">
              <input
                type="radio"
                name="invoiceMakes"
                value={o.value}
                checked={settings.invoiceMakes === o.value}
                onChange={() =>
                  actions
                    .setInvoiceMakes(o.value)
                    .then(() => showToast(t('saved')))
                    .catch(fail)
                }
              />
              <span>
                {t(o.label)}
                <br />
                <span class="muted small">{t(o.hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </Section>
      <OwnAddresses key={formatOwnAddresses(settings)} saved={formatOwnAddresses(settings)} />
      <SenderBlockForm key={JSON.stringify(settings.sender)} saved={settings.sender} />
    </>
  );
}

function OwnAddresses({ saved }: { saved: string }) {
  const [text, setText] = useState(saved);
  const [errors, setErrors] = useState<OwnAddressError[]>([]);
  const { busy, run } = useSave();
  const dirty = text.trim() !== saved.trim();

  const save = async (e: Event) => {
    e.preventDefault();
    await run(
      async () => {
        const result = await actions.saveOwnAddresses(text);
        setErrors(result.ok ? [] : result.errors);
        return result.ok && result.count;
      },
      (count) => plural('optOwnSaved', count),
    );
  };

  const errorText = errors.length ? plural('optOwnErrorSummary', errors.length) : undefined;
  return (
    <Section id="opt-own-title" title={t('optOwnTitle')} intro={t('optOwnIntro')}>
      <form onSubmit={save} noValidate class="card" style="box-shadow:none;border:none;padding:0">
        <Field label={t('optOwnLabel')} error={errorText} hint={t('optOwnHint')}>
          {(id, describedBy) => (
            <textarea
              id={id}
              name="ownAddresses"
              rows={5}
              value={text}
              placeholder={'me@acme.fr\nacme.fr'}
              spellcheck={false}
              aria-invalid={errors.length ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => {
                setText((e.currentTarget as HTMLTextAreaElement).value);
                if (errors.length) setErrors([]);
              }}
            />
          )}
        </Field>
        {errors.length ? (
          <ul class="small" style="margin:0;padding-left:18px;color:var(--danger)" data-testid="own-errors">
            {errors.map((er) => (
              <li key={er.line}>
                {t(er.problem === 'freemail' ? 'optOwnErrorFreemail' : 'optOwnErrorFormat', er.line, er.text)}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="row">
          <button type="submit" class="btn primary" disabled={busy || !dirty}>
            {t('save')}
          </button>
          {dirty ? (
            <button type="button" class="btn" onClick={() => (setText(saved), setErrors([]))}>
              {t('cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </Section>
  );
}

/** The sender block of printed letters (name, company, address), from the settings. */
function SenderBlockForm({ saved }: { saved: Settings['sender'] }) {
  const [v, setV] = useState(saved);
  const { busy, run } = useSave();
  const dirty = JSON.stringify(v) !== JSON.stringify(saved);
  const save = async (e: Event) => {
    e.preventDefault();
    await run(() => actions.setSender(v), t('saved'));
  };
  return (
    <Section id="opt-sender-title" title={t('optSenderTitle')} intro={t('optSenderIntro')}>
      <form
        onSubmit={save}
        noValidate
        class="card"
        style="box-shadow:none;border:none;padding:0"
        aria-labelledby="opt-sender-title"
      >
        <TextField
          label={t('optSenderName')}
          name="senderName"
          value={v.name}
          onInput={(x) => setV({ ...v, name: x })}
        />
        <TextField
          label={t('optSenderCompany')}
          name="senderCompany"
          value={v.company}
          onInput={(x) => setV({ ...v, company: x })}
        />
        <TextField
          label={t('optSenderAddress')}
          name="senderAddress"
          value={v.address}
          onInput={(x) => setV({ ...v, address: x })}
          multiline
        />
        <div class="row">
          <button type="submit" class="btn primary" disabled={busy || !dirty}>
            {t('save')}
          </button>
        </div>
      </form>
    </Section>
  );
}
